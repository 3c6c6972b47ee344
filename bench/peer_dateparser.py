"""dateparser as a temporal tagger: ``search_dates`` with offsets recovered and TIMEX3 values.

Configuration (fair to the peer): English only; RELATIVE_BASE is the document date, so
"yesterday" resolves as in the article; PREFER_DATES_FROM='past' (news reports on the past;
the WikiWars narratives are about past wars too, and dateparser has no narrative mode).
``add_period=True`` asks dateparser itself how precise each match is (day/week/month/year):
that sets the TIMEX3 granularity, so "March 1998" becomes 1998-03 rather than 1998-03-01.
Every match is typed DATE: dateparser only returns points in time.
"""

from __future__ import annotations

import datetime
from typing import Any

from .offsets import locate


def run(text: str, dct: datetime.date, narrative: bool) -> list[tuple] | None:
    """The library call alone (this is what the benchmark times)."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.datetime.combine(dct, datetime.time()),
                "PREFER_DATES_FROM": "past"}
    return search_dates(text, languages=["en"], settings=settings, add_period=True)


def render(when: datetime.datetime, period: str | None) -> str:
    """TIMEX3 DATE value of a dateparser result at the precision dateparser reports."""
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return when.date().isoformat()  # day, time or unknown: day granularity (a DATE value)


def convert(text: str, raw: Any, dct: datetime.date) -> list[dict]:
    """Timex dicts for ``run``'s output; matches that cannot be located are dropped."""
    found = list(raw or [])
    spans = locate(text, [r[0] for r in found])
    out = []
    for r, span in zip(found, spans, strict=True):
        if span is None:
            continue
        start, end = span
        period = r[2] if len(r) > 2 else None
        out.append({"start": start, "end": end, "text": text[start:end], "type": "DATE",
                    "value": render(r[1], period)})
    return out

