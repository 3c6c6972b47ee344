"""Lanes (by event type or by actor) and rows inside a lane, so marks overlap little."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from conflict_timeline.render.model import Event
from conflict_timeline.render.scale import TimeScale

MAX_LANES = 20  # more lanes than this would not fit a screen; the rest share one lane
OTHER = "(other)"
ROW_HEIGHT = 14
MAX_ROWS = 6  # then marks share rows: thousands of events must not make the page endless
LANE_GAP = 10
RADIUS = 4.5
MIN_SPAN = 4.0
GROUPINGS: dict[str, Callable[[Event], str]] = {
    "type": lambda e: e.event_type,
    "actor": lambda e: e.actor,
}


@dataclass(frozen=True)
class Lane:
    name: str
    top: float
    height: float
    count: int


@dataclass(frozen=True)
class Layout:
    lanes: list[Lane]
    y: dict[str, float]  # event_id -> centre line of its mark
    height: float


def extent(event: Event, scale: TimeScale) -> tuple[float, float]:
    """Horizontal extent of the mark: a dot in the middle of its day, or a span."""
    left, right = scale.x(event.start), scale.x(event.end + dt.timedelta(days=1))
    if event.is_point:
        middle = (left + right) / 2
        return middle - RADIUS, middle + RADIUS
    return left, max(right, left + MIN_SPAN)


def lane_of(events: list[Event], key: Callable[[Event], str]) -> dict[str, str]:
    """Event id -> lane name; the least populated lanes merge when there are too many."""
    counts = Counter(key(e) for e in events)
    kept = {name for name, _ in counts.most_common(MAX_LANES - 1)}
    if len(counts) <= MAX_LANES:
        kept = set(counts)
    return {e.event_id: key(e) if key(e) in kept else OTHER for e in events}


def layout(events: list[Event], by: str, scale: TimeScale, top: float) -> Layout:
    """Stack the lanes from `top`; inside each, put a mark in the first row it fits."""
    lanes_by_event = lane_of(events, GROUPINGS[by])
    counts = Counter(lanes_by_event.values())
    order = sorted(counts, key=lambda name: (name == OTHER, -counts[name], name))
    lanes, y, cursor = [], {}, top
    for name in order:
        rows: list[float] = []  # right edge of the last mark in each row
        for event in (e for e in events if lanes_by_event[e.event_id] == name):
            left, right = extent(event, scale)
            free = [i for i, end in enumerate(rows) if end + 2 <= left]
            if free:
                row = free[0]
            elif len(rows) < MAX_ROWS:
                rows.append(right)
                row = len(rows) - 1
            else:
                row = min(range(len(rows)), key=rows.__getitem__)
            rows[row] = max(rows[row], right)
            y[event.event_id] = cursor + LANE_GAP / 2 + (row + 0.5) * ROW_HEIGHT
        height = len(rows) * ROW_HEIGHT + LANE_GAP
        lanes.append(Lane(name, cursor, height, counts[name]))
        cursor += height
    return Layout(lanes, y, cursor - top)
