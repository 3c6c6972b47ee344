"""Tokenisation with offsets, shared by the actor and place matchers.

Matching works on word tokens plus the "gap" text between neighbours, so that a
multi-word name only matches when its words are joined by spaces, hyphens or
apostrophes, never across commas or sentence ends.

``Tokens`` is the fast form used by the matchers: parallel lists built by C-level
``re.split`` / ``accumulate`` (no per-token Python objects), with gaps normalised lazily
through a memo, since the few distinct separators ("  ", ", ", ". ") recur millions of times.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress
from operator import itemgetter
from typing import NamedTuple

_WORD = re.compile(r"[^\W_]+")
_SPLIT = re.compile(r"([^\W_]+)")  # same tokens as _WORD; the gaps come along for free
_SPLIT_FAST = re.compile(r"(\w+)")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "′": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-"})
_GAP_MEMO_MAX = 10_000


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


_gap_memo: dict[str, str] = {}


def _gap(raw: str) -> str:
    norm = _gap_memo.get(raw)
    if norm is None:
        if len(_gap_memo) >= _GAP_MEMO_MAX:  # odd separators must not grow it without bound
            _gap_memo.clear()
        norm = _gap_memo[raw] = normalise_gap(raw)
    return norm


class Tokens:
    """The word tokens of one text: ``words[k]`` spans ``text[starts[k]:ends[k]]``."""

    __slots__ = ("text", "words", "starts", "ends", "_raw", "_lower", "_lowercase", "_spaced",
                 "_word_set")

    def __init__(self, text: str) -> None:
        # [gap0, word0, gap1, word1, ..., trailing]; plain \w+ is ~30% faster and the same
        # tokens when the text has no underscore.
        parts = (_SPLIT if "_" in text else _SPLIT_FAST).split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        n2 = len(parts) - 1  # twice the number of words
        self.text = text
        self.words: list[str] = parts[1::2]
        self.starts: list[int] = offsets[1:n2:2]
        self.ends: list[int] = offsets[2 : n2 + 1 : 2]
        self._raw = parts  # raw gap before word k is parts[2 * k]
        self._lower: list[str] | None = None
        self._lowercase: frozenset[str] | None = None
        self._spaced: list[bool] | None = None
        self._word_set: set[str] | None = None

    def __len__(self) -> int:
        return len(self.words)

    def gap(self, k: int) -> str:
        """Normalised separator before word k ("" for the first word)."""
        return _gap(self._raw[2 * k]) if k else ""

    def __getitem__(self, k: int) -> Token:
        if k < 0:
            k += len(self.words)
        return Token(self.starts[k], self.ends[k], self.words[k], self.gap(k))

    # The helpers below use map/compress so that the per-word work stays in C.
    @property
    def lower(self) -> list[str]:
        if self._lower is None:
            self._lower = list(map(str.lower, self.words))
        return self._lower

    @property
    def lowercase(self) -> frozenset[str]:
        """Words the text uses in lower case ("will", "may")."""
        if self._lowercase is None:
            self._lowercase = frozenset(compress(self.words, map(str.islower, self.words)))
        return self._lowercase

    def in_lower_case(self, word: str) -> bool:
        """Whether ``word`` is in ``lowercase``, without building it: a set of all the words
        is quicker to make than one of the lower-case ones (no islower per word)."""
        if self._word_set is None:
            self._word_set = set(self.words)
        return word in self._word_set and word.islower()

    @property
    def spaced(self) -> list[bool]:
        """spaced[k]: only whitespace separates word k from word k-1 (its gap is " ")."""
        if self._spaced is None:
            self._spaced = list(map(str.isspace, self._raw[0 : 2 * len(self.words) : 2]))
        return self._spaced

    def capitalised(self) -> list[int]:
        """Indices of words whose first character is upper case."""
        firsts = map(str.isupper, map(_FIRST_CHAR, self.words))
        return list(compress(range(len(self.words)), firsts))


_FIRST_CHAR = itemgetter(0)  # words are never empty

_last: Tokens | None = None


def tokens_of(text: str) -> Tokens:
    """Tokens of text; the previous result is reused for an equal string, since the actor and
    place matchers run one after the other on the same article."""
    global _last
    last = _last
    if last is not None and last.text == text:
        return last
    last = _last = Tokens(text)
    return last


def tokenize(text: str) -> list[Token]:
    toks = tokens_of(text)
    return [toks[k] for k in range(len(toks))]


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()
