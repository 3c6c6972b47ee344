"""Value functions callable from rules.yaml as ``name(arg, ...)``.

Each takes the Ctx plus string arguments (already substituted, possibly empty) and
returns a TIMEX3 value fragment, or None when the expression cannot be resolved.
"""

from __future__ import annotations

import datetime
import re

from .caldate import (
    RANK,
    SEASON_START,
    UNIT_GRAN,
    Point,
    floor,
    fmt,
    parse_value,
    period_end,
    shift,
)
from .context import Ctx
from .registry import FUNCS, fn
from .registry import num as _num
from .tense import sentence_bounds

__all__ = ["FUNCS"]


def direction_of(arg: str, ctx: Ctx) -> str | None:
    """'-1dir' -> strictly past, '1dir' -> strictly future, 'pastdir'/'futuredir' -> the
    nearest occurrence on that side ("since March", "effective Feb. 1"), 'dir'/'0dir' ->
    from tense."""
    head = arg.removesuffix("dir")
    if head in ("past", "future"):
        return head
    if head in ("-1", "1"):
        return "last" if head == "-1" else "next"
    if head == "0":
        return "this"
    return None if ctx.narrative else ctx.tense()


def pick_year(ctx: Ctx, month: int, day: int | None, direction: str | None) -> int:
    """Year for a month (and day) given without one."""
    anchor = ctx.now
    if ctx.narrative and RANK[anchor.gran] >= RANK["year"]:
        if ctx.fine is None:
            return anchor.date.year
        anchor = ctx.fine
    a = anchor.date
    akey = (a.month, day and a.day or 0) if day else (a.month, 0)
    key = (month, day or 0)
    y = a.year
    if direction == "this":
        return y
    if direction in ("past", "future"):
        # Same year unless that puts the date more than two months on the wrong side.
        gap = (month - a.month) * 30 + ((day or 15) - (a.day if day else 15))
        if direction == "past":
            return y - 1 if gap > 60 else y
        return y + 1 if gap < -60 else y
    if direction in ("past", "last"):
        return y if key < akey or (key == akey and direction == "past") else y - 1
    if direction in ("future", "next"):
        return y if key > akey or (key == akey and direction == "future") else y + 1
    # No tense: nearest occurrence; ties go back in news, forward in a narrative.
    best = None
    for cand in (y - 1, y, y + 1):
        try:
            d = datetime.date(cand, month, min(day or 1, 28 if month == 2 else day or 1))
        except ValueError:
            continue
        ref = a if day else a.replace(day=1)
        dist = abs((d - ref).days)
        tie = d > ref if ctx.narrative else d < ref
        if best is None or (dist, not tie) < best[0]:
            best = ((dist, not tie), cand)
    return best[1] if best else y


@fn
def date(ctx: Ctx, y: str, m: str, d: str) -> str | None:
    if not m:
        return None
    month, day = int(m), int(d) if d else None
    if not y:
        ctx.relative = True
        year = pick_year(ctx, month, day, None if ctx.narrative else ctx.tense())
    else:
        year = int(y)
    try:
        datetime.date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


@fn
def numdate(ctx: Ctx, a: str, b: str, y: str) -> str | None:
    """Slashed date: month first unless the first number cannot be a month; when both
    orders are dates, the one nearer the document's date (03/09/2022 in a report of
    2022-03-10 is 3 September in the US, 9 March almost everywhere else)."""
    if int(a) > 12:
        return date(ctx, y, b, a)
    month_first = date(ctx, y, a, b)
    if int(b) > 12 or a == b or month_first is None:
        return month_first
    day_first = date(ctx, y, b, a)
    if day_first is None:
        return month_first
    return min((month_first, day_first),
               key=lambda v: abs((datetime.date.fromisoformat(v) - ctx.dct).days))


@fn
def holiday(ctx: Ctx, mmdd: str, y: str) -> str | None:
    m, d = mmdd.split("-")
    return date(ctx, y, m, d)


@fn
def month(ctx: Ctx, m: str, arg: str) -> str | None:
    if arg.endswith("dir") or not arg:
        ctx.relative = True
        direction = direction_of(arg, ctx) if arg else (None if ctx.narrative else ctx.tense())
        return f"{pick_year(ctx, int(m), None, direction):04d}-{int(m):02d}"
    ctx.relative = True
    return f"{ctx.now.date.year + int(arg):04d}-{int(m):02d}"


@fn
def rangedate(ctx: Ctx, y: str, m: str, d: str, m2: str) -> str | None:
    """First date of a range whose year is written after the second ("December-March 1943")."""
    return date(ctx, str(int(y) - (int(m) > int(m2))), m, d)


@fn
def anamonth(ctx: Ctx, m: str, d: str, n: str) -> str | None:
    """Month (and day) of a year given anaphorically ("October of that year")."""
    ctx.relative = True
    return date(ctx, str(ctx.ref.date.year + int(n)), m, d)


