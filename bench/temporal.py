"""The temporal-tagger stage: ours against dateparser and Recognizers-Text on TBAQ/WikiWars."""

from __future__ import annotations

import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from conflict_timeline.temporal.scoring import evaluate

from .corpus import CORPORA, Doc, first_chars, load, n_chars, subset
from .measure import measure, peak_kib
from .taggers import Tagger, ours, peers

TARGETS = {"date_relaxed_f1": 0.95, "date_value_f1": 0.91, "all_value_f1": 0.82,
           "chars_per_s": 1_000_000}
# Quoted from issue 3 and the corpus README for context; not measured by this benchmark.
REFERENCE = {
    "source": "quoted, not measured here",
    "heideltime_te3_platinum": {"date_relaxed_f1": 0.926, "date_value_f1": 0.884,
                                "all_value_f1": 0.781, "chars_per_s": 600},
    "heideltime_wikiwars_narrative_date_value_f1": 0.863,
}


@dataclass(frozen=True, slots=True)
class Plan:
    # Per corpus: (how, chars) of corpus.subset, for the three taggers side by side.
    peers: dict[str, tuple[str, int]]
    ours: dict[str, tuple[str, int]]  # the same for ours alone
    repeats: int  # timed passes of ours
    memory_chars: int  # sample for the (untimed) tracemalloc pass


def headline(scores: dict) -> dict:
    """The figures the table shows, from an ``evaluate`` result."""
    return {"date_relaxed_f1": scores["DATE"]["relaxed_f1"],
            "date_value_f1": scores["DATE"]["value_f1"],
            "all_value_f1": scores["overall"]["value_f1"],
            "all_relaxed_f1": scores["overall"]["relaxed_f1"],
            "all_strict_f1": scores["overall"]["strict_f1"],
            "type_acc": scores["overall"]["type_acc"]}


def _entry(corpus: str, tagger: Tagger, docs: list[Doc], narrative: bool, plan: Plan) -> dict:
    began = time.perf_counter()
    res = measure(tagger, docs, narrative)
    pred = res.pop("pred")
    res["scores"] = evaluate([d.gold() for d in docs], pred)
    res.update(headline(res["scores"]))
    res["peak_kib"] = peak_kib(tagger, first_chars(docs, plan.memory_chars), narrative)
    print(f"{corpus}: {tagger.name} on {len(docs)} docs, {n_chars(docs):,} chars: "
          f"{time.perf_counter() - began:.0f} s", file=sys.stderr)  # progress of a long run
    return res


def _ratios(rows: dict) -> dict:
    base = rows["ours"]
    out = {}
    for name, row in rows.items():
        if name == "ours":
            continue
        cps = row["chars_per_s"]
        out[name] = {"throughput_x": base["chars_per_s"] / cps if cps else None}
        for key in ("date_relaxed_f1", "date_value_f1", "all_value_f1"):
            out[name][f"{key}_diff"] = base[key] - row[key]
    return out


def run(corpora_dir: Path, plan: Plan) -> dict:
    """Every figure of the stage, JSON-ready."""
    peer_taggers, missing = peers()
    corpora = {}
    for name, narrative in CORPORA.items():
        docs = load(corpora_dir / f"{name}.jsonl")
        sub, rule = subset(docs, *plan.peers[name])
        rows = {t.name: _entry(name, t, sub, narrative, plan)
                for t in [ours(plan.repeats), *peer_taggers]}
        full, full_rule = subset(docs, *plan.ours[name])
        corpora[name] = {
            "narrative": narrative,
            "subset": {"rule": rule, "docs": len(sub), "of_docs": len(docs),
                       "chars": n_chars(sub), "of_chars": n_chars(docs),
                       "doc_ids": [d.doc_id for d in sub]},
            "ours_full_rule": full_rule,
            "compared": rows,
            # Ours is measured once when its set is the peers' set (the same figures twice).
            "ours_full": rows["ours"] if [d.doc_id for d in full] == [d.doc_id for d in sub]
            else _entry(name, ours(plan.repeats), full, narrative, plan),
            "ratios": _ratios(rows),
        }
    return {"plan": asdict(plan), "peers_missing": missing, "targets": TARGETS,
            "reference": REFERENCE, "corpora": corpora}
