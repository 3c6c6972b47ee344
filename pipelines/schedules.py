"""Schedules: a daily pass over yesterday's articles, and hourly feed polling."""

from dagster import DefaultScheduleStatus, ScheduleDefinition, build_schedule_from_partitioned_job

from pipelines.feeds import poll_feeds_job
from pipelines.jobs import extract_job

# Re-extract yesterday's publication day each morning: articles that arrived late, or a
# changed extractor, are taken in even when nobody is watching.
daily_extraction_schedule = build_schedule_from_partitioned_job(
    extract_job,
    name="daily_extraction_schedule",
    hour_of_day=6,
    default_status=DefaultScheduleStatus.RUNNING,
)

feed_poll_schedule = ScheduleDefinition(
    name="feed_poll_schedule",
    job=poll_feeds_job,
    cron_schedule="17 * * * *",
    default_status=DefaultScheduleStatus.RUNNING,
    description="Fetch every feed listed in feeds.yaml into the inbox (the inbox sensor follows).",
)
