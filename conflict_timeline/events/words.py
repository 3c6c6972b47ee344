"""An article's word starts, for the gated trigger scan (text.openings)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from conflict_timeline.entities.tokens import tokens_of
from conflict_timeline.text.openings import Positions, WordGate, WordStarts


class ArticleWords:
    """The word starts of one text and, per gate, where its regex may match."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The shared tokens are the maximal \w runs unless the text has an "_" (they split
        # there); such rare texts are scanned without gates.
        self._words = None if "_" in text else _word_starts(text)
        self._positions: dict[int, Positions] = {}

    def matches(self, gate: WordGate, start: int, end: int) -> Iterable[re.Match[str]]:
        """``gate.pattern.finditer(text, start, end)``."""
        if self._words is None or gate.words is None:
            return gate.pattern.finditer(self.text, start, end)
        return gate.matches(self.text, start, end, self._words, self._positions_of(gate))

    def _positions_of(self, gate: WordGate) -> Positions:
        positions = self._positions.get(id(gate))
        if positions is None:
            assert self._words is not None
            positions = self._positions[id(gate)] = gate.positions(self._words)
        return positions


def _word_starts(text: str) -> WordStarts:
    toks = tokens_of(text)  # the actor and place matchers have usually built these already
    words = toks.words
    non_ascii: list[int] = []
    if not "".join(words).isascii():  # curly quotes and dashes are no word characters
        non_ascii = [s for s, w in zip(toks.starts, words, strict=True) if not w.isascii()]
    return WordStarts(text, toks.starts, toks.ends, toks.lower, tuple(non_ascii))
