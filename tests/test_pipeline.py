"""The asset graph end to end with Dagster's materialize(), on a temporary data folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from dagster import DagsterInstance, materialize

from assets.checks import ALL_CHECKS
from conflict_timeline.home import data_home
from pipelines.definitions import ALL_ASSETS
from pipelines.partitions import day_ranges
from pipelines.resources import build_resources
from pipelines.run import refresh

TABLES = ("articles", "rejected_articles", "article_extractions", "event_mentions", "events")


def run_pipeline(root: Path) -> None:
    """What `make run` does: ingest, extract the pending publication days, publish."""
    with DagsterInstance.ephemeral() as instance:
        assert refresh(str(root), instance, {}) is None


def test_seed_day_materializes_with_every_check_passing(tmp_path: Path) -> None:
    result = materialize(
        [*ALL_ASSETS, *ALL_CHECKS], resources=build_resources(str(tmp_path)),
        partition_key="2025-12-19",
    )
    assert result.success
    checks = result.get_asset_check_evaluations()
    assert len(checks) == len(ALL_CHECKS) and all(c.passed for c in checks), checks


def snapshot(database: Path) -> dict[str, list[tuple]]:
    """Every table's rows minus wall-clock columns, in a stable order."""
    with duckdb.connect(str(database), read_only=True) as con:
        rows = {}
        for table in TABLES:
            frame = con.execute(f"select * from {table}").df()
            frame = frame.drop(columns=[c for c in frame.columns if c.endswith("_at")])
            rows[table] = sorted(map(repr, frame.itertuples(index=False)))
        return rows


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("home")
    run_pipeline(root)
    return data_home(root)


def test_fresh_folder_gets_the_sample_and_publishes(home) -> None:
    assert not any(home.inbox.iterdir()), "ingested files leave the inbox"
    assert len(list(home.archive.glob("*/*.txt"))) == 1
    assert home.analyst_database.is_file()
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        published, n = con.execute("select min(published), count(*) from articles").fetchone()
    assert (published, n) == (dt.date(2025, 12, 19), 1)


@pytest.mark.parametrize(
    ("event_type", "date_start", "date_end", "precision"),
    [
        ("ASSAULT", "2022-02-01", "2022-02-28", "month"),
        ("REQUEST", "2024-06-01", "2024-06-30", "month"),
        ("STATEMENT", "2025-12-19", "2025-12-19", "day"),
    ],
)
def test_seed_events_in_the_event_table(home, event_type, date_start, date_end, precision) -> None:
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        found = con.execute(
            "select count(*) from events where event_type = ? and date_start = ? "
            "and date_end = ? and date_precision = ?",
            [event_type, date_start, date_end, precision],
        ).fetchone()[0]
    assert found >= 1


def test_timeline_view_is_in_date_order(home) -> None:
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        dates = [row[0] for row in con.execute("select date_start from timeline").fetchall()]
        n_events = con.execute("select count(*) from events").fetchone()[0]
    assert dates == sorted(dates) and len(dates) == n_events > 0


def test_mentions_point_at_events_and_reproduce_evidence(home) -> None:
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        orphans = con.execute(
            "select count(*) from event_mentions m left join events e using (event_id) "
            "where e.event_id is null"
        ).fetchone()[0]
        mismatched = con.execute(
            "select count(*) from event_mentions m join articles a using (article_id) "
            "where substr(a.text, m.char_start + 1, m.char_end - m.char_start) <> m.evidence"
        ).fetchone()[0]
        without_mentions = con.execute(
            "select count(*) from events where n_mentions < 1 or n_sources < 1"
        ).fetchone()[0]
    assert (orphans, mismatched, without_mentions) == (0, 0, 0)


def test_parquet_timeline_equals_events(home) -> None:
    files = sorted((home.timelines / "events").glob("year=*/month=*/events.parquet"))
    assert files
    from_parquet = pd.read_parquet(home.timelines / "events")
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        from_table = con.execute("select * from events").df()
        via_duckdb = con.execute(
            "select count(*) from read_parquet(?, hive_partitioning = true)",
            [str(home.timelines / "events" / "**" / "*.parquet")],
        ).fetchone()[0]
    assert len(from_parquet) == len(from_table) == via_duckdb
    assert sorted(from_parquet["event_id"]) == sorted(from_table["event_id"])


def test_timelines_swap_whole_versions(tmp_path: Path) -> None:
    run_pipeline(tmp_path)
    timelines = data_home(tmp_path).timelines
    first = (timelines / "events").resolve()
    (data_home(tmp_path).inbox / "more.txt").write_text(
        "---\ntitle: More\npublished: 2022-03-01\n---\n"
        "Russian forces shelled Kharkiv on 1 March 2022.\n", encoding="utf-8")
    run_pipeline(tmp_path)
    second = (timelines / "events").resolve()
    assert (timelines / "events").is_symlink() and first != second
    assert first.is_dir(), "the previous version stays for readers still using it"
    assert len(list((timelines / ".versions").glob("events-*"))) == 2


def test_every_column_is_documented(home) -> None:
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        undocumented = con.execute(
            "select table_name || '.' || column_name from duckdb_columns() "
            "where table_name in (select unnest(?)) and (comment is null or comment = '')",
            [list(TABLES)],
        ).fetchall()
    assert undocumented == []


