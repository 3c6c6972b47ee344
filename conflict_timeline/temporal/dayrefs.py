"""Days named through another date: "last Oct. 23", "the 28th of that month"."""

from __future__ import annotations

from .caldate import add_months
from .context import Ctx
from .functions import date, direction_of, pick_year
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

