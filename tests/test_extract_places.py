"""Which place an event mention gets when a name is both a party and a location."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events.extract import extract_events

DAY = dt.date(2022, 3, 15)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A country's possessive is the party, even after "of": the place is the recipient's.
        ("The children became refugees because of Russia's invasion of Ukraine.", "Ukraine"),
        ("It lies at the heart of Russia’s full-scale invasion of Ukraine.", "Ukraine"),
        # A city's possessive after a preposition is still where it happened.
        ("Russian troops shelled the outskirts of Kyiv's northern suburbs.", "Kyiv"),
        # The preposition makes the country the place ("the war in Ukraine").
        ("Russian troops shelled positions in Ukraine on Monday.", "Ukraine"),
        ("Russian troops shelled Kharkiv on Monday.", "Kharkiv"),
    ],
)
def test_place_of_the_mention(text: str, place: str) -> None:
    (mention,) = extract_events(text, DAY).mentions
    assert mention.place is not None and mention.place.name == place