@fn
def weekday(ctx: Ctx, wd: str, arg: str) -> str | None:
    ctx.relative = True
    anchor = ctx.now
    if anchor.gran != "day":
        return f"XXXX-WXX-{wd}"
    a, target = anchor.date, int(wd) - 1
    direction = direction_of(arg, ctx) if arg else (None if ctx.narrative else ctx.tense())
    direction = None if direction == "this" else direction
    back, fwd = (a.weekday() - target) % 7, (target - a.weekday()) % 7
    if direction == "last":
        delta = -(back or 7)
    elif direction == "next":
        delta = fwd or 7
    elif direction == "future":
        delta = fwd
    else:
        delta = -back
    return (a + datetime.timedelta(days=delta)).isoformat()


def _year_arg(ctx: Ctx, arg: str) -> int:
    if len(arg) == 4 and arg.isdigit():
        return int(arg)
    ctx.relative = True
    return ctx.now.date.year + (int(arg) if arg.lstrip("-").isdigit() else 0)


@fn
def season(ctx: Ctx, s: str, arg: str) -> str | None:
    if arg.endswith("dir"):
        ctx.relative = True
        cur = floor(ctx.now.date, "season")
        start = SEASON_START[s]
        direction = direction_of(arg, ctx)
        year = cur.year
        if direction in ("last", "past") and (start, year) >= (cur.month, cur.year):
            year -= 1
        elif direction in ("next", "future") and start <= cur.month and cur.year == year:
            year += 1
        return f"{year:04d}-{s}"
    year = _year_arg(ctx, arg)
    now = ctx.now
    if (not arg and s == "WI" and ctx.narrative and (
            (RANK[now.gran] <= RANK["month"] and now.date.month >= 9)
            or (now.gran == "season" and now.date.month in (6, 9)))):
        # A history told in the autumn (or in a summer or autumn it names) means the coming
        # winter, which it names by the year of its January ("held out over the winter" in
        # October 1918: 1919-WI; "before the onset of winter" after the summer of 1919:
        # 1920-WI). That label is not our calendar's winter of 1919 (December 1919), so the
        # clock stays put.
        year += 1
        ctx.update_ref = False
    elif (not arg and s != "WI" and ctx.narrative and now.gran == "season"
            and SEASON_START[s] < now.date.month and now.date.month != 12):
        # A season named after a later one of the same year is the next year's: the
        # history moves on ("spent the autumn at Sardis ... early in spring it moved"). Not
        # after a month, which leaves room for looking back ("in October ... the spring").
        year += 1
    return f"{year:04d}-{s}"


@fn
def quarter(ctx: Ctx, q: str, arg: str) -> str | None:
    return f"{_year_arg(ctx, arg):04d}-Q{q}"


@fn
def half(ctx: Ctx, h: str, arg: str) -> str | None:
    h = "2" if h in ("last", "latter") else h
    return f"{_year_arg(ctx, arg):04d}-H{h}"


def _shifted(ctx: Ctx, base: Point, unit: str, n: float | None) -> str | None:
    gran = UNIT_GRAN[unit]
    if n is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(gran, "XXXX")
    if RANK[base.gran] > RANK[gran]:  # "two days later" after "June 1950": stay coarse
        gran = base.gran
    try:
        d = shift(floor(base.date, gran) if gran != "day" else base.date, unit, int(n))
    except (ValueError, OverflowError):
        return None
    value = fmt(Point(floor(d, gran), gran))
    return value + "-WE" if unit == "WE" else value


@fn
def rel(ctx: Ctx, unit: str, n: str) -> str | None:
    ctx.relative = True
    return _shifted(ctx, ctx.now, unit, _num(n))


def _product(s: str) -> float | None:
    a, _, b = s.partition("*")
    x, y = _num(a), _num(b or "1")
    return None if x is None or y is None else x * y


@fn
def ana(ctx: Ctx, unit: str, n: str) -> str | None:
    ctx.relative = True
    if n in ("X*1", "X*-1"):
        # "a few days later", "many years earlier": a vague count in a known direction says
        # no more than which side of the anchor the time lies on.
        return "FUTURE_REF" if n == "X*1" else "PAST_REF"
    return _shifted(ctx, ctx.ref, unit, _product(n))


def _last_done_quarter(ctx: Ctx) -> Point:
    """The last quarter that ended before the dct: the one a report of that day covers."""
    return Point(floor(shift(ctx.dct, "M", -3), "quarter"), "quarter")


def _reported(ctx: Ctx) -> Point | None:
    """The period a financial report compares with a year earlier: the last quarter or half
    named, unless it starts after the dct (a forecast, "losses through the third quarter of
    1990", is not what the figures cover; the last finished quarter is)."""
    q = ctx.qref
    if q is None or ctx.narrative or q.date <= ctx.dct:
        return q
    return _last_done_quarter(ctx)


