"""The scorer of event mentions against hand-labelled events, one rule per case."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events import extract_events
from conflict_timeline.events.evaluation import GoldEvent, score

TEXT = "Russian troops shelled Kharkiv on 3 March 2022. Putin held talks with Erdogan."
SHELLED, TALKS = TEXT.index("shelled"), TEXT.index("talks")


def gold(anchor: int = SHELLED, **changes: object) -> GoldEvent:
    values: dict = {"article_id": "a", "anchor_start": anchor, "event_type": "ASSAULT",
                    "actor": "RUSMIL", "recipient": "UKR", "place": "Kharkiv",
                    "date": "2022-03-03", "modality": "asserted"}
    values.update(changes)
    return GoldEvent(**values)


@pytest.fixture(scope="module")
def predicted() -> dict:
    return {"a": extract_events(TEXT, dt.date(2022, 3, 4)).mentions}


@pytest.mark.parametrize(
    ("event", "matched", "correct", "miss"),
    [
        (gold(), 1, 1, None),
        (gold(actor="RUS"), 1, 1, None),  # the armed forces are Russia's: compared by country
        (gold(actor="UKRMIL"), 1, 0, "actor differ"),
        (gold(place="Kharkov"), 1, 1, None),  # a spelling of the same city
        (gold(place="Izium"), 1, 0, "place differ"),
        (gold(place=None), 1, 0, "place differ"),
        (gold(date="2022-03"), 1, 0, "date differ"),  # the text gives the day
        # the text gives the day, so a mention claiming it is right for no gold "undated"
        (gold(date="undated"), 1, 0, "date differ"),
        (gold(event_type="MOBILIZE"), 0, 0, "not found"),  # another type
        (gold(anchor=TALKS, event_type="CONSULT", actor="RUSGOV", recipient="TUR", place=None),
         1, 1, None),
    ],
)
def test_one_gold_event(predicted, event: GoldEvent, matched: int, correct: int,
                        miss: str | None) -> None:
    scores = score([event], predicted)
    assert (scores.matched, scores.correct, scores.n_predicted) == (matched, correct, 2)
    assert (scores.misses[0].endswith(miss) if miss else not scores.misses)


def test_each_mention_reports_one_gold_event(predicted) -> None:
    """Two gold events of one type in one sentence cannot both take its single mention."""
    scores = score([gold(), gold(anchor=SHELLED + 8)], predicted)
    assert (scores.matched, scores.correct) == (1, 1)
    assert (scores.precision(), scores.recall()) == (0.5, 0.5)


def test_an_undated_gold_event_wants_the_fallback() -> None:
    """No date in the text: right is the mention dated by the publication day, and saying so."""
    text = "Russian troops shelled Kharkiv."
    mentions = {"a": extract_events(text, dt.date(2022, 3, 4)).mentions}
    for value in ("undated", ""):
        event = gold(anchor=text.index("shelled"), date=value)
        assert score([event], mentions).correct == 1
