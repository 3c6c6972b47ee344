"""The pipeline benchmark (issue 7): the whole Dagster pipeline on 1k, 10k and 100k articles.

Per size, in a fresh data folder: write the corpus to the inbox as a user's JSONL files, run
`make run`'s refresh in a child process (full materialization), then add one more publication
day and run it again (the daily cost, best of a few runs from the same history). On the size
nearest 10k, the extraction map is also run as one process and as two. Last, the extractor's
throughput beside the date-finding peers.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import extractor_speed, pipeline_day, pipeline_parallel, results
from .corpus import REPO
from .pipeline_corpus import (
    SHARED_CORPUS,
    Base,
    base_articles,
    sample,
    survey,
    write_corpus,
    write_day,
)
from .pipeline_phase import Pass, run_passes, summarize

DEFAULT_SIZES = (1_000, 10_000, 100_000)
# Printed beside the figures, never asserted (issue 7).
TARGETS = {"end_to_end_s_at_100k": 600.0, "peak_rss_mb": 2048.0, "speedup": 1.7,
           "day_work_s": 15.0, "day_ratio": 1.5}
_MARKER = ".bench-pipeline"  # only folders carrying it are ever deleted


@dataclass(frozen=True, slots=True)
class Options:
    sizes: tuple[int, ...] = DEFAULT_SIZES
    day_articles: int = 300
    ours_texts: int = 1_000  # ours alone, whole articles
    peer_texts: int = 200  # ours and the peers, same texts
    peer_chars: int = 2_000  # Recognizers-Text slows down badly on long texts
    parallel_size: int = 10_000  # 0: not measured
    parallel_repeats: int = 5  # one run and two runs alternate this many times
    day_repeats: int = 3  # the one-more-day run, each from the same history; the best is kept
    history_days: int | None = None  # squeeze the history (tests); None: the real dates
    workdir: Path | None = None
    keep_data: bool = False
    corpus: Path = field(default=SHARED_CORPUS)


def parse_sizes(spec: str) -> tuple[int, ...]:
    """'1k,10k,100k' (or 60, 2.5k, 1m) as sorted article counts."""
    sizes = set()
    for part in filter(None, (p.strip().lower() for p in spec.split(","))):
        m = re.fullmatch(r"(\d+(?:\.\d+)?)([km]?)", part)
        if not m:
            raise ValueError(f"not a size: {part!r} (use e.g. 1k,10k,100k or 60)")
        n = round(float(m[1]) * {"": 1, "k": 1_000, "m": 1_000_000}[m[2]])
        if n < 1:
            raise ValueError(f"size must be at least 1: {part!r}")
        sizes.add(n)
    if not sizes:
        raise ValueError("no size given")
    return tuple(sorted(sizes))


def label(n: int) -> str:
    """1000 -> '1k', 100000 -> '100k', 60 -> '60'."""
    if n >= 1_000 and n % 100 == 0:
        return f"{n / 1_000:g}k"
    return str(n)


def _fresh(home: Path) -> None:
    if home.exists():
        if not (home / _MARKER).exists():
            raise FileExistsError(f"{home} exists and is not a benchmark folder: not touching it")
        shutil.rmtree(home)
    (home / "dagster").mkdir(parents=True)
    (home / _MARKER).touch()
    # As `make run` does: the project's dagster.yaml is the instance's configuration.
    shutil.copy(REPO / "dagster.yaml", home / "dagster" / "dagster.yaml")


def _say(line: str) -> None:
    print(f"pipeline bench: {line}", file=sys.stderr, flush=True)


def _refresh(home: Path, phase: str, articles: int) -> dict:
    _, (child,) = run_passes([Pass(home, phase, ("refresh",))])
    res = summarize(child, articles)
    _say(f"  {phase}: {res['process_wall_s']:.1f} s" + (f"; {res['problem']}"
                                                       if res["problem"] else ""))
    return res


def run_size(n: int, base: Base, opts: Options, root: Path, today: dt.date,
             parallel: bool) -> dict:
    """Full materialization, then one more day, on a fresh data folder of `n` articles."""
    home = root / f"n{label(n)}"
    _fresh(home)
    _say(f"{label(n)}: writing the corpus to {home / 'inbox'}")
    began = time.perf_counter()
    corpus = write_corpus(home / "inbox" / "bench", n, base, today, opts.corpus,
                          opts.history_days)
    written_s = time.perf_counter() - began
    full = _refresh(home, "full", corpus.articles)
    day = max(corpus.days) + dt.timedelta(days=1)
    extra = write_day(home / "inbox" / "bench", day, opts.day_articles, base, opts.corpus)
    after = pipeline_day.measure(home, opts.day_repeats,
                                 lambda: _refresh(home, "day", extra.articles))
    out = {"articles": n, "corpus": {**corpus.summary(), "write_s": written_s},
           "full": full, "day": {**after, "date": day.isoformat()}}
    if parallel:
        _say(f"{label(n)}: extraction in one process, then in two")
        out["parallel"] = pipeline_parallel.measure(home, corpus.day_chars + extra.day_chars,
                                                   opts.parallel_repeats)
    if not opts.keep_data:
        shutil.rmtree(home)
    return out


def _parallel_size(sizes: tuple[int, ...], wanted: int) -> int:
    return min(sizes, key=lambda n: (abs(n - wanted), n))


def run(opts: Options) -> dict:
    """Every figure of the pipeline benchmark, JSON-ready."""
    today = dt.datetime.now(dt.UTC).date()
    base = survey(opts.corpus)
    results.BENCH_DIR.mkdir(exist_ok=True)  # a fresh clone has no .bench/ yet
    root = opts.workdir or Path(tempfile.mkdtemp(prefix="pipeline-", dir=results.BENCH_DIR))
    root.mkdir(parents=True, exist_ok=True)
    on = _parallel_size(opts.sizes, opts.parallel_size) if opts.parallel_size else None
    sizes = {label(n): run_size(n, base, opts, root, today, n == on) for n in opts.sizes}
    _say("extractor throughput beside the peers")
    extractor = extractor_speed.run(
        sample(opts.ours_texts, base, opts.corpus), opts.peer_texts, opts.peer_chars,
        sized_articles=extractor_speed.sized(base_articles(opts.corpus), opts.ours_texts // 2))
    if not opts.keep_data and opts.workdir is None:
        shutil.rmtree(root, ignore_errors=True)
    parallel = ({**sizes[label(on)].pop("parallel"), "size": label(on)} if on else
                {"measured": False, "reason": "skipped (--parallel-size 0)"})
    return {"base_corpus": {**asdict(base), "first_day": base.first_day.isoformat(),
                            "last_day": base.last_day.isoformat()},
            "sizes": sizes, "parallel": parallel, "extractor": extractor,
            "summary": summarize_targets(sizes, parallel),
            "options": {k: str(v) if isinstance(v, Path) else v
                        for k, v in asdict(opts).items()}}


def _day_ratio(sizes: dict) -> dict | None:
    work = {k: s["day"]["day_work_s"] for k, s in sizes.items() if s["day"]["day_work_s"]}
    if len(work) < 2:
        return None
    small, large = min(work, key=lambda k: sizes[k]["articles"]), max(
        work, key=lambda k: sizes[k]["articles"])
    return {"ratio": work[large] / work[small], "of": large, "to": small}


def summarize_targets(sizes: dict, parallel: dict) -> dict:
    """Each target with its measured value (None when this run did not measure it)."""
    big = sizes.get("100k")
    peaks = [s["full"]["peak_rss_mb"] for s in sizes.values() if s["full"]["peak_rss_mb"]]
    largest = max(sizes, key=lambda k: sizes[k]["articles"])
    ratio = _day_ratio(sizes)
    values = {
        "end_to_end_s_at_100k": big["full"]["process_wall_s"] if big else None,
        "peak_rss_mb": max(peaks, default=None),
        "speedup": parallel.get("speedup"),
        "day_work_s": sizes[largest]["day"]["day_work_s"],
        "day_ratio": ratio["ratio"] if ratio else None,
    }
    rows = {}
    for key, value in values.items():
        target = TARGETS[key]
        met = None if value is None else value >= target if key == "speedup" else value <= target
        rows[key] = {"value": value, "target": target, "met": met}
    return {"targets": rows, "day_ratio_sizes": ratio, "day_work_at": largest}
