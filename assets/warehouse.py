"""The SQL side of the assets: statement files from sql/, migrations, transactions, staging."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from dagster_duckdb import DuckDBResource

from assets.key_constraints import drop_key_constraints, without_keys

SQL_DIR = Path(__file__).resolve().parents[1] / "sql"

# A migration is the statement texts of its file, or code where SQL cannot say it.
Migration = list[str] | Callable[[duckdb.DuckDBPyConnection], None]
CODE_MIGRATIONS: dict[str, Migration] = {"011_drop_key_constraints": drop_key_constraints}


@cache
def sql(name: str) -> str:
    """The statement in sql/<name>, e.g. sql("events/insert_events.sql")."""
    return (SQL_DIR / name).read_text(encoding="utf-8")


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations not yet applied (each in its own transaction), then the macros and
    views when their text changed (recorded like a migration, so editing one needs no
    migration)."""
    lake = _is_ducklake(con)
    _execute(con, sql("migrate/create_schema_migrations.sql"), lake)
    done = {row[0] for row in con.execute("select version from schema_migrations").fetchall()}
    applied = []
    steps: dict[str, Migration] = {
        path.stem: [path.read_text("utf-8")] for path in (SQL_DIR / "migrations").glob("*.sql")
    }
    steps.update(CODE_MIGRATIONS)
    for version in sorted(steps):
        if version not in done and _apply(con, version, steps[version], lake):
            applied.append(version)
    # Macros first: the views use them. Replaced only when their text changed: a DuckLake
    # commits every catalog change, and processes replacing one view at once would conflict.
    texts = [path.read_text(encoding="utf-8") for folder in ("macros", "views")
             for path in sorted((SQL_DIR / folder).glob("*.sql"))]
    version = "views-" + hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    if version not in done and _apply(con, version, texts, lake):
        applied.append(version)
    return applied


def _apply(con: duckdb.DuckDBPyConnection, version: str, step: Migration, lake: bool) -> bool:
    """Run the statement texts (or the code) and record `version` in one transaction; False when
    it was recorded meanwhile by another process sharing the catalog (DuckLake)."""
    with transaction(con):
        if con.execute(
            "select count(*) from schema_migrations where version = ?", [version]
        ).fetchone()[0]:
            return False
        if lake:
            # Two processes applying one migration must collide at commit so the loser retries
            # (pipelines/warehouse.retry_conflicts): appends and comments alone do not conflict
            # in a DuckLake, but rewriting the same row does.
            con.execute(sql("migrate/touch_schema_migrations.sql"))
        if callable(step):
            step(con)
        else:
            for text in step:
                _execute(con, text, lake)
        con.execute(
            sql("migrate/insert_schema_migration.sql"),
            {"version": version, "applied_at": utc_now()},
        )
    return True


def _is_ducklake(con: duckdb.DuckDBPyConnection) -> bool:
    found = con.execute(
        "select type from duckdb_databases() where database_name = current_database()"
    ).fetchone()
    return found is not None and found[0] == "ducklake"


_CREATE_TABLE = re.compile(r"(?:\s*--[^\n]*\n)*\s*create\s+table\b", re.I)


def _execute(con: duckdb.DuckDBPyConnection, text: str, lake: bool) -> None:
    """Run a file's statements, creating tables without key constraints (see key_constraints);
    in a DuckLake also without comments on view columns, which it does not have."""
    for statement in con.extract_statements(text):
        query = statement.query
        if statement.type == duckdb.StatementType.CREATE and _CREATE_TABLE.match(query):
            query = without_keys(query)
        if not lake:
            con.execute(query)
            continue
        target = re.match(r"(?:\s*--[^\n]*\n)*\s*comment\s+on\s+column\s+(\w+)\.", query, re.I)
        if target and con.execute(
            "select count(*) from duckdb_views() where view_name = ?", [target[1]]
        ).fetchone()[0]:
            continue
        con.execute(query)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All or nothing: a failure inside rolls every statement back."""
    con.begin()
    try:
        yield
    except BaseException:
        con.rollback()
        raise
    con.commit()


@contextmanager
def connect(resource: DuckDBResource) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated connection that is closed even when the block raises."""
    with resource.get_connection() as con:
        try:
            migrate(con)
            yield con
        finally:
            con.close()


def stage(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict[str, Any]]) -> None:
    """Expose rows to SQL as the relation `name` (typed by Arrow, inserted BY NAME)."""
    con.register(name, pa.Table.from_pylist(rows))


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
