"""Holidays whose date moves: nth weekday of a month, and (Orthodox) Easter offsets."""

from __future__ import annotations

import datetime

from .context import Ctx
from .functions import date, pick_year
from .registry import fn


def _easter(year: int) -> datetime.date:
    """Gregorian Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    lt = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * lt) // 433
    month = (h + lt - 7 * m + 90) // 25
    return datetime.date(year, month, (h + lt - 7 * m + 33 * month + 19) % 32)


def _orthodox_easter(year: int) -> datetime.date:
    """Julian-calendar Easter (Meeus) moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_shift = year // 100 - year // 400 - 2
    return datetime.date(year, month, day + 1) + datetime.timedelta(days=julian_shift)


def _on(spec: str, year: int) -> datetime.date:
    """``spec``: "M-W-N" (Nth ISO weekday W of month M, N=-1 the last) or "easter+K"."""
    for name, f in (("oeaster", _orthodox_easter), ("easter", _easter)):
        if spec.startswith(name):
            return f(year) + datetime.timedelta(days=int(spec[len(name):] or 0))
    m, w, n = (int(x) for x in spec.split("|"))
    if n > 0:
        first = datetime.date(year, m, 1)
        return first + datetime.timedelta(days=(w - 1 - first.weekday()) % 7 + 7 * (n - 1))
    last = datetime.date(year + m // 12, m % 12 + 1, 1) - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=(last.weekday() - (w - 1)) % 7)


@fn
def movable(ctx: Ctx, spec: str, y: str) -> str | None:
    if y:
        return _on(spec, int(y)).isoformat()
    ctx.relative = True
    guess = _on(spec, ctx.now.date.year)
    year = pick_year(ctx, guess.month, guess.day, None if ctx.narrative else ctx.tense())
    d = _on(spec, year)
    return date(ctx, str(year), str(d.month), str(d.day))
