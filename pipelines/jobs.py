"""Jobs: ingestion (unpartitioned), extraction by publication day, and publishing."""

from dagster import AssetSelection, define_asset_job, multiprocess_executor

from pipelines.partitions import publication_days

# Publishing copies the whole warehouse and re-indexes every article for search: its cost grows
# with history, so the day's jobs stop before it and publish_job runs on its own (publish_sensor).
_PUBLISHED = AssetSelection.assets("analyst_database", "timeline_page")
# A day's work: extract, load and merge, refresh events and timelines (extract_job, backfill_job).
_DAY_WORK = AssetSelection.assets("mention_shards").downstream() - _PUBLISHED

ingest_job = define_asset_job(
    "ingest_job",
    selection=AssetSelection.assets("articles", "rejected_articles"),
    description="Read the inbox into articles and rejected_articles; move files out of it.",
)

extract_job = define_asset_job(
    "extract_job",
    selection=_DAY_WORK,
    partitions_def=publication_days,
    description=(
        "Re-extract the chosen publication days, load and merge them, then refresh the events "
        "and the Parquet timelines they touched."
    ),
)

# The same work with the run's extraction lanes in parallel processes: worth its ~10 s of
# process start-up on large backfills (`make run` picks it from CONFLICT_TIMELINE_PARALLEL_FROM
# pending articles). With CONFLICT_TIMELINE_EXECUTOR=celery, extract_job spreads lanes instead.
backfill_job = define_asset_job(
    "backfill_job",
    selection=_DAY_WORK,
    partitions_def=publication_days,
    executor_def=multiprocess_executor,
    description="extract_job with its extraction lanes in parallel processes (large backfills).",
)

# extract_job in two halves, for spreading the work: many shard_job runs (any ranges, in
# parallel, on any worker sharing the shards folder), then one load_job run over all of them.
shard_job = define_asset_job(
    "shard_job",
    selection=AssetSelection.assets("mention_shards"),
    partitions_def=publication_days,
    description="Extract the chosen publication days into mention shards (no database).",
)

load_job = define_asset_job(
    "load_job",
    selection=AssetSelection.assets("event_mentions").downstream() - _PUBLISHED,
    partitions_def=publication_days,
    description=(
        "Load the chosen days' mention shards in day order and merge them into canonical "
        "events, then refresh the events and the Parquet timelines they touched."
    ),
)

publish_job = define_asset_job(
    "publish_job",
    # The mentions' checks run again, so data they blocked is not published by a later run.
    selection=AssetSelection.assets("events").downstream()
    | AssetSelection.checks_for_assets("event_mentions"),
    description=(
        "Check the stored mentions, refresh whatever events and timelines are queued, then "
        "publish conflict.duckdb and the timeline page."
    ),
)
