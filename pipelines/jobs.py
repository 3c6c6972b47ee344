"""Jobs: ingestion (unpartitioned), extraction by publication day, and publishing."""

from dagster import AssetSelection, define_asset_job

from pipelines.partitions import publication_days

ingest_job = define_asset_job(
    "ingest_job",
    selection=AssetSelection.assets("articles", "rejected_articles"),
    description="Read the inbox into articles and rejected_articles; move files out of it.",
)

extract_job = define_asset_job(
    "extract_job",
    selection=AssetSelection.assets("event_mentions").downstream(),
    partitions_def=publication_days,
    description=(
        "Re-extract the chosen publication days, then rebuild events, write the timelines "
        "and publish conflict.duckdb."
    ),
)

publish_job = define_asset_job(
    "publish_job",
    # The mentions' checks run again, so data they blocked is not published by a later run.
    selection=AssetSelection.assets("events").downstream()
    | AssetSelection.checks_for_assets("event_mentions"),
    description="Rebuild events from the stored mentions, write the timelines and publish.",
)
