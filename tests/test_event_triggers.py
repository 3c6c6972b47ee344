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
    ],
)
def test_look_alikes(text: str) -> None:
    assert _kinds(text) == []


def test_a_violated_ceasefire_is_no_concession() -> None:
    assert ("ceasefire", "CONCEDE") not in _kinds("He reported the violation of the ceasefire.")
