"""Executor and warehouse are chosen by environment alone; the defaults stay embedded."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from assets.warehouse import migrate
from conflict_timeline.home import data_home
from pipelines.definitions import build_definitions
from pipelines.executors import build_executor
from pipelines.warehouse import build_warehouse

SETTINGS = (
    "CONFLICT_TIMELINE_EXECUTOR", "CONFLICT_TIMELINE_CELERY_BROKER",
    "CONFLICT_TIMELINE_CELERY_BACKEND", "CONFLICT_TIMELINE_WAREHOUSE",
    "CONFLICT_TIMELINE_DUCKLAKE_CATALOG", "CONFLICT_TIMELINE_DUCKLAKE_DATA",
)


@pytest.fixture(autouse=True)
def unset(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)


def test_defaults_are_in_process_and_the_duckdb_file(tmp_path: Path) -> None:
    assert build_executor().name == "in_process"
    warehouse = build_warehouse(data_home(tmp_path))
    assert warehouse.catalog is None
    assert warehouse.database == str(data_home(tmp_path).warehouse)


def test_executor_by_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONFLICT_TIMELINE_EXECUTOR", "multiprocess")
    assert build_executor().name == "multiprocess"
    monkeypatch.setenv("CONFLICT_TIMELINE_EXECUTOR", "celery")
    with pytest.raises(SystemExit, match="CONFLICT_TIMELINE_CELERY_BROKER"):
        build_executor()
    monkeypatch.setenv("CONFLICT_TIMELINE_CELERY_BROKER", "redis://127.0.0.1:1/0")
    monkeypatch.setenv("CONFLICT_TIMELINE_CELERY_BACKEND", "redis://127.0.0.1:1/1")
    job = build_definitions(str(tmp_path)).resolve_job_def("extract_job")
    assert job.executor_def.name == "celery"
    monkeypatch.setenv("CONFLICT_TIMELINE_EXECUTOR", "threads")
    with pytest.raises(SystemExit, match="in_process, multiprocess or celery"):
        build_executor()


def test_ducklake_by_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    home = data_home(tmp_path)
    monkeypatch.setenv("CONFLICT_TIMELINE_WAREHOUSE", "ducklake")
    with pytest.raises(SystemExit, match="CONFLICT_TIMELINE_DUCKLAKE_CATALOG"):
        build_warehouse(home)
    monkeypatch.setenv("CONFLICT_TIMELINE_DUCKLAKE_CATALOG", "dbname=ct host=127.0.0.1")
    warehouse = build_warehouse(home)
    assert warehouse.data_path == str(home.root / "lake")
    # The DSN may hold a password: the resource keeps a reference, resolved at run time.
    assert "dbname" not in repr(warehouse.catalog)
    monkeypatch.setenv("CONFLICT_TIMELINE_WAREHOUSE", "sqlite")
    with pytest.raises(SystemExit, match="duckdb or ducklake"):
        build_warehouse(home)


def test_migrate_writes_nothing_once_up_to_date() -> None:
    with duckdb.connect(":memory:") as con:
        first = migrate(con)
        assert first[-1].startswith("views-") and len(first) > 1
        assert migrate(con) == []
        assert con.execute("select count(*) from timeline").fetchone() == (0,)
        keys = con.execute(
            "select count(*) from duckdb_constraints() where constraint_type = 'PRIMARY KEY'"
        ).fetchone()[0]
        assert keys == 0, "no key index: DuckDB would rewrite it at every checkpoint"
