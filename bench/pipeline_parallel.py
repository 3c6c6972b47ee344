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


def _best(values: list[float | None]) -> float | None:
    found = [v for v in values if v]
    return min(found) if found else None


def _ratio(one: float | None, two: float | None) -> float | None:
    return one / two if one and two else None


def measure(home: Path, chars_by_day: Mapping[dt.date, int], repeats: int = 5) -> dict:
    """Speed-up of the shard map from 1 to 2 concurrent runs, or why it was not measured.
    One run and two runs alternate `repeats` times; each figure is the best of its repeats
    (a shared machine only ever slows a pass down), and the machine's own ceiling for two
    processes is measured beside them."""
    from . import cpu_ceiling
    from .pipeline_child import has_asset  # imports dagster: only when this part runs

    if not has_asset(SHARD_ASSET, str(home)):
        return {"measured": False, "reason": f"no {SHARD_ASSET} asset"}
    parts = halves(chars_by_day)
    if len(parts) < 2:
        return {"measured": False, "reason": "a single publication day cannot be split"}
    first, last = parts[0][0], parts[-1][1]
    passes: list[dict] = []
    for r in range(repeats):
        one_wall, one = run_passes([_pass(home, f"shards-one-{r}", first, last)])
        two_wall, two = run_passes([_pass(home, f"shards-half{i}-{r}", a, b)
                                    for i, (a, b) in enumerate(parts, 1)])
        problems = _problems(one) + _problems(two)
        if problems:
            return {"measured": False, "reason": "; ".join(problems)}
        passes.append({
            "one_run": {"wall_s": one_wall, "steps_span_s": _span(one),
                        "compute_s": _compute(one[0]), "peak_rss_mb": one[0]["max_rss_kib"] / 1024},
            "two_runs": {"wall_s": two_wall, "steps_span_s": _span(two),
                         "compute_s": max(_compute(c) for c in two),
                         "compute_each_s": [_compute(c) for c in two],
                         "peak_rss_mb": [c["max_rss_kib"] / 1024 for c in two]},
        })
    best = {side: {key: _best([p[side][key] for p in passes])
                   for key in ("wall_s", "steps_span_s", "compute_s")}
            for side in ("one_run", "two_runs")}
    one, two = best["one_run"], best["two_runs"]
    return {
        "measured": True, "asset": SHARD_ASSET, "repeats": repeats,
        "ranges": [[a.isoformat(), b.isoformat()] for a, b in parts],
        "passes": passes, "one_run": one, "two_runs": two,
        # Our extraction code inside the steps: what the two processes share out.
        "speedup": _ratio(one["compute_s"], two["compute_s"]),
        "speedup_basis": "extraction steps' own time (until their output), best of the repeats",
        # With Dagster recording one materialization per day into one SQLite file, which the
        # two runs take turns at; and with process start-up too.
        "speedup_span": _ratio(one["steps_span_s"], two["steps_span_s"]),
        "speedup_wall": _ratio(one["wall_s"], two["wall_s"]),
        # Each repeat's own ratio: how far the machine's neighbours moved it.
        "speedup_each": [_ratio(p["one_run"]["compute_s"], p["two_runs"]["compute_s"])
                         for p in passes],
        "machine_ceiling": cpu_ceiling.measure(),
    }
