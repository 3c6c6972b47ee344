"""An event's CAMEO root and parties come from its mentions the same way on every run."""

from __future__ import annotations

import itertools

import pytest

from tests.event_rows import add_mention, build_event, warehouse

# (mention id, mode, CAMEO root, actor, confidence): "aggression" (a general mode, CAMEO 19)
# and "killed" (casualties, CAMEO 18) in one event, two actors as confident as each other.
MENTIONS = [
    ("m1", "conventional", "19", "RUS", 0.8),
    ("m2", "casualties", "18", "RUSMIL", 0.8),
    ("m3", None, "19", None, 0.5),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(MENTIONS)))))
def test_cameo_root_follows_the_events_mode_in_any_order(order: tuple[int, ...]) -> None:
    con = warehouse()
    for i in order:
        mention_id, mode, cameo, actor, confidence = MENTIONS[i]
        add_mention(con, mention_id, event_mode=mode, cameo_root=cameo, actor_code=actor,
                    confidence=confidence)
    event = build_event(con)
    assert (event["event_mode"], event["cameo_root"], event["actor_code"]) == (
        "casualties", "18", "RUSMIL")
