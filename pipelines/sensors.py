"""Sensors: new files in the inbox start ingestion; newly ingested days start extraction;
newly loaded mentions start a publish, at most once per interval."""

import hashlib
import json
import os
import time
from collections.abc import Iterator

from dagster import (
    AssetKey,
    DefaultSensorStatus,
    EventLogEntry,
    RunRequest,
    SensorEvaluationContext,
    SkipReason,
    asset_sensor,
    sensor,
)

from assets.inbox import inbox_files
from assets.ingestion import PENDING_RANGES
from pipelines.constants import RANGE_END, RANGE_START
from pipelines.jobs import extract_job, ingest_job, publish_job
from pipelines.resources import DataHomeResource

# A file younger than this may still be being copied in; the next tick takes it.
SETTLE_SECONDS = 5.0


@sensor(job=ingest_job, minimum_interval_seconds=30, default_status=DefaultSensorStatus.RUNNING,
        description="Starts ingestion when new files have settled in the inbox.")
def inbox_sensor(
    context: SensorEvaluationContext, home: DataHomeResource
) -> RunRequest | SkipReason:
    inbox = home.paths.inbox
    if not inbox.is_dir():
        return SkipReason(f"no inbox folder at {inbox}")
    now = time.time()
    settled = []
    for path in inbox_files(inbox):
        stat = path.stat()
        if now - stat.st_mtime >= SETTLE_SECONDS:
            settled.append(f"{path.relative_to(inbox)}|{stat.st_size}|{stat.st_mtime_ns}")
    seen = set(json.loads(context.cursor)) if context.cursor else set()
    new = sorted(set(settled) - seen)
    # Ingested files leave the inbox, so the cursor only ever holds what is waiting now.
    context.update_cursor(json.dumps(sorted(settled)))
    if not new:
        return SkipReason("no new settled files in the inbox")
    key = hashlib.sha256("\n".join(new).encode()).hexdigest()[:16]
    return RunRequest(run_key=f"inbox-{key}", tags={"conflict_timeline/new_files": str(len(new))})


@asset_sensor(asset_key=AssetKey("articles"), job=extract_job,
              default_status=DefaultSensorStatus.RUNNING,
              description="After each ingestion, extracts the publication days whose articles "
                          "await extraction, one run per range of days.")
def new_articles_sensor(
    context: SensorEvaluationContext, asset_event: EventLogEntry
) -> Iterator[RunRequest | SkipReason]:
    materialization = asset_event.asset_materialization
    entry = materialization.metadata.get(PENDING_RANGES) if materialization else None
    ranges = entry.value if entry else []
    if not ranges:
        yield SkipReason("no publication day awaits extraction")
    for first, last in ranges:
        yield RunRequest(
            run_key=f"articles-{asset_event.run_id}-{first}",
            tags={RANGE_START: first, RANGE_END: last},
        )


# Publishing re-copies and re-indexes the whole warehouse, so many day runs share one publish.
PUBLISH_INTERVAL_SECONDS = int(os.environ.get("CONFLICT_TIMELINE_PUBLISH_INTERVAL_SECONDS", "300"))


def _latest_storage_id(context: SensorEvaluationContext, asset: str) -> int:
    records = context.instance.fetch_materializations(AssetKey(asset), limit=1).records
    return records[0].storage_id if records else 0


@sensor(job=publish_job, minimum_interval_seconds=PUBLISH_INTERVAL_SECONDS,
        default_status=DefaultSensorStatus.RUNNING,
        description="Publishes conflict.duckdb and the timeline page when mentions were loaded "
                    "since the last publish; one publish covers every day run before it.")
def publish_sensor(context: SensorEvaluationContext) -> RunRequest | SkipReason:
    loaded = _latest_storage_id(context, "event_mentions")
    if not loaded or loaded < _latest_storage_id(context, "analyst_database"):
        return SkipReason("nothing loaded since the last publish")
    # One request per load: a publish its checks blocked is not retried until new data comes.
    return RunRequest(run_key=f"publish-after-{loaded}")
