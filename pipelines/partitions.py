"""Daily partitions by publication date."""

import datetime as dt

from dagster import DailyPartitionsDefinition

# The war's first phase began in 2014; articles published earlier are refused at ingestion
# with this reason rather than sitting in no partition.
FIRST_DAY = dt.date(2014, 1, 1)

publication_days = DailyPartitionsDefinition(
    start_date=FIRST_DAY.isoformat(), end_offset=1, timezone="UTC"
)
