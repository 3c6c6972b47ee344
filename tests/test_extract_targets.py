"""Parties a report leaves unsaid: the side an attack hits, and an inward meeting's own people."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events.extract import extract_events

DAY = dt.date(2022, 7, 6)


def _mention(text: str, event_type: str):
    return next(m for m in extract_events(text, DAY).mentions if m.event_type == event_type)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the attacker's opponent, when no target is named
        ("The museum burned down after Russian shelling back in May.", "RUS", "UKR"),
        ("Ukrainian forces are advancing in the Kherson region.", "UKRMIL", "RUS"),
        # no attacker named: the side whose ground was hit
        ("An explosion was reported in Belgorod overnight.", None, "RUS"),
        ("Residential building destroyed in airstrike in Mariupol.", None, "UKR"),
        # outside the war's sides nobody is implied
        ("An airstrike hit a market in Aleppo.", None, None),
    ],
)
def test_attacked_side(text: str, actor: str | None, recipient: str | None) -> None:
    mention = _mention(text, "ASSAULT")
    assert (mention.actor and mention.actor.code,
            mention.recipient and mention.recipient.code) == (actor, recipient)


def test_a_named_target_wins() -> None:
    mention = _mention("Russian troops attacked Ukrainian positions near Bakhmut.", "ASSAULT")
    assert mention.recipient is not None and mention.recipient.text == "Ukrainian"


def test_an_implied_side_shows_it_was_implied() -> None:
    recipient = _mention("Russian shelling hit the town.", "ASSAULT").recipient
    assert recipient is not None and recipient.text == "" and "implied" in recipient.name


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # a meeting that names nobody else: the actor's own officials
        ("Vladimir Putin held a meeting on the situation in the economy.", "RUS"),
        ("Vladimir Putin held a briefing session on the economy.", "RUS"),
        # somebody else named: that party
        ("Vladimir Putin held a meeting with Recep Tayyip Erdogan.", "TURGOV"),
    ],
)
def test_inward_meeting(text: str, recipient: str) -> None:
    assert _mention(text, "CONSULT").recipient.code == recipient


def test_a_meeting_in_a_capital_is_not_with_it() -> None:
    mention = _mention("Emmanuel Macron discussed the talks in Kyiv.", "CONSULT")
    assert mention.recipient is None


def test_a_pair_with_first_names_unknown_to_the_dictionary() -> None:
    mention = _mention("Volodymyr Zelenskyy and Recep Tayyip Erdoğan exchanged views on the "
                       "Black Sea.", "CONSULT")
    assert (mention.actor.code, mention.recipient.code) == ("UKRGOV", "TURGOV")
