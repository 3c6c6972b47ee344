"""The tagging engine: run compiled rules, settle overlaps, compute values in text order."""

from __future__ import annotations

import datetime
import re

from . import fiscal as _fiscal  # noqa: F401
from . import fixed as _fixed  # noqa: F401  (registers its functions)
from . import holidays as _holidays  # noqa: F401
from .caldate import Point, parse_value
from .context import Ctx
from .functions import FUNCS
from .model import Timex
from .normalize import normalize
from .scan import candidates

_CALL = re.compile(r"([a-z]\w*)\(([^()]*)\)")
_FIELD = re.compile(r"\{(\w+)\}")
_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def _evaluate(template: str, m: re.Match[str], ctx: Ctx) -> str | None:
    groups = m.groupdict()
    filled = _FIELD.sub(lambda f: normalize(f[1], groups.get(f[1])), template)
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
    return None if failed or not value else value


def tag(text: str, dct: datetime.date, *, narrative: bool = False) -> list[Timex]:
    """TIMEX3 expressions in ``text``, sorted by start and non-overlapping.

    Relative expressions are resolved against ``dct``; with ``narrative=True`` against the
    most recent date mentioned (war histories move their own clock).
    """
    ref, qref = Point(dct, "day"), None
    out = []
    for start, end, rule, m in candidates(text):
        ctx = Ctx(text, start, end, dct, ref, narrative, qref)
        try:
            value = _evaluate(rule.value, m, ctx)
        except (ValueError, KeyError, OverflowError):  # impossible dates such as Feb. 30
            value = None
        if value is None:
            continue
        relative = ctx.relative or value in _REFS
        out.append(Timex(start, end, text[start:end], rule.type, value,
                         "relative" if relative else "explicit"))
        if rule.type in ("DATE", "TIME") and ctx.update_ref:
            point = parse_value(value)
            if point is not None:
                ref = point
                if point.gran in ("quarter", "half-year"):
                    qref = point
    return out
