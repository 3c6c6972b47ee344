"""Blocking checks stop bad rows before they reach the analysts' database."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance, materialize

from assets.checks import ALL_CHECKS
from conflict_timeline.home import data_home
from pipelines.definitions import ALL_ASSETS, build_definitions
from pipelines.resources import build_resources

SEED_DAY = "2025-12-19"
# Each adds a bad copy of a mention to another publication day, as a bug outside the day's load
# would; publish_job checks every day, so the bad row is caught before it is published.
_COPY = (
    "insert into event_mentions by name select * replace ("
    "'tampered' as mention_id, date '2025-12-18' as published, {changes}) "
    "from event_mentions limit 1"
)
TAMPERING = {
    "mention_offsets_reproduce_evidence": _COPY.format(
        changes="'not what the article says' as evidence"
    ),
    "mention_dates_match_precision": _COPY.format(changes="date_start - 1 as date_end"),
    "events_not_after_first_report": _COPY.format(
        changes="date '2099-01-01' as date_start, date '2099-01-01' as date_end, "
        "'day' as date_precision, 'asserted' as modality, 'tampered' as event_id"
    )
    # Loading queues the events it touches; the events step refreshes only those.
    + "; insert into events_to_refresh values ('tampered')",
    # No key stops a second row with an id (key_constraints.py): these checks do.
    "mention_ids_unique": "insert into event_mentions by name select * replace "
    "(date '2025-12-18' as published) from event_mentions limit 1",
    "event_ids_unique": "insert into events by name select * from events limit 1",
}


def run(root: Path):
    return materialize(
        [*ALL_ASSETS, *ALL_CHECKS], resources=build_resources(str(root)), raise_on_error=False,
        partition_key=SEED_DAY,
    )


@pytest.mark.parametrize("check_name", sorted(TAMPERING))
def test_a_failing_check_blocks_publication(tmp_path: Path, check_name: str) -> None:
    assert run(tmp_path).success
    home = data_home(tmp_path)
    published_before = home.analyst_database.read_bytes()
    with duckdb.connect(str(home.warehouse)) as con:
        con.execute(TAMPERING[check_name])
    with DagsterInstance.ephemeral() as instance:
        result = build_definitions(str(tmp_path)).resolve_job_def("publish_job").execute_in_process(
            instance=instance, raise_on_error=False
        )
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    failed = evaluations[check_name]
    assert not failed.passed
    assert failed.metadata["failing_rows"].value >= 1
    assert "offending_rows" in failed.metadata
    assert home.analyst_database.read_bytes() == published_before, "nothing bad was published"


def test_runner_names_the_blocking_check_and_keeps_blocking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dagster import DagsterInstance

    import assets.checks
    from pipelines.run import refresh

    monkeypatch.setattr(assets.checks, "MAX_SHARE_WITHOUT_EVENTS", 0.0)
    monkeypatch.setattr(assets.checks, "MIN_ARTICLES_FOR_SHARE", 1)
    home = data_home(tmp_path)
    home.prepare()
    (home.inbox / "quiet.txt").write_text(
        "---\ntitle: Quiet\npublished: 2022-03-01\n---\nNothing to report.\n", encoding="utf-8"
    )
    with DagsterInstance.ephemeral() as instance:
        problem = refresh(str(tmp_path), instance, {}, quiet=True)
        assert problem and "articles_without_events_within_bound" in problem
        assert not home.analyst_database.exists(), "nothing was published"
        again = refresh(str(tmp_path), instance, {}, quiet=True)
        assert again and "articles_without_events_within_bound" in again, "nor does a later run"
        assert not home.analyst_database.exists()


def test_parquet_check_catches_a_duplicated_partition(tmp_path: Path) -> None:
    import shutil

    from assets.checks import timeline_parquet_matches_table
    from pipelines.resources import DataHomeResource

    assert run(tmp_path).success
    resources = build_resources(str(tmp_path))
    home: DataHomeResource = resources["home"]  # type: ignore[assignment]
    check = timeline_parquet_matches_table(home=home, warehouse=resources["warehouse"])
    assert check.passed
    source = next((home.paths.timelines / "events").rglob("*.parquet"))
    copy = home.paths.timelines / "events" / "year=1999" / "month=01" / "events.parquet"
    copy.parent.mkdir(parents=True)
    shutil.copy(source, copy)
    check = timeline_parquet_matches_table(home=home, warehouse=resources["warehouse"])
    assert not check.passed
    assert check.metadata["events_parquet_rows"].value > check.metadata["events_table_rows"].value


@pytest.mark.parametrize(
    ("first_day", "last_day", "found"),
    [("2025-12-19", "2025-12-19", 1), ("2025-12-18", "2025-12-18", 0), (None, None, 1)],
)
def test_day_runs_check_their_own_days_and_publish_checks_all(
    tmp_path: Path, first_day: str | None, last_day: str | None, found: int
) -> None:
    from assets.warehouse import sql

    assert run(tmp_path).success
    with duckdb.connect(str(data_home(tmp_path).warehouse)) as con:
        # A bad copy on the seed's own day, as a faulty load of that day would leave it.
        con.execute("insert into event_mentions by name select * replace ('tampered' as "
                    "mention_id, 'not what the article says' as evidence) "
                    "from event_mentions limit 1")
        days = {"first_day": first_day, "last_day": last_day}
        rows = con.execute(sql("checks/mention_offsets_mismatch.sql"), days).fetchall()
        assert len(rows) == found
        con.execute("update event_mentions set date_end = date_start - 1 "
                    "where mention_id = 'tampered'")
        rows = con.execute(sql("checks/mention_date_interval_invalid.sql"), days).fetchall()
        assert len(rows) == found


@pytest.mark.parametrize(
    ("since", "found"),
    [("2999-01-01 00:00:00", 1), ("3000-01-01 00:00:00", 0), (None, 1)],
)
def test_article_check_looks_at_the_articles_stored_since_the_run_started(
    tmp_path: Path, since: str | None, found: int
) -> None:
    from assets.warehouse import sql

    assert run(tmp_path).success
    with duckdb.connect(str(data_home(tmp_path).warehouse)) as con:
        # A second row for a stored id, as a faulty ingest running in 2999 would write it.
        con.execute("insert into articles by name select * replace "
                    "(timestamp '2999-06-01' as ingested_at) from articles limit 1")
        rows = con.execute(sql("checks/duplicate_article_ids.sql"), {"since": since}).fetchall()
    assert len(rows) == found
    assert all(n_rows == 2 for _, n_rows in rows)
