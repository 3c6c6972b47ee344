"""The scale-out set-up for real: Dagster's run and event storage and the DuckLake catalog in
PostgreSQL, Parquet data files on a (here: local) shared path, the Celery executor with a Redis
broker and two workers. A backfill of several publication days of extract_job must leave the
same rows as the embedded set-up (in-process executor, DuckDB file) over the same input."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from pipelines.warehouse import attach_lake
from tests.distributed.conftest import REPO, Postgres, Service, clean_env, wait_until

pytestmark = pytest.mark.distributed

BIN = Path(sys.executable).parent
FIRST_DAY, LAST_DAY = "2022-02-22", "2022-02-26"
# Full-text press releases of both presidencies, the days around the invasion (60 articles).
SOURCES = ("kremlin_press_releases.csv", "zelenskyy_press_releases.csv")
TABLES = ("articles", "rejected_articles", "article_extractions", "event_mentions", "events")
CLI_TIMEOUT = 600


def write_inbox(corpus: Path, inbox: Path) -> int:
    """The sources' rows published FIRST_DAY..LAST_DAY, as CSV files of the same layout."""
    csv.field_size_limit(sys.maxsize)
    inbox.mkdir(parents=True)
    total = 0
    for name in SOURCES:
        with open(corpus / name, newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            rows = [row for row in reader if FIRST_DAY <= row["date"][:10] <= LAST_DAY]
        with open(inbox / name, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=reader.fieldnames or [])
            writer.writeheader()
            writer.writerows(rows)
        total += len(rows)
    return total


def dagster(env: dict[str, str], log: Path, *args: str) -> None:
    """One `dagster` command in the repository, as an operator types it; fails loudly."""
    with open(log, "ab") as out:
        done = subprocess.run([str(BIN / "dagster"), *args], cwd=REPO, env=env, stdout=out,
                              stderr=subprocess.STDOUT, timeout=CLI_TIMEOUT)
    assert done.returncode == 0, f"dagster {' '.join(args)} failed:\n" + log.read_text()[-5000:]


def run_jobs(env: dict[str, str], log: Path) -> None:
    """Ingest the inbox, backfill the publication days in one run (extract_job's assets have a
    single-run backfill policy: the range is one run, loaded in day order), then publish."""
    dagster(env, log, "job", "execute", "-m", "pipelines.definitions", "-j", "ingest_job")
    tags = {"dagster/asset_partition_range_start": FIRST_DAY,
            "dagster/asset_partition_range_end": LAST_DAY}
    dagster(env, log, "job", "execute", "-m", "pipelines.definitions", "-j", "extract_job",
            "--tags", json.dumps(tags))
    dagster(env, log, "job", "execute", "-m", "pipelines.definitions", "-j", "publish_job")


def rows(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """Every row minus wall-clock columns, sorted: comparable across the two set-ups."""
    frame = con.execute(f"select * from {table}").df()
    frame = frame.drop(columns=[c for c in frame.columns if c.endswith("_at")])
    return sorted(map(repr, frame.itertuples(index=False)))


def snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    return {table: rows(con, table) for table in TABLES}


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory, shared_corpus_dir: Path) -> dict:
    """The default set-up: DuckDB file, in-process executor, SQLite instance in DAGSTER_HOME."""
    root = tmp_path_factory.mktemp("embedded")
    n_articles = write_inbox(shared_corpus_dir, root / "data" / "inbox")
    (root / "dagster").mkdir()
    shutil.copy(REPO / "dagster.yaml", root / "dagster" / "dagster.yaml")
    env = clean_env(CONFLICT_TIMELINE_HOME=str(root / "data"), DAGSTER_HOME=str(root / "dagster"))
    run_jobs(env, root / "cli.log")
    with duckdb.connect(str(root / "data" / "warehouse" / "pipeline.duckdb"),
                        read_only=True) as con:
        tables = snapshot(con)
    with duckdb.connect(str(root / "data" / "conflict.duckdb"), read_only=True) as con:
        published = snapshot(con)
    return {"n_articles": n_articles, "tables": tables, "published": published}


@pytest.fixture(scope="module")
def shared_corpus_dir() -> Path:
    corpus = REPO.parent / "shared" / "corpus"
    if not all((corpus / name).is_file() for name in SOURCES):
        pytest.skip(f"shared corpus not found at {corpus}")
    return corpus


@pytest.fixture(scope="module")
def distributed(
    tmp_path_factory: pytest.TempPathFactory, postgres: Postgres, redis_url: str,
    shared_corpus_dir: Path,
) -> Iterator[dict]:
    """The scale-out set-up of deploy/ (README "Scale-out"), every server started here."""
    root = tmp_path_factory.mktemp("distributed")
    write_inbox(shared_corpus_dir, root / "data" / "inbox")
    (root / "dagster").mkdir()
    shutil.copy(REPO / "deploy" / "dagster.distributed.yaml", root / "dagster" / "dagster.yaml")
    catalog = postgres.dsn(postgres.create_database("conflict_lake"))
    env = clean_env(
        CONFLICT_TIMELINE_HOME=str(root / "data"),
        DAGSTER_HOME=str(root / "dagster"),
        CONFLICT_TIMELINE_DAGSTER_PG_URL=postgres.url(postgres.create_database("dagster")),
        CONFLICT_TIMELINE_WAREHOUSE="ducklake",
        CONFLICT_TIMELINE_DUCKLAKE_CATALOG=catalog,
        CONFLICT_TIMELINE_DUCKLAKE_DATA=str(root / "lake"),
        CONFLICT_TIMELINE_EXECUTOR="celery",
        CONFLICT_TIMELINE_CELERY_BROKER=f"{redis_url}/0",
        CONFLICT_TIMELINE_CELERY_BACKEND=f"{redis_url}/1",
    )
    log = root / "cli.log"
    # The storage schema first, once: processes starting together would race to create it.
    dagster(env, log, "instance", "migrate")
    workers = []
    try:
        for name in ("worker1", "worker2"):
            workers.append(Service(
                name,
                [str(BIN / "dagster-celery"), "worker", "start", "-A", "dagster_celery.app",
                 "-y", "deploy/celery.yaml", "--name", name, "--", "--concurrency=1"],
                root / f"{name}.log", cwd=REPO, env=env,
            ))
        for worker in workers:
            wait_until(lambda w=worker: f"{w.name}@" in _read(w.log) and " ready." in _read(w.log),
                       worker.name, 180, worker.alive, worker.log)
        run_jobs(env, log)
        logs = {w.name: _read(w.log) for w in workers}
        runs = postgres.query("dagster", "select pipeline_name, status from runs")
        lake = duckdb.connect(":memory:")
        # As an analyst would: read-only, while the workers are still attached to it.
        attach_lake(lake, catalog, str(root / "lake"), read_only=True)
        tables = snapshot(lake)
        with duckdb.connect(str(root / "data" / "conflict.duckdb"), read_only=True) as con:
            published = snapshot(con)
        yield {"root": root, "logs": logs, "cli": _read(log), "runs": runs, "tables": tables,
               "published": published, "lake": lake}
        lake.close()
    finally:
        for worker in workers:
            worker.stop()


def _read(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


def test_both_runs_succeed_with_every_step_on_a_celery_worker(distributed: dict) -> None:
    assert sorted(distributed["runs"]) == [
        ("extract_job", "SUCCESS"), ("ingest_job", "SUCCESS"), ("publish_job", "SUCCESS"),
    ]
    assert "Submitting celery task" in distributed["cli"]
    logs = distributed["logs"]
    per_worker = {name: log.count("Task execute_plan[") for name, log in logs.items()}
    # Steps go to whichever worker is free: both took some.
    assert all(count > 0 for count in per_worker.values()), per_worker


def test_no_worker_met_a_lock_or_an_error(distributed: dict) -> None:
    for name, log in distributed["logs"].items():
        # DuckDB's file lock, a DuckLake commit conflict, any task that raised.
        for text in ("Could not set lock", "Conflicting lock", "Transaction conflict",
                     "Traceback", "raised unexpected", "ERROR/"):
            assert text not in log, f"{name}: {text}"
        assert "succeeded in" in log, name


def test_backfill_leaves_the_rows_of_the_embedded_run(distributed: dict, embedded: dict) -> None:
    assert embedded["n_articles"] >= len(distributed["tables"]["articles"]) > 50
    days = distributed["lake"].execute(
        "select count(distinct published) from event_mentions").fetchone()[0]
    assert days == 5, "every publication day of the backfill has mentions"
    assert len(embedded["tables"]["event_mentions"]) > 100
    for table in TABLES:
        assert distributed["tables"][table] == embedded["tables"][table], table


def test_published_database_matches_the_embedded_one(distributed: dict, embedded: dict) -> None:
    assert distributed["published"] == embedded["published"]
    assert (distributed["root"] / "data" / "timelines" / "timeline.html").is_file()
    lake_files = list((distributed["root"] / "lake").rglob("*.parquet"))
    assert lake_files, "the DuckLake keeps its data as Parquet files on the data path"
