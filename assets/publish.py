"""analyst_database: the read-only copy of the warehouse that analysts open."""

from dagster import MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from assets.files import copy_atomically
from assets.warehouse import connect, sql
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.resources import DataHomeResource


@asset(
    deps=["events", "event_timelines", "rejected_articles"],
    description=(
        "conflict.duckdb in the data folder: a consistent snapshot of the warehouse, swapped in "
        "atomically so analysts reading it never block the pipeline nor see a half-written state."
    ),
    kinds={"duckdb"},
    owners=OWNERS,
    group_name="publish",
    pool=WRITER_POOL,
)
def analyst_database(home: DataHomeResource, warehouse: DuckDBResource) -> MaterializeResult:
    """Checkpoint the private warehouse, copy it beside, and rename the copy over the old one."""
    with connect(warehouse) as con:
        con.execute("checkpoint")
        counts = dict(con.execute(sql("publish/count_rows.sql")).fetchall())
    # The connection is closed here, so the file on disk is complete and quiescent.
    copy_atomically(home.paths.warehouse, home.paths.analyst_database)
    return MaterializeResult(
        metadata={
            "path": MetadataValue.path(str(home.paths.analyst_database)),
            **{f"{table}_rows": MetadataValue.int(n) for table, n in counts.items()},
        }
    )
