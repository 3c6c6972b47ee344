"""Assemble the Gazetteer from GeoNames data and the curated files (see gazetteer.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .cache import cached
from .curated import (
    add_aliases,
    add_countries,
    add_groups,
    add_regions,
    add_stoplist,
    edit_index,
    given_names,
    preferred_places,
    promote_spellings,
)
from .datafiles import read_rows
from .gazetteer import (
    FOCUS_COUNTRIES,
    WORLD_MIN_POPULATION,
    Builder,
    Gazetteer,
    Place,
    city_forms,
    load_cities,
)
from .keys import exact_key, variant_key, within_two_edits

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: from the on-disk cache when fresh, else built (~5 s)."""
    return cached(build_gazetteer)


def build_gazetteer() -> Gazetteer:
    b = Builder()
    regions = list(read_rows("places/regions.csv"))
    admin1 = {(r["country"], r["admin1"]): r["code"] for r in regions}
    cities = [
        c
        for c in load_cities().values()
        if c["countrycode"] in FOCUS_COUNTRIES or c["population"] >= WORLD_MIN_POPULATION
    ]
    by_region: dict[str, list[Place]] = defaultdict(list)
    by_country: dict[str, list[Place]] = defaultdict(list)
    for c in cities:
        cc = c["countrycode"]
        place = Place(
            "settlement", c["name"], int(c["geonameid"]), admin1.get((cc, c["admin1code"])),
            cc, float(c["latitude"]), float(c["longitude"]),
        )  # fmt: skip
        b.primary.add((exact_key(c["name"]), place.geonames_id))
        forms = city_forms(c)
        spellings = _spelling_keys(forms)
        for form in forms:
            spelling = _is_spelling(form, spellings)
            if cc in FOCUS_COUNTRIES:
                b.add(form, place, loose=spelling)
            elif spelling or not _LATIN_LETTER.search(form):
                # A world city's other Latin names are often words or other places' names
                # ("White Hall" for Atlanta, "The point", "Google"); its exonyms are aliases.
                b.add(form, place, loose=False)
        if place.region_code:
            by_region[place.region_code].append(place)
        by_country[cc].append(place)

    region_places = add_regions(b, regions, by_region)
    groups = add_groups(b, region_places)
    add_countries(b, by_country)
    add_aliases(b)
    preferred = preferred_places(b, regions)
    promote_spellings(b, preferred, cities)
    stop_single = add_stoplist(b)
    return Gazetteer(
        exact=dict(b.exact),
        variant=dict(b.variant),
        stop_single=frozenset(stop_single),
        given_names=given_names(),
        preferred=frozenset(preferred),
        edits=edit_index(b, preferred),
        primary=frozenset(b.primary),
        groups=groups,
        regions=region_places,
        max_tokens=6,
    )


def _spelling_keys(forms: list[str]) -> list[str]:
    """Variant keys of a city's name (its first form) and of its Cyrillic names."""
    return [variant_key(f) for i, f in enumerate(forms) if i == 0 or _CYRILLIC.search(f)]


def _is_spelling(form: str, spellings: list[str]) -> bool:
    """Whether `form` spells one of the names `spellings` holds ("Gulyaypole", "Kharkov"), or
    extends it ("Svyatoshynskyi District"), rather than a foreign or historical name ("Kirgiz",
    "Khaibulina"): only spellings match loosely, so that a misspelt word is not read as an
    old name of a town."""
    key = variant_key(form)
    return any(key.startswith(s) or within_two_edits(key, s) for s in spellings)
