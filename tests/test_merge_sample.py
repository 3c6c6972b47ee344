"""Pairwise merge precision and recall on a hand-labelled sample of real mentions.

tests/data/merge_sample.csv names mentions of the shared corpus (by article id and trigger
offset, no text; all five sources) and the happening each reports, as read by a person. The
articles behind them go through the real pipeline; two mentions are predicted to be one
happening when they share an event_id. Floors sit a little below the figures measured when the
sample was made."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance

from conflict_timeline.home import data_home
from pipelines.run import refresh
from tests.corpus_articles import corpus_articles

SAMPLE = Path(__file__).parent / "data" / "merge_sample.csv"


def _labels() -> dict[tuple[str, int], str]:
    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        return {(row["article_id"], int(row["trigger_start"])): row["happening"]
                for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def predicted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], str | None]:
    labels = _labels()
    home = data_home(tmp_path_factory.mktemp("merge"))
    home.prepare()
    for sample in home.inbox.iterdir():
        sample.unlink()
    lines = [
        json.dumps({"title": item.title, "text": item.text, "source": item.source,
                    "published": item.published.isoformat()})
        for item in corpus_articles(article_id for article_id, _ in labels)
    ]
    (home.inbox / "sample.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with DagsterInstance.ephemeral() as instance:
        assert refresh(str(home.root), instance, {}) is None
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        found = dict(((a, t), e) for a, t, e in con.execute(
            "select article_id, trigger_start, event_id from event_mentions").fetchall())
    return {key: found.get(key) for key in labels}


def test_sample_mentions_are_still_extracted(predicted) -> None:
    missing = [key for key, event_id in predicted.items() if event_id is None]
    assert len(missing) <= 2, f"labelled mentions no longer extracted: {missing}"


def test_pairwise_merge_precision_and_recall(predicted) -> None:
    labels = _labels()
    pairs = [(a, b) for a, b in itertools.combinations(sorted(labels), 2)
             if predicted[a] and predicted[b]]
    same_gold = {(a, b) for a, b in pairs if labels[a] == labels[b]}
    same_pred = {(a, b) for a, b in pairs if predicted[a] == predicted[b]}
    true_positive = len(same_gold & same_pred)
    precision = true_positive / len(same_pred) if same_pred else 1.0
    recall = true_positive / len(same_gold) if same_gold else 1.0
    print(f"pairwise merge precision {precision:.3f}, recall {recall:.3f} "
          f"over {len(pairs)} pairs ({len(same_gold)} same-happening)")
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


# Measured when the sample was labelled (22 mentions, 231 pairs, 64 of one happening):
# precision 0.889, recall 0.375. Grown to 57 mentions of 15 happenings (1,596 pairs, 210 of one
# happening: the Kramatorsk station strike, the Mariupol theatre bombing, the announcement of
# mobilization, strikes on Kramatorsk on other days), read from the texts, not from our events.
# The code before those changes measured precision 0.923, recall 0.171 on it; with undated
# reports held to their own day, countries no place of their own, general modes ("attacked")
# joining specific ones at the same place or between the same parties, the addresses split
# into real sentences and "talks between A and B" read as A and B: precision 0.938, recall
# 0.362 (the Istanbul talks event also took in one-sided Ukrainian meetings of the day). With
# a one-party report meeting a two-party one only on a date of its own, the place or a
# once-only happening, one side meeting itself kept apart, and names after "in"/"around" no
# parties: precision 1.000, recall 0.362. Recall is the known weak side: reports of one
# happening published on later days without a date of their own (the theatre: 13 mentions in
# 12 events), which only "the invasion" refers back across.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.30
