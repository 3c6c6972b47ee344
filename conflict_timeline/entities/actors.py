"""find_actors: longest-match lookup of the actor dictionary (data/actors/actors.csv) over
word tokens, via a token trie built once per process."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress
from typing import Any

from .datafiles import iso_day, read_rows, read_words
from .tokens import Tokens, tokenize, tokens_of
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
    # the days the row holds (offices.csv): from valid_from, before valid_until; None is open
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def holds_on(self, day: dt.date | None) -> bool:
        return day is None or ((self.valid_from is None or self.valid_from <= day)
                               and (self.valid_until is None or day < self.valid_until))


@dataclass(slots=True)
class _Node:
    children: dict[tuple[str, str], _Node] = field(default_factory=dict)
    entries: list[_Entry] = field(default_factory=list)


def _country_rows() -> Iterator[dict[str, str]]:
    """Every country (pycountry) as an actor, and its offices as its government: "Armenia",
    "Prime Minister of Armenia", "Armenian Prime Minister", "the Austrian side". The
    offices and adjectives are data (titles.txt, demonyms.csv)."""
    import pycountry

    titles = read_words("actors/titles.txt")
    demonyms: dict[str, list[str]] = {}
    for row in read_rows("actors/demonyms.csv"):
        demonyms.setdefault(row["country"], []).append(row["demonym"])
    countries = list(pycountry.countries)
    # "Korea, Republic of" is written "the Republic of Korea"; its head ("Korea") names a
    # country only when no other country's name has the same head.
    heads = Counter(n for c in countries
                    for n in {c.name.split(", ")[0], getattr(c, "common_name", None)} if n)
    for country in countries:
        spelled = _spellings(country, heads)
        if not spelled:
            continue
        name, code = spelled[0], country.alpha_3
        government = f"Government of {name}"
        for written in spelled:
            yield _row(written, code, code, "", name)
            for title in titles:
                yield _row(f"{title} of {written}", f"{code}GOV", code, "GOV", government)
                yield _row(f"{title} of the {written}", f"{code}GOV", code, "GOV", government)
        for adjective in demonyms.get(code, ()):
            yield _row(adjective, code, code, "", name)
            for title in titles:
                yield _row(f"{adjective} {title}", f"{code}GOV", code, "GOV", government)


def _spellings(country: Any, heads: Counter[str]) -> list[str]:
    """How news writes a country's name, the usual one first: its common name, its name, its
    official name ("Kyrgyz Republic", "State of Palestine") and its name turned around
    ("Korea, Republic of" -> "Republic of Korea")."""
    names = [getattr(country, "common_name", None), country.name,
             (getattr(country, "official_name", None) or "").removeprefix("the ")]
    head, _, rest = country.name.partition(", ")
    if rest.endswith((" of", " of the")):
        names += [f"{rest.removeprefix('The ')} {head}", head if heads[head] == 1 else None]
    spelled = [n for n in names if n and "," not in n and "(" not in n]
    return sorted(set(spelled), key=spelled.index)


def _row(pattern: str, code: str, country: str, sector: str, name: str) -> dict[str, str]:
    return {"pattern": pattern, "code": code, "country": country, "sector": sector,
            "name": name, "cased": "1"}


@lru_cache(maxsize=1)
def _trie() -> _Node:
    root = _Node()
    # The curated rows come first: at the same words, the first entry that holds wins, so an
    # office held on the article's day (offices.csv) goes before the person's plain row.
    for row in chain(read_rows("actors/offices.csv"), read_rows("actors/actors.csv"),
                     _country_rows()):
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
                iso_day(row.get("valid_from"), "actors/offices.csv"),
                iso_day(row.get("valid_until"), "actors/offices.csv"),
            )  # fmt: skip
        )
    return root


@lru_cache(maxsize=1)
def _first_words() -> dict[str, _Node]:
    # A pattern's first token always has the gap "", so its lower-cased word is the whole key.
    return {word: node for (_gap, word), node in _trie().children.items()}


def _case_ok(entry: _Entry, words: list[str]) -> bool:
    if not entry.cased:
        return True
    for want, got in zip(entry.words, words, strict=True):
        if (
            want != want.lower()
            and got != want
            and not (
                len(got) > 2 and got.isupper() and got == want.upper()  # ALL-CAPS headlines
            )
        ):
            return False
    return True


def _longest_at(toks: Tokens, i: int, node: _Node, day: dt.date | None
                ) -> tuple[int, _Entry] | None:
    """Longest entry starting at word i that holds on `day`; node is the trie child for word
    i."""
    best: tuple[int, _Entry] | None = None
    words, lower = toks.words, toks.lower
    n = len(words)
    j = i
    while True:
        for entry in node.entries:
            if entry.holds_on(day) and _case_ok(entry, words[i : j + 1]):
                best = (j, entry)
                break
        j += 1
        if j >= n or not node.children:
            break
        child = node.children.get((toks.gap(j), lower[j]))
        if child is None:
            break
        node = child
    return best


@lru_cache(maxsize=1)
def _name_parts() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("actors/name_parts.txt"))


# The code of a dictionary row whose words name no actor.
NO_ACTOR = "-"
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def names_a_document(text: str, end: int) -> bool:
    """A word of name_parts.txt follows the name ending at `end` ("Minsk Agreements"): the
    name is part of a document's or a format's name, no actor and no place of an event."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word[1].lower() in _name_parts()


def find_actors(text: str, day: dt.date | None = None) -> list[ActorMention]:
    """Actor mentions in text order; non-overlapping, the longest pattern wins. A name that
    a word of name_parts.txt follows ("the Minsk Agreements") names a document, no actor.
    With the article's `day`, an official is read in the office held that day (offices.csv:
    Mark Rutte is the Netherlands' government in 2022, NATO's in 2025); without, the first
    row of a name counts."""
    firsts = _first_words()
    toks = tokens_of(text)
    lower = toks.lower
    name_parts = _name_parts()
    out: list[ActorMention] = []
    resume, n = 0, len(lower)
    # Only words that start some pattern need the trie walk; map/compress find them in C.
    for i in compress(range(n), map(firsts.__contains__, lower)):
        if i < resume:
            continue
        node = firsts[lower[i]]
        # Most such words name nothing alone and open no name here ("the" before a common
        # noun): the next word settles them without the walk.
        if not node.entries and (
                i + 1 == n or (toks.gap(i + 1), lower[i + 1]) not in node.children):
            continue
        hit = _longest_at(toks, i, node, day)
        if hit is None:
            continue
        j, e = hit
        resume = j + 1
        if e.code == NO_ACTOR:  # a longer name that stops a shorter one ("Congress of")
            continue
        if (j + 1 < len(lower) and lower[j + 1] in name_parts
                and names_a_document(text, toks.ends[j])):
            continue
        start, end = toks.starts[i], toks.ends[j]
        if e.trailing_dot and text[end : end + 1] == ".":
            end += 1
        out.append(ActorMention(start, end, text[start:end], e.code, e.country, e.sector, e.name))
    return out
