"""Extraction as a pure map over day shards; loading in day order; a day costs only its own work."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from dagster import DagsterInstance, RunsFilter, materialize

from assets.extraction import SHARD_TOKEN, mention_shards
from assets.ingestion import ingested_articles
from assets.mentions import read_day
from assets.shards import (
    ARTICLES,
    EXTRACTIONS,
    MENTIONS,
    day_lock,
    shard_path,
    write_article_shards,
    write_shard,
)
from conflict_timeline.home import data_home
from pipelines.definitions import build_definitions
from pipelines.resources import build_resources
from pipelines.sensors import RANGE_END, RANGE_START

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "kremlin_press_releases.csv"
FIRST, LAST = "2022-02-20", "2022-03-05"


def _fill_inbox(root: Path) -> None:
    """Kremlin press releases of two weeks around the invasion, as a user's JSONL file."""
    home = data_home(root)
    home.prepare()
    csv.field_size_limit(1 << 24)  # some speeches are longer than csv's default field limit
    with CORPUS.open(encoding="utf-8") as source, \
            (home.inbox / "kremlin.jsonl").open("w", encoding="utf-8") as target:
        for row in csv.DictReader(source):
            if FIRST <= row["date"][:10] <= LAST and row["body"]:
                record = {"title": row["headline"], "text": row["body"],
                          "published": row["date"][:10], "source": "kremlin.ru"}
                target.write(json.dumps(record) + "\n")


def _run(root: Path, job: str, first: str, last: str) -> None:
    with DagsterInstance.ephemeral() as instance:
        result = build_definitions(str(root)).resolve_job_def(job).execute_in_process(
            instance=instance, tags={RANGE_START: first, RANGE_END: last}, raise_on_error=False
        )
    assert result.success, job


def _ingest(root: Path) -> None:
    _fill_inbox(root)
    assert materialize([ingested_articles], resources=build_resources(str(root))).success


def _rows(root: Path, statement: str) -> list[tuple]:
    with duckdb.connect(str(data_home(root).warehouse), read_only=True) as con:
        return sorted(con.execute(statement).fetchall())


MENTION_KEYS = "select mention_id, event_id, merge_reason from event_mentions"
EVENT_KEYS = "select event_id, date_start, date_end, n_mentions, n_sources, title from events"


@pytest.fixture(scope="module")
def one_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One extract_job over the two weeks (the tests that change it come last in this file)."""
    root = tmp_path_factory.mktemp("one_run")
    _ingest(root)
    _run(root, "extract_job", FIRST, LAST)
    return root


def test_two_shard_runs_at_once_then_one_load_equal_one_extract_run(
    one_run: Path, tmp_path: Path
) -> None:
    _ingest(tmp_path)
    halves = [(FIRST, "2022-02-26"), ("2022-02-27", LAST)]
    script = (
        "import sys; from tests.test_shards import _run; "
        "_run(__import__('pathlib').Path(sys.argv[1]), 'shard_job', sys.argv[2], sys.argv[3])"
    )
    workers = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path), first, last], cwd=REPO)
        for first, last in halves
    ]
    assert [worker.wait(timeout=600) for worker in workers] == [0, 0]
    _run(tmp_path, "load_job", FIRST, LAST)
    assert _rows(tmp_path, MENTION_KEYS) == _rows(one_run, MENTION_KEYS)
    assert _rows(tmp_path, EVENT_KEYS) == _rows(one_run, EVENT_KEYS)
    assert len(_rows(tmp_path, EVENT_KEYS)) > 20


def test_make_run_spreads_a_large_backfill_over_processes(
    one_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipelines.run

    monkeypatch.setattr(pipelines.run, "PARALLEL_FROM", 1)
    monkeypatch.setenv("CONFLICT_TIMELINE_EXTRACTION_LANES", "2")
    root = tmp_path / "data"
    _fill_inbox(root)
    (tmp_path / "dagster").mkdir()
    with DagsterInstance.local_temp(str(tmp_path / "dagster")) as instance:
        assert pipelines.run.refresh(str(root), instance, {}, quiet=True) is None
        runs = instance.get_runs(filters=RunsFilter(job_name="backfill_job"))
        lanes = [
            entry.dagster_event.pid
            for run in runs for entry in instance.all_logs(run.run_id)
            if entry.dagster_event and entry.dagster_event.is_step_success
            and "extract_days" in (entry.dagster_event.step_key or "")
        ]
    pids = set(lanes)
    assert len(pids) >= 2, "the two weeks' lanes ran in two processes"
    assert os.getpid() not in pids, "lanes ran in processes of their own"
    # The bundled sample's day (2025) came along; the two weeks match the one-run folder.
    weeks = f" where published between '{FIRST}' and '{LAST}'"
    assert _rows(root, MENTION_KEYS + weeks) == _rows(one_run, MENTION_KEYS + weeks)


def test_extraction_runs_without_the_warehouse(tmp_path: Path) -> None:
    _ingest(tmp_path)
    home = data_home(tmp_path)
    home.warehouse.rename(home.warehouse.with_name("elsewhere.duckdb"))
    assert materialize([mention_shards], resources=build_resources(str(tmp_path)),
                       partition_key="2022-02-24").success
    assert not home.warehouse.exists(), "extraction never opened the warehouse"
    assert pq.read_metadata(shard_path(home.shards, EXTRACTIONS, _day("2022-02-24"))).num_rows


def test_an_article_shard_without_a_column_extraction_reads_is_rewritten(tmp_path: Path
                                                                         ) -> None:
    _ingest(tmp_path)
    home, day = data_home(tmp_path), _day("2022-02-21")
    path = shard_path(home.shards, ARTICLES, day)
    current = pq.read_table(path)
    pq.write_table(current.drop_columns(["source"]), path)  # as written before the column
    with duckdb.connect(str(home.warehouse)) as con:
        assert write_article_shards(con, home.shards, set(), [day]) == 1
        assert write_article_shards(con, home.shards, set(), [day]) == 0  # now current
    assert pq.read_table(path).equals(current)


def test_the_publisher_speaks_in_its_articles(one_run: Path) -> None:
    """Putin's greetings to a Russian-Azerbaijani youth forum name Azerbaijan most; "I" is
    still the Kremlin's (the source reached extraction through the article shard)."""
    statement = """
        select event_mentions.actor_code from event_mentions join articles using (article_id)
        where articles.title like 'Greetings on opening of first Forum of Youth Initiatives%'
          and articles.published = '2022-03-02' and event_mentions.actor_text = 'I'"""
    codes = _rows(one_run, statement)
    assert codes and set(codes) == {("RUSGOV",)}


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def test_a_reader_never_meets_half_of_a_pair(tmp_path: Path) -> None:
    """A run replacing a day's two shards holds the day's lock, so a load reading them at the
    same time (another run started together) gets both old or both new."""
    day = dt.date(2022, 2, 24)

    def replace_pair(n: int, pause: float) -> None:
        tagged = pa.table({"n": [n]}).replace_schema_metadata({SHARD_TOKEN: str(n).encode()})
        with day_lock(tmp_path, day, exclusive=True):
            write_shard(tmp_path, MENTIONS, day, tagged)
            time.sleep(pause)  # the moment an unlocked reader would meet one of each
            write_shard(tmp_path, EXTRACTIONS, day, tagged)

    replace_pair(0, 0)
    writer = threading.Thread(target=lambda: [replace_pair(n, 0.02) for n in range(1, 16)])
    writer.start()
    seen = set()
    while writer.is_alive():
        mentions, extractions = read_day(tmp_path, day)  # raises on a mixed pair
        seen.add(mentions.column("n")[0].as_py())
    writer.join()
    assert len(seen) > 2, "the reader read while the writer wrote"


