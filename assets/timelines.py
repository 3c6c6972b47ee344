"""event_timelines: the events table as Parquet, hive-partitioned by year and month."""

import shutil
from pathlib import Path

import pyarrow.compute as pc
from dagster import MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from assets.files import write_parquet_atomically
from assets.warehouse import connect, sql
from conflict_timeline import EXTRACTOR_VERSION
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.resources import DataHomeResource

FILE_NAME = "events.parquet"


def partition_dir(root: Path, year: int, month: int) -> Path:
    return root / f"year={year}" / f"month={month:02d}"


@asset(
    deps=["events"],
    description=(
        "Parquet copy of the events table under timelines/events/year=YYYY/month=MM/, "
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
    """Write one Parquet file per month of events and remove months that no longer have any."""
    root = home.paths.timelines / "events"
    with connect(warehouse) as con:
        table = con.execute(sql("timelines/select_events_by_month.sql")).fetch_arrow_table()
    keys = sorted(set(zip(table["year"].to_pylist(), table["month"].to_pylist(), strict=True)))
    written = set()
    for year, month in keys:
        mask = pc.and_(pc.equal(table["year"], year), pc.equal(table["month"], month))
        part = table.filter(mask).drop_columns(["year", "month"])
        target = partition_dir(root, year, month) / FILE_NAME
        write_parquet_atomically(part, target)
        written.add(target.parent)
    for stale in root.glob("year=*/month=*"):
        if stale not in written:
            shutil.rmtree(stale)
    for year_dir in root.glob("year=*"):
        if not any(year_dir.iterdir()):
            year_dir.rmdir()
    return MaterializeResult(
        metadata={
            "dagster/row_count": MetadataValue.int(table.num_rows),
            "path": MetadataValue.path(str(root)),
            "partitions": MetadataValue.int(len(written)),
        }
    )
