"""The pipeline benchmark (``python -m bench pipeline``) end to end at a tiny size, in temporary
folders, plus its corpus builder. Figures are checked for presence and sanity, never timings."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench import pipeline_report
from bench.corpus import REPO
from bench.pipeline import parse_sizes
from bench.pipeline_corpus import SHARED_CORPUS, SOURCES, picked, survey, write_corpus, write_day
from conflict_timeline.ingest import Article, read_file

pytestmark = pytest.mark.skipif(
    not all((SHARED_CORPUS / n).is_file() for n in SOURCES),
    reason=f"shared corpus not found in {SHARED_CORPUS}")

SIZE, DAY, PEER_TEXTS = 60, 20, 5


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess,
                                                                  dict]:
    tmp = tmp_path_factory.mktemp("pipeline_bench")
    out = tmp / "pipeline.json"
    # Four days of history: Dagster's cost grows with daily partitions; this keeps it ~1 min.
    cmd = [sys.executable, "-m", "bench", "pipeline", "--sizes", str(SIZE), "--history-days",
           "4", "--day-articles", str(DAY), "--day-repeats", "2", "--ours-texts", "30",
           "--peer-texts", str(PEER_TEXTS), "--pipeline-output", str(out), "--workdir",
           str(tmp / "work")]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=900)
    assert out.is_file(), proc.stdout + proc.stderr
    return proc, json.loads(out.read_text(encoding="utf-8"))


def _job_nodes(jobs: set[str]) -> set[str]:
    """Step names the runs' jobs consist of, from the project's own Definitions."""
    from pipelines.definitions import build_definitions

    defs = build_definitions("/nonexistent-bench-home")  # only inspected, never run
    return {node.name for job in jobs for node in defs.resolve_job_def(job).graph.nodes}


def test_run_succeeds_and_prints_every_part(bench_run: tuple) -> None:
    proc, _ = bench_run
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for heading in ("full materialization", "one more day", "parallel extraction",
                    "extractor throughput", "targets"):
        assert heading in proc.stdout


def test_counts_match_the_corpus(bench_run: tuple) -> None:
    _, res = bench_run
    size = res["sizes"][str(SIZE)]
    assert size["corpus"]["articles"] == SIZE and size["corpus"]["publication_days"] <= 4
    full, day = size["full"], size["day"]
    assert full["problem"] is None and day["problem"] is None
    assert full["counts"]["articles"] == SIZE
    assert full["counts"]["article_extractions"] == SIZE
    assert full["counts"]["events"] > 0 and full["counts"]["event_mentions"] > 0
    assert day["counts"]["articles"] == SIZE + DAY
    assert day["date"] > size["corpus"]["last_day"]
    # The day ran twice from the same history; the best run is the one reported.
    assert len(day["repeats"]) == 2 and day["day_work_s"] == min(day["repeats"])
    assert not list(Path(res["options"]["workdir"]).glob("*-before-day"))


def test_every_step_of_the_runs_is_reported(bench_run: tuple) -> None:
    _, res = bench_run
    for phase in ("full", "day"):
        fig = res["sizes"][str(SIZE)][phase]
        jobs = {run["job"] for run in fig["runs"]}
        assert "ingest_job" in jobs and len(jobs) >= 2
        # Graph-backed assets run inner steps ("node.op", mapped "op[key]"): compare nodes.
        assert {re.split(r"[.\[]", key, maxsplit=1)[0] for key in fig["steps"]} == _job_nodes(jobs)
        for name, step in fig["steps"].items():
            assert step["status"] == "success", name
            assert 0 < step["compute_s"] <= step["seconds"], name
        assert 0 < fig["step_compute_s"] <= fig["step_work_s"] < fig["process_wall_s"]
        # The day's own jobs and the publish add up to all the steps' work.
        assert fig["day_work_s"] > 0 and fig["publish_work_s"] > 0
        assert abs(fig["day_work_s"] + fig["publish_work_s"] - fig["step_work_s"]) < 1e-6
        assert fig["peak_rss_mb"] > 50


def test_parallel_and_extractor_figures(bench_run: tuple) -> None:
    _, res = bench_run
    par = res["parallel"]
    if par["measured"]:
        assert len(par["ranges"]) == 2 and par["speedup"] > 0
    else:
        assert par["reason"]
    ex = res["extractor"]
    assert ex["same_texts"]["ours"]["texts"] == PEER_TEXTS
    assert ex["ours_whole_articles"]["chars_per_s"] > 0
    sized = ex["ours_sized_articles"]  # issue 4's unit: articles of about 5,000 characters
    assert sized["texts"] > 0 and sized["chars"] >= sized["texts"] * ex["sized_chars"][0]
    assert sized["unit_articles_per_s"] == pytest.approx(sized["chars_per_s"] / 5_000)
    for peer in ("dateparser", "recognizers-text"):
        assert peer in ex["same_texts"] or peer in ex["peers_missing"]
    assert set(res["summary"]["targets"]) == set(pipeline_report._NAMES)
    assert res["machine"]["cpu_count"] and res["created_utc"]


def test_comparison_with_itself(bench_run: tuple) -> None:
    _, res = bench_run
    lines = pipeline_report.changes(res, res)
    assert any(f"{SIZE} end to end s" in line and "(x1.00)" in line for line in lines)


def test_corpus_reads_back_as_distinct_dated_articles(tmp_path: Path) -> None:
    base = survey()
    today = dt.date(2026, 11, 27)
    written = write_corpus(tmp_path / "inbox", 25, base, today, history_days=3)
    day = max(written.days) + dt.timedelta(days=1)
    extra = write_day(tmp_path / "inbox", day, 7, base)
    items = [i for f in sorted((tmp_path / "inbox").glob("*.jsonl")) for i in read_file(f)]
    assert all(isinstance(i, Article) for i in items)
    assert len({i.article_id for i in items}) == 25 + 7 == written.articles + extra.articles
    assert len({i.published for i in items[:25]}) <= 3 and max(written.days) < day
    assert sum(i.published == day for i in items) == 7


def test_sizes_and_sampling() -> None:
    assert parse_sizes("100k, 1k,10k") == (1_000, 10_000, 100_000)
    assert parse_sizes("60") == (60,) and parse_sizes("2.5k") == (2_500,)
    with pytest.raises(ValueError):
        parse_sizes("many")
    assert sum(picked(j, 7, 100) for j in range(100)) == 7
