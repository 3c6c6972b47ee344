"""``python -m bench pipeline``: options, the run, the report, the JSON and the comparison."""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from pathlib import Path

from . import pipeline, pipeline_report, results
from .corpus import REPO
from .pipeline_corpus import SHARED_CORPUS, SOURCES

SIZES_ENV = "BENCH_SIZES"
# --quick: a smoke run of the whole harness in about a minute.
# Its history is squeezed into 10 days: Dagster's cost grows with the number of daily partitions
# (test_bench_cli runs it under a 300 s timeout, on a busy machine too).
QUICK = {"sizes": "200", "day_articles": 20, "ours_texts": 50, "peer_texts": 10,
         "history_days": 10, "parallel_repeats": 1,
         "day_repeats": 1}


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("pipeline part")
    g.add_argument("--sizes", help=f"corpus sizes, e.g. 1k,10k (default ${SIZES_ENV}, else "
                   "1k,10k,100k; --quick: 200)")
    g.add_argument("--day-articles", type=int, help="articles of the one-more-day run (300)")
    g.add_argument("--ours-texts", type=int, help="whole articles for our throughput (1000)")
    g.add_argument("--peer-texts", type=int, help="texts for ours beside the peers (200)")
    g.add_argument("--parallel-size", help="corpus size to measure 1 vs 2 extraction processes "
                   "on (default: the size nearest 10k; 0: skip)")
    g.add_argument("--parallel-repeats", type=int, help="times one run and two runs alternate "
                   "for the speed-up; each figure is the best (5; --quick: 1)")
    g.add_argument("--day-repeats", type=int, help="times the one-more-day run starts from the "
                   "same history; the figure is the best (3; --quick: 1)")
    g.add_argument("--history-days", type=int, help="squeeze the publication dates into this "
                   "many days (tests: Dagster's cost grows with the number of days)")
    g.add_argument("--pipeline-output", type=Path, help="results JSON (default "
                   ".bench/pipeline.json and .bench/pipeline-<UTC>.json)")
    g.add_argument("--workdir", type=Path, help="where the data folders go (default a fresh "
                   "folder under .bench/, removed afterwards)")
    g.add_argument("--keep-data", action="store_true", help="keep each size's data folder")
    g.add_argument("--shared-corpus", type=Path, default=SHARED_CORPUS,
                   help="folder with the shared corpus CSVs")


def _pick(value: object, quick: bool, key: str, default: object) -> object:
    if value is not None:
        return value
    return QUICK[key] if quick else default


def _parallel_size(value: str | None, default: int) -> int:
    if value is None:
        return default
    return 0 if value.strip() == "0" else pipeline.parse_sizes(value)[0]


def options(args: argparse.Namespace) -> pipeline.Options:
    """Options from the command line (raises ValueError on a bad --sizes)."""
    spec = args.sizes or os.environ.get(SIZES_ENV) or (QUICK["sizes"] if args.quick else "")
    d = pipeline.Options()
    return pipeline.Options(
        sizes=pipeline.parse_sizes(spec) if spec else d.sizes,
        day_articles=_pick(args.day_articles, args.quick, "day_articles", d.day_articles),
        ours_texts=_pick(args.ours_texts, args.quick, "ours_texts", d.ours_texts),
        peer_texts=_pick(args.peer_texts, args.quick, "peer_texts", d.peer_texts),
        history_days=_pick(args.history_days, args.quick, "history_days", d.history_days),
        parallel_size=_parallel_size(args.parallel_size, d.parallel_size),
        parallel_repeats=_pick(args.parallel_repeats, args.quick, "parallel_repeats",
                               d.parallel_repeats),
        day_repeats=_pick(args.day_repeats, args.quick, "day_repeats", d.day_repeats),
        workdir=args.workdir, keep_data=args.keep_data,
        corpus=args.shared_corpus)


def missing_inputs(args: argparse.Namespace) -> str | None:
    """One line on what is missing to run this part, or None."""
    absent = [n for n in SOURCES if not (args.shared_corpus / n).is_file()]
    if absent:
        return f"bench: shared corpus files missing in {args.shared_corpus}: {', '.join(absent)}"
    return None


def _git_dirty() -> bool | None:
    """Whether the work tree differs from the commit (figures then belong to no commit)."""
    try:
        out = subprocess.run(["git", "status", "--porcelain"], cwd=REPO, text=True,
                             capture_output=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return bool(out.stdout.strip())


def main(args: argparse.Namespace) -> int:
    opts = options(args)
    began = time.perf_counter()
    res = {"schema": 1, "kind": "pipeline", "created_utc": results.utc_stamp(),
           "quick": args.quick, **pipeline.run(opts)}
    res["elapsed_s"] = time.perf_counter() - began
    res["machine"] = {**results.machine_info(), "git_dirty": _git_dirty()}
    print(pipeline_report.report(res))
    print(f"\npipeline benchmark took {res['elapsed_s']:.0f} s")
    latest = results.BENCH_DIR / ("pipeline-quick.json" if args.quick else "pipeline.json")
    path = args.pipeline_output or latest
    previous = results.read(path)
    if previous:
        print(pipeline_report.compare_report(previous, res))
    results.write(res, path)
    if args.pipeline_output is None:
        results.write(res, results.BENCH_DIR / f"pipeline-{res['created_utc']}.json")
    print(f"pipeline results: {path}")
    # The figures are written either way; a failed run still makes the command fail.
    failed = [p["problem"] for s in res["sizes"].values() for p in (s["full"], s["day"])
              if p["problem"]]
    return 1 if failed else 0
