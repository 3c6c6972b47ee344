"""find_places: gazetteer lookup over capitalised n-grams, level decision, context resolution."""

from __future__ import annotations

from functools import cache

from .build import get_gazetteer
from .curated import countries_by_iso3
from .gazetteer import Gazetteer, Place
from .levels import assign_levels
from .resolve import Context, choose
from .scan import Span, scan
from .tokens import tokens_of
from .types import PlaceMention

_KINDS_FOR_LEVEL = {
    "country": ("country",),
    "region": ("region", "group"),
    "district": ("settlement",),
    "settlement": ("settlement",),
}


def find_places(text: str, *, country_hint: str | None = None) -> list[PlaceMention]:
    """Return place mentions in text order. ``country_hint`` is an ISO alpha-2 code (e.g. "UA")
    used only to break ties that the text itself does not settle."""
    gz = get_gazetteer()
    tokens = tokens_of(text)
    spans = scan(text, tokens, gz)
    levels = assign_levels(text, tokens, spans)
    cands = [_candidates(s.places, lv, gz) for s, lv in zip(spans, levels, strict=True)]
    ctx = _context(spans, cands, country_hint.upper() if country_hint else None, gz)
    out: list[PlaceMention] = []
    for span, level, cs in zip(spans, levels, cands, strict=True):
        if cs:
            out.append(_mention(text, span, level, cs, choose(cs, span.start, ctx, gz)))
    return out


def country_named(iso3: str, start: int, end: int, text: str) -> PlaceMention | None:
    """The country with ISO alpha-3 code `iso3` as a place the text names at start..end in
    words of its own ("our country"), or None if the gazetteer has no such country."""
    place = _country_places().get(iso3)
    if place is None:
        return None
    return PlaceMention(start, end, text, place.name, place.geonames_id, None, place.country,
                        place.latitude, place.longitude, "country", False)


@cache
def _country_places() -> dict[str, Place]:
    """ISO alpha-3 code -> the gazetteer's country."""
    gz = get_gazetteer()
    by_alpha2 = {p.country: p for places in gz.exact.values() for p in places
                 if p.kind == "country"}
    return {iso3: by_alpha2[iso] for iso3, iso in countries_by_iso3().items() if iso in by_alpha2}


def _candidates(places: list[Place], level: str, gz: Gazetteer) -> list[Place]:
    picked = [p for p in places if p.kind in _KINDS_FOR_LEVEL.get(level, ())]
    if level == "region" and not picked:  # settlement + "oblast": its region
        codes = {p.region_code for p in places if p.kind == "settlement"}
        picked = [gz.regions[c] for c in sorted(codes, key=str) if c in gz.regions]
    return picked


def group_members(name: str) -> tuple[str, ...]:
    """ISO 3166-2 codes covered by a region grouping such as "Donbas" (empty if unknown)."""
    return get_gazetteer().groups.get(name, ())


def _context(
    spans: list[Span], cands: list[list[Place]], hint: str | None, gz: Gazetteer
) -> Context:
    regions: list[tuple[int, str]] = []
    anchors: list[tuple[int, Place]] = []
    countries: set[str] = set()
    for span, cs in zip(spans, cands, strict=True):
        if len(cs) != 1:
            continue
        p = cs[0]
        if p.country:
            countries.add(p.country)
        if p.kind == "region" and p.region_code:
            regions.append((span.start, p.region_code))
        elif p.kind == "group":
            regions.extend((span.start, code) for code in gz.groups.get(p.name, ()))
        elif p.kind == "settlement":
            anchors.append((span.start, p))
    return Context([r[0] for r in regions], [r[1] for r in regions], anchors, countries, hint)


def _mention(
    text: str, span: Span, level: str, cands: list[Place], chosen: Place | None
) -> PlaceMention:
    surface = text[span.start : span.end]
    if chosen is None:
        names = {c.name for c in cands}
        regions = {c.region_code for c in cands}
        countries = {c.country for c in cands}
        return PlaceMention(
            span.start, span.end, surface, names.pop() if len(names) == 1 else surface, None,
            regions.pop() if len(regions) == 1 else None,
            countries.pop() if len(countries) == 1 else None,
            None, None, _precision(level), span.fuzzy,
        )  # fmt: skip
    gid = chosen.geonames_id if level != "district" else None
    name = chosen.name if level != "district" else f"{chosen.name} Raion"
    return PlaceMention(
        span.start, span.end, surface, name, gid, chosen.region_code, chosen.country,
        chosen.latitude, chosen.longitude, _precision(level), span.fuzzy,
    )  # fmt: skip


def _precision(level: str) -> str:
    return level if level in ("settlement", "district", "region", "country") else "region"
