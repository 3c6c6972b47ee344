"""The shipped dictionaries are consistent (a user editing them gets a clear failure here)."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from conflict_timeline.entities import find_actors
from conflict_timeline.entities.build import get_gazetteer
from conflict_timeline.entities.datafiles import iso_day, read_rows, read_words
from conflict_timeline.entities.keys import exact_key
from conflict_timeline.resources import load_yaml

SECTORS = {"GOV", "MIL", "REB", "IGO", "NGO", "LEG", "CVL", "MED", "BUS", "JUD", "COP"}
REGIONS = list(read_rows("places/regions.csv"))
ACTORS = list(read_rows("actors/actors.csv"))
OFFICES = list(read_rows("actors/offices.csv"))
USUAL_TARGETS = list(read_rows("actors/usual_targets.csv"))


@pytest.mark.parametrize("row", REGIONS, ids=lambda r: r["code"])
def test_region_codes_are_iso_3166_2(row: dict[str, str]) -> None:
    assert pycountry.subdivisions.get(code=row["code"]) is not None
    assert row["code"].startswith(row["country"] + "-")


def test_all_ukrainian_oblasts_present() -> None:
    ua = {s.code for s in pycountry.subdivisions.get(country_code="UA")}
    assert ua == {r["code"] for r in REGIONS if r["country"] == "UA"}


@pytest.mark.parametrize("row", [r for r in REGIONS if r["capital"]], ids=lambda r: r["code"])
def test_region_capital_found_in_its_admin1(row: dict[str, str]) -> None:
    # Also checks the GeoNames admin1 -> ISO mapping: the capital must land in that region.
    places = get_gazetteer().exact.get(exact_key(row["capital"]), [])
    assert any(p.kind == "settlement" and p.region_code == row["code"] for p in places)


@pytest.mark.parametrize(
    "row", [r for r in read_rows("places/aliases.csv")], ids=lambda r: r["alias"]
)
def test_alias_targets_exist(row: dict[str, str]) -> None:
    places = get_gazetteer().exact.get(exact_key(row["alias"]), [])
    if row["kind"] == "country":
        assert any(p.kind == "country" and p.country == row["target"] for p in places)
    else:
        name, _, code = row["target"].partition("@")
        assert any(p.kind == "settlement" and p.region_code == code for p in places), name


@pytest.mark.parametrize("row", list(read_rows("places/preferred.csv")), ids=lambda r: r["name"])
def test_preferred_entries_exist(row: dict[str, str]) -> None:
    gz = get_gazetteer()
    places = gz.exact.get(exact_key(row["name"]), [])
    code, gid = row["region_code"], row.get("geonames_id") or ""
    assert any(p in gz.preferred
               and (p.region_code == code if len(code) > 2 else p.country == code)
               and (not gid or str(p.geonames_id) == gid) for p in places)


@pytest.mark.parametrize("row", ACTORS, ids=lambda r: r["pattern"])
def test_actor_rows_follow_scheme(row: dict[str, str]) -> None:
    _assert_actor_row(row)


def _assert_actor_row(row: dict[str, str]) -> None:
    assert row["cased"] in {"0", "1"}
    assert row["sector"] in SECTORS or row["sector"] == ""
    if row["code"] == "-":  # names no actor: nothing else is set
        assert not row["country"] and not row["sector"]
    elif row["country"]:
        assert pycountry.countries.get(alpha_3=row["country"]) is not None
        assert row["code"] == row["country"] + row["sector"]
    else:
        assert row["code"].isupper() and row["name"]


def test_stoplist_readable() -> None:
    words = read_words("places/stoplist.txt")
    assert "will" in {w.lower() for w in words} and "Vladimir Putin" in words


@pytest.mark.parametrize("row", USUAL_TARGETS, ids=lambda r: r["event_type"])
def test_usual_target_rows_follow_scheme(row: dict[str, str]) -> None:
    triggers = load_yaml("event_types.yaml")["triggers"]
    assert row["event_type"] in {t["type"] for t in triggers}
    assert not row["event_mode"] or row["event_mode"] in {
        t.get("mode") for t in triggers if t["type"] == row["event_type"]}
    for country in [row["target"], *filter(None, row["not_by"].split(";")),
                    *filter(None, row["sought_by"].split(";"))]:
        assert pycountry.countries.get(alpha_3=country) is not None
    assert row["actor_of_target"] in {"suffers", "acts"} and row["why"]


@pytest.mark.parametrize("row", list(read_rows("actors/home_institutions.csv")),
                         ids=lambda r: r["phrase"])
def test_home_institution_rows_follow_scheme(row: dict[str, str]) -> None:
    assert row["phrase"] and row["phrase"] == row["phrase"].strip()
    assert row["sector"] in {"GOV", "MIL", "LEG"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # countries by their official names, and names turned around ("Korea, Republic of")
        ("President of the Kyrgyz Republic Sadyr Japarov", ("President of the Kyrgyz Republic",
                                                            "KGZGOV")),
        ("Yoon Suk-yeol, President of the Republic of Korea", ("President of the Republic of "
                                                               "Korea", "KORGOV")),
        ("the President of the State of Palestine said", ("President of the State of "
                                                          "Palestine", "PSEGOV")),
        ("the Hellenic Republic", ("Hellenic Republic", "GRC")),
        ("Palestine", ("Palestine", "PSE")),
        # a head two countries share names neither ("Congo" is the Republic of the Congo's name)
        ("Congo", ("Congo", "COG")),
        ("Korea", None),
    ],
)
def test_countries_by_every_name_news_uses(text: str, found: tuple[str, str] | None) -> None:
    actors = [(a.text, a.code) for a in find_actors(text)]
    assert actors == ([found] if found else [])


@pytest.mark.parametrize("row", OFFICES, ids=lambda r: f"{r['pattern']} {r['valid_from']}")
def test_office_rows_follow_scheme(row: dict[str, str]) -> None:
    _assert_actor_row(row)
    start, end = row["valid_from"], row["valid_until"]
    assert start or end  # else the row belongs in actors.csv
    assert not (start and end) or dt.date.fromisoformat(start) < dt.date.fromisoformat(end)


@pytest.mark.parametrize(
    ("day", "codes"),
    [
        # an official is read in the office held on the article's day
        (dt.date(2022, 2, 2), ["NLDGOV", "NATO", "USA"]),
        (dt.date(2025, 12, 19), ["NATO", "NORGOV", "USAGOV"]),
    ],
)
def test_officials_hold_the_office_of_the_day(day: dt.date, codes: list[str]) -> None:
    text = "Mark Rutte met Jens Stoltenberg. Trump spoke."
    assert [a.code for a in find_actors(text, day)] == codes


@pytest.mark.parametrize("row", list(read_rows("actors/sides.csv")), ids=lambda r: r["side"])
def test_a_sides_war_began_on_a_day(row: dict[str, str]) -> None:
    assert iso_day(row["since"], "actors/sides.csv") is not None


def test_a_day_that_is_none_is_one_line_naming_its_file() -> None:
    with pytest.raises(ValueError, match=r"^data/actors/sides\.csv: '20\.02\.2014' is no ISO date"):
        iso_day("20.02.2014", "actors/sides.csv")
    assert iso_day("", "actors/sides.csv") is None
