"""On a side's own site, harm to that side with no attacker named is the attacker's the
article named before (events/attackers.py); news agencies and monitors leave it blank."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events.extract import extract_events

DAY = dt.date(2022, 10, 17)
OWN_SITE = "President of Ukraine (president.gov.ua)"


def _parties(text: str, trigger: str, source: str | None = OWN_SITE
             ) -> tuple[str | None, str | None]:
    mention = next(m for m in extract_events(text, DAY, source=source).mentions
                   if m.trigger_text == trigger)
    return (mention.actor and mention.actor.code, mention.recipient and mention.recipient.code)


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        ("Russian troops shelled Kharkiv at night. The woman who died was a paramedic.",
         "died", ("RUSMIL", "UKR")),
        ("Russia launched a missile strike at Kharkiv. Already the second monument was "
         "damaged by this strike.", "damaged", ("RUS", "UKR")),
        ("The occupiers shelled the town again. Today, communities of the Kharkiv region "
         "were shelled again.", "shelled", ("RUSMIL", "UKR")),
    ],
)
def test_the_attacker_told_before(text: str, trigger: str, parties: tuple) -> None:
    assert _parties(text, trigger) == parties


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a news agency's report keeps the blank
        ("Russian troops shelled Kharkiv at night. The woman who died was a paramedic.",
         "died", "KyivIndependent"),
        # nobody named before
        ("The woman who died was a paramedic.", "died", OWN_SITE),
        # the attacker named before hit the other side
        ("Ukrainian artillery shelled Russian positions. The woman who died was a paramedic.",
         "died", OWN_SITE),
        # harm told of a time before the war
        ("Russian troops shelled Chornobyl. In 1986, the reactor was destroyed.",
         "destroyed", OWN_SITE),
    ],
)
def test_no_attacker_supplied(text: str, trigger: str, source: str) -> None:
    assert _parties(text, trigger, source)[0] is None


def test_fighting_between_sides_takes_no_attacker() -> None:
    text = "Russian troops shelled Bakhmut. The fiercest battles are going on in Donbas."
    assert _parties(text, "battles")[0] is None


def test_the_supplied_attacker_says_so() -> None:
    text = "Russian troops shelled Kharkiv at night. The woman who died was a paramedic."
    mention = next(m for m in extract_events(text, DAY, source=OWN_SITE).mentions
                   if m.trigger_text == "died")
    assert mention.actor is not None and mention.actor.text == ""
    assert mention.actor.name == "RUSMIL, implied: the attacker told before"
