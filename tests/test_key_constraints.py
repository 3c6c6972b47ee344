"""Migration 011 drops the key constraints of a warehouse made before it, and loses nothing."""

from __future__ import annotations

import duckdb
import pytest

from assets.key_constraints import without_keys
from assets.warehouse import SQL_DIR, migrate

COLUMNS = (
    "select table_name, column_name, data_type, comment, is_nullable, column_default "
    "from duckdb_columns() where schema_name = 'main' and table_name <> 'schema_migrations' "
    "and table_name in (select table_name from duckdb_tables()) "
    "order by all"
)
KEYS = (
    "select count(*) from duckdb_constraints() "
    "where constraint_type in ('PRIMARY KEY', 'UNIQUE')"
)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("create table t (id varchar primary key, n int)",
         "create table t (id varchar not null, n int)"),
        ("CREATE TABLE t(id VARCHAR PRIMARY KEY, n INTEGER);",
         "CREATE TABLE t(id VARCHAR not null, n INTEGER);"),
        ("create table t (a int, b int, primary key (a, b))", "create table t (a int, b int)"),
        ("create table t (a int unique, n_unique int)", "create table t (a int, n_unique int)"),
    ],
)
def test_without_keys(statement: str, expected: str) -> None:
    assert without_keys(statement) == expected


def _keyed_warehouse() -> duckdb.DuckDBPyConnection:
    """A warehouse as migrations 001-010 made it before 011: with its keys, and some rows."""
    con = duckdb.connect(":memory:")
    con.execute((SQL_DIR / "migrate" / "create_schema_migrations.sql").read_text("utf-8"))
    for path in sorted((SQL_DIR / "migrations").glob("*.sql")):
        if path.stem < "011":
            con.execute(path.read_text("utf-8"))
            con.execute("insert into schema_migrations values (?, now())", [path.stem])
    con.execute(
        "insert into articles (article_id, title, text, published, source_file, n_chars, "
        "ingested_at) values ('a1', 'T', 'Text.', date '2022-02-24', 'inbox/a.txt', 5, now())"
    )
    return con


def _columns_after_later_migrations() -> list[tuple]:
    """The columns of a keyed warehouse once the SQL migrations after 011 (which may describe
    columns anew) have run too: what 011 must keep."""
    con = _keyed_warehouse()
    for path in sorted((SQL_DIR / "migrations").glob("*.sql")):
        if path.stem > "011":
            con.execute(path.read_text("utf-8"))
    return con.execute(COLUMNS).fetchall()


def test_old_warehouse_loses_its_keys_and_nothing_else() -> None:
    con = _keyed_warehouse()
    assert con.execute(KEYS).fetchone()[0] >= 5
    before = _columns_after_later_migrations()
    assert "011_drop_key_constraints" in migrate(con)
    assert con.execute(KEYS).fetchone()[0] == 0
    assert con.execute(COLUMNS).fetchall() == before, "types, comments, NOT NULL, defaults kept"
    assert con.execute("select article_id, text from articles").fetchall() == [("a1", "Text.")]
    assert con.execute("select count(*) from timeline").fetchone() == (0,), "views still bind"
    with pytest.raises(duckdb.ConstraintException):
        con.execute("insert into articles (article_id) values (null)")
    assert migrate(con) == []


def test_new_warehouse_is_made_without_keys() -> None:
    con = duckdb.connect(":memory:")
    migrate(con)
    assert con.execute(KEYS).fetchone()[0] == 0
    ids = con.execute(
        "select table_name, column_name, is_nullable from duckdb_columns() "
        "where (table_name, column_name) in (('articles', 'article_id'), "
        "('event_mentions', 'mention_id'), ('events', 'event_id'), "
        "('rejected_articles', 'rejection_id')) order by all"
    ).fetchall()
    assert len(ids) == 4 and not any(nullable for _, _, nullable in ids)
