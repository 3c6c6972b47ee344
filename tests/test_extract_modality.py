"""How a sentence frames the events it tells of (data/modality.yaml), and what that does to
their dates."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events.dating import FALLBACK
from conflict_timeline.events.extract import extract_events

DAY = dt.date(2022, 2, 26)


def _mention(text: str, trigger: str):
    return next(m for m in extract_events(text, DAY).mentions if m.trigger_text == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # what someone is urged, called on or told they must do is demanded
        ("The President also called for further sanctions against Russia.", "sanctions",
         "demanded"),
        ("Read my letter urging the expansion of military assistance.", "military assistance",
         "demanded"),
        ("Partners need to step up assistance to Ukraine.", "assistance", "demanded"),
        ("It must stop rocket attacks and daily bombings.", "rocket attacks", "demanded"),
        # what was done stays asserted, and a question asked demands nothing
        ("Partners stepped up assistance to Ukraine.", "assistance", "asserted"),
        ("You asked, where are those who ordered the contract killing?", "killing",
         "asserted"),
        # an event named as one to come, or whose clause says it is to happen, is predicted
        ("They discussed preparations for the forthcoming visit of the Prime Minister.",
         "forthcoming visit", "predicted"),
        ("Nine humanitarian corridors will open in Ukraine on March 15.",
         "humanitarian corridors", "predicted"),
        ("Evacuation from the city of Mariupol to Zaporizhzhia is planned.", "Evacuation",
         "predicted"),
        ("The expected outcome of the NATO Summit in Madrid, which will take place in late "
         "June, was discussed.", "Summit", "predicted"),
        # ... not one held as planned, one whose talks "will begin to yield fruit", one beside
        # a noun further on that is to come, nor a war named in a clause about something else
        ("The participants held a planned discussion of the concept.", "discussion of",
         "asserted"),
        ("He believes that the peace talks will begin to yield fruit.", "talks", "asserted"),
        ("Putin held a meeting regarding those events that are to be held in the coming weeks.",
         "held a meeting", "asserted"),
        ("Corridors for residents affected by the Russian invasion will open.", "invasion",
         "asserted"),
        # what someone is counted on, invited, asked or instructed to do, or what is necessary
        ("We count on Austria's support for the approval of the sixth sanctions package.",
         "sixth sanctions package", "demanded"),
        ("The President invited the Federal Chancellor to pay a visit to Ukraine.", "visit",
         "demanded"),
        ("She also asked WHO to provide expert assistance.", "assistance", "demanded"),
        ("It is necessary to introduce a full energy embargo.", "energy embargo",
         "demanded"),
        # ... but not a second verb joined on, nor a harm done to those named after it
        ("I invited him to visit Ukraine and thanked him for the support.", "thanked",
         "asserted"),
        ("I ask you to honor the memory of all those killed by Russian soldiers.", "killed",
         "asserted"),
        ("We will rebuild everything destroyed by Russia.", "destroyed", "asserted"),
        # what the sides agree, promise or stand ready to do is to come; what is possible may be
        ("Vladimir Putin and Naftali Bennett agreed to maintain contact.", "maintain contact",
         "predicted"),
        ("Russia reaffirmed its readiness to provide all the necessary assistance.", "assistance",
         "predicted"),
        ("Explosion in Kramatorsk, possible attack on Airport", "attack", "hypothetical"),
        ("They discussed the possibility of evacuation from Mariupol.", "evacuation",
         "hypothetical"),
        # ... not the soonest possible approval of what is demanded
        ("We count on the soonest possible approval of the sixth sanctions package.",
         "sixth sanctions package", "demanded"),
        # what is only reported is a claim
        ("Missile exploded on the sidewalk. Reportedly one pedestrian died.", "died", "claimed"),
        ("12 people reported to have been killed.", "killed", "claimed"),
        ("Reports of 30 fatalities.", "fatalities", "claimed"),
        # a news flash naming its source is that source's claim; a transcript's turn is not
        ("⚡️ Zaluzhnyi: Ukraine liberates 41 settlements in Kherson Oblast.",
         "liberates 41 settlements", "claimed"),
        ("Vladimir Putin: We discussed the sanctions.", "discussed", "asserted"),
    ],
)
def test_modality(text: str, trigger: str, modality: str) -> None:
    assert _mention(text, trigger).modality == modality


def test_a_demanded_event_takes_no_story_date() -> None:
    """The letter is today's; the assistance it urges has not happened on any day yet."""
    text = ("Today, our leadership met with Ukrainian colleagues. Read my letter to all "
            "delegations urging expansion of military assistance.")
    met, aid = _mention(text, "met with"), _mention(text, "military assistance")
    assert (met.date.date_basis, aid.date.date_basis) == ("relative-to-publication", FALLBACK)
