"""The time axis: dates to x pixels, and tick marks at round calendar dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_TICKS = 12
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000)
_DAY_STEPS = (1, 2, 7, 14)


@dataclass(frozen=True)
class TimeScale:
    start: dt.date
    stop: dt.date  # exclusive
    left: float
    width: float

    @property
    def days(self) -> int:
        return max(1, (self.stop - self.start).days)

    def x(self, day: dt.date) -> float:
        """Left edge of `day`; x(end + 1 day) is the right edge of an inclusive end."""
        return self.left + (day - self.start).days / self.days * self.width


def fit(first: dt.date, last: dt.date, left: float, width: float) -> TimeScale:
    """A scale over [first, last] with a margin, so marks at the ends are not cut."""
    span = (last - first).days + 1
    pad = max(3, span // 40)
    # Clamped in ordinals: year 1 or 9999 (a parser's odd guess) must not overflow.
    start = dt.date.fromordinal(max(1, first.toordinal() - pad))
    stop = dt.date.fromordinal(min(dt.date.max.toordinal(), last.toordinal() + pad + 1))
    return TimeScale(start, stop, left, width)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def ticks(scale: TimeScale) -> list[tuple[dt.date, str]]:
    """Round dates inside the scale: days for short spans, then months, then years."""
    for step in _DAY_STEPS:
        if scale.days / step <= MAX_TICKS:
            days = range(0, scale.days, step)
            dates = [scale.start + dt.timedelta(days=d) for d in days]
            return [(d, d.isoformat()) for d in dates]
    for step in _MONTH_STEPS:
        if scale.days / 30.4 / step <= MAX_TICKS:
            break
    first = _add_months(scale.start.replace(day=1), 1)
    if step >= 12:
        # Years on multiples of the step (2020, 2025...), the first one inside the scale.
        year = first.year + (first.month > 1)
        first = dt.date(min(dt.MAXYEAR, year + (-year) % (step // 12)), 1, 1)
    result = []
    day = first
    while day < scale.stop and len(result) <= MAX_TICKS * 2:
        result.append((day, str(day.year) if step >= 12 else day.strftime("%Y-%m")))
        if (day.year * 12 + day.month - 1 + step) // 12 > dt.MAXYEAR:
            break
        day = _add_months(day, step)
    return result
