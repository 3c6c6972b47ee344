"""Calendar points (a date plus a granularity) and their TIMEX3 spelling.

A point is stored as the first day of its period, so shifting and formatting never
need to know how the point was written.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

# Finest to coarsest; comparisons use the index.
GRANS = ("day", "week", "month", "quarter", "season", "half-year", "year", "decade", "century")
RANK = {g: i for i, g in enumerate(GRANS)}
# Unit codes (lexicon.yaml) -> granularity and length in days or months.
UNIT_GRAN = {"D": "day", "W": "week", "F": "week", "M": "month", "Q": "quarter",
             "Y": "year", "DE": "decade", "CE": "century", "WE": "week"}
UNIT_MONTHS = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}
UNIT_DAYS = {"D": 1, "W": 7, "F": 14, "WE": 7}
# Meteorological seasons: first month of each; winter starts in December of its year.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_OF_MONTH = {
    m: s for s, m0 in SEASON_START.items() for m in (m0, m0 % 12 + 1, (m0 + 1) % 12 + 1)
}


# Years before Christ are kept on the same line as the rest, counted down from here: 480 BC is
# stored as the year 9520, so "the following year" (9521) is 479 BC. No text names a year of
# this zone itself, and every value leaves the engine through ``spell_era``.
BC_ZONE = 10000
_ZONE_YEAR = re.compile(r"^([5-9]\d{3})(?=-|$)")


def spell_era(value: str) -> str:
    """A value computed in the BC zone in TIMEX3 form ("9520-08" -> "BC0480-08")."""
    m = _ZONE_YEAR.match(value)
    return f"BC{BC_ZONE - int(m[1]):04d}{value[4:]}" if m else value


@dataclass(frozen=True, slots=True)
class Point:
    date: datetime.date  # first day of the period
    gran: str


def add_months(d: datetime.date, n: int) -> datetime.date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    day = min(d.day, _month_len(year, m + 1))
    return datetime.date(year, m + 1, day)


def _month_len(y: int, m: int) -> int:
    nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - datetime.timedelta(days=1)).day


def floor(d: datetime.date, gran: str) -> datetime.date:
    """First day of the ``gran`` period containing ``d``."""
    if gran == "day":
        return d
    if gran == "week":
        return d - datetime.timedelta(days=d.weekday())
    if gran == "month":
        return d.replace(day=1)
    if gran == "quarter":
        return datetime.date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "season":
        start = SEASON_START[SEASON_OF_MONTH[d.month]]
        year = d.year - 1 if d.month < 3 else d.year
        return datetime.date(year, start, 1)
    if gran == "half-year":
        return datetime.date(d.year, 1 if d.month < 7 else 7, 1)
    if gran == "year":
        return datetime.date(d.year, 1, 1)
    if gran == "decade":
        return datetime.date(max(d.year // 10 * 10, 1), 1, 1)
    return datetime.date(max(d.year // 100 * 100, 1), 1, 1)


def shift(d: datetime.date, unit: str, n: int) -> datetime.date:
    if unit in UNIT_DAYS:
        return d + datetime.timedelta(days=UNIT_DAYS[unit] * n)
    if unit == "SEASON":
        return add_months(d, 3 * n)
    if unit == "HALF":
        return add_months(d, 6 * n)
    return add_months(d, UNIT_MONTHS[unit] * n)


def fmt(p: Point) -> str:
    d, g = p.date, p.gran
    if g == "day":
        return d.isoformat()
    if g == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if g == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if g == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g == "season":
        s = SEASON_OF_MONTH[d.month]
        year = d.year - 1 if d.month < 3 else d.year
        return f"{year:04d}-{s}"
    if g == "half-year":
        return f"{d.year:04d}-H{1 if d.month < 7 else 2}"
    if g == "year":
        return f"{d.year:04d}"
    if g in ("decade", "century") and d.year > BC_ZONE // 2:
        before = BC_ZONE - d.year  # counted down: 488 BC lies in the 480s BC
        return f"BC{before // 10:03d}" if g == "decade" else f"BC{before // 100:02d}"
    if g == "decade":
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"


_VALUE_RE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
    r"|(?P<dec>\d{3})X?$|(?P<cen>\d\d)(?:XX)?$"
)


def parse_value(value: str) -> Point | None:
    """Point for a calendar TIMEX3 value, None for anything else (refs, durations, sets).

    A year before Christ ("BC0480-08") lands in the BC zone; a BC decade or century is none.
    """
    bc = re.match(r"BC(\d{4})(?=-|$)", value)
    if bc:
        if not 0 < int(bc[1]) <= BC_ZONE // 2:
            return None
        value = f"{BC_ZONE - int(bc[1]):04d}{value[bc.end():]}"
    m = _VALUE_RE.match(value)
    if not m:
        return None
    try:
        if m["dec"]:
            return Point(datetime.date(max(int(m["dec"]) * 10, 1), 1, 1), "decade")
        if m["cen"]:
            return Point(datetime.date(max(int(m["cen"]) * 100, 1), 1, 1), "century")
        y = int(m["y"])
        if m["d"]:
            return Point(datetime.date(y, int(m["m"]), int(m["d"])), "day")
        if m["m"]:
            return Point(datetime.date(y, int(m["m"]), 1), "month")
        if m["w"]:
            return Point(datetime.date.fromisocalendar(y, int(m["w"]), 1), "week")
        if m["q"]:
            return Point(datetime.date(y, 3 * int(m["q"]) - 2, 1), "quarter")
        if m["h"]:
            return Point(datetime.date(y, 6 * int(m["h"]) - 5, 1), "half-year")
        if m["s"]:
            return Point(datetime.date(y, SEASON_START[m["s"]], 1), "season")
        return Point(datetime.date(max(y, 1), 1, 1), "year")
    except ValueError:
        return None


def period_end(p: Point) -> datetime.date:
    """Inclusive last day of the period starting at ``p.date``."""
    one = datetime.timedelta(days=1)
    months = {"month": 1, "quarter": 3, "season": 3, "half-year": 6, "year": 12,
              "decade": 120, "century": 1200}
    if p.gran == "day":
        return p.date
    if p.gran == "week":
        return p.date + 6 * one
    try:
        return add_months(p.date, months[p.gran]) - one
    except ValueError:
        return datetime.date.max
