"""What the row-finding checks share: run a statement, pass on no rows, show the first ones."""

from typing import Any

from dagster import AssetCheckExecutionContext, AssetCheckResult, MetadataValue
from dagster_duckdb import DuckDBResource

from assets.warehouse import connect, sql
from pipelines.constants import PARTITION, RANGE_END, RANGE_START

_SHOWN = 20


def offending_rows(
    warehouse: DuckDBResource, statement: str, parameters: dict[str, Any] | None = None
) -> AssetCheckResult:
    """Pass when the statement finds no row; otherwise show the first rows it found."""
    with connect(warehouse) as con:
        frame = con.execute(sql(statement), parameters).df()
    metadata: dict[str, Any] = {"failing_rows": MetadataValue.int(len(frame))}
    if len(frame):
        shown = frame.head(_SHOWN).astype(str)
        metadata["offending_rows"] = MetadataValue.md(shown.to_markdown(index=False))
    return AssetCheckResult(passed=frame.empty, metadata=metadata)


def publication_days_checked(context: AssetCheckExecutionContext) -> dict[str, str | None]:
    """The run's publication days (a day run checks what it loaded, so its cost does not grow
    with history); every day when the run has no range, as publish_job has not."""
    tags = context.run.tags
    single = tags.get(PARTITION)
    return {"first_day": tags.get(RANGE_START, single), "last_day": tags.get(RANGE_END, single)}
