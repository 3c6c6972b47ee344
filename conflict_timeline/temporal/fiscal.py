"""Periods named by a day they hold: reporting periods by their last day ("the quarter ended
Sept. 30"), a week by any of its days ("the week of March 6")."""

from __future__ import annotations

from .caldate import UNIT_GRAN, Point, floor, fmt, parse_value
from .context import Ctx
from .functions import date
from .registry import fn


@fn
def ended(ctx: Ctx, unit: str, m: str, d: str, y: str) -> str | None:
    """The ``unit`` (W, Q or Y) period that holds the date."""
    day = date(ctx, y, m, d)
    p = parse_value(day) if day else None
    if p is None:
        return None
    gran = UNIT_GRAN[unit]
    return fmt(Point(floor(p.date, gran), gran))
