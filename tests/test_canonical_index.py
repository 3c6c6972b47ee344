"""Matching looks a mention up among the events it could join instead of comparing it with all
of them: the lookup must never miss an event the full comparison would accept."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from conflict_timeline.events.canonical import (
    KnownEvent,
    _Index,
    assign_events,
    specific_mode,
    why_compatible,
)
from conflict_timeline.events.merging import short_hash
from tests.test_canonical import FALLBACK, mention

D = dt.date
TYPES = ["ASSAULT", "CONSULT"]
MODES = [None, "invasion", "aerial", "conventional"]  # conventional: a general mode
MODALITIES = ["asserted", "claimed", "denied", "predicted"]
# Day, week, month, quarter, year and decade widths: the index keeps events up to a month
# wide by their first day and wider ones by year.
WIDTHS = [0, 6, 30, 31, 89, 364, 3652]


def _random_row(rng: random.Random, n: int) -> dict[str, Any]:
    start = D(2021, 11, 1) + dt.timedelta(days=rng.randrange(240))
    end = start + dt.timedelta(days=rng.choice(WIDTHS))
    parties = rng.sample(["RUS", "UKR", "USA", None], 2)
    return mention(
        f"m{n}", event_type=rng.choice(TYPES), event_mode=rng.choice(MODES),
        modality=rng.choice(MODALITIES), date_start=start, date_end=end,
        date_basis=rng.choice(["explicit", FALLBACK]), actor_code=parties[0],
        recipient_code=parties[1], published=start + dt.timedelta(days=rng.randrange(60)),
        place_region_code=rng.choice([None, "UA-23"]), article_id=f"a{rng.randrange(50)}",
    )


def _event(row: dict[str, Any], n: int) -> KnownEvent:
    return KnownEvent(
        event_id=f"e{n}", event_type=row["event_type"],
        event_mode=specific_mode(row["event_mode"]),
        family="factual" if row["modality"] in ("asserted", "claimed") else row["modality"],
        date_start=row["date_start"], date_end=row["date_end"],
        dated=row["date_basis"] != FALLBACK, actors={"RUS", "UKR"}, place=None,
        first_reported=row["published"],
    )


@pytest.mark.parametrize("seed", range(5))
def test_lookup_finds_every_event_the_full_comparison_accepts(seed: int) -> None:
    rng = random.Random(seed)
    events = [_event(_random_row(rng, n), n) for n in range(400)]
    index = _Index(events)
    accepted = 0
    for n in range(400):
        row = _random_row(rng, 1000 + n)
        everything = {e.event_id for e in events if why_compatible(row, e)}
        found = {e.event_id for e in index.candidates(row) if why_compatible(row, e)}
        assert found == everything, row
        accepted += len(everything)
    assert accepted > 20, "the random cases exercise matches, not only misses"


def test_an_event_narrowed_by_a_mention_is_found_at_its_new_dates() -> None:
    month = mention("a", date_start=D(2022, 2, 1), date_end=D(2022, 2, 28))
    day = mention("b", date_start=D(2022, 2, 24), date_end=D(2022, 2, 24))
    again = mention("c", date_start=D(2022, 2, 24), date_end=D(2022, 2, 24),
                    published=D(2022, 3, 20))
    assign_events([month, day, again], [])
    assert month["event_id"] == day["event_id"] == again["event_id"]


def test_a_general_mode_joins_the_specific_and_the_event_takes_the_specific() -> None:
    attack = mention("a", event_mode="conventional", place_geonames_id=1)  # "attacked"
    strike = mention("b", event_mode="aerial", place_geonames_id=1)  # "missile strike"
    struck = mention("c", event_mode="strike", place_geonames_id=1)  # "struck"
    invasion = mention("d", event_mode="invasion", place_geonames_id=1)
    known: list[KnownEvent] = []
    assign_events([attack, strike, struck, invasion], known)
    assert attack["event_id"] == strike["event_id"] == struck["event_id"]
    # Now an aerial event, filed as one: an invasion that day is another happening.
    assert invasion["event_id"] != attack["event_id"]
    assert [e.event_mode for e in known] == ["aerial", "invasion"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # "hit by artillery" that day, nowhere named, is not the missile strike on a town
        (mention("a", event_mode="aerial", place_geonames_id=1),
         mention("b", event_mode="strike", recipient_code=None), False),
        (mention("a", event_mode="strike", recipient_code=None),
         mention("b", event_mode="aerial", place_geonames_id=1), False),
        # two general reports, or a specific and a general one at the same town, are one
        (mention("a", event_mode="strike"), mention("b", event_mode="conventional"), True),
        (mention("a", event_mode="strike", place_geonames_id=1),
         mention("b", event_mode="aerial", place_geonames_id=1), True),
        # or between the same two parties: "Russia attacked Ukraine" that day is the invasion
        (mention("a", event_mode="conventional"), mention("b", event_mode="invasion"), True),
        (mention("a", event_mode="conventional", recipient_code=None),
         mention("b", event_mode="invasion"), False),
    ],
)
def test_a_general_mode_bridges_only_at_the_same_place_or_between_the_same_parties(
        first: dict, second: dict, expected: bool) -> None:
    rows = [first, second]
    assign_events(rows, [])
    assert (first["event_id"] == second["event_id"]) is expected


def test_a_founding_mention_loaded_again_rejoins_its_event() -> None:
    # What the store knows of the event "a" founded, after later days' mentions moved it to
    # another day: "a" re-extracted no longer matches it, yet it is that event's founder.
    stored = _event(mention("a", date_start=D(2022, 3, 5), date_end=D(2022, 3, 5)), 0)
    stored.event_id = short_hash("event", "a")
    known = [stored]
    again = [mention("a")]
    assign_events(again, known)
    assert again[0]["event_id"] == stored.event_id
    assert again[0]["merge_reason"] == "founded"
    assert known == [stored], "no twin with the same id"
