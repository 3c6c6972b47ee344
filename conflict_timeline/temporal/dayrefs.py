"""Days named through another date: "last Oct. 23", "the 28th of that month"."""

from __future__ import annotations

import datetime
import re

from .caldate import add_months
from .context import Ctx
from .functions import date, direction_of, pick_year
from .normalize import normalize
from .registry import fn


@fn
def monthday(ctx: Ctx, m: str, d: str, arg: str) -> str | None:
    """A month and day whose year a relative word gives ("last Oct. 23")."""
    ctx.relative = True
    month, day = int(m), int(d)
    year = pick_year(ctx, month, day, direction_of(arg, ctx))
    return date(ctx, str(year), m, d)


@fn
def anaday(ctx: Ctx, d: str, n: str) -> str | None:
    """A day of the month last mentioned, or of one ``n`` months from it."""
    ctx.relative = True
    try:
        month = add_months(ctx.ref.date.replace(day=1), int(n or 0))
        return month.replace(day=int(d)).isoformat()
    except ValueError:
        return None



# "April 13-", "May 4 and ", "Sept. 6 to ": a month and day opening a range of days.
_RANGE_HEAD = re.compile(r"([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|and|or|to)\s*$")


@fn
def rangeday(ctx: Ctx, d: str, y: str) -> str | None:
    """The second day of a range that names its month once ("April 13-15", "May 4 and 5").

    The first day is the last date tagged, so it is the reference; only a range opened by
    that very month and day counts ("scored 3-5" or "May 4 and 5 others" do not qualify
    unless the number before is the reference day and the day grows).
    """
    head = _RANGE_HEAD.search(ctx.text.lower(), max(0, ctx.start - 24), ctx.start)
    ref = ctx.ref
    if head is None or ref.gran != "day":
        return None
    month = normalize("MONTH", head[1])
    if month != str(ref.date.month) or int(head[2]) != ref.date.day or int(d) <= ref.date.day:
        return None
    ctx.relative = not y
    return date(ctx, y or str(ref.date.year), month, d)


@fn
def monthweek(ctx: Ctx, nth: str, m: str, y: str) -> str | None:
    """The ``nth`` (1-4, or "last"/"final") week of a month: the ISO week holding its
    middle day ("the last week of August 2022": the week of August 28, 2022-W34)."""
    month = int(m)
    if y:
        year = int(y)
    else:
        ctx.relative = True
        year = pick_year(ctx, month, None, direction_of("", ctx))
    first = datetime.date(year, month, 1)
    if nth in ("last", "final"):
        day = add_months(first, 1) - datetime.timedelta(days=4)
    elif nth.isdigit() and 1 <= int(nth) <= 4:
        day = first + datetime.timedelta(days=7 * (int(nth) - 1) + 3)
    else:
        return None
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"