def test_rerun_changes_nothing(tmp_path: Path) -> None:
    run_pipeline(tmp_path)
    database = data_home(tmp_path).analyst_database
    before = snapshot(database)
    run_pipeline(tmp_path)
    assert snapshot(database) == before


def test_same_article_twice_and_undated_file(tmp_path: Path) -> None:
    home = data_home(tmp_path)
    home.prepare()
    sample = next(home.inbox.glob("*.txt"))
    (home.inbox / "copy.txt").write_bytes(sample.read_bytes())
    (home.inbox / "undated.txt").write_text("A title\nSomething happened in Kherson.\n")
    run_pipeline(tmp_path)
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        n_articles = con.execute("select count(*) from articles").fetchone()[0]
        reasons = con.execute(
            "select source_file, reason, quarantined_to from rejected_articles"
        ).fetchall()
    assert n_articles == 1
    assert [Path(f).name for f, _, _ in reasons] == ["undated.txt"]
    assert "date" in reasons[0][1]
    assert (home.root / reasons[0][2]).is_file(), "the refused file is kept in quarantine"
    assert sorted(p.name for p in home.archive.rglob("*.txt")) == sorted(["copy.txt", sample.name])
    assert not any(home.inbox.iterdir())


def test_analyst_can_read_while_the_pipeline_writes(tmp_path: Path) -> None:
    run_pipeline(tmp_path)
    home = data_home(tmp_path)
    with duckdb.connect(str(home.analyst_database), read_only=True) as analyst:
        run_pipeline(tmp_path)  # publishing must not be blocked by the open reader
        assert analyst.execute("select count(*) from events").fetchone()[0] > 0


QUERIES = sorted((Path(__file__).resolve().parents[1] / "sql" / "queries").glob("*.sql"))


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_example_queries_answer_on_the_sample(home, query: Path) -> None:
    text = query.read_text(encoding="utf-8")
    assert text.startswith("-- "), "each example query opens with the question it answers"
    init = (home.root / "analyst_init.sql").read_text(encoding="utf-8")
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        con.execute(init)
        assert con.execute(text).fetchall(), "the sample answers every example question"


@pytest.mark.parametrize(
    ("view", "minimum"),
    [("timeline", 3), ("actor_timeline", 3), ("place_timeline", 1), ("event_sources", 3),
     ("claims", 1)],
)
def test_analyst_views(home, view: str, minimum: int) -> None:
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        assert con.execute(f"select count(*) from {view}").fetchone()[0] >= minimum
        comment = con.execute(
            "select comment from duckdb_views() where view_name = ?", [view]
        ).fetchone()[0]
    assert comment


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ([], []),
        (["2022-02-24"], [("2022-02-24", "2022-02-24")]),
        (["2022-02-24", "2022-02-25", "2022-03-30"], [("2022-02-24", "2022-03-30")]),
        (["2014-03-01", "2022-02-24", "2022-02-26"],
         [("2014-03-01", "2014-03-01"), ("2022-02-24", "2022-02-26")]),
    ],
)
def test_pending_days_become_few_ranges(days: list[str], expected: list[tuple[str, str]]) -> None:
    assert day_ranges([dt.date.fromisoformat(day) for day in days]) == expected


def test_an_article_the_extractor_fails_on_is_recorded_not_blocking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assets.extraction

    real = assets.extraction.extract_events

    def fragile(text: str, published: dt.date, **options: str | None):
        if "poison" in text:
            raise ValueError("an extractor bug")
        return real(text, published, **options)

    monkeypatch.setattr(assets.extraction, "extract_events", fragile)
    home = data_home(tmp_path)
    home.prepare()
    (home.inbox / "poison.txt").write_text(
        "---\ntitle: Poison\npublished: 2025-12-19\n---\nThis poison text breaks it.\n",
        encoding="utf-8")
    run_pipeline(tmp_path)
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        rows = con.execute(
            "select a.title, e.extraction_error from article_extractions e "
            "join articles a using (article_id) order by 1").fetchall()
        n_events = con.execute("select count(*) from events").fetchone()[0]
    assert rows[0] == ("Poison", "ValueError: an extractor bug")
    assert rows[1][1] is None and n_events > 0, "the rest of the day was extracted"


def test_a_title_dates_the_story_it_announces(tmp_path: Path) -> None:
    """The Kremlin announces a meeting the day before: its title's date reaches the table,
    with no offset into the text, where it does not stand."""
    home = data_home(tmp_path)
    home.prepare()
    (home.inbox / "announcement.txt").write_text(
        "---\ntitle: On June 3, Vladimir Putin will meet with President of Senegal Macky Sall\n"
        "published: 2022-06-02\nsource: Kremlin (en.kremlin.ru)\n---\n"
        "President of Russia Vladimir Putin will hold talks with President of Senegal Macky "
        "Sall in Sochi.\n", encoding="utf-8")
    run_pipeline(tmp_path)
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        rows = con.execute(
            "select trigger_text, date_start, date_text, date_text_start, modality "
            "from event_mentions join articles using (article_id) "
            "where articles.title like 'On June 3%' and event_type = 'CONSULT'").fetchall()
    assert rows == [("hold talks", dt.date(2022, 6, 3), "June 3", None, "predicted")]
