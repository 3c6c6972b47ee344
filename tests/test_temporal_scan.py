"""The trigger windows must be an optimisation only: same matches as a full scan."""

import json
from pathlib import Path

import pytest

from conflict_timeline.temporal.resources import load
from conflict_timeline.temporal.scan import candidates

CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "temporal"


def _spans(text: str, full: bool) -> list[tuple[int, int, str]]:
    return [(s, e, r.name) for s, e, r, _ in candidates(text, full=full)]


@pytest.mark.parametrize(
    "text",
    ["On 24.02.2022 at 5 p.m. and at 22:53, in 850 and 146 BC, the '90s and 1990s.",
     "Nineteen ninety-seven; the fourth quarter of fiscal 1989; a year earlier; now.",
     "Half an hour after midnight on Christmas Eve, three weeks ago, every Tuesday."],
)
def test_windows_equal_full_scan_on_sentences(text: str) -> None:
    assert _spans(text, False) == _spans(text, True)


@pytest.mark.parametrize("name", ["tbaq", "wikiwars"])
def test_windows_equal_full_scan_on_corpus(name: str) -> None:
    path = CORPORA / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"annotated corpus {path} not available")
    for line in path.open(encoding="utf-8"):
        text = json.loads(line)["text"]
        assert _spans(text, False) == _spans(text, True)


def test_every_rule_has_trigger_keys() -> None:
    assert all(rule.keys for rule in load().rules)
