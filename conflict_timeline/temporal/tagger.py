"""The tagging engine: run compiled rules, settle overlaps, compute values in text order."""

from __future__ import annotations

import datetime
import re

from . import fixed as _fixed  # noqa: F401  (registers its functions)
from .caldate import Point, parse_value
from .context import Ctx
from .functions import FUNCS
from .model import Timex
from .normalize import normalize
from .resources import Rule, load, norm_key

_CALL = re.compile(r"([a-z]\w*)\(([^()]*)\)")
_FIELD = re.compile(r"\{(\w+)\}")
_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


_BACK, _FWD = 48, 48  # context a rule may need around its trigger word
_WORD = re.compile(r"\w*")


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """Positions of trigger words by key (norm_key of the word, "#" for digits)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in load().trigger_re.finditer(text):
        key = "#" if m.lastgroup == "D" else norm_key(m[0])
        out.setdefault(key, []).append((m.start(), m.end()))
    return out


def _windows(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged spans around trigger hits; a rule only runs inside them (speed)."""
    spans: list[list[int]] = []
    for start, end in sorted(hits):
        lo, hi = max(0, start - _BACK), end + _FWD
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(hi, spans[-1][1])
        else:
            spans.append([lo, hi])
    # End windows at a word end so that (?!\w) cannot fire inside a word.
    return [(lo, _WORD.match(text, min(hi, len(text))).end()) for lo, hi in spans]


def _candidates(text: str) -> list[tuple[int, int, Rule, re.Match[str]]]:
    found = []
    trig = _triggers(text)
    for rule in load().rules:
        if rule.keys:
            spans = _windows(text, [h for k in rule.keys for h in trig.get(k, ())])
        else:  # no trigger word known: scan everything
            spans = [(0, len(text))]
        for lo, hi in spans:
            for m in rule.regex.finditer(text, lo, hi):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), rule, m))
    # Longest first, then rule order; keep what does not overlap an earlier choice.
    found.sort(key=lambda c: (c[0] - c[1], c[2].order, c[0]))
    taken = bytearray(len(text))
    chosen = []
    for c in found:
        if not any(taken[c[0]:c[1]]):
            taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


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
    for start, end, rule, m in _candidates(text):
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
