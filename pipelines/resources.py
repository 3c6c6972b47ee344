"""Resources: the data folder and the pipeline's warehouse (a private DuckDB file, or DuckLake:
see pipelines/warehouse.py)."""

from dagster import ConfigurableResource, InitResourceContext

from conflict_timeline.home import DataHome, data_home
from pipelines.warehouse import build_warehouse


class DataHomeResource(ConfigurableResource):
    """The data folder (inbox, quarantine, timelines, warehouse, conflict.duckdb)."""

    root: str

    def setup_for_execution(self, context: InitResourceContext) -> None:
        if self.paths.prepare():
            context.log.info(f"fresh data folder: placed the bundled sample in {self.paths.inbox}")

    @property
    def paths(self) -> DataHome:
        return data_home(self.root)


def build_resources(root: str | None = None) -> dict[str, object]:
    """Resources for a data folder: `root`, else $CONFLICT_TIMELINE_HOME, else ./data."""
    home = data_home(root)
    return {
        "home": DataHomeResource(root=str(home.root)),
        "warehouse": build_warehouse(home),
    }
