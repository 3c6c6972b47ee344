"""``python -m bench [--quick] [--output PATH]``: run the benchmarks, print, save JSON."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import compare, report, results, temporal
from .corpus import CORPORA, CORPORA_DIR

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
    p.add_argument("--quick", action="store_true", help="small subset, a ~30 s smoke run")
    p.add_argument("--output", type=Path, help="results JSON (default .bench/results-<UTC>.json"
                   " and .bench/latest.json)")
    p.add_argument("--corpora", type=Path, default=CORPORA_DIR, help="annotated corpora dir")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    missing = [n for n in CORPORA if not (args.corpora / f"{n}.jsonl").is_file()]
    if missing:
        print(f"bench: annotated corpora missing in {args.corpora}: {', '.join(missing)}")
        return 2
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


if __name__ == "__main__":
    sys.exit(main())
