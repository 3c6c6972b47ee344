"""TIMEX3 value -> calendar interval."""

from __future__ import annotations

from .caldate import parse_value, period_end
from .model import DateInterval


def value_to_interval(value: str) -> DateInterval | None:
    """Calendar span of a DATE/TIME value; None for refs, durations, sets and X-values.

    Seasons are meteorological (SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb with
    ``YYYY-WI`` starting in December of YYYY): fixed month boundaries, no astronomy.
    Decades accept both ``199X`` and the bare TimeML ``199``; a time of day yields the
    day it falls on.
    """
    if not value or "X" in value.rstrip("X") or value.startswith(("P", "BC", "XXXX")):
        return None
    point = parse_value(value)
    if point is None:
        return None
    return DateInterval(point.date, period_end(point), point.gran)
