"""Translate Microsoft Recognizers-Text resolutions into TIMEX3 types and values.

Where its timex already is TimeML (1998-03-03, 1998-02, 1998-W09, P3Y, PRESENT_REF) it is
kept. Where it differs:
- underspecified dates (XXXX-WXX-5 "Friday", XXXX-08-02 "Aug. 2", XXXX-10 "October") come
  with concrete candidate values; as a news convention we take the latest candidate on or
  before the reference date (the most recent past one), else the earliest, and write it at
  the timex's own granularity (day, or month for XXXX-MM);
- ranges "(start,end,duration)" ("the next two weeks") become the DURATION they measure, as
  TimeML annotates "the next two weeks" (P2W);
- clock times without a date (T10:35, TNI) are on the reference day: 1998-01-14T10:35;
  an hour alone gets minutes (T17 -> T17:00), as TIMEX3 values write them;
- seasons without a year (FA) get TimeML's unknown year: XXXX-FA.
"""

from __future__ import annotations

import datetime
import re

_TYPES = {"date": "DATE", "daterange": "DATE", "duration": "DURATION", "set": "SET",
          "time": "TIME", "timerange": "TIME", "datetime": "TIME", "datetimerange": "TIME"}
_RANGE = re.compile(r"^\((?P<start>[^,]*),(?P<end>[^,]*),(?P<dur>[^,)]*)\)$")
_DAY = re.compile(r"^XXXX-(WXX-\d|\d\d-\d\d)$")
_MONTH = re.compile(r"^XXXX-\d\d$")
_SEASON = re.compile(r"^(SP|SU|FA|WI)$")


def timex_type(type_name: str, timex: str) -> str:
    """TIMEX3 type for a type_name such as 'datetimeV2.daterange'."""
    kind = _TYPES.get(type_name.rsplit(".", 1)[-1], "DATE")
    if kind == "TIME" and (timex.endswith("_REF") or "T" not in timex):
        return "DATE"  # "now" is a datetime with PRESENT_REF: a DATE in TimeML
    return kind


def _point(cand: dict) -> str:
    """Concrete 'YYYY-MM-DD[ HH:MM:SS]' of a candidate (dates have value, ranges start)."""
    v = cand.get("value") or cand.get("start") or ""
    return "" if v == "not resolved" else v


def pick(cands: list[dict], ref: datetime.date) -> str:
    """Concrete point of the latest candidate on or before ``ref``, else of the earliest."""
    points = sorted(p for p in map(_point, cands) if p[:4].isdigit())
    past = [p for p in points if p[:10] <= ref.isoformat()]
    return past[-1] if past else (points[0] if points else "")


def _with_time(day: str, clock: str) -> str:
    if re.fullmatch(r"\d\d", clock):
        clock += ":00"
    return f"{day}T{clock}"


def value(timex: str, cands: list[dict], ref: datetime.date) -> str:
    """TIMEX3 value for one Recognizers-Text timex (see the module docstring)."""
    rng = _RANGE.match(timex)
    if rng:
        return rng["dur"]
    if timex.endswith("_REF"):
        return timex
    date, _, clock = timex.partition("T")
    if date == "" and clock:
        return _with_time(ref.isoformat(), clock)
    if _SEASON.match(date):
        date = f"XXXX-{date}"
    elif _DAY.match(date) or _MONTH.match(date):
        point = pick(cands, ref)
        if not point:
            return timex
        date = point[:7] if _MONTH.match(date) else point[:10]
    return _with_time(date, clock) if clock else date
