"""The seed article: actors and places the event extractor relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflict_timeline.entities import find_actors, find_places

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "seed"
SEED_FILE = SEED / "000_6f0043c5c7f7b368.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED_FILE.exists():
        pytest.skip(f"seed article not found at {SEED_FILE} (../shared/corpus is not beside repo)")
    return SEED_FILE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("Putin", "RUSGOV"),
        ("Vladimir Putin", "RUSGOV"),
        ("Kremlin", "RUSGOV"),
        ("Moscow", "RUSGOV"),
        ("Kyiv", "UKRGOV"),
        ("Ukrainian officials", "UKRGOV"),
        ("Russian forces", "RUSMIL"),
        ("Ukrainian troops", "UKRMIL"),
        ("Trump", "USAGOV"),
        ("Washington", "USAGOV"),
        ("US President Donald Trump", "USAGOV"),
        ("NATO", "NATO"),
        ("European allies", "EUR"),
        ("European partners", "EUR"),
        ("Russia", "RUS"),
        ("Ukraine", "UKR"),
    ],
)
def test_seed_actor_codes(seed_text: str, surface: str, code: str) -> None:
    actors = find_actors(seed_text)
    hits = [a for a in actors if a.text == surface or a.text.endswith(" " + surface)]
    assert hits, f"{surface!r} not found"
    assert {a.code for a in hits} == {code}
    for a in hits:
        assert seed_text[a.start : a.end] == a.text


def test_seed_actor_fields(seed_text: str) -> None:
    by_code = {a.code: a for a in find_actors(seed_text)}
    assert (by_code["RUS"].country, by_code["RUS"].sector) == ("RUS", None)
    assert (by_code["RUSGOV"].country, by_code["RUSGOV"].sector) == ("RUS", "GOV")
    assert (by_code["NATO"].country, by_code["NATO"].sector) == (None, "IGO")
    assert (by_code["EUR"].country, by_code["EUR"].sector, by_code["EUR"].name) == (
        None,
        None,
        "European states",
    )


def test_seed_actors_sorted_and_disjoint(seed_text: str) -> None:
    actors = find_actors(seed_text)
    assert all(a.end <= b.start for a, b in zip(actors, actors[1:], strict=False))
    assert "Russian President Vladimir Putin" in {a.text for a in actors}  # longest match
    assert {a.text for a in actors if a.start == seed_text.index("Russia’s")} == {"Russia"}


@pytest.mark.parametrize(
    ("surface", "code"),
    [("Donetsk", "UA-14"), ("Luhansk", "UA-09"), ("Zaporizhzhia", "UA-23"), ("Kherson", "UA-65")],
)
def test_seed_four_regions(seed_text: str, surface: str, code: str) -> None:
    hits = [p for p in find_places(seed_text) if p.text == surface]
    assert len(hits) == 1
    assert (hits[0].precision, hits[0].region_code, hits[0].country) == ("region", code, "UA")
    assert hits[0].fuzzy is False


def test_seed_misspelt_huliaipole(seed_text: str) -> None:
    (hit,) = [p for p in find_places(seed_text) if p.text == "Huliaiipole"]
    assert hit.geonames_id == 707898  # Hulyaypole, Zaporizhzhia oblast (not the UA-12 village)
    assert (hit.region_code, hit.precision, hit.fuzzy) == ("UA-23", "settlement", True)
    assert hit.latitude == pytest.approx(47.67, abs=0.01)


def test_seed_places_have_no_person_names(seed_text: str) -> None:
    texts = {p.text for p in find_places(seed_text)}
    assert texts.isdisjoint({"Vladimir", "Putin", "Donald", "Trump", "Reuters", "Associated"})
    assert {"Kyiv", "Moscow", "Ukraine", "Russia"} <= texts
