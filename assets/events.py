"""events: canonical events aggregated from their mentions."""

from dagster import MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from assets.metadata import table_metadata
from assets.warehouse import connect, sql, transaction
from conflict_timeline import EXTRACTOR_VERSION
from pipelines.constants import OWNERS, WRITER_POOL


@asset(
    deps=["event_mentions"],
    description=(
        "Canonical events: mentions of the same happening merged into one row with its best "
        "date, n_mentions, n_sources, first_reported and last_reported."
    ),
    kinds={"duckdb", "sql"},
    owners=OWNERS,
    group_name="events",
    code_version=EXTRACTOR_VERSION,
    pool=WRITER_POOL,
)
def events(warehouse: DuckDBResource) -> MaterializeResult:
    """Rebuild the canonical events from the mentions in one transaction."""
    with connect(warehouse) as con:
        with transaction(con):
            con.execute(sql("events/delete_events.sql"))
            con.execute(sql("events/insert_events.sql"))
        return MaterializeResult(metadata=table_metadata(con, "events"))
