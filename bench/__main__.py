"""``python -m bench [pipeline] [temporal] [--quick] ...``: run the benchmarks, print, save JSON.

With no part named, both run: the temporal tagger beside its peers, then the whole pipeline
on growing corpora (``bench/pipeline.py``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import compare, pipeline_cli, report, results, temporal
from .corpus import CORPORA, CORPORA_DIR

PARTS = ("temporal", "pipeline")
# Recognizers-Text manages ~4k chars/s on TBAQ's short articles but slows down on long texts
# (WikiWars' 57k-char WW1 article: ~100 chars/s), so the full run gives the peers all of TBAQ
# and the first 10,000 characters of each WikiWars article (~5 min in all); ours also runs on
# the whole corpora, median of 3 passes. Quick: a smoke run of a few seconds.
FULL = temporal.Plan(peers={"tbaq": ("all", 0), "wikiwars": ("heads", 10_000)},
                     ours={"tbaq": ("all", 0), "wikiwars": ("all", 0)},
                     repeats=3, memory_chars=5_000)
QUICK = temporal.Plan(peers={"tbaq": ("first", 2_500), "wikiwars": ("first", 2_500)},
                      ours={"tbaq": ("first", 20_000), "wikiwars": ("first", 20_000)},
                      repeats=1, memory_chars=1_000)


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("parts", nargs="*", metavar="PART", help=f"{' and/or '.join(PARTS)} "
                   "(default: both)")
    p.add_argument("--quick", action="store_true", help="small subsets, a smoke run")
    g = p.add_argument_group("temporal part")
    g.add_argument("--output", type=Path, help="results JSON (default .bench/results-<UTC>.json"
                   " and .bench/latest.json)")
    g.add_argument("--corpora", type=Path, default=CORPORA_DIR, help="annotated corpora dir")
    pipeline_cli.add_arguments(p)
    args = p.parse_args(argv)
    unknown = [part for part in args.parts if part not in PARTS]
    if unknown:
        p.error(f"unknown part(s) {', '.join(unknown)}: choose from {', '.join(PARTS)}")
    args.parts = [part for part in PARTS if part in args.parts] or list(PARTS)
    return args


def run_temporal(args: argparse.Namespace) -> int:
    plan = QUICK if args.quick else FULL
    began = time.perf_counter()
    res = {"schema": 1, "created_utc": results.utc_stamp(), "quick": args.quick,
           "temporal": temporal.run(args.corpora, plan)}
    res["elapsed_s"] = time.perf_counter() - began
    res["machine"] = results.machine_info()  # after the run: max RSS covers it
    print(report.stage_report(res["temporal"]))
    print(f"\nbenchmark took {res['elapsed_s']:.0f} s; one process, one thread")
    # Quick and full runs measure different documents: each compares with its own kind.
    latest = results.BENCH_DIR / ("latest-quick.json" if args.quick else "latest.json")
    previous = results.read(latest)
    if previous:
        print(compare.report(previous, res))
    path = args.output or results.BENCH_DIR / f"results-{res['created_utc']}.json"
    results.write(res, path)
    if args.output is None:
        results.write(res, latest)
    print(f"results: {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    # Check every part's inputs first: a missing file should not surface after an hour.
    if "temporal" in args.parts:
        missing = [n for n in CORPORA if not (args.corpora / f"{n}.jsonl").is_file()]
        if missing:
            print(f"bench: annotated corpora missing in {args.corpora}: {', '.join(missing)}")
            return 2
    if "pipeline" in args.parts:
        problem = pipeline_cli.missing_inputs(args)
        try:
            pipeline_cli.options(args)
        except ValueError as exc:
            problem = problem or f"bench: {exc}"
        if problem:
            print(problem)
            return 2
    codes = []
    if "temporal" in args.parts:
        codes.append(run_temporal(args))
    if "pipeline" in args.parts:
        if codes:
            print()
        codes.append(pipeline_cli.main(args))
    return max(codes)


if __name__ == "__main__":
    sys.exit(main())
