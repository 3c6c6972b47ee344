"""One pipeline pass in a fresh interpreter, so that its peak RSS is the pipeline's own.

``python -m bench.pipeline_child refresh --phase P --out F`` does what ``make run`` does
(pipelines.run.refresh: ingest, extract the pending days, publish) on $CONFLICT_TIMELINE_HOME;
``shards --start D --end D`` materializes only the extraction map (mention_shards) for a range
of publication days. Either writes F: wall time, peak RSS, the runs' step timings from
Dagster's event log, and row counts of the warehouse.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import sys
import time
import warnings
from pathlib import Path

import duckdb
from dagster import AssetKey, DagsterInstance

from conflict_timeline.home import data_home
from pipelines.definitions import build_definitions
from pipelines.run import HOST_TAG, PID_TAG, QUIET, refresh
from pipelines.sensors import RANGE_END, RANGE_START

from .pipeline_log import PHASE_TAG, phase_runs

SHARD_ASSET = "mention_shards"
# Counted when present (a renamed table is simply not counted).
TABLES = ("articles", "rejected_articles", "article_extractions", "event_mentions", "events")


def has_asset(name: str, root: str | None = None) -> bool:
    """Whether the project's Definitions have this asset (the shard map is new)."""
    keys = build_definitions(root).resolve_asset_graph().get_all_asset_keys()
    return AssetKey(name) in keys


def run_shards(instance: DagsterInstance, tags: dict[str, str], start: str, end: str) -> str | None:
    """Materialize mention_shards for [start, end]; None on success, else what failed."""
    if not has_asset(SHARD_ASSET):
        return f"no {SHARD_ASSET} asset"
    defs, key = build_definitions(), AssetKey(SHARD_ASSET)
    # The implicit asset job: the harness does not depend on how jobs are named.
    job = defs.resolve_implicit_job_def_def_for_assets([key])
    if job is None:
        return f"no job can materialize {SHARD_ASSET}"
    result = job.execute_in_process(
        instance=instance, tags={**tags, RANGE_START: start, RANGE_END: end},
        asset_selection=[key], raise_on_error=False, run_config=QUIET)
    return None if result.success else f"{SHARD_ASSET} run failed"


def counts(warehouse: Path) -> dict[str, int]:
    """Rows per table of the pipeline's warehouse (opened read-only after the runs)."""
    if not warehouse.is_file():
        return {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        found = con.execute("select table_name from duckdb_tables()").fetchall()
        present = {row[0] for row in found}
        # Table names come from TABLES above, never from input.
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in TABLES if t in present}


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.pipeline_child")
    p.add_argument("mode", choices=("refresh", "shards"))
    p.add_argument("--phase", required=True, help="tag value that groups this pass's runs")
    p.add_argument("--out", type=Path, required=True, help="JSON file to write")
    p.add_argument("--start", help="first publication day (shards)")
    p.add_argument("--end", help="last publication day, inclusive (shards)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    warnings.filterwarnings("ignore", module="dagster")  # as make run: preview notices
    tags = {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname(), PHASE_TAG: args.phase}
    began = time.perf_counter()
    with DagsterInstance.get() as instance:
        if args.mode == "refresh":
            problem = refresh(None, instance, tags, quiet=True)
        else:
            problem = run_shards(instance, tags, args.start, args.end)
        wall = time.perf_counter() - began
        runs = phase_runs(instance, args.phase)
    out = {"mode": args.mode, "phase": args.phase, "wall_s": wall, "problem": problem,
           "runs": runs, "counts": counts(data_home().warehouse) if args.mode == "refresh" else {},
           # This process only (Linux: KiB). Chromium, which renders the timeline picture in a
           # child process, is not counted: it is not the pipeline's memory.
           "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    args.out.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0 if problem is None else 1


if __name__ == "__main__":
    sys.exit(main())
