"""Extraction speed-up from one process to two: the shard map over all days in one run, then
the same days split in two halves as two concurrent runs (one child process each)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from .pipeline_phase import Pass, run_passes

SHARD_ASSET = "mention_shards"


def halves(chars_by_day: Mapping[dt.date, int]) -> list[tuple[dt.date, dt.date]]:
    """Two ranges of publication days holding about half of the text each."""
    days = sorted(chars_by_day)
    total, acc = sum(chars_by_day.values()), 0
    for i, day in enumerate(days[:-1]):
        acc += chars_by_day[day]
        if 2 * acc >= total:
            return [(days[0], day), (days[i + 1], days[-1])]
    return [(days[0], days[-1])]  # one day: nothing to split


def _span(children: list[dict]) -> float | None:
    """First step start to last step end over all the children's runs (Dagster's log)."""
    steps = [s for c in children for r in c["runs"] for s in r["steps"].values()
             if s["start"] and s["end"]]
    if not steps:
        return None
    return max(s["end"] for s in steps) - min(s["start"] for s in steps)


def _compute(child: dict) -> float:
    """Seconds inside the steps until their first output: the map itself, without Dagster
    recording one materialization per partition afterwards."""
    return sum(s["compute_s"] or 0.0 for r in child["runs"] for s in r["steps"].values())


def _pass(home: Path, phase: str, first: dt.date, last: dt.date) -> Pass:
    return Pass(home, phase, ("shards", "--start", first.isoformat(), "--end", last.isoformat()))


def _problems(children: list[dict]) -> list[str]:
    return [c["problem"] for c in children if c.get("problem")]


def measure(home: Path, chars_by_day: Mapping[dt.date, int]) -> dict:
    """Speed-up of the shard map from 1 to 2 concurrent runs, or why it was not measured."""
    from .pipeline_child import has_asset  # imports dagster: only when this part runs

    if not has_asset(SHARD_ASSET, str(home)):
        return {"measured": False, "reason": f"no {SHARD_ASSET} asset"}
    parts = halves(chars_by_day)
    if len(parts) < 2:
        return {"measured": False, "reason": "a single publication day cannot be split"}
    first, last = parts[0][0], parts[-1][1]
    one_wall, one = run_passes([_pass(home, "shards-one", first, last)])
    two_wall, two = run_passes([_pass(home, f"shards-half{i}", a, b)
                                for i, (a, b) in enumerate(parts, 1)])
    problems = _problems(one) + _problems(two)
    if problems:
        return {"measured": False, "reason": "; ".join(problems)}
    one_span, two_span = _span(one), _span(two)
    one_compute, two_compute = _compute(one[0]), max(_compute(c) for c in two)
    return {
        "measured": True, "asset": SHARD_ASSET,
        "ranges": [[a.isoformat(), b.isoformat()] for a, b in parts],
        "one_run": {"wall_s": one_wall, "steps_span_s": one_span, "compute_s": one_compute,
                    "peak_rss_mb": one[0]["max_rss_kib"] / 1024},
        "two_runs": {"wall_s": two_wall, "steps_span_s": two_span, "compute_s": two_compute,
                     "peak_rss_mb": [c["max_rss_kib"] / 1024 for c in two]},
        # The steps' span leaves out interpreter start-up, which both sides pay once anyway.
        "speedup": one_span / two_span if one_span and two_span else None,
        "speedup_wall": one_wall / two_wall if two_wall else None,
        "speedup_compute": one_compute / two_compute if two_compute else None,
    }
