"""event_timelines: events and mentions as Parquet, hive-partitioned by year and month."""

import os
import shutil
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from dagster import MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from assets.warehouse import connect, sql
from conflict_timeline import EXTRACTOR_VERSION
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.resources import DataHomeResource

# timelines/<name>/year=YYYY/month=MM/<name>.parquet, filled by these statements.
TIMELINES = {
    "events": "timelines/select_events_by_month.sql",
    "mentions": "timelines/select_mentions_by_month.sql",
}


Month = tuple[int, int]


def partition_dir(root: Path, year: int, month: int) -> Path:
    return root / f"year={year}" / f"month={month:02d}"


def _carry_over(current: Path, version: Path, file_name: str, rewritten: set[Month]) -> None:
    """Hard-link the current version's untouched months into the new version (no copying)."""
    for old in current.glob(f"year=*/month=*/{file_name}"):
        month = (int(old.parent.parent.name[5:]), int(old.parent.name[6:]))
        if month not in rewritten:
            target = partition_dir(version, *month) / file_name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(old, target)


def _month_slices(table: pa.Table) -> list[tuple[Month, pa.Table]]:
    """The table cut into its months, each a zero-copy slice (a stable sort keeps the rows'
    order within a month); one pass, however many months a run rewrites."""
    table = table.sort_by([("year", "ascending"), ("month", "ascending")])
    codes = pc.add(pc.multiply(table["year"], 12), table["month"])
    changes = pc.not_equal(codes.slice(1), codes.slice(0, max(table.num_rows - 1, 0)))
    starts = [0, *(i + 1 for i in pc.indices_nonzero(changes).to_pylist())]
    ends = [*starts[1:], table.num_rows]
    return [((table["year"][a].as_py(), table["month"][a].as_py()), table.slice(a, b - a))
            for a, b in zip(starts, ends, strict=True) if b > a]


def write_by_month(
    table: pa.Table, root: Path, file_name: str, rewritten: set[Month] | None = None
) -> int:
    """Write the table as one file per (year, month) into a fresh version folder, then point
    `root` (a symbolic link) at it in one atomic rename: readers see the old set of files or
    the new one, never a mix, even if the run is killed half-way. With `rewritten`, the table
    holds only those months and the others are carried over from the current version.
    Returns the partitions written."""
    versions = root.parent / ".versions"
    version = versions / f"{root.name}-{time.time_ns()}"
    months = _month_slices(table)
    for (year, month), rows in months:
        target = partition_dir(version, year, month) / file_name
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(rows.drop_columns(["year", "month"]), target)
    version.mkdir(parents=True, exist_ok=True)
    if rewritten is not None and root.is_symlink():
        _carry_over(root.resolve(), version, file_name, rewritten)
    _point(root, version)
    return len(months)


def _point(root: Path, version: Path) -> None:
    """Swap the `root` link to `version`; keep the previous version for readers in flight."""
    previous = root.resolve() if root.is_symlink() else None
    if root.is_dir() and not root.is_symlink():  # a folder from before versioning
        root.rename(version.parent / f"{root.name}-unversioned-{time.time_ns()}")
    link = root.with_name(f".{root.name}.link")
    link.unlink(missing_ok=True)
    link.symlink_to(version.relative_to(root.parent), target_is_directory=True)
    os.replace(link, root)
    for old in version.parent.glob(f"{root.name}-*"):
        if old not in (version, previous):
            shutil.rmtree(old, ignore_errors=True)


@asset(
    deps=["events"],
    description=(
        "Parquet copies of the events and event_mentions tables under "
        "timelines/{events,mentions}/year=YYYY/month=MM/, by the month of the event's date; "
        "readable by DuckDB, pandas and Spark; each folder is a link swapped atomically to a "
        "complete new version."
    ),
    kinds={"parquet", "duckdb"},
    owners=OWNERS,
    group_name="timelines",
    code_version=EXTRACTOR_VERSION,
    # It reads the warehouse, and DuckDBResource always opens it for writing.
    pool=WRITER_POOL,
)
def event_timelines(home: DataHomeResource, warehouse: DuckDBResource) -> MaterializeResult:
    """Rewrite the months queued as changed (all of them on a first write), then empty the
    queue; the other months' files carry over unchanged."""
    metadata: dict[str, object] = {}
    with connect(warehouse) as con:
        queued = con.execute(sql("timelines/select_timeline_months_to_write.sql")).fetchall()
        for name, statement in TIMELINES.items():
            root = home.paths.timelines / name
            first = not root.is_symlink()
            if not first and not queued:
                continue  # nothing changed since the last write: keep the current version
            table = con.execute(sql(statement), {"all_months": first}).fetch_arrow_table()
            rewritten = None if first else {(year, month) for year, month in queued}
            partitions = write_by_month(table, root, f"{name}.parquet", rewritten)
            metadata[f"{name}_rows_written"] = MetadataValue.int(table.num_rows)
            metadata[f"{name}_partitions_written"] = MetadataValue.int(partitions)
            metadata[f"{name}_path"] = MetadataValue.path(str(root))
        con.execute(sql("timelines/delete_timeline_months_to_write.sql"))
        metadata["dagster/row_count"] = MetadataValue.int(
            con.execute(sql("checks/count_events.sql")).fetchone()[0]
        )
    return MaterializeResult(metadata=metadata)
