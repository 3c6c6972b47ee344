"""event_timelines: events and mentions as Parquet, hive-partitioned by year and month."""

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from dagster import MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from assets.files import write_parquet_atomically
from assets.warehouse import connect, sql
from conflict_timeline import EXTRACTOR_VERSION
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.resources import DataHomeResource

# timelines/<name>/year=YYYY/month=MM/<name>.parquet, filled by these statements.
TIMELINES = {
    "events": "timelines/select_events_by_month.sql",
    "mentions": "timelines/select_mentions_by_month.sql",
}


def partition_dir(root: Path, year: int, month: int) -> Path:
    return root / f"year={year}" / f"month={month:02d}"


def write_by_month(table: pa.Table, root: Path, file_name: str) -> int:
    """One file per (year, month) of the table, each replaced atomically; months that no
    longer have rows are removed. Returns the number of partitions written."""
    keys = sorted(set(zip(table["year"].to_pylist(), table["month"].to_pylist(), strict=True)))
    written = set()
    for year, month in keys:
        mask = pc.and_(pc.equal(table["year"], year), pc.equal(table["month"], month))
        target = partition_dir(root, year, month) / file_name
        write_parquet_atomically(table.filter(mask).drop_columns(["year", "month"]), target)
        written.add(target.parent)
    for stale in root.glob("year=*/month=*"):
        if stale not in written:
            shutil.rmtree(stale)
    for year_dir in root.glob("year=*"):
        if not any(year_dir.iterdir()):
            year_dir.rmdir()
    return len(written)


@asset(
    deps=["events"],
    description=(
        "Parquet copies of the events and event_mentions tables under "
        "timelines/{events,mentions}/year=YYYY/month=MM/, by the month of the event's date; "
        "readable by DuckDB, pandas and Spark; each file is replaced atomically."
    ),
    kinds={"parquet", "duckdb"},
    owners=OWNERS,
    group_name="timelines",
    code_version=EXTRACTOR_VERSION,
    # It reads the warehouse, and DuckDBResource always opens it for writing.
    pool=WRITER_POOL,
)
def event_timelines(home: DataHomeResource, warehouse: DuckDBResource) -> MaterializeResult:
    metadata: dict[str, object] = {}
    with connect(warehouse) as con:
        for name, statement in TIMELINES.items():
            table = con.execute(sql(statement)).fetch_arrow_table()
            root = home.paths.timelines / name
            partitions = write_by_month(table, root, f"{name}.parquet")
            metadata[f"{name}_rows"] = MetadataValue.int(table.num_rows)
            metadata[f"{name}_partitions"] = MetadataValue.int(partitions)
            metadata[f"{name}_path"] = MetadataValue.path(str(root))
    metadata["dagster/row_count"] = metadata["events_rows"]
    return MaterializeResult(metadata=metadata)