def test_shards_of_two_different_runs_stop_the_load_with_one_line(one_run: Path) -> None:
    home = data_home(one_run)
    before = _rows(one_run, MENTION_KEYS)
    path = shard_path(home.shards, MENTIONS, _day("2022-02-24"))
    table = pq.read_table(path)
    pq.write_table(table.replace_schema_metadata({SHARD_TOKEN: b"another-run"}), path)
    with DagsterInstance.ephemeral() as instance:
        result = build_definitions(str(one_run)).resolve_job_def("load_job").execute_in_process(
            instance=instance, tags={RANGE_START: FIRST, RANGE_END: LAST}, raise_on_error=False
        )
    assert not result.success
    [failure] = [e for e in result.all_events if e.is_step_failure]
    message = failure.step_failure_data.error.cause.message
    assert "2022-02-24" in message and "mention_shards" in message
    assert _rows(one_run, MENTION_KEYS) == before, "nothing half-loaded"
    _run(one_run, "extract_job", "2022-02-24", "2022-02-24")  # re-extracting the day mends it
    ids = "select mention_id from event_mentions"
    assert _rows(one_run, ids) == [(row[0],) for row in before]


def _month_inodes(link: Path) -> dict[str, int]:
    """Each month's file in the version the link points at, by its path inside the version."""
    version = link.resolve()
    return {p.relative_to(version).as_posix(): p.stat().st_ino
            for p in version.glob("year=*/month=*/*.parquet")}


def test_a_new_day_refreshes_only_what_it_touched(one_run: Path) -> None:
    home = data_home(one_run)
    inodes = _month_inodes(home.timelines / "events")
    n_events = len(_rows(one_run, EVENT_KEYS))
    (home.inbox / "late.txt").write_text(
        "---\ntitle: Late\npublished: 2022-03-06\n---\nOn Sunday Russian forces shelled "
        "Mariupol, the city council said.\n", encoding="utf-8")
    assert materialize([ingested_articles], resources=build_resources(str(one_run))).success
    with DagsterInstance.ephemeral() as instance:
        result = build_definitions(str(one_run)).resolve_job_def("extract_job").execute_in_process(
            instance=instance, tags={RANGE_START: "2022-03-06", RANGE_END: "2022-03-06"}
        )
    [events] = [m for m in result.asset_materializations_for_node("events")]
    refreshed = events.metadata["events_refreshed"].value
    assert 1 <= refreshed < n_events / 4, "only the events the day touched were rebuilt"
    after = _month_inodes(home.timelines / "events")
    kept = [key for key, inode in inodes.items() if after.get(key) == inode]
    assert kept, "untouched months are carried over, not rewritten"
    assert len(kept) < len(after), "the touched month was rewritten"
    # Incremental results equal a rebuild of every event from scratch.
    incremental = _rows(one_run, EVENT_KEYS)
    config = {"ops": {"events": {"config": {"rebuild_all": True}}}}
    with DagsterInstance.ephemeral() as instance:
        job = build_definitions(str(one_run)).resolve_job_def("publish_job")
        assert job.execute_in_process(instance=instance, run_config=config).success
    assert _rows(one_run, EVENT_KEYS) == incremental
    assert os.path.getsize(home.analyst_database) > 0
