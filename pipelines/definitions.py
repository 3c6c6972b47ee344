"""The one Definitions object of the code location (loaded by workspace.yaml)."""

from __future__ import annotations

from dagster import Definitions, in_process_executor

from assets.checks import ALL_CHECKS
from assets.events import events
from assets.extraction import event_mentions
from assets.ingestion import ingested_articles
from assets.publish import analyst_database
from assets.timeline_page import timeline_page
from assets.timelines import event_timelines
from pipelines.feeds import poll_feeds_job
from pipelines.jobs import extract_job, ingest_job, publish_job
from pipelines.resources import build_resources
from pipelines.schedules import daily_extraction_schedule, feed_poll_schedule
from pipelines.sensors import inbox_sensor, new_articles_sensor

ALL_ASSETS = [
    ingested_articles, event_mentions, events, event_timelines, analyst_database, timeline_page,
]


def build_definitions(root: str | None = None) -> Definitions:
    """Definitions over a data folder (default: $CONFLICT_TIMELINE_HOME or ./data)."""
    return Definitions(
        assets=ALL_ASSETS,
        asset_checks=ALL_CHECKS,
        jobs=[ingest_job, extract_job, publish_job, poll_feeds_job],
        schedules=[daily_extraction_schedule, feed_poll_schedule],
        sensors=[inbox_sensor, new_articles_sensor],
        resources=build_resources(root),
        # One process: the chain is sequential and start-up dominates small runs (~3 s vs ~12 s).
        executor=in_process_executor,
    )


defs = build_definitions()
