"""Events as the renderer sees them: parsed dates, display labels, and the cap on marks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Beyond this many marks the page gets slow and the picture unreadable; the most reported win.
MAX_MARKS = 1500
NO_ACTOR = "(no actor)"


@dataclass(frozen=True)
class Event:
    event_id: str
    event_type: str
    title: str
    start: dt.date
    end: dt.date  # inclusive
    precision: str
    date_label: str
    actor: str
    place: str
    modality: str
    n_mentions: int
    n_sources: int

    @property
    def is_point(self) -> bool:
        return self.precision == "day"


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def date_label(start: dt.date, end: dt.date, precision: str) -> str:
    """The date at its own precision, like the timeline view: 2022-02 for a month."""
    if precision == "day":
        text = start.isoformat()
    elif precision == "month":
        text = start.strftime("%Y-%m")
    elif precision == "year":
        text = start.strftime("%Y")
    else:
        text = f"{start.isoformat()} .. {end.isoformat()}"
    return f"{text} ({precision})"


def _text(value: Any, default: str = "") -> str:
    return default if value is None or str(value).strip() == "" else str(value)


def to_event(row: Mapping[str, Any]) -> Event:
    """One row of the events table (or the timeline view) as an Event."""
    start, end = _date(row["date_start"]), _date(row["date_end"])
    end = max(start, end)
    precision = _text(row.get("date_precision"), "day")
    return Event(
        event_id=str(row["event_id"]),
        event_type=_text(row.get("event_type"), "(untyped)"),
        title=_text(row.get("title")),
        start=start,
        end=end,
        precision=precision,
        date_label=date_label(start, end, precision),
        actor=_text(row.get("actor_name"), NO_ACTOR),
        place=_text(row.get("place_name"), "(no place)"),
        modality=_text(row.get("modality"), "asserted"),
        n_mentions=int(row.get("n_mentions") or 0),
        n_sources=int(row.get("n_sources") or 0),
    )


def select_events(rows: list[Mapping[str, Any]], limit: int = MAX_MARKS) -> list[Event]:
    """All events in date order, or the `limit` most reported ones when there are more."""
    events = [to_event(row) for row in rows]
    if len(events) > limit:
        events.sort(key=lambda e: (-e.n_sources, -e.n_mentions, e.start, e.event_id))
        events = events[:limit]
    return sorted(events, key=lambda e: (e.start, e.end, e.event_type, e.event_id))
