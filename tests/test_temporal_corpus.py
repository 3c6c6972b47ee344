"""Regression floors on the shared annotated corpora (skipped when they are absent)."""

import datetime
import json
from dataclasses import asdict
from pathlib import Path

import pytest

from conflict_timeline.temporal import tag
from conflict_timeline.temporal.scoring import evaluate

CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "temporal"


def _score(name: str, narrative: bool) -> dict:
    path = CORPORA / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"annotated corpus {path} not available")
    gold = [json.loads(line) for line in path.open(encoding="utf-8")]
    pred = [{"doc_id": d["doc_id"],
             "timexes": [asdict(t) for t in tag(d["text"], datetime.date.fromisoformat(d["dct"]),
                                                narrative=narrative)]}
            for d in gold]
    return evaluate(gold, pred)


# Floors sit a little below the measured scores so that regressions fail.
@pytest.mark.parametrize(
    ("name", "narrative", "date_relaxed", "date_value", "all_value"),
    [("tbaq", False, 0.925, 0.825, 0.815), ("wikiwars", True, 0.93, 0.875, 0.865)],
)
def test_corpus_floors(name: str, narrative: bool, date_relaxed: float, date_value: float,
                       all_value: float) -> None:
    res = _score(name, narrative)
    assert res["DATE"]["relaxed_f1"] >= date_relaxed
    assert res["DATE"]["value_f1"] >= date_value
    assert res["overall"]["value_f1"] >= all_value
