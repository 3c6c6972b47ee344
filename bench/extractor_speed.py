"""The extractor's throughput beside dateparser and Recognizers-Text, on the same texts.

Ours is conflict_timeline.events.extract_events (temporal tagging, actors, places, events,
dating); the peers only find dates (bench/peer_*.py adapters), so the ratio says how much
slower or faster our whole extraction is than their date search alone.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from conflict_timeline.events import extract_events
from conflict_timeline.ingest import Article

from .pipeline_corpus import picked
from .taggers import peers

Call = Callable[[Article], Any]


def head(text: str, budget: int) -> str:
    """The text up to the last space within `budget` characters (slow peers, long texts)."""
    if len(text) <= budget:
        return text
    cut = text.rfind(" ", 0, budget + 1)
    return text[: cut if cut > 0 else budget]


def _pass(call: Call, articles: Sequence[Article]) -> tuple[float, int]:
    errors = 0
    began = time.perf_counter()
    for a in articles:
        try:
            call(a)
        except Exception:  # noqa: BLE001 - a peer failing on one text must not stop the run
            errors += 1
    return time.perf_counter() - began, errors


def throughput(call: Call, articles: Sequence[Article], repeats: int) -> dict:
    """Median of `repeats` timed passes after a warm-up call (lazy loading, caches)."""
    _pass(call, articles[:1])
    runs = [_pass(call, articles) for _ in range(repeats)]
    seconds = statistics.median(r[0] for r in runs)
    chars = sum(len(a.text) for a in articles)
    return {"texts": len(articles), "chars": chars, "seconds": seconds,
            "runs_s": [r[0] for r in runs], "errors": runs[0][1],
            "chars_per_s": chars / seconds if seconds else None,
            "articles_per_s": len(articles) / seconds if seconds else None}


def _ours(a: Article) -> Any:
    return extract_events(a.text, a.published, source=a.source, title=a.title)


def _peer(run: Callable[..., Any]) -> Call:
    return lambda a: run(a.text, a.published, False)


# Issue 4's unit: articles of about 5,000 characters (its aim: 200 of them per second).
SIZED_CHARS = (4_000, 6_000)
SIZED_UNIT = 5_000


def sized(articles: Iterable[Article], want: int) -> list[Article]:
    """Up to `want` of the articles whose length lies within SIZED_CHARS, spread evenly over
    them (the sources come one after the other)."""
    low, high = SIZED_CHARS
    fit = [a for a in articles if low <= len(a.text) <= high]
    return [a for j, a in enumerate(fit) if picked(j, min(want, len(fit)), len(fit))]


def run(articles: Sequence[Article], peer_texts: int, peer_chars: int, repeats: int = 3,
        sized_articles: Sequence[Article] = ()) -> dict:
    """Ours on whole articles and on articles of about 5,000 characters; ours and each peer
    on the same `peer_texts` heads."""
    whole = throughput(_ours, articles, repeats)
    near_unit = throughput(_ours, sized_articles, repeats) if sized_articles else None
    if near_unit and near_unit["chars_per_s"]:
        near_unit["unit_articles_per_s"] = near_unit["chars_per_s"] / SIZED_UNIT
    chosen = [a for j, a in enumerate(articles) if picked(j, min(peer_texts, len(articles)),
                                                          len(articles))]
    heads = [replace(a, text=head(a.text, peer_chars)) for a in chosen]
    rows = {"ours": throughput(_ours, heads, repeats)}
    found, missing = peers()
    for tagger in found:
        began = time.perf_counter()
        rows[tagger.name] = throughput(_peer(tagger.run), heads, 1)  # slow: one pass
        print(f"extractor speed: {tagger.name} on {len(heads)} texts: "
              f"{time.perf_counter() - began:.0f} s", file=sys.stderr)
    ours = rows["ours"]["chars_per_s"]
    ratios = {name: ours / row["chars_per_s"] for name, row in rows.items()
              if name != "ours" and ours and row["chars_per_s"]}
    return {"ours_whole_articles": whole, "ours_sized_articles": near_unit,
            "sized_chars": list(SIZED_CHARS), "same_texts": rows, "ours_x": ratios,
            "peer_texts": len(heads), "peer_chars_cap": peer_chars, "peers_missing": missing}
