"""Candidate spans: longest gazetteer match over capitalised token n-grams."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import AREA_WORDS
from .gazetteer import Gazetteer, Place
from .keys import exact_key
from .lookup import exact_prefixes, fuzzy_lookup, loose_lookup, prefer_primary_names
from .tokens import Tokens

_JOINERS = frozenset({" ", "-", "'"})
_SPACED = frozenset({" ", "-"})  # separators that exact_key turns into one space
_HYPHEN_CONNECTORS = frozenset({"on", "na", "nad", "upon", "am", "de", "la", "sur"})
# Endings of East Slavic surnames and adjectives: "Syrskyi", "Vasyliyev", "Petrova", "Ilyich".
_SURNAME_ENDING = re.compile(r"(?:sk[yi]i?|ov|ova|e[vw]|eva|ich|ych|enko|ko)$")


@dataclass(slots=True)
class Span:
    first: int  # token index
    last: int  # token index, inclusive
    start: int  # character offsets
    end: int
    places: list[Place]
    fuzzy: bool


def scan(text: str, toks: Tokens, gz: Gazetteer) -> list[Span]:
    """Left-to-right, non-overlapping, longest match; exact beats variant at equal length.

    A word the text also uses in lower case ("will", "may") is a common noun/verb here, so
    its capitalised one-word form is not a settlement.

    Speed (same result as looking every n-gram up): an n-gram that continues with a lower-case
    word after a space can only match exactly, and its exact key is the previous key plus
    " " + word when that word is ASCII (see _next_key). Once that key is no prefix of any
    gazetteer key, those exact lookups are skipped; the loose lookups are memoised by surface.
    """
    words, starts, ends, spaced = toks.words, toks.starts, toks.ends, toks.spaced
    exact, prefixes, gap_of = gz.exact, exact_prefixes(gz), toks.gap
    spans: list[Span] = []
    n, resume = len(words), 0
    for i in toks.capitalised():
        if i < resume:
            continue
        best: Span | None = None
        start = starts[i]
        word = words[i]
        key: str | None = exact_key(word)  # None: no gazetteer key starts like this
        if key not in prefixes:
            key = None
        hit = loose_lookup(text[start : ends[i]], gz)
        if hit is not None:
            named = i + 1 < n and spaced[i + 1] and words[i + 1][:1].isupper()
            area = i + 1 < n and spaced[i + 1] and words[i + 1].lower() in AREA_WORDS
            surname = i > 0 and spaced[i] and exact_key(words[i - 1]) in gz.given_names
            places = _single_token_filter(word, hit[0], gz, toks, named, hit[1] and not area,
                                          surname)
            if places:
                best = Span(i, i, start, ends[i], list(places), hit[1])
        j, stop = i + 1, min(n, i + gz.max_tokens)
        while j < stop:
            word = words[j]
            if spaced[j]:
                if word.isascii():  # the key grows by the word (see _next_key)
                    if key is None:
                        if not word[0].isupper():
                            j += 1  # exact-only lookup of a dead key: nothing to find or track
                            continue
                    else:
                        key = f"{key} {word.lower()}"
                        if key not in prefixes:
                            key = None
                else:
                    key = exact_key(text[start : ends[j]])
                    if key not in prefixes:
                        key = None
                # A lower-case word after a space ("Chasiv yar") may finish an exact name only.
                if word[0].isupper():
                    hit = loose_lookup(text[start : ends[j]], gz)
                elif key is not None and key in exact:
                    hit = (prefer_primary_names(key, exact[key], gz), False)
                else:
                    hit = None
            else:
                gap = gap_of(j)
                if gap not in _JOINERS:
                    break
                key = _next_key(key, gap, word, text, start, ends[j])
                if key is not None and key not in prefixes:
                    key = None
                if gap == "'" and word.lower() == "s":  # possessive: never the name's end
                    hit = None
                else:
                    hit = loose_lookup(text[start : ends[j]], gz)
            if hit is not None and hit[0]:
                best = Span(i, j, start, ends[j], list(hit[0]), hit[1])
            j += 1
        if best is not None:
            spans.append(best)
            resume = best.last + 1
    return spans


__all__ = ["Span", "fuzzy_lookup", "scan"]


def _next_key(key: str | None, gap: str, word: str, text: str, start: int, end: int) -> str | None:
    """exact_key(text[start:end]) given key == exact_key of the n-gram without its last word
    (or None if that key prefixes no gazetteer key). A space or hyphen before an ASCII word
    adds exactly " " + word.lower() to the key; anything else is recomputed in full."""
    if gap in _SPACED and word.isascii():
        return None if key is None else f"{key} {word.lower()}"
    return exact_key(text[start:end])


def _single_token_filter(
    word: str, places: list[Place], gz: Gazetteer, toks: Tokens, named: bool, fuzzy: bool,
    surname: bool = False,
) -> list[Place]:
    """One-word names: drop settlement readings of stoplisted words, short acronyms and
    surnames (after a given name: "Kyrylo Tymoshenko"), and every reading of a stoplisted word
    when it is doubtful: a given name before a capitalised word ("Interior Minister Vladimir
    Kolokoltsev" is no Vladimir Oblast) or a word only one edit from a name ("Gender" is no
    Bender). A misspelling is never also a word the text uses in lower case ("War Crimes" is no
    Crimea), and one with a surname's or an adjective's ending is no settlement ("Syrskyi" is
    no Syrskoye, "Mariyinsky Palace" no Mariinsk), though it may be a region or a country."""
    key = exact_key(word)
    if (named or fuzzy) and key in gz.stop_single:
        return []
    lower = toks.in_lower_case(word.lower())
    if fuzzy and lower:
        return []
    if (
        surname
        or key in gz.stop_single
        or lower
        or (fuzzy and _SURNAME_ENDING.search(key) is not None)
        or (word.isupper() and len(word) <= 4)
    ):
        return [p for p in places if p.kind in ("region", "group", "country")]
    return places
