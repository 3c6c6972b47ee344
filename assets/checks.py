"""Blocking asset checks: bad rows stop here instead of reaching analysts."""

import os
from pathlib import Path
from typing import Any

from dagster import AssetCheckExecutionContext, AssetCheckResult, MetadataValue, asset_check
from dagster_duckdb import DuckDBResource

from assets.check_rows import offending_rows, publication_days_checked
from assets.id_checks import ID_CHECKS
from assets.warehouse import connect, sql
from pipelines.constants import WRITER_POOL
from pipelines.resources import DataHomeResource


def _setting(name: str, default: str, kind: type[int] | type[float]) -> int | float:
    value = os.environ.get(name, default)
    try:
        return kind(value)
    except ValueError:
        raise SystemExit(f"{name} must be a number, not {value!r}") from None


# Above this share of processed articles without any event, extraction is probably broken.
MAX_SHARE_WITHOUT_EVENTS = _setting("CONFLICT_TIMELINE_MAX_SHARE_WITHOUT_EVENTS", "0.6", float)
# Below this many processed articles a share says nothing (one quiet article is 100 %).
MIN_ARTICLES_FOR_SHARE = _setting("CONFLICT_TIMELINE_MIN_ARTICLES_FOR_SHARE", "20", int)


@asset_check(asset="event_mentions", blocking=True, pool=WRITER_POOL,
             description="Every mention's offsets reproduce its evidence and trigger text "
                         "(the run's publication days; all days in publish_job).")
def mention_offsets_reproduce_evidence(
    context: AssetCheckExecutionContext, warehouse: DuckDBResource
) -> AssetCheckResult:
    return offending_rows(warehouse, "checks/mention_offsets_mismatch.sql",
                          publication_days_checked(context))


@asset_check(asset="event_mentions", blocking=True, pool=WRITER_POOL,
             description="date_start <= date_end, and the interval matches date_precision "
                         "(the run's publication days; all days in publish_job).")
def mention_dates_match_precision(
    context: AssetCheckExecutionContext, warehouse: DuckDBResource
) -> AssetCheckResult:
    return offending_rows(warehouse, "checks/mention_date_interval_invalid.sql",
                          publication_days_checked(context))


@asset_check(asset="event_mentions", blocking=True, pool=WRITER_POOL,
             description="The share of articles yielding no event stays within the bound.")
def articles_without_events_within_bound(warehouse: DuckDBResource) -> AssetCheckResult:
    with connect(warehouse) as con:
        total, without = con.execute(sql("checks/share_of_articles_without_events.sql")).fetchone()
    share = without / total if total else 0.0
    return AssetCheckResult(
        passed=total < MIN_ARTICLES_FOR_SHARE or share <= MAX_SHARE_WITHOUT_EVENTS,
        metadata={
            "articles": total,
            "articles_without_events": without,
            "share": MetadataValue.float(round(share, 4)),
            "bound": MetadataValue.float(MAX_SHARE_WITHOUT_EVENTS),
            "applies_from_articles": MIN_ARTICLES_FOR_SHARE,
        },
    )


@asset_check(asset="events", blocking=True, pool=WRITER_POOL,
             description="No event is dated after its first report unless a report before "
                         "that date framed it as a prediction, demand, hypothesis, denial or "
                         "negation.")
def events_not_after_first_report(warehouse: DuckDBResource) -> AssetCheckResult:
    return offending_rows(warehouse, "checks/events_after_first_report.sql")


@asset_check(asset="events", blocking=True, pool=WRITER_POOL,
             description="Every event has its mentions behind it (n_mentions agrees).")
def events_have_mentions(warehouse: DuckDBResource) -> AssetCheckResult:
    return offending_rows(warehouse, "checks/events_without_mentions.sql")


def _parquet_counts(con: Any, root: Path, statement: str, count_statement: str) -> tuple:
    """(parquet rows, distinct ids, table rows) for one timeline folder."""
    if not any(root.rglob("*.parquet")):
        return 0, 0, con.execute(sql(count_statement)).fetchone()[0]
    found = con.execute(sql(statement), {"pattern": str(root / "**" / "*.parquet")}).fetchone()
    return found[:3]


@asset_check(asset="event_timelines", blocking=True, pool=WRITER_POOL,
             description="The Parquet timelines hold each event and each mention exactly once, "
                         "as the tables do.")
def timeline_parquet_matches_table(
    home: DataHomeResource, warehouse: DuckDBResource
) -> AssetCheckResult:
    timelines = home.paths.timelines
    with connect(warehouse) as con:
        events = _parquet_counts(
            con, timelines / "events", "checks/parquet_event_ids.sql", "checks/count_events.sql"
        )
        mentions = _parquet_counts(
            con, timelines / "mentions", "checks/parquet_mention_ids.sql",
            "checks/count_mentions.sql",
        )
    return AssetCheckResult(
        passed=len(set(events)) == 1 and len(set(mentions)) == 1,
        metadata={
            "events_parquet_rows": events[0], "events_parquet_distinct_ids": events[1],
            "events_table_rows": events[2], "mentions_parquet_rows": mentions[0],
            "mentions_parquet_distinct_ids": mentions[1], "mentions_table_rows": mentions[2],
        },
    )


ALL_CHECKS = [
    mention_offsets_reproduce_evidence,
    mention_dates_match_precision,
    articles_without_events_within_bound,
    events_not_after_first_report,
    events_have_mentions,
    timeline_parquet_matches_table,
    *ID_CHECKS,
]
