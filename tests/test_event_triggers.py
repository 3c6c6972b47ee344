"""Words that report an event, and look-alikes that do not (data/event_types.yaml)."""

from __future__ import annotations

import pytest

from conflict_timeline.events.lexicon import find_triggers


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind.event_type) for t in find_triggers(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ukraine liberated 41 settlements in Kherson Oblast.",
         [("liberated 41 settlements", "ASSAULT")]),
        ("Russia has become the most sanctioned country.", [("sanctioned", "SANCTION")]),
        ("A shell hit a residential building.", [("shell hit", "ASSAULT")]),
        ("Regular conscription will take place in April.",
         [("Regular conscription", "MOBILIZE")]),
        ("I spoke with the President of Mozambique.", [("spoke with", "CONSULT")]),
        ("Troops advanced in the offensive on Kharkiv.",
         [("advanced", "ASSAULT"), ("offensive", "ASSAULT")]),
        # briefings and talks in other words
        ("The Head of State heard information from the Head of the Regional Administration.",
         [("heard information", "CONSULT")]),
        ("Oleksandr Starukh reported to the President that fighting is underway.",
         [("reported to the President", "CONSULT"), ("fighting", "ASSAULT")]),
        ("There was a discussion of the humanitarian policy concept.",
         [("discussion of", "CONSULT")]),
        ("They will also exchange views on the current international agenda.",
         [("exchange views", "CONSULT")]),
        # support for a cause or a step; material support stays aid
        ("The President praised Turkey's support for the sovereignty of Ukraine.",
         [("praised", "SUPPORT"), ("support for the sovereignty", "SUPPORT")]),
        ("I urge you to support the Ukrainian Peace Formula.",
         [("support the Ukrainian Peace Formula", "SUPPORT")]),
        ("Canada announced military support for the Ukrainian army.",
         [("military support", "AID")]),
        # deaths and injuries in war words; coercion of people
        ("Reports of 30 fatalities; 12 people were injured.",
         [("fatalities", "ASSAULT"), ("injured", "ASSAULT")]),
        ("He offered condolences over the death of Ukrainian soldiers.",
         [("condolences", "SUPPORT"), ("death of Ukrainian soldiers", "ASSAULT")]),
        ("Civilians were held captive and children forcibly deported.",
         [("held captive", "COERCE"), ("forcibly deported", "COERCE")]),
    ],
)
def test_reports(text: str, found: list[tuple[str, str]]) -> None:
    assert _kinds(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "She is Minister for Reintegration of the Temporarily Occupied Territories.",
        "About captured Ukrainians, about those in the occupied cities.",
        "This reduces the offensive potential of the Russian army.",
        "The anti-sanctions agenda was on the table.",
        "Students of conscription age are not subject to conscription.",
        "We need to discuss this matter separately.",
        "Grant support for lecturers is the second aspect.",
        "The death of the poet was mourned.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert _kinds(text) == []


def test_a_violated_ceasefire_is_no_concession() -> None:
    assert ("ceasefire", "CONCEDE") not in _kinds("He reported the violation of the ceasefire.")
