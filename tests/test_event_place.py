"""An event's place is the one most of its mentions name, finer than a country first."""

from __future__ import annotations

import pytest

from tests.event_rows import add_mention, build_event, warehouse

# (place name, GeoNames id, precision): how each mention places the event.
DONBAS = ("Donbas", None, "region")
FORT_ABBAS = ("Fort Abbas", 1179305, "settlement")  # "Mahmoud Abbas" misread as a town
UKRAINE = ("Ukraine", 690791, "country")
KRAMATORSK = ("Kramatorsk", 704508, "settlement")


def _place(places: list[tuple]) -> str | None:
    con = warehouse()
    for index, (name, geonames, precision) in enumerate(places):
        add_mention(con, f"m{index}", place_name=name, place_geonames_id=geonames,
                    place_precision=precision, place_country="UA")
    return build_event(con)["place_name"]


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        # a region named twice outvotes one stray settlement; countries say nothing of where
        ([DONBAS, FORT_ABBAS, DONBAS, UKRAINE, UKRAINE, UKRAINE], "Donbas"),
        # with equal support, the finer place
        ([DONBAS, KRAMATORSK, UKRAINE], "Kramatorsk"),
        # a country only when nothing finer is named
        ([UKRAINE, UKRAINE], "Ukraine"),
    ],
)
def test_the_best_supported_place_in_any_order(places: list[tuple], expected: str) -> None:
    for order in (places, places[::-1], places[1:] + places[:1]):
        assert _place(order) == expected
