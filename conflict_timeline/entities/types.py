"""Result records returned by the recognisers (the event extractor depends on these shapes)."""

from __future__ import annotations

from dataclasses import dataclass

from conflict_timeline.text.records import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str  # text[start:end] of the input
    code: str  # CAMEO-style code, see conflict_timeline/data/actors/README.md
    country: str | None  # ISO 3166-1 alpha-3; None for IGOs and compound actors
    sector: str | None  # GOV, MIL, REB, IGO, LEG, ...; None for a bare country
    name: str  # canonical name


@quick_init
@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str  # canonical (English GeoNames) name
    geonames_id: int | None
    region_code: str | None  # ISO 3166-2, e.g. "UA-23"
    country: str | None  # ISO 3166-1 alpha-2
    latitude: float | None
    longitude: float | None
    precision: str  # "settlement" | "district" | "region" | "country"
    fuzzy: bool  # matched only through a variant / edit-distance rule
