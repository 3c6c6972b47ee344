"""analyst_database: the read-only copy of the warehouse that analysts open."""

import duckdb
from dagster import MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from assets.extensions import init_script, load_extension
from assets.files import atomic_path
from assets.warehouse import connect, sql
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.resources import DataHomeResource
from pipelines.warehouse import copy_warehouse

INIT_SCRIPT = "analyst_init.sql"


@asset(
    deps=["events", "event_timelines", "rejected_articles"],
    description=(
        "conflict.duckdb in the data folder: a consistent snapshot of the warehouse with a "
        "full-text index over the articles, swapped in atomically so analysts reading it never "
        "block the pipeline nor see a half-written state. analyst_init.sql beside it loads the "
        "fts and spatial extensions."
    ),
    kinds={"duckdb"},
    owners=OWNERS,
    group_name="publish",
    pool=WRITER_POOL,
)
def analyst_database(home: DataHomeResource, warehouse: DuckDBResource) -> MaterializeResult:
    """Checkpoint the warehouse, copy it beside the published file, index the copy for search,
    and rename it over the old one."""
    paths = home.paths
    with connect(warehouse) as con:
        con.execute("checkpoint")
        counts = dict(con.execute(sql("publish/count_rows.sql")).fetchall())
    # The warehouse connection is closed here, so the file on disk is complete and quiescent.
    with atomic_path(paths.analyst_database) as staged:
        copy_warehouse(warehouse, staged)
        with duckdb.connect(str(staged)) as con:
            load_extension(con, "fts")
            con.execute(sql("publish/create_article_search_index.sql"))
    with atomic_path(paths.root / INIT_SCRIPT) as staged:
        staged.write_text(init_script(), encoding="utf-8")
    return MaterializeResult(
        metadata={
            "path": MetadataValue.path(str(paths.analyst_database)),
            "init_script": MetadataValue.path(str(paths.root / INIT_SCRIPT)),
            **{f"{table}_rows": MetadataValue.int(n) for table, n in counts.items()},
        }
    )
