"""Dates named through another date, halves of years, and years before Christ."""

import datetime

import pytest

from conflict_timeline.temporal import tag
from conflict_timeline.temporal.caldate import parse_value, spell_era
from conflict_timeline.temporal.intervals import value_to_interval

DCT = datetime.date(1999, 4, 19)


def _value(text: str, expr: str, *, narrative: bool = False) -> str | None:
    hits = [t for t in tag(text, DCT, narrative=narrative) if t.text == expr]
    return hits[0].value if hits else None


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("He was shot to death last Oct. 23 at his home.", "last Oct. 23", "1998-10-23"),
        ("He will come next March 3.", "next March 3", "2000-03-03"),
        ("A hearing was held the week of March 6.", "the week of March 6", "1999-W09"),
        ("It met the week of 6 March 2000.", "the week of 6 March 2000", "2000-W10"),
        # "the last week of" a month is its final week, not the week before the dct.
        ("Talks stalled in the last week of August 2022.", "the last week of August 2022",
         "2022-W34"),
        ("Troops arrived in the first week of March.", "the first week of March", "1999-W09"),
        ("Profit fell in the second half of 2008.", "the second half of 2008", "2008-H2"),
        ("Sales fell in the last half of 1989.", "the last half of 1989", "1989-H2"),
        ("Deaths fell in the latter half of 2008.", "the latter half of 2008", "2008-H2"),
        ("In the fall of 2007, the army struck.", "the fall of 2007", "2007-FA"),
        ("Troops left in fall 1919.", "fall 1919", "1919-FA"),
        # "the first half of" a month stays a modifier of the month.
        ("The first half of March was cold.", "The first half of March", "1999-03"),
        # TimeML spells a decade with three digits.
        ("Prices peaked in the early 1980s.", "the early 1980s", "198"),
    ],
)
def test_dates_through_other_dates(text: str, expr: str, value: str) -> None:
    assert _value(text, expr) == value


def test_fall_of_a_city_is_no_season() -> None:
    assert _value("After the fall of Saigon in 1975, they fled.", "the fall of Saigon") is None


def test_day_of_the_month_last_named() -> None:
    text = "On August 8, 1919, Polish forces took Minsk; on the 28th of that month they attacked."
    assert _value(text, "the 28th of that month", narrative=True) == "1919-08-28"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("In 480 BC, Xerxes marched. The following year the Persians returned.",
         "The following year", "BC0479"),
        ("In 480 BC, Xerxes marched. In mid-August, they fought.", "mid-August", "BC0480-08"),
        ("Having crossed in April 480 BC, the army marched.", "April 480 BC", "BC0480-04"),
        ("A congress met in late autumn of 481 BC.", "late autumn of 481 BC", "BC0481-FA"),
        ("Throughout the 470s BC, the League campaigned.", "the 470s BC", "BC047"),
        ("During the 4th century BC the idea was doubted.", "the 4th century BC", "BC03"),
        ("In 490 BC they came. In the following decade he rose.", "the following decade",
         "BC048"),
        ("The Third Punic War (149 B.C to 146 B.C) ended Carthage.", "149 B.C", "BC0149"),
        ("Sparta helped in 396-395 BC.", "396", "BC0396"),
    ],
)
def test_years_before_christ_move_the_clock(text: str, expr: str, value: str) -> None:
    assert _value(text, expr, narrative=True) == value


@pytest.mark.parametrize("value", ["BC0480", "BC0480-08", "BC0480-08-17", "BC0481-FA"])
def test_bc_values_round_trip(value: str) -> None:
    point = parse_value(value)
    assert point is not None
    assert spell_era(f"{point.date.year:04d}{value[6:]}") == value


def test_bc_values_have_no_calendar_interval() -> None:
    assert value_to_interval("BC0480-08") is None
