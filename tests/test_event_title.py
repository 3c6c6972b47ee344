"""An event's title comes from its most informative mention, whatever order they arrive in."""

from __future__ import annotations

import itertools

import pytest

from tests.event_rows import add_mention, build_event, warehouse

# (mention id, evidence, dated by its own words, recipient named, confidence, sentence index)
MENTIONS = [
    ("m1", "Taking part in the meeting were the Prime Minister, the speakers of both houses "
           "of parliament and the ministers of defence, of foreign affairs and of the interior.",
     False, False, 0.9, 0),
    ("m2", "Russia invaded.", True, True, 0.9, 1),
    ("m3", "Russia launched its full-scale invasion of Ukraine on 24 February 2022.",
     True, True, 0.8, 5),
    ("m4", "Since the invasion, Russia has kept up its attacks on Ukraine.", False, True, 0.9, 2),
]


def _title(order: tuple[int, ...]) -> str:
    con = warehouse()
    for i in order:
        mention_id, evidence, dated, recipient, confidence, sentence = MENTIONS[i]
        add_mention(con, mention_id, recipient_code="UKR" if recipient else None,
                    date_basis="explicit" if dated else "publication-date fallback",
                    sentence_index=sentence, evidence=evidence, confidence=confidence)
    return build_event(con)["title"]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(MENTIONS))))[::5])
def test_title_is_the_dated_readable_sentence_naming_both_parties(order: tuple[int, ...]) -> None:
    title = _title(order)
    # m2 is as dated and as complete but too short to say anything; m1 names no one.
    assert title == MENTIONS[2][1]
