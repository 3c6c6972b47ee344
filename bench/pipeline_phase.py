"""Run pipeline passes in child processes and sum up their Dagster step timings."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .corpus import REPO

_LOG_TAIL = 1500  # characters of a failed child's log worth printing
_OURS = "CONFLICT_TIMELINE_"
_MAPPED = re.compile(r"\[[^\]]*\]$")


@dataclass(frozen=True, slots=True)
class Pass:
    """One child's command line and where it writes its figures and its log."""

    home: Path
    phase: str
    args: tuple[str, ...]

    @property
    def out(self) -> Path:
        return self.home / f"bench-{self.phase}.json"

    @property
    def log(self) -> Path:
        return self.home / f"bench-{self.phase}.log"


def child_env(home: Path) -> dict[str, str]:
    """The embedded default set-up on `home`: the caller's CONFLICT_TIMELINE_* settings (shards
    or a lake elsewhere, another executor) are dropped, so runs are comparable and every file
    the benchmark writes stays in `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_OURS)}
    return {**env, "CONFLICT_TIMELINE_HOME": str(home), "DAGSTER_HOME": str(home / "dagster"),
            "PYTHONPATH": str(REPO)}


def run_passes(passes: list[Pass]) -> tuple[float, list[dict]]:
    """Start every pass at once, wait for all; (wall seconds, each child's figures)."""
    began, load = time.perf_counter(), os.getloadavg()[0]
    procs = []
    for p in passes:
        p.out.unlink(missing_ok=True)
        with p.log.open("w", encoding="utf-8") as log:
            cmd = [sys.executable, "-m", "bench.pipeline_child", *p.args, "--phase", p.phase,
                   "--out", str(p.out)]
            procs.append(subprocess.Popen(cmd, cwd=REPO, env=child_env(p.home), stdout=log,
                                          stderr=subprocess.STDOUT))
    codes = [proc.wait() for proc in procs]
    wall = time.perf_counter() - began
    # The machine is shared: the load around a pass says how far to trust its timings.
    loads = [load, os.getloadavg()[0]]
    return wall, [{**_read(p, code, wall), "load_avg_1m": loads}
                  for p, code in zip(passes, codes, strict=True)]


def _read(p: Pass, code: int, wall: float) -> dict:
    try:
        res = json.loads(p.out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        tail = p.log.read_text(encoding="utf-8", errors="replace")[-_LOG_TAIL:]
        res = {"wall_s": None, "runs": [], "counts": {},
               "problem": f"child exited with status {code} without figures; log tail:\n{tail}"}
    res["process_wall_s"] = wall
    return res


def step_name(key: str) -> str:
    """A step key with its dynamic mapping key as [*]: extract_days[20240225_20240226] and its
    siblings are one line, however many chunks the run fanned out to."""
    return _MAPPED.sub("[*]", key)


def _steps(runs: list[dict]) -> dict[str, dict]:
    """Seconds per step name, summed over the runs (and mapped copies), in order of start."""
    out: dict[str, dict] = {}
    ordered = sorted(((s["start"] or float("inf"), key, s) for run in runs
                      for key, s in run["steps"].items()), key=lambda t: t[0])
    for _, key, step in ordered:
        # "order" survives the JSON file's sorted keys: steps print in the order they ran.
        agg = out.setdefault(step_name(key), {
            "seconds": 0.0, "compute_s": 0.0, "materializations": 0, "count": 0,
            "status": step["status"], "order": len(out)})
        agg["seconds"] += step["seconds"] or 0.0
        agg["compute_s"] += step["compute_s"] or 0.0
        agg["materializations"] += step["materializations"]
        agg["count"] += 1
        if step["status"] != "success":
            agg["status"] = step["status"]
    return out


# The analysts' snapshot: its cost grows with history by design, so it is reported apart from
# the day's own work (ingest, extract, load, events, timelines).
PUBLISH_JOB = "publish_job"


def _work(runs: list[dict]) -> float:
    return sum(s["seconds"] or 0.0 for r in runs for s in r["steps"].values())


def _busy(run: dict) -> float:
    """Seconds in which at least one step of the run was running: steps of a run run side by
    side (two extraction lanes), so their sum can exceed the run's own time."""
    spans = sorted((s["start"], s["start"] + (s["seconds"] or 0.0))
                   for s in run["steps"].values() if s["start"] is not None)
    total, reach = 0.0, float("-inf")
    for start, end in spans:
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total


def _first_step(run: dict) -> float | None:
    return min((s["start"] for s in run["steps"].values() if s["start"]), default=None)


def summarize(child: dict, articles: int) -> dict:
    """The pass's figures: wall, Dagster's share, per-step seconds and articles/s, memory."""
    runs = [r for r in child["runs"] if r["start"] is not None]
    steps = _steps(runs)
    work = sum(s["seconds"] for s in steps.values())
    compute = sum(s["compute_s"] for s in steps.values())
    in_runs = sum((r["end"] or r["start"]) - r["start"] for r in runs)
    creation = sum(r["start"] - r["created"] for r in runs if r["created"] is not None)
    startup = sum(f - r["start"] for r, f in ((r, _first_step(r)) for r in runs) if f)
    wall, process = child.get("wall_s"), child["process_wall_s"]
    for s in steps.values():
        s["share"] = s["seconds"] / work if work else None
        s["articles_per_s"] = articles / s["seconds"] if s["seconds"] else None
    return {
        "articles": articles, "problem": child.get("problem"), "process_wall_s": process,
        "wall_s": wall, "articles_per_s": articles / process if process else None,
        # Interpreter start, imports (dagster, the project), reading the log back, exit.
        "process_overhead_s": process - wall if wall is not None else None,
        # STEP_START to STEP_SUCCESS, summed: the pipeline's work as Dagster times it...
        "step_work_s": work if steps else None,
        # ...split: the day's own jobs, and the publish (copy + search index of everything).
        "day_work_s": _work([r for r in runs if r["job"] != PUBLISH_JOB]) if steps else None,
        "publish_work_s": _work([r for r in runs if r["job"] == PUBLISH_JOB]) if steps else None,
        # ...of which our code (to the step's first output) and Dagster recording the outputs.
        "step_compute_s": compute, "step_recording_s": work - compute,
        # Before RUN_START: the run's creation (a planned event per asset partition).
        "run_creation_s": creation,
        # RUN_START to the first STEP_START: Dagster's start-up inside each run.
        "dagster_startup_s": startup,
        # Run time in which no step ran (parallel steps are counted once).
        "dagster_in_run_overhead_s": in_runs - sum(_busy(r) for r in runs) - startup,
        "outside_runs_s": wall - in_runs - creation if wall is not None else None,
        "runs": [{"job": r["job"], "status": r["status"], "seconds": (r["end"] or r["start"])
                  - r["start"], "failed_checks": r["failed_checks"]} for r in runs],
        "steps": steps, "counts": child.get("counts", {}),
        "peak_rss_mb": _mb(child.get("max_rss_kib")),
        "load_avg_1m": child.get("load_avg_1m"),
    }


def _mb(kib: int | None) -> float | None:
    return kib / 1024 if kib else None
