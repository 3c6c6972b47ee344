"""Candidate spans: longest gazetteer match over capitalised token n-grams."""

from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import MIN_EDIT_KEY, MIN_VARIANT_KEY, Gazetteer, Place
from .keys import deletions, exact_key, one_edit_apart, variant_key
from .tokens import Token, is_capitalised

_JOINERS = frozenset({" ", "-", "'"})
_HYPHEN_CONNECTORS = frozenset({"on", "na", "nad", "upon", "am", "de", "la", "sur"})


@dataclass(slots=True)
class Span:
    first: int  # token index
    last: int  # token index, inclusive
    start: int  # character offsets
    end: int
    places: list[Place]
    fuzzy: bool


def _can_extend(tok: Token) -> bool:
    return tok.gap in _JOINERS


def _is_possessive(tok: Token) -> bool:
    return tok.gap == "'" and tok.text.lower() == "s"


def scan(text: str, tokens: list[Token], gz: Gazetteer, lowercase: set[str]) -> list[Span]:
    """Left-to-right, non-overlapping, longest match; exact beats variant at equal length.

    ``lowercase`` holds the words the text also uses in lower case ("will", "may"): such a
    word is a common noun/verb here, so its capitalised one-word form is not a settlement.
    """
    spans: list[Span] = []
    i, n = 0, len(tokens)
    while i < n:
        if not is_capitalised(tokens[i].text):
            i += 1
            continue
        best: Span | None = None
        j = i
        while j < n and j - i < gz.max_tokens:
            if j > i and not _can_extend(tokens[j]):
                break
            # A lower-case word after a space ("Chasiv yar") may finish an exact name only.
            loose = j == i or tokens[j].gap != " " or is_capitalised(tokens[j].text)
            if not _is_possessive(tokens[j]):
                best = _lookup(text, tokens, i, j, gz, lowercase, loose) or best
            j += 1
        if best is None:
            i += 1
            continue
        spans.append(best)
        i = best.last + 1
    return spans


def _lookup(
    text: str,
    tokens: list[Token],
    i: int,
    j: int,
    gz: Gazetteer,
    lowercase: set[str],
    loose: bool,
) -> Span | None:
    start, end = tokens[i].start, tokens[j].end
    surface = text[start:end]
    key = exact_key(surface)
    places = gz.exact.get(key)
    fuzzy = False
    if places is None and loose:
        places = fuzzy_lookup(surface, gz)
        fuzzy = True
    if not places:
        return None
    places = _prefer_primary_names(key, places, gz)
    if i == j:
        places = _single_token_filter(tokens[i].text, places, gz, lowercase)
        if not places:
            return None
    return Span(i, j, start, end, list(places), fuzzy)


def fuzzy_lookup(surface: str, gz: Gazetteer) -> list[Place] | None:
    """Variant key first; then one edit away from a well-known name (regions, countries,
    curated default settlements), e.g. "Donestk", "Belogrod"."""
    vkey = variant_key(surface)
    if len(vkey) < MIN_VARIANT_KEY:
        return None
    hit = gz.variant.get(vkey)
    if hit or len(vkey) < MIN_EDIT_KEY:
        return hit
    found: dict[Place, None] = {}
    for probe in (vkey, *deletions(vkey)):
        for known_key, place in gz.edits.get(probe, ()):
            if one_edit_apart(vkey, known_key):
                found[place] = None
    return list(found) or None


def _prefer_primary_names(key: str, places: list[Place], gz: Gazetteer) -> list[Place]:
    """Drop settlements reached only through a historical/foreign alternate name when another
    settlement carries the name itself ("Oleksandrivka" is also an old name of Donetsk).
    Curated aliases (aliases.csv) count as the name itself."""
    settlements = [p for p in places if p.kind == "settlement"]
    primary = [p for p in settlements if (key, p.geonames_id) in gz.primary]
    if not primary or len(primary) == len(settlements):
        return places
    return [p for p in places if p.kind != "settlement" or p in primary]


def _single_token_filter(
    word: str, places: list[Place], gz: Gazetteer, lowercase: set[str]
) -> list[Place]:
    """One-word names: drop settlement readings of stoplisted words and short acronyms."""
    if (
        exact_key(word) in gz.stop_single
        or word.lower() in lowercase
        or (word.isupper() and len(word) <= 4)
    ):
        return [p for p in places if p.kind in ("region", "group", "country")]
    return places
