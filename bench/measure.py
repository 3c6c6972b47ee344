"""Run a tagger over documents: throughput on one core, errors, peak memory, outputs.

Timing uses time.perf_counter around the library calls alone, after a warm-up call
(lazy loading, caches). tracemalloc slows Python code several-fold, so memory is measured
in a separate, untimed pass over a small sample.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from typing import Any

from .corpus import Doc, n_chars
from .taggers import Tagger

_MAX_EXAMPLES = 3


def _pass(tagger: Tagger, docs: list[Doc], narrative: bool) -> tuple[float, list, list[str]]:
    outputs: list[Any] = []
    errors: list[str] = []
    start = time.perf_counter()
    for d in docs:
        try:
            outputs.append(tagger.run(d.text, d.dct, narrative))
        except Exception as exc:  # a peer failing on one document must not stop the run
            outputs.append(None)
            errors.append(f"{d.doc_id}: {type(exc).__name__}: {exc}"[:200])
    return time.perf_counter() - start, outputs, errors


def peak_kib(tagger: Tagger, docs: list[Doc], narrative: bool) -> float:
    """Peak Python heap allocated while tagging ``docs`` (tracemalloc), in KiB."""
    tracemalloc.start()
    try:
        _pass(tagger, docs, narrative)
        return tracemalloc.get_traced_memory()[1] / 1024
    finally:
        tracemalloc.stop()


def measure(tagger: Tagger, docs: list[Doc], narrative: bool) -> dict:
    """Timed passes (median counts) and the first pass's Timex dicts per document."""
    _pass(tagger, docs[:1], narrative)  # warm-up
    runs, outputs, errors = [], [], []
    for i in range(tagger.repeats):
        seconds, outs, errs = _pass(tagger, docs, narrative)
        runs.append(seconds)
        if i == 0:
            outputs, errors = outs, errs
    pred, dropped, inner = [], 0, []
    for d, raw in zip(docs, outputs, strict=True):
        if raw is not None and tagger.inner_errors is not None:
            inner += [f"{d.doc_id}: {e}" for e in tagger.inner_errors(raw)]
        try:
            timexes = tagger.convert(d.text, raw, d.dct) if raw is not None else []
            dropped += max(0, tagger.found(raw) - len(timexes))
        except Exception as exc:
            timexes = []
            errors.append(f"{d.doc_id}: convert: {type(exc).__name__}: {exc}"[:200])
        pred.append({"doc_id": d.doc_id, "timexes": timexes})
    seconds = statistics.median(runs)
    chars = n_chars(docs)
    return {"docs": len(docs), "chars": chars, "runs_s": runs, "seconds": seconds,
            "chars_per_s": chars / seconds if seconds > 0 else None, "errors": len(errors),
            "error_examples": errors[:_MAX_EXAMPLES], "inner_errors": len(inner),
            "inner_error_examples": inner[:_MAX_EXAMPLES], "dropped": dropped, "pred": pred}
