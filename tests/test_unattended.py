"""Unattended operation through the real runner (`make run`'s python -m pipelines.run) and a
real Dagster instance: runs started together queue on the writer pool, a run killed with
SIGKILL leaves the analysts' files as they were, and the next run completes its work."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance, DagsterRunStatus, RunsFilter

REPO = Path(__file__).resolve().parents[1]
ADDRESSES = REPO.parent / "shared" / "corpus" / "zelenskyy_addresses.csv"


def _environment(home: Path) -> dict[str, str]:
    dagster_home = home / "dagster"
    dagster_home.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "dagster.yaml", dagster_home / "dagster.yaml")
    return {**os.environ, "CONFLICT_TIMELINE_HOME": str(home), "DAGSTER_HOME": str(dagster_home),
            "PYTHONUNBUFFERED": "1"}


def _start(home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines.run"], cwd=REPO, env=_environment(home),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )


def _finish(process: subprocess.Popen[str]) -> str:
    output, _ = process.communicate(timeout=600)
    assert process.returncode == 0, output[-3000:]
    return output


def _article(inbox: Path, name: str, day: str, text: str) -> None:
    (inbox / name).write_text(f"---\ntitle: {name}\npublished: {day}\n---\n{text}\n")


def _counts(home: Path) -> tuple[int, int]:
    with duckdb.connect(str(home / "conflict.duckdb"), read_only=True) as con:
        return con.execute(
            "select (select count(*) from articles), (select count(*) from article_extractions)"
        ).fetchone()


def test_two_runs_started_together_both_succeed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _finish(_start(home))  # sets up the instance and publishes the bundled sample
    inbox = home / "inbox"
    _article(inbox, "a.txt", "2022-03-01", "Russian forces shelled Kharkiv on 1 March 2022.")
    _article(inbox, "b.txt", "2022-03-02", "Russian troops captured Kherson on 2 March 2022.")
    first, second = _start(home), _start(home)
    _finish(first), _finish(second)
    assert _counts(home) == (3, 3), "every article stored and extracted, none twice"
    assert not any(inbox.iterdir())


def _day_states(warehouse: Path) -> list[tuple]:
    """Per publication day: (articles, extracted). A day is never half done."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "select a.published, count(*), count(e.article_id) from articles a "
            "left join article_extractions e using (article_id) group by 1"
        ).fetchall()


def _snapshot(home: Path) -> dict[str, bytes]:
    timelines = [home / "timelines" / name for name in ("events", "mentions")]
    files = [home / "conflict.duckdb",
             *sorted(path for folder in timelines for path in folder.rglob("*.parquet"))]
    return {str(path.relative_to(home)): path.read_bytes() for path in files}


@pytest.mark.skipif(not ADDRESSES.is_file(), reason=f"shared corpus not found at {ADDRESSES}")
def test_sigkill_mid_run_leaves_published_files_and_next_run_completes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _finish(_start(home))  # first run: the bundled sample, published
    before = _snapshot(home)

    # 150 nightly addresses, one publication day each: extraction takes several seconds.
    with ADDRESSES.open(encoding="utf-8", newline="") as source:
        rows = list(csv.reader(source))[:151]
    with (home / "inbox" / "addresses.csv").open("w", encoding="utf-8", newline="") as target:
        csv.writer(target).writerows(rows)

    victim = _start(home)
    assert victim.stdout is not None
    for line in victim.stdout:
        if line.startswith("extracting publication days"):
            break
    time.sleep(4.0)  # the extraction run has started and is committing days
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait(timeout=60)

    assert _snapshot(home) == before, "analysts' database and timelines untouched by the kill"
    states = _day_states(home / "warehouse" / "pipeline.duckdb")
    assert all(extracted in (0, articles) for _, articles, extracted in states)
    assert any(extracted == 0 for _, _, extracted in states), "the kill came mid-extraction"

    _finish(_start(home))
    articles, extracted = _counts(home)
    assert articles == extracted == 151
    with DagsterInstance.from_config(str(home / "dagster")) as instance:
        stuck = instance.get_runs(filters=RunsFilter(statuses=[DagsterRunStatus.STARTED]))
    assert stuck == [], "the killed run was marked failed and its pool slot given back"
