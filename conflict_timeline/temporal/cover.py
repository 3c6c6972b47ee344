"""Which trigger keys every match of a rule must contain (so the rule may sleep elsewhere).

Works on the parsed regex: a class group counts as its alias words, a literal word counts
when it is bounded on both sides, a digit counts as "#" (date-shaped digit run) only when
nothing better is mandatory. ``None`` means no sound cover was found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as C  # noqa: N812
from re import _parser as P  # noqa: N812

Cover = frozenset[str] | None
_NOT_LETTER = {C.CATEGORY_SPACE, C.CATEGORY_DIGIT, C.CATEGORY_NOT_WORD}


def _boundary(item: tuple) -> bool:
    """True when ``item`` can never match a letter (so a literal word stops there)."""
    op, av = item
    if op is C.LITERAL:
        return not chr(av).isalpha()
    if op is C.IN:
        return all((o is C.CATEGORY and a in _NOT_LETTER)
                   or (o is C.LITERAL and not chr(a).isalpha()) for o, a in av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        body = list(av[2])
        return av[0] >= 1 and len(body) == 1 and _boundary(body[0])
    if op is C.ASSERT_NOT:  # (?!\w) or (?<!\w)
        body = list(av[1])
        return len(body) == 1 and body[0] == (C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])
    return op is C.AT


def _edge(items: list, i: int, step: int, outside: bool) -> bool:
    """Whether what lies next to position ``i`` (looking in direction ``step``) can't be a
    letter; optional groups are looked through."""
    while 0 <= i < len(items):
        op, av = items[i]
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0:
            body = list(av[2])
            if not body or not _boundary(body[0 if step > 0 else -1]):
                return False
            i += step
            continue
        if op is C.SUBPATTERN:
            body = list(av[3])
            return bool(body) and _boundary(body[0 if step > 0 else -1])
        if op is C.BRANCH:  # every alternative must end (or start) with a boundary
            rest = _edge(items, i + step, step, outside)
            return all(_edge(list(alt), len(alt) - 1 if step < 0 else 0, step, rest)
                       for alt in av[1])
        return _boundary(items[i])
    return outside


def _best(covers: list[frozenset[str]]) -> Cover:
    # Word keys are rarer than "#"; fewer keys wake the rule less often.
    return min(covers, key=lambda c: ("#" in c, len(c))) if covers else None


def _branch(alts: list, ctx: _Ctx, before: bool, after: bool) -> Cover:
    out: set[str] = set()
    for alt in alts:
        c = _seq(list(alt), ctx, before, after)
        if c is None:
            return None
        out |= c
    return frozenset(out)


class _Ctx:
    def __init__(self, names: dict[int, str], group_keys: Callable[[str], Cover],
                 words: frozenset[str], room: int) -> None:
        self.names, self.group_keys, self.words = names, group_keys, words
        self.room = room  # widest lookahead whose keys still lie inside the scan window


def _seq(items: list, ctx: _Ctx, before: bool, after: bool) -> Cover:
    """``before``/``after``: whether the text around this sequence can't be a letter."""
    covers: list[frozenset[str]] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is C.LITERAL and chr(av).isalpha():
            j = i
            while j < len(items) and items[j][0] is C.LITERAL and chr(items[j][1]).isalpha():
                j += 1
            word = "".join(chr(a) for _, a in items[i:j]).lower()
            if word in ctx.words and _edge(items, i - 1, -1, before) and _edge(
                    items, j, 1, after):
                covers.append(frozenset([word]))
            i = j
            continue
        c: Cover = None
        nb = (_edge(items, i - 1, -1, before), _edge(items, i + 1, 1, after))
        if op is C.LITERAL or op is C.IN:
            digit = (op is C.LITERAL and chr(av).isdigit()) or (
                op is C.IN and any(a == C.CATEGORY_DIGIT or (o is C.RANGE and a[0] >= 48
                                                             and a[1] <= 57) for o, a in av))
            c = frozenset(["#"]) if digit else None
        elif op is C.SUBPATTERN:
            name = ctx.names.get(av[0]) if av[0] else None
            c = ctx.group_keys(name) if name else None
            if c is None:
                c = _seq(list(av[3]), ctx, *nb)
        elif op is C.BRANCH:
            c = _branch(av[1], ctx, *nb)
        elif op is C.ASSERT and av[0] == 1 and av[1].getwidth()[1] <= ctx.room:
            c = _seq(list(av[1]), ctx, *nb)  # keys just after the match ("the 28 and 29 Aug")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            single = av[1] == 1  # a repeated body borders on its own copies
            c = _seq(list(av[2]), ctx, nb[0] and single, nb[1] and single)
        if c is not None:
            covers.append(c)
        i += 1
    return _best(covers)


def cover(regex: str, flags: int, group_keys: Callable[[str], Cover],
          words: frozenset[str], reach: int = 0) -> Cover:
    """Cover of ``regex``; ``group_keys(name)`` gives the keys of a named class group.

    Keys inside a lookahead count when the match and the lookahead together are at most
    ``reach`` characters wide (the scan window reaches that far back from a key).
    """
    try:
        parsed = P.parse(regex, flags)
    except re.error:
        return None
    names = {v: k for k, v in parsed.state.groupdict.items()}
    room = reach - parsed.getwidth()[1]
    return _seq(list(parsed), _Ctx(names, group_keys, words, room), True, True)
