"""Dagster definitions, resources, partitions, jobs, schedules and sensors."""

import warnings

# Single-run backfills are marked beta in Dagster 1.13; we rely on them on purpose.
warnings.filterwarnings("ignore", message=r"Parameter `backfill_policy`")
