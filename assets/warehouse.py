"""The SQL side of the assets: statement files from sql/, migrations, transactions, staging."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from dagster_duckdb import DuckDBResource

SQL_DIR = Path(__file__).resolve().parents[1] / "sql"


@cache
def sql(name: str) -> str:
    """The statement in sql/<name>, e.g. sql("events/insert_events.sql")."""
    return (SQL_DIR / name).read_text(encoding="utf-8")


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations not yet applied (each in its own transaction), then the macros and
    views (recreated every time, so editing one needs no migration)."""
    con.execute(sql("migrate/create_schema_migrations.sql"))
    done = {row[0] for row in con.execute("select version from schema_migrations").fetchall()}
    applied = []
    for path in sorted((SQL_DIR / "migrations").glob("*.sql")):
        if path.stem in done:
            continue
        with transaction(con):
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(
                sql("migrate/insert_schema_migration.sql"),
                {"version": path.stem, "applied_at": utc_now()},
            )
        applied.append(path.stem)
    # Macros first: the views use them.
    for folder in ("macros", "views"):
        for path in sorted((SQL_DIR / folder).glob("*.sql")):
            con.execute(path.read_text(encoding="utf-8"))
    return applied


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
