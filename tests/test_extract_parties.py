"""Who the parties of an event mention are when the sentence names them after the trigger."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events.extract import extract_events

DAY = dt.date(2022, 3, 30)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # "between A and B": the two parties, not the host or the one who reports the talks
        ("The President of Russia thanked Turkey for hosting another round of talks between "
         "Russian and Ukrainian representatives.", "RUSGOV", "UKRGOV"),
        ("Vladimir Putin and Olaf Scholz exchanged views on the talks between Russian and "
         "Ukrainian representatives.", "RUSGOV", "UKRGOV"),
        ("Talks between Russia and Ukraine took place in Istanbul.", "RUSGOV", "UKRGOV"),
        ("The fighting between Ukrainian forces and Russian troops continued.", "UKRMIL",
         "RUSMIL"),
        # without "between", the subject and the one after the trigger
        ("Putin held talks with Erdogan.", "RUSGOV", "TURGOV"),
    ],
)
def test_parties(text: str, actor: str, recipient: str) -> None:
    (mention,) = extract_events(text, DAY).mentions
    assert (mention.actor.code, mention.recipient.code) == (actor, recipient)
