"""find_actors: longest-match lookup of the actor dictionary (data/actors/actors.csv) over
word tokens, via a token trie built once per process."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .datafiles import read_rows
from .tokens import Token, tokenize
from .types import ActorMention


@dataclass(frozen=True, slots=True)
class _Entry:
    words: tuple[str, ...]  # pattern words as written, for the case check
    cased: bool
    trailing_dot: bool  # "U.S." keeps its final full stop
    code: str
    country: str | None
    sector: str | None
    name: str


@dataclass(slots=True)
class _Node:
    children: dict[tuple[str, str], _Node] = field(default_factory=dict)
    entries: list[_Entry] = field(default_factory=list)


@lru_cache(maxsize=1)
def _trie() -> _Node:
    root = _Node()
    for row in read_rows("actors/actors.csv"):
        toks = tokenize(row["pattern"])
        if not toks:
            continue
        node = root
        for t in toks:
            node = node.children.setdefault((t.gap, t.text.lower()), _Node())
        node.entries.append(
            _Entry(
                tuple(t.text for t in toks),
                row["cased"] == "1",
                row["pattern"].endswith("."),
                row["code"],
                row["country"] or None,
                row["sector"] or None,
                row["name"],
            )  # fmt: skip
        )
    return root


def _case_ok(entry: _Entry, toks: list[Token]) -> bool:
    if not entry.cased:
        return True
    for want, tok in zip(entry.words, toks, strict=True):
        got = tok.text
        if (
            want != want.lower()
            and got != want
            and not (
                len(got) > 2 and got.isupper() and got == want.upper()  # ALL-CAPS headlines
            )
        ):
            return False
    return True


def _longest_at(tokens: list[Token], i: int, root: _Node) -> tuple[int, _Entry] | None:
    best: tuple[int, _Entry] | None = None
    node = root.children.get(("", tokens[i].text.lower()))
    j = i
    while node is not None:
        for entry in node.entries:
            if _case_ok(entry, tokens[i : j + 1]):
                best = (j, entry)
                break
        j += 1
        if j >= len(tokens):
            break
        node = node.children.get((tokens[j].gap, tokens[j].text.lower()))
    return best


def find_actors(text: str) -> list[ActorMention]:
    """Actor mentions in text order; non-overlapping, the longest pattern wins."""
    root = _trie()
    tokens = tokenize(text)
    out: list[ActorMention] = []
    i = 0
    while i < len(tokens):
        hit = _longest_at(tokens, i, root)
        if hit is None:
            i += 1
            continue
        j, e = hit
        start, end = tokens[i].start, tokens[j].end
        if e.trailing_dot and text[end : end + 1] == ".":
            end += 1
        out.append(ActorMention(start, end, text[start:end], e.code, e.country, e.sector, e.name))
        i = j + 1
    return out
