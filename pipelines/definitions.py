"""The one Definitions object of the code location (loaded by workspace.yaml)."""

from __future__ import annotations

from dagster import Definitions

from assets.checks import ALL_CHECKS
from assets.events import events
from assets.extraction import mention_shards
from assets.ingestion import ingested_articles
from assets.mentions import event_mentions
from assets.publish import analyst_database
from assets.timeline_page import timeline_page
from assets.timelines import event_timelines
from pipelines.executors import build_executor
from pipelines.feeds import poll_feeds_job
from pipelines.jobs import (
    backfill_job,
    extract_job,
    ingest_job,
    load_job,
    publish_job,
    shard_job,
)
from pipelines.resources import build_resources
from pipelines.schedules import daily_extraction_schedule, feed_poll_schedule
from pipelines.sensors import inbox_sensor, new_articles_sensor, publish_sensor

ALL_ASSETS = [
    ingested_articles, mention_shards, event_mentions, events, event_timelines, analyst_database,
    timeline_page,
]


def build_definitions(root: str | None = None) -> Definitions:
    """Definitions over a data folder (default: $CONFLICT_TIMELINE_HOME or ./data)."""
    return Definitions(
        assets=ALL_ASSETS,
        asset_checks=ALL_CHECKS,
        jobs=[
            ingest_job, extract_job, backfill_job, shard_job, load_job, publish_job,
            poll_feeds_job,
        ],
        schedules=[daily_extraction_schedule, feed_poll_schedule],
        sensors=[inbox_sensor, new_articles_sensor, publish_sensor],
        resources=build_resources(root),
        # In-process unless $CONFLICT_TIMELINE_EXECUTOR says otherwise (pipelines/executors.py).
        executor=build_executor(),
    )


defs = build_definitions()
