"""Daily partitions by publication date."""

import datetime as dt
from collections.abc import Sequence

from dagster import DailyPartitionsDefinition

# The war's first phase began in 2014; articles published earlier are refused at ingestion
# with this reason rather than sitting in no partition.
FIRST_DAY = dt.date(2014, 1, 1)

publication_days = DailyPartitionsDefinition(
    start_date=FIRST_DAY.isoformat(), end_offset=1, timezone="UTC"
)

# Dagster records every partition of a range (a few ms each): past this gap between two days
# with work, a second run is cheaper than one run over the empty days between them.
MAX_GAP_DAYS = 365


def day_ranges(days: Sequence[dt.date], max_gap_days: int = MAX_GAP_DAYS) -> list[tuple[str, str]]:
    """Sorted days as few (first, last) ISO ranges, split where the gap is long."""
    ranges: list[tuple[dt.date, dt.date]] = []
    for day in sorted(days):
        if ranges and (day - ranges[-1][1]).days <= max_gap_days:
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return [(first.isoformat(), last.isoformat()) for first, last in ranges]
