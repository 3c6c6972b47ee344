"""The tagging engine: run compiled rules, settle overlaps, compute values in text order."""

from __future__ import annotations

import datetime
import re

from . import dayrefs as _dayrefs  # noqa: F401
from . import fiscal as _fiscal  # noqa: F401
from . import fixed as _fixed  # noqa: F401  (registers its functions)
from . import holidays as _holidays  # noqa: F401
from .caldate import RANK, Point, parse_value, spell_era
from .context import Ctx
from .functions import FUNCS
from .model import Timex
from .normalize import normalize
from .scan import candidates

_CALL = re.compile(r"([a-z]\w*)\(([^()]*)\)")
_FIELD = re.compile(r"\{(\w+)\}")
# What may precede a year that opens its sentence ("In 1943, ...", "By the end of 1941").
_LEADS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:[A-Z]\w*\s+){0,2}(?:the\s+)?(?:end\s+of\s+)?$")
_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
# A history's "since 513 BC" looks back from the story's time; it does not move it.
_SINCE = re.compile(r"\b[Ss]ince\s+$")


def _pieces(template: str) -> list[str]:
    """The template split at its fields once: [text, field, text, field, ..., text]."""
    pieces = _template_pieces.get(template)
    if pieces is None:
        pieces = _template_pieces[template] = _FIELD.split(template)
    return pieces


_template_pieces: dict[str, list[str]] = {}  # one entry per rule value at most


def _evaluate(template: str, m: re.Match[str], ctx: Ctx) -> str | None:
    groups = m.groupdict()
    pieces = _pieces(template)
    # The fields filled in, as _FIELD.sub would, without a regex pass per expression.
    parts = [pieces[0]]
    for k in range(1, len(pieces), 2):
        parts.append(normalize(pieces[k], groups.get(pieces[k])))
        parts.append(pieces[k + 1])
    filled = "".join(parts)
    failed = False

    def call(c: re.Match[str]) -> str:
        nonlocal failed
        args = [a.strip() for a in c[2].split(",")]  # "f()" passes one empty argument
        out = FUNCS[c[1]](ctx, *args)
        if out is None:
            failed = True
            return ""
        return out

    value = _CALL.sub(call, filled)
    return None if failed or not value else spell_era(value)


def _in_passing(ctx: Ctx, year: Point, clock: Point | None) -> bool:
    """Whether a bare year leaves the story's finer clock alone (narrative mode).

    A year opening its sentence ("In 1943, ...") moves the clock, and so does one a year or
    two ahead of it (the story moving on), unless it is a plan ("a campaign planned for
    1976"). Others ("declassified in 2005", "as in 1812") are mentioned in passing.
    """
    if year.gran != "year" or clock is None:
        return False
    if _LEADS.search(ctx.text, max(0, ctx.start - 24), ctx.start):
        return False
    ahead = year.date.year - clock.date.year
    return not (0 < ahead <= 2 and ctx.tense() != "future")


def tag(text: str, dct: datetime.date, *, narrative: bool = False) -> list[Timex]:
    """TIMEX3 expressions in ``text``, sorted by start and non-overlapping.

    Relative expressions are resolved against ``dct``; with ``narrative=True`` against the
    most recent date mentioned (war histories move their own clock).
    """
    ref, qref = Point(dct, "day"), None
    month_clock: Point | None = None  # last month-or-finer date
    fine: Point | None = None  # that date, while only years mentioned in passing followed it
    out = []
    for start, end, rule, m in candidates(text):
        ctx = Ctx(text, start, end, dct, ref, narrative, qref, fine)
        try:
            value = _evaluate(rule.value, m, ctx)
        except (ValueError, KeyError, OverflowError):  # impossible dates such as Feb. 30
            value = None
        if value is None:
            continue
        relative = ctx.relative or value in _REFS
        out.append(Timex(start, end, text[start:end], rule.type, value,
                         "relative" if relative else "explicit"))
        if rule.type in ("DATE", "TIME") and ctx.update_ref and not (
                narrative and _SINCE.search(text, max(0, start - 6), start)):
            point = parse_value(value)
            # A decade or century ("the 1990s", "two decades earlier") is no clock.
            if point is not None and RANK[point.gran] <= RANK["year"]:
                ref = point
                if RANK[point.gran] <= RANK["month"]:
                    month_clock, fine = point, None
                elif narrative:
                    fine = month_clock if _in_passing(ctx, point, month_clock) else None
                if point.gran in ("quarter", "half-year"):
                    qref = point
    return out
