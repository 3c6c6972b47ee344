"""Guess whether an underspecified date lies before or after its anchor.

No POS tagger: the cue word (lexicon.yaml `tense`) nearest to the expression inside
its sentence decides. Good enough for news prose ("said Friday", "will meet on Friday").
"""

from __future__ import annotations

import re

from .resources import load

_SENT_END = re.compile(r"[.!?]\s|\n")
_WINDOW = 250


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    left = lo
    for m in _SENT_END.finditer(text, lo, start):
        left = m.end()
    m = _SENT_END.search(text, end, min(len(text), end + _WINDOW))
    return left, (m.start() + 1 if m else min(len(text), end + _WINDOW))


def tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for the expression at text[start:end]."""
    res = load()
    lo, hi = sentence_bounds(text, start, end)
    best: tuple[int, str] | None = None
    for kind, regex in (("future", res.future_re), ("past", res.past_re)):
        for m in regex.finditer(text, lo, hi):
            if m.start() < end and m.end() > start:
                continue  # a cue inside the expression itself ("last", "next") is not tense
            if kind == "past" and m[0].lower() in res.not_past:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if best is None or dist < best[0]:
                best = (dist, kind)
    return best[1] if best else None
