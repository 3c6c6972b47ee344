"""Recover character offsets for matched strings reported without them (dateparser)."""

from __future__ import annotations

import re

_EDGE = " \t\r\n,;:\"'()[]"  # trimmed off a match (not '.': it may end an abbreviation)


def _loose(piece: str) -> re.Pattern[str]:
    """Case-insensitive pattern that lets any whitespace run stand for any other."""
    words = [re.escape(w) for w in piece.split()]
    return re.compile(r"\s+".join(words), re.IGNORECASE)


def locate(text: str, pieces: list[str]) -> list[tuple[int, int] | None]:
    """Span of each piece in ``text``, searching in order.

    A cursor moves past every found piece, so the second of two identical pieces maps to
    the second occurrence (search results come in text order). A piece not found after the
    cursor is looked up from the start, then loosely (case, whitespace); else None.
    """
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for piece in pieces:
        if not piece.strip():
            spans.append(None)
            continue
        i = text.find(piece, cursor)
        if i < 0:
            i = text.find(piece)
        if i >= 0:
            span = (i, i + len(piece))
        else:
            m = _loose(piece).search(text, cursor) or _loose(piece).search(text)
            span = m.span() if m else None
        if span is not None:
            cursor = max(cursor, span[1])
            span = trim(text, *span)
        spans.append(span)
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Span without surrounding whitespace and punctuation; None if nothing is left."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None
