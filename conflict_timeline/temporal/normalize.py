"""Turn matched regex groups into the strings substituted into rule values."""

from __future__ import annotations

import re

from .resources import load, norm_key

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def _lex(cls: str, s: str) -> str:
    table = load().lexicon[cls]
    key = norm_key(s)
    return table.get(key, table.get(key + ".", ""))


def _number(s: str) -> str:
    key = norm_key(s).replace(",", "")  # "1,460 years"
    half = key.endswith((" and a half", " 1/2"))
    key = key.removesuffix(" and a half").removesuffix(" 1/2")
    m = _DIGITS.fullmatch(key)
    if m:
        x: float | str = float(key)
    else:
        head, _, tail = key.partition(" ")
        if head in _TENS and tail:
            x = _TENS[head] + float(_lex("NUMWORD", tail) or 0)
        else:
            x = _lex("NUMWORD", key) or "X"
            if x != "X":
                x = float(x)
    if x == "X":
        return "X"
    x = float(x) + (0.5 if half else 0)
    return str(int(x)) if x == int(x) else str(x)


def _ordinal(s: str) -> str:
    m = _DIGITS.match(s)
    return m[0] if m else _lex("ORDWORD", s)


def _year2(s: str) -> str:
    yy = int(s.lstrip("'"))
    return f"{1900 + yy if yy > 30 else 2000 + yy}"


def _wordyear(s: str) -> str:
    """'nineteen ninety-four' -> '1994', 'twenty ten' -> '2010'."""
    century, _, rest = norm_key(s).partition(" ")
    return f"{int(_lex('NUMWORD', century)) * 100 + int(_number(rest))}"


_SPECIAL = {"NUMBER": _number, "ORD": _ordinal, "YEAR2": _year2, "WORDYEAR": _wordyear,
            "DAY": lambda s: _DIGITS.match(s)[0]}


def normalize(group: str, s: str | None) -> str:
    """Normalized text of named group ``group`` (class = name up to the first '_')."""
    if s is None:
        return ""
    cls = group.split("_", 1)[0]
    if cls in _SPECIAL:
        return _SPECIAL[cls](s)
    if cls in load().lexicon:
        return _lex(cls, s)
    return s