# A report's run of months ("For the nine months, net was ...").
_MONTHS_RUN = re.compile(r"\b(?:nine|six|eight|ten|eleven|\d{1,2})\s+months\b")


def _after_months_run(ctx: Ctx) -> bool:
    """Whether the sentence names a run of months ("the first nine months") after its last
    quarter, before the expression: its year-ago comparison is the year before."""
    lo, _hi = sentence_bounds(ctx.text, ctx.start, ctx.end)
    before = ctx.text[lo:ctx.start].lower()
    runs = [m.end() for m in _MONTHS_RUN.finditer(before)]
    if not runs:
        return False
    q = before.rfind("quarter")
    return runs[-1] > q


@fn
def keep(ctx: Ctx, unit: str, n: str) -> str | None:
    """Shift the reference time but keep its granularity ("a year earlier" after a quarter;
    after a run of months in the same sentence, the year)."""
    ctx.relative, ctx.update_ref = True, False
    ref = _reported(ctx) or ctx.ref
    gran = ref.gran if RANK[ref.gran] < RANK[UNIT_GRAN[unit]] else UNIT_GRAN[unit]
    if ctx.narrative or (unit == "Y" and _after_months_run(ctx)):
        # histories: "a year earlier" is a year, whatever came before; so is a report's
        # comparison of the nine months with the same months a year before
        gran = UNIT_GRAN[unit]
    try:
        return fmt(Point(floor(shift(ref.date, unit, int(n)), gran), gran))
    except ValueError:
        return None


@fn
def ago(ctx: Ctx, n: str, unit: str) -> str | None:
    x = _num(n)
    if x is None:
        ctx.relative = True
        return "PAST_REF"
    if x == 1 and unit == "Y" and ctx.qref is not None:
        return keep(ctx, unit, "-1")
    return rel(ctx, unit, str(-x))


# How many days before the day of writing a day told in news may still be "in the morning"'s.
_RECENT_DAYS = 7


@fn
def clockday(ctx: Ctx, n: str = "") -> str | None:
    """Day a clock time falls on: the reference day (moved by ``n`` days: "the next
    morning"), else the dct in news ("at noon"), else unknown. ``n="now"``: the day of
    writing in news ("this morning"), whatever date was told last. ``n="recent"``: in news,
    the reference day only if it is one of the week up to the day of writing ("in the
    morning" after Friday's trading), else that day ("In the evening, I signed decrees" after
    a mention of next month's anniversary or of 2014)."""
    ctx.relative = True
    if n == "now" and not ctx.narrative:
        return fmt(ctx.now)
    if n == "recent":
        n = ""
        if not ctx.narrative and ctx.now.gran == "day" and not (
                ctx.ref.gran == "day" and 0 <= (ctx.now.date - ctx.ref.date).days <= _RECENT_DAYS):
            return fmt(ctx.now)
    shift_days = int(n) if n.lstrip("-").isdigit() else 0
    if ctx.ref.gran == "day":
        return (ctx.ref.date + datetime.timedelta(days=shift_days)).isoformat()
    if not shift_days and ctx.now.gran == "day":
        return fmt(ctx.now)
    return "XXXX-XX-XX"


@fn
def reftime(ctx: Ctx, _: str = "") -> str | None:
    ctx.relative, ctx.update_ref = True, False
    return fmt(ctx.ref)


@fn
def named(ctx: Ctx, _: str = "") -> str | None:
    """A name that holds a date ("Ninth of January Street"): no expression, and the span is
    taken so that the date inside it is none either."""
    return None


@fn
def weekend(ctx: Ctx, rel_: str) -> str | None:
    """Week of the weekend meant: Saturday found like a weekday name."""
    sat = weekday(ctx, "6", f"{rel_}dir" if rel_ else "")
    p = parse_value(sat) if sat else None
    return fmt(Point(p.date, "week")) + "-WE" if p else "XXXX-WXX-WE"


@fn
def lastquarter(ctx: Ctx, done: str = "") -> str | None:
    """'the quarter', 'the latest period': last quarter mentioned, else the one reported on.

    ``done``: "the latest quarter" is a finished one, so a quarter named that has not ended
    by the dct ("a charge in the fourth quarter" in October) is not it.
    """
    ctx.relative = True
    q = ctx.qref
    if q is not None and not (done and not ctx.narrative and period_end(q) >= ctx.dct):
        return fmt(q)
    if ctx.narrative:
        return fmt(Point(floor(ctx.ref.date, "quarter"), "quarter"))
    return fmt(_last_done_quarter(ctx))


@fn
def yearquarter(ctx: Ctx, y: str) -> str | None:
    """'the 1988 quarter': the quarter last named, moved to year ``y`` (else the year)."""
    if ctx.qref is None or ctx.qref.gran != "quarter":
        return y
    ctx.relative, ctx.update_ref = True, False
    return f"{y}-Q{(ctx.qref.date.month - 1) // 3 + 1}"
