"""Jobs: what a scheduled or manual run materializes."""

from dagster import AssetSelection, define_asset_job

refresh_all = define_asset_job(
    "refresh_all",
    selection=AssetSelection.all(),
    description=(
        "Ingest the inbox, extract events, rebuild canonical events, write timelines, publish."
    ),
)
