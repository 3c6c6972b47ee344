"""Decide whether each span names a country, a region or a settlement.

A bare name shared by a city and an oblast ("Donetsk", "Kherson") means the city unless a
region cue is present: a following "oblast"/"region" word, a preceding "region of", or
membership in a list that carries such a cue ("the Donetsk and Luhansk regions",
"four regions — Donetsk, Luhansk, Zaporizhzhia and Kherson") or that also holds a
region-only name ("Crimea, Kherson and Zaporizhzhia").
"""

from __future__ import annotations

import re

from .cues import DISTRICT_WORDS, REGION_PLURALS, REGION_WORDS, SETTLEMENT_WORDS
from .scan import Span
from .tokens import Tokens

# A name before these is a street's, a park's, a road's, a palace's, a cup's or a revolution's
# ("Gorky Park", "Svobody Square", "the Zhytomyr highway", "Constantine Palace", "the Orange
# Revolution"), named after a person, an idea or where the road goes: no place.
_NAMING_WORDS = frozenset({"street", "square", "park", "avenue", "boulevard", "prospect",
                           "lane", "stadium", "mountain", "highway", "embankment", "palace",
                           "cup", "revolution"})
_AREA_KINDS = ("region", "group")
_LIST_SEP = re.compile(r"^\s*(,|,?\s*and|,?\s*or|&)\s*$")
_CUE_BEFORE = re.compile(r"\b(regions|oblasts|provinces)\b[\s:—–\-(]*(of\s+)?(the\s+)?$", re.I)


def _word(words: list[str], idx: int) -> str:
    return words[idx].lower() if 0 <= idx < len(words) else ""


def assign_levels(text: str, tokens: Tokens, spans: list[Span]) -> list[str]:
    """Return a level per span: "country" | "region" | "district" | "settlement" | "drop"."""
    levels = [_own_level(text, tokens, s) for s in spans]
    for group in _lists(text, spans):
        if len(group) == 2 and _town_then_its_region(text, spans, levels, group):
            levels[group[1]] = "region"
        elif _list_is_regional(text, tokens, spans, levels, group):
            for k in group:
                if levels[k] == "settlement" and _has(spans[k], _AREA_KINDS):
                    levels[k] = "region"
    return levels


def _town_then_its_region(text: str, spans: list[Span], levels: list[str],
                          group: list[int]) -> bool:
    """"Kupyansk, Kharkiv", "Toretsk, Donetsk": a town, a comma and a name its own region
    shares with the region's centre name the region, as an address does; two towns of
    different regions ("Kyiv, Kharkiv") stay a list."""
    town, then = spans[group[0]], spans[group[1]]
    if (levels[group[0]] != "settlement" or levels[group[1]] != "settlement"
            or text[town.end : then.start] != ", "):
        return False
    regions = {p.region_code for p in then.places if p.kind == "region"}
    return any(p.kind == "settlement" and p.region_code in regions for p in town.places)


def _has(span: Span, kinds: tuple[str, ...]) -> bool:
    return any(p.kind in kinds for p in span.places)


def _own_level(text: str, tokens: Tokens, span: Span) -> str:
    # The kinds are collected once: a span can carry dozens of namesake settlements.
    kinds = {p.kind for p in span.places}
    if kinds <= {"stop"}:
        return "drop"
    words = tokens.words
    nxt = span.last + 1 if span.last + 1 < len(words) else None
    after = words[nxt].lower() if nxt is not None and tokens.gap(nxt) in (" ", "-") else ""
    before = (_word(words, span.first - 2), _word(words, span.first - 1))
    if after in _NAMING_WORDS:
        return "drop"
    area = "region" in kinds or "group" in kinds
    settlement = "settlement" in kinds
    if area and (after in REGION_WORDS or after in REGION_PLURALS):
        _extend(span, tokens, nxt) if after in REGION_WORDS else None
        return "region"
    if span.fuzzy and settlement and after in REGION_WORDS:
        _extend(span, tokens, nxt)  # misspelt "Zaphorizia Oblast": the region of the matched town
        return "region"
    if settlement and after in DISTRICT_WORDS:
        _extend(span, tokens, nxt)
        return "district"
    if area and before[1] == "of" and before[0] in REGION_WORDS:
        return "region"
    if settlement and before[1] == "of" and before[0] in SETTLEMENT_WORDS:
        return "settlement"
    if "country" in kinds:
        return "country"
    if settlement:
        return "settlement"
    return "region"


def _extend(span: Span, tokens: Tokens, k: int | None) -> None:
    if k is not None:
        span.last += 1
        span.end = tokens.ends[k]


def _lists(text: str, spans: list[Span]) -> list[list[int]]:
    """Group neighbouring spans joined only by commas / and / or."""
    groups: list[list[int]] = []
    for k in range(len(spans)):
        if groups and _LIST_SEP.match(text[spans[k - 1].end : spans[k].start]):
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def _list_is_regional(
    text: str, tokens: Tokens, spans: list[Span], levels: list[str], group: list[int]
) -> bool:
    if any(levels[k] == "region" for k in group):
        return True
    before = text[max(0, spans[group[0]].start - 40) : spans[group[0]].start]
    if len(group) > 1 and _CUE_BEFORE.search(before):
        return True
    return False
