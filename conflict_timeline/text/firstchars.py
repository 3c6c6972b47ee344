"""Which characters can open a match of a regex, so a scan can jump between them.

``re`` skips ahead fast only for patterns that open with a literal or a character class; one
that opens with a look-behind (``(?<![\\d$])\\d{4}|'\\d0s``) is attempted at every position.
``CharGate`` finds the next possible opening character with a one-class regex (which ``re``
does skip to) and attempts the pattern only there: the matches are those of ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as C  # noqa: N812
from re import _parser as P  # noqa: N812

_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip


class _Unprovable(Exception):
    """The regex is outside what the analysis understands: no gate is used."""


def _class_parts(items: list) -> set[str]:
    parts = set()
    for op, av in items:
        if op is C.LITERAL:
            parts.add(re.escape(chr(av)))
        elif op is C.RANGE:
            parts.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            parts.add(_CATEGORIES[av])
        else:
            raise _Unprovable  # negated classes and the like
    return parts


def _first(items: list, rest: tuple[list, ...]) -> set[str]:
    """Class parts covering the first character consumed along every path."""
    if not items:
        if not rest:
            raise _Unprovable  # a path that consumes nothing: empty matches
        return _first(rest[0], rest[1:])
    op, av = items[0]
    tail = items[1:]
    if op is C.LITERAL:
        return {re.escape(chr(av))}
    if op is C.IN:
        return _class_parts(list(av))
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unprovable  # a scoped (?i) would need a case-folded class
        return _first(list(av[3]), (tail, *rest))
    if op is C.BRANCH:
        return set().union(*(_first(list(alt), (tail, *rest)) for alt in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        found = _first(list(av[2]), (tail, *rest))
        return found | _first(tail, rest) if av[0] == 0 else found
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return _first(tail, rest)  # zero-width
    raise _Unprovable


def opening_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-class regex matching every character a match of ``pattern`` can open with
    (None when that cannot be proven, e.g. when the pattern can match the empty string)."""
    try:
        parts = _first(list(P.parse(pattern.pattern, pattern.flags)), ())
    except (_Unprovable, RecursionError, re.error):
        return None
    return re.compile("[" + "".join(sorted(parts)) + "]", pattern.flags)


@dataclass(frozen=True, slots=True)
class CharGate:
    """A regex and the class of characters its matches open with (None: no gate)."""

    pattern: re.Pattern[str]
    opening: re.Pattern[str] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> CharGate:
        return cls(pattern, opening_class(pattern))

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(string)``."""
        if self.opening is None:
            yield from self.pattern.finditer(string)
            return
        match, search = self.pattern.match, self.opening.search
        pos = 0
        while (hit := search(string, pos)) is not None:
            m = match(string, hit.start())
            if m is None:
                pos = hit.start() + 1
            else:
                yield m
                pos = m.end()  # never empty: every path consumes a character
