"""Why the warehouse's tables carry no key constraints, and the migration that drops them.

DuckDB writes a table's whole key index at every checkpoint, so with keys a day's run paid for
all history at each commit (0.7 s per keyed table at 100k articles, against 0.02 s without).
DuckLake has no keys at all. The SQL keeps ids unique instead (MERGE, or delete then insert),
and blocking asset checks prove it on every run."""

from __future__ import annotations

import re

import duckdb

# Key and unique constraints: of the table, or of a column (whose key made it NOT NULL).
TABLE_KEYS = re.compile(r",\s*(?:primary\s+key|unique)\s*\([^)]*\)", re.I)
COLUMN_KEY = re.compile(r"\s+primary\s+key\b", re.I)
COLUMN_UNIQUE = re.compile(r"\s+unique\b", re.I)


def without_keys(statement: str) -> str:
    """A CREATE TABLE statement without key and unique constraints; a key column stays NOT NULL."""
    statement = TABLE_KEYS.sub("", statement)
    return COLUMN_UNIQUE.sub("", COLUMN_KEY.sub(" not null", statement))


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _keyed_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        "select distinct table_name from duckdb_constraints() "
        "where database_name = current_database() and schema_name = 'main' "
        "and constraint_type in ('PRIMARY KEY', 'UNIQUE') order by table_name"
    ).fetchall()
    return [row[0] for row in rows]


def _rebuild(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """The same table, rows, defaults, NOT NULLs and comments, without keys. Views find it
    again by name."""
    statement, comment = con.execute(
        "select sql, comment from duckdb_tables() where database_name = current_database() "
        "and schema_name = 'main' and table_name = ?", [table]).fetchone()
    columns = con.execute(
        "select column_name, comment from duckdb_columns() where database_name = "
        "current_database() and schema_name = 'main' and table_name = ? and comment is not null",
        [table]).fetchall()
    keyed = f"{table}__keyed"
    con.execute(f'alter table "{table}" rename to "{keyed}"')
    con.execute(without_keys(statement))
    con.execute(f'insert into "{table}" by name select * from "{keyed}"')
    con.execute(f'drop table "{keyed}"')
    if comment:
        con.execute(f'comment on table "{table}" is {_quoted(comment)}')
    for column, text in columns:
        con.execute(f'comment on column "{table}"."{column}" is {_quoted(text)}')


def drop_key_constraints(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every keyed table of a warehouse made before migration 011 (inside the caller's
    transaction). A warehouse made since has none, and this does nothing."""
    for table in _keyed_tables(con):
        _rebuild(con, table)
