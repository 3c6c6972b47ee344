"""Guess whether an underspecified date lies before or after its anchor.

No POS tagger: tense cues (lexicon.yaml `tense`) inside the sentence are grouped into verb
groups ("were planning to", "had said"); a group with a future cue is future ("was
expected to meet"), otherwise past. The group nearest to the expression decides. A group
in a later subordinate clause ("on Thursday as he was about to leave") is ignored, and
"that" ends a group ("ruled that he should" is two groups).
"""

from __future__ import annotations

import re

from .resources import load

# A full stop after a title or "vs" ("Roe vs. Wade", "Gen. Schwarzkopf") ends no sentence.
# (The stop is matched first, so the look-behinds run only at stops.)
_SENT_END = re.compile(r"[.!?](?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|vs|Vs)\.)"
                       r"(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Maj|Adm)\.)(?<!\bCapt\.)\s|\n")
_WINDOW = 250
_GROUP_GAP = re.compile(r"\s+(?:(?!that\b)\w{1,9}\s+){0,2}")  # short words, but no "that" clause
_SUBORDINATE = re.compile(r"\b(?:as|when|while|because|although|though|which|who|whom|whose|if|"
                          r"unless|whether|where)\b", re.IGNORECASE)
_PREV_WORD = re.compile(r"(\w+)\s+$")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    left = lo
    for m in _SENT_END.finditer(text, lo, start):
        left = m.end()
    m = _SENT_END.search(text, end, min(len(text), end + _WINDOW))
    return left, (m.start() + 1 if m else min(len(text), end + _WINDOW))


def _cues(text: str, lo: int, hi: int, start: int, end: int) -> list[tuple[int, int, str]]:
    res = load()
    low = text[lo:hi].lower()
    start, end = start - lo, end - lo
    out = []
    for m in res.cue_re.finditer(low):
        if m.start() < end and m.end() > start:
            continue  # a cue inside the expression itself ("last", "next") is not tense
        if m.lastgroup == "P":
            word = m[0]
            if word in res.not_past:
                continue
            prev = _PREV_WORD.search(low, max(0, m.start() - 15), m.start())
            if word.endswith("ed") and prev and prev[1] in res.adjective_before:
                continue  # "a planned visit", "the embattled city"
        kind = "future" if m.lastgroup == "F" else "past"
        out.append((m.start() + lo, m.end() + lo, kind))
    return out


def tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for the expression at text[start:end]."""
    lo, hi = sentence_bounds(text, start, end)
    groups: list[list] = []  # [start, end, kind]
    for s, e, kind in _cues(text, lo, hi, start, end):
        g = groups[-1] if groups else None
        if g and g[1] <= s and not (g[1] < start < s) and _GROUP_GAP.fullmatch(text, g[1], s):
            g[1] = e
            g[2] = "future" if "future" in (g[2], kind) else g[2]
        else:
            groups.append([s, e, kind])
    best: tuple[int, str] | None = None
    for s, e, kind in groups:
        if s >= end and _SUBORDINATE.search(text, end, s):
            continue  # a verb in a later subordinate clause does not govern the expression
        # The governing verb usually precedes ("said Friday", "will meet on Friday"); a cue
        # after the expression counts three times its distance, since it is often a
        # participle or the verb of another clause ("by August in search of markets
        # untouched by", "(4 a.m. Thursday), Castro said").
        dist = start - e if e <= start else (s - end) * 3
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else None
