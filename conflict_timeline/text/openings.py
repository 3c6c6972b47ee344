"""Which words can open a match of a word-bounded regex, and scans that use them.

A regex such as ``(?<!\\w)(?:invaded|air strikes?|...)(?!\\w)`` can only match where a word
starts, and only where that word is one of a few dozen ("invaded", "air", ...). Scanning
with ``finditer`` still tries every alternative at every word start, which costs far more
than a set lookup per word. ``opening_words`` derives that word set from the parsed regex
(so the rules stay in the data files); then

- ``WordGate`` tries the regex only at the word starts whose word is in the set, and
- ``guarded`` puts the set in front of the regex as a cheap look-ahead (for regexes run
  over short windows, where looking the words up would cost more than it saves).

Either way the matches are exactly those of the plain regex.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from re import _constants as C  # noqa: N812
from re import _parser as P  # noqa: N812

from conflict_timeline.text.firstchars import opening_class

_WORD_CHAR = re.compile(r"\w")
_LOOKBEHIND = r"(?<!\w)"
_MAX_WORDS = 5_000  # a larger expansion is not worth gating on
_MAX_REPEAT = 3  # x{0,3} is expanded; longer or open-ended repeats give up


class _Unprovable(Exception):
    """The regex is outside what the analysis understands: no gate is used."""


_GIVE_UP = ("give up", None)  # marks the rest of an open-ended repeat
DIGIT = "#"  # in opening_words(..., digits=True): a word's first digit and all after it


def _is_word_lookaround(av: tuple, direction: int) -> bool:
    """Whether an ASSERT_NOT argument is ``(?<!\\w)`` (direction -1) or ``(?!\\w)`` (1)."""
    return av[0] == direction and list(av[1]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])]


def _class_chars(items: list) -> list[str]:
    """The characters of a small, explicit character class ([sd], [ae], [a-c])."""
    chars: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            chars.append(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 64:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
            chars.append(" ")  # stands for any non-word character: it ends the word
        else:
            raise _Unprovable  # \w, \d, negated or huge classes
    return chars


class _Walker:
    """Enumerates, along every path of the parsed regex, the word the match opens with."""

    def __init__(self, fold: bool, digits: bool = False) -> None:
        self.fold = fold  # lower-case the words (else keep them as the pattern spells them)
        self.digits = digits  # a word's first digit ends its key (see digit_key)
        self.words: set[str] = set()

    def walk(self, items: list, word: str, rest: tuple[list, ...]) -> None:
        if not items:
            if not rest:
                raise _Unprovable  # the match may end inside a longer word of the text
            self.walk(rest[0], word, rest[1:])
            return
        op, av = items[0]
        tail = items[1:]
        if op is C.LITERAL:
            self._char(chr(av), tail, word, rest)
        elif op is C.IN:
            items = list(av)
            if self.digits and (C.CATEGORY, C.CATEGORY_DIGIT) in items:
                self._end(word + DIGIT)
                items = [item for item in items if item != (C.CATEGORY, C.CATEGORY_DIGIT)]
            for char in dict.fromkeys(_class_chars(items)):
                self._char(char, tail, word, rest)
        elif op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE and not self.fold:
                raise _Unprovable  # a scoped (?i) in a pattern whose words keep their case
            self.walk(list(av[3]), word, (tail, *rest))
        elif op is C.BRANCH:
            for alternative in av[1]:
                self.walk(list(alternative), word, (tail, *rest))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            body, low, high = list(av[2]), av[0], av[1]
            if high > _MAX_REPEAT:
                # Open-ended ("\s+"): fine if the word ends within the first copy, as it
                # does when the body opens with a non-word character.
                for n in (0, 1) if low == 0 else (1,):
                    self.walk(body * n + [_GIVE_UP] * n, word, (tail, *rest))
            else:
                for n in range(low, high + 1):
                    self.walk(body * n, word, (tail, *rest))
        elif op is C.ASSERT_NOT and _is_word_lookaround(av, 1):
            self._end(word)  # (?!\w): the text's word ends here too
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            self.walk(tail, word, rest)  # zero-width: keeping every path is a superset
        else:
            raise _Unprovable  # including _GIVE_UP: the word runs on into a repeat

    def _char(self, char: str, tail: list, word: str, rest: tuple[list, ...]) -> None:
        if self.digits and char.isdecimal():
            self._end(word + DIGIT)
        elif not _WORD_CHAR.match(char):
            self._end(word)  # a consumed non-word character ends the word
        elif not char.isascii():
            raise _Unprovable  # case folding beyond ASCII is not modelled
        else:
            self.walk(tail, word + (char.lower() if self.fold else char), rest)

    def _end(self, word: str) -> None:
        if not word:
            raise _Unprovable  # a match that opens with no word
        self.words.add(word)
        if len(self.words) > _MAX_WORDS:
            raise _Unprovable


def opening_words(
    pattern: re.Pattern[str], fold: bool = True, digits: bool = False
) -> frozenset[str] | None:
    """Lower-case words (``fold=False``: as spelled in the pattern, which must then not
    ignore case), one of which every match of ``pattern`` opens with.

    The pattern must start with ``(?<!\\w)`` so that matches start at word starts; the word
    is the maximal run of word characters there. None when this cannot be proven. With
    ``digits=True`` the words are digit_key's: "#" stands for every word that opens with a
    decimal digit ("\\d{4}", "1st"), "mid#" for "mid1990s", so date patterns can be gated too.
    """
    if pattern.flags & (re.ASCII | re.LOCALE):
        return None  # its \w would not mark the text's words
    try:
        items = list(P.parse(pattern.pattern, pattern.flags))
    except re.error:
        return None
    if not items or items[0][0] is not C.ASSERT_NOT or not _is_word_lookaround(items[0][1], -1):
        return None
    walker = _Walker(fold, digits)
    try:
        walker.walk(items[1:], "", ())
    except (_Unprovable, RecursionError):
        return None
    return frozenset(walker.words)


def digit_key(word: str) -> str:
    """The word up to its first decimal digit, then DIGIT ("1990s" -> "#"); a word without
    digits is itself. The keys of opening_words(..., digits=True)."""
    if word.isalpha():
        return word
    for k, char in enumerate(word):
        if char.isdecimal():
            return word[:k] + DIGIT
    return word


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching exactly the given literal words, factored into a trie ("sep(?:t)?"):
    re tries alternatives one by one, so a flat list of hundreds of words is slow."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [
        re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: the rest is optional
        body = f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same regex behind a look-ahead that turns away, in a step or two, positions where
    no match can start: not followed by an opening word (or, failing that, by an opening
    character). Large alternations otherwise descend into every branch at every word."""
    guard = guard_of(pattern)
    if guard is None:
        return pattern
    # After a leading (?<!\w), which turns away the positions inside words in one step.
    source = pattern.pattern
    lead = _LOOKBEHIND if source.startswith(_LOOKBEHIND) else ""
    try:
        return re.compile(lead + guard + source[len(lead) :], pattern.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return pattern


def guard_of(pattern: re.Pattern[str]) -> str | None:
    """The look-ahead ``guarded`` puts in front of ``pattern`` (None: none is known)."""
    # A case-sensitive guard keeps the words as spelled: re skips its branches fastest.
    words = opening_words(pattern, fold=bool(pattern.flags & re.IGNORECASE))
    if words:
        return r"(?=(?:" + trie_alternation(sorted(words)) + r")(?!\w))"
    chars = opening_class(pattern)
    return None if chars is None else f"(?={chars.pattern})"


@dataclass(frozen=True, slots=True)
class WordStarts:
    """Where the words (maximal runs of \\w) of one text start and end, and their lower-case
    forms. The text has no "_", so a character is a word character iff it is alphanumeric."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    lower: Sequence[str]
    non_ascii: Sequence[int]  # starts of words with a non-ASCII character: always tried,
    # since their case folding is not modelled

    def __post_init__(self) -> None:
        if "_" in self.text:
            raise ValueError("WordStarts needs a text without '_'")

    def inside_word(self, i: int) -> bool:
        """Whether position i lies between two characters of one word."""
        return 0 < i < len(self.text) and self.text[i - 1 : i + 1].isalnum()


Matcher = Callable[[str, int, int], "re.Match[str] | None"]


@dataclass(frozen=True, slots=True)
class Positions:
    """Where a gated regex may match in one text: word starts, ascending, and for each the
    ``match`` method to try there."""

    starts: list[int]
    matchers: list[Matcher]


@dataclass(frozen=True, slots=True)
class WordGate:
    """A word-bounded regex and the words its matches open with (None: no gate).

    ``by_word`` optionally maps an opening word to the ``match`` of a regex holding only the
    alternatives that can open with it (same order, same group names): its match there is
    the full regex's, since the other alternatives cannot match there.
    """

    pattern: re.Pattern[str]
    words: frozenset[str] | None
    by_word: dict[str, Matcher] = field(default_factory=dict)

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> WordGate:
        return cls(pattern, opening_words(pattern))

    @classmethod
    def of_alternatives(cls, alternatives: Sequence[str], flags: int = 0) -> WordGate:
        """The gate of ``(?<!\\w)(?:alternative|...)(?!\\w)``, dispatching on the word."""
        pattern = _bounded(alternatives, flags)
        if _refers_to_groups(P.parse(pattern.pattern, flags)):
            return cls.of(pattern)  # a subset of the alternatives would renumber the groups
        each = [opening_words(_bounded([a], flags)) or frozenset() for a in alternatives]
        if not all(each):
            return cls.of(pattern)
        compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        by_word = {}
        for word in frozenset().union(*each):
            wanted = tuple(i for i, words in enumerate(each) if word in words)
            if wanted not in compiled:
                compiled[wanted] = _bounded([alternatives[i] for i in wanted], flags)
            by_word[word] = compiled[wanted].match
        return cls(pattern, frozenset(by_word), by_word)

    def positions(self, words: WordStarts) -> Positions:
        """Where a match may begin."""
        assert self.words is not None
        chosen = list(map(self.words.__contains__, words.lower))
        starts = list(compress(words.starts, chosen))
        full = self.pattern.match
        if self.by_word:
            matchers = list(map(self.by_word.__getitem__, compress(words.lower, chosen)))
        else:
            matchers = [full] * len(starts)
        if words.non_ascii:  # tried with the full regex
            pairs = sorted({**dict(zip(starts, matchers, strict=True)),
                            **dict.fromkeys(words.non_ascii, full)}.items())
            starts, matchers = [p for p, _m in pairs], [m for _p, m in pairs]
        return Positions(starts, matchers)

    def matches(
        self, text: str, start: int, end: int, words: WordStarts, positions: Positions
    ) -> list[re.Match[str]]:
        """The matches of ``pattern.finditer(text, start, end)``, where ``words`` and
        ``positions`` (from ``positions(words)``) describe the text: only those positions,
        and a word cut by ``end``, are tried."""
        if words.inside_word(end):
            tries = self._tries_with_cut(start, end, words, positions)
        else:
            starts = positions.starts
            lo, hi = bisect_left(starts, start), bisect_left(starts, end)
            if lo == hi:
                return []
            tries = zip(starts[lo:hi], positions.matchers[lo:hi], strict=True)
        found = []
        resume = start
        for p, match in tries:
            if p >= resume:
                m = match(text, p, end)
                if m is not None:
                    found.append(m)
                    resume = m.end()
        return found

    def _tries_with_cut(
        self, start: int, end: int, words: WordStarts, positions: Positions
    ) -> list[tuple[int, Matcher]]:
        """Candidates in [start, end), plus the word that ``end`` cuts: the regex sees a
        shorter word there, so the full regex is tried. (A word cut by ``start`` needs
        nothing: the (?<!\\w) in front of every match still sees the text before it.)"""
        lo, hi = bisect_left(positions.starts, start), bisect_left(positions.starts, end)
        chosen = dict(zip(positions.starts[lo:hi], positions.matchers[lo:hi], strict=True))
        cut = words.starts[bisect_right(words.starts, end - 1) - 1]
        if cut >= start:
            chosen[cut] = self.pattern.match
        return sorted(chosen.items(), key=_first)


def _first(pair: tuple[int, Matcher]) -> int:
    return pair[0]


def _refers_to_groups(parsed: P.SubPattern) -> bool:
    """Whether a parsed regex holds a back-reference or a conditional on a group."""
    for op, av in parsed:
        if op is C.GROUPREF or op is C.GROUPREF_EXISTS or _inner_refers(av):
            return True
    return False


def _inner_refers(part: object) -> bool:
    if isinstance(part, P.SubPattern):
        return _refers_to_groups(part)
    if isinstance(part, tuple | list):  # an item's arguments, a branch's alternatives
        return any(map(_inner_refers, part))
    return False


def _bounded(alternatives: Sequence[str], flags: int) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", flags)
