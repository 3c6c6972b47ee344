"""The warehouse resource: the DuckDB file by default, or DuckLake, chosen by environment.

CONFLICT_TIMELINE_WAREHOUSE=ducklake keeps the tables in DuckLake: the catalog in PostgreSQL
(CONFLICT_TIMELINE_DUCKLAKE_CATALOG, a libpq DSN) and Parquet files under
CONFLICT_TIMELINE_DUCKLAKE_DATA (default: <data folder>/lake), so processes on several machines
can write at once and analysts can attach it read-only. The assets do not know which it is:
both are a DuckDBResource whose connection has the warehouse as its current database.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import duckdb
from dagster import EnvVar
from dagster_duckdb import DuckDBResource

from assets.extensions import load_extension
from assets.warehouse import migrate, transaction
from conflict_timeline.home import DataHome

BACKEND = "CONFLICT_TIMELINE_WAREHOUSE"
CATALOG = "CONFLICT_TIMELINE_DUCKLAKE_CATALOG"
DATA_PATH = "CONFLICT_TIMELINE_DUCKLAKE_DATA"
LAKE = "lake"  # the name the DuckLake is attached under
# Processes that change the DuckLake catalog at once (the first attach, a migration) may lose
# the race at commit; they try again on the state the winner left, a few times at most.
ATTEMPTS = 6
T = TypeVar("T")


class WarehouseResource(DuckDBResource):
    """DuckDBResource over the DuckDB file `database`, or over a DuckLake when `catalog` is set
    (then `database` is the in-memory DuckDB that attaches it)."""

    catalog: str | None = None
    data_path: str | None = None

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not self.catalog:
            with super().get_connection() as con:
                yield con
            return
        con = duckdb.connect(":memory:", config={"custom_user_agent": "dagster"})
        try:
            retry_conflicts(lambda: attach_lake(con, self.catalog or "", self.data_path))
            # Migrated here, where a lost race can be retried; the assets' migrate() then finds
            # nothing left to do and writes nothing.
            retry_conflicts(lambda: migrate(con))
            yield con
        finally:
            con.close()


def attach_lake(
    con: duckdb.DuckDBPyConnection, catalog: str, data_path: str | None, read_only: bool = False
) -> None:
    """Attach the DuckLake (creating it on first use) and make it the current database."""
    # DuckDB cannot download extensions here: both load from their PyPI wheels.
    load_extension(con, "ducklake")
    load_extension(con, "postgres_scanner")
    options = [f"DATA_PATH {_quoted(data_path)}"] if data_path else []
    options += ["READ_ONLY"] if read_only else []
    suffix = f" ({', '.join(options)})" if options else ""
    con.execute(f"attach {_quoted('ducklake:postgres:' + catalog)} as {LAKE}{suffix}")
    con.execute(f"use {LAKE}")


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _lost_race(error: duckdb.Error) -> bool:
    """A write-write conflict at commit, or two processes creating the catalog at once."""
    message = str(error)
    return "conflict" in message.lower() or "Failed to initialize DuckLake" in message


def retry_conflicts(action: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Run `action`, again after a short random pause when it lost a race to another writer."""
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except duckdb.Error as error:
            if attempt == attempts or not _lost_race(error):
                raise
            time.sleep(random.uniform(0.05, 0.2) * 2**attempt)
    raise AssertionError("unreachable")


def copy_warehouse(warehouse: DuckDBResource, target: Path) -> None:
    """Write the warehouse as one DuckDB file at `target`: the file itself, or for a DuckLake a
    consistent snapshot of its tables under the same schema (comments, views)."""
    if not getattr(warehouse, "catalog", None):
        shutil.copyfile(warehouse.database, target)
        return
    with warehouse.get_connection() as con:
        con.execute(f"attach {_quoted(str(target))} as snapshot")
        con.execute("use snapshot")
        migrate(con)
        tables = [row[0] for row in con.execute(
            "select table_name from duckdb_tables() where database_name = ? "
            "and table_name <> 'schema_migrations' order by table_name", [LAKE],
        ).fetchall()]
        # One transaction: every table is read at the same DuckLake snapshot.
        with transaction(con):
            for table in tables:
                con.execute(f'insert into snapshot."{table}" by name '
                            f'select * from {LAKE}."{table}"')
        con.execute(f"use {LAKE}")
        con.execute("detach snapshot")


def build_warehouse(home: DataHome) -> WarehouseResource:
    """The warehouse the environment chooses (default: the data folder's DuckDB file)."""
    backend = os.environ.get(BACKEND, "duckdb")
    if backend == "duckdb":
        return WarehouseResource(database=str(home.warehouse))
    if backend != "ducklake":
        raise SystemExit(f"{BACKEND} must be duckdb or ducklake, not {backend!r}")
    if not os.environ.get(CATALOG):
        raise SystemExit(f"{BACKEND}=ducklake needs {CATALOG}, a libpq DSN of its catalog")
    data_path = os.environ.get(DATA_PATH) or str(home.root / "lake")
    # The DSN is read in each process at run time (it may hold a password: kept out of the UI).
    return WarehouseResource(database=":memory:", catalog=EnvVar(CATALOG), data_path=data_path)
