"""Blocking checks that every id is stored once: no key constraint enforces it (a key's index
made every commit cost all history; see key_constraints.py), so each run proves it for what it
wrote."""

import datetime as dt

from dagster import AssetCheckExecutionContext, AssetCheckResult, asset_check
from dagster_duckdb import DuckDBResource

from assets.check_rows import offending_rows, publication_days_checked
from pipelines.constants import WRITER_POOL


def run_started(context: AssetCheckExecutionContext) -> str | None:
    """When this run started, as the naive UTC time the tables store (None if unknown)."""
    record = context.instance.get_run_record_by_id(context.run.run_id)
    if record is None or record.start_time is None:
        return None
    started = dt.datetime.fromtimestamp(record.start_time, dt.UTC).replace(tzinfo=None)
    return started.isoformat(sep=" ")


@asset_check(asset="articles", blocking=True, pool=WRITER_POOL,
             description="Each article id is stored once (the articles stored by this run).")
def article_ids_unique(
    context: AssetCheckExecutionContext, warehouse: DuckDBResource
) -> AssetCheckResult:
    return offending_rows(warehouse, "checks/duplicate_article_ids.sql",
                          {"since": run_started(context)})


@asset_check(asset="event_mentions", blocking=True, pool=WRITER_POOL,
             description="Each mention id is stored once (the run's publication days; all days "
                         "in publish_job).")
def mention_ids_unique(
    context: AssetCheckExecutionContext, warehouse: DuckDBResource
) -> AssetCheckResult:
    return offending_rows(warehouse, "checks/duplicate_mention_ids.sql",
                          publication_days_checked(context))


@asset_check(asset="events", blocking=True, pool=WRITER_POOL,
             description="Each event id is stored once.")
def event_ids_unique(warehouse: DuckDBResource) -> AssetCheckResult:
    return offending_rows(warehouse, "checks/duplicate_event_ids.sql")


ID_CHECKS = [article_ids_unique, mention_ids_unique, event_ids_unique]
