"""Tokenisation with offsets, shared by the actor and place matchers.

Matching works on word tokens plus the "gap" text between neighbours, so that a
multi-word name only matches when its words are joined by spaces, hyphens or
apostrophes, never across commas or sentence ends.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "′": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-"})


class Token(NamedTuple):
    start: int
    end: int
    text: str
    gap: str  # normalised separator before this token: " ", "-", "'", "." or other


def normalise_gap(raw: str) -> str:
    """Collapse the text between two tokens into a comparable separator class."""
    stripped = raw.translate(_APOSTROPHES).translate(_DASHES).strip()
    if not stripped:
        return " " if raw else ""
    return stripped


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    prev_end = 0
    for m in _WORD.finditer(text):
        gap = normalise_gap(text[prev_end : m.start()]) if tokens else ""
        tokens.append(Token(m.start(), m.end(), m.group(), gap))
        prev_end = m.end()
    return tokens


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()
