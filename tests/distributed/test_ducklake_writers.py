"""Several processes write one DuckLake at once (PostgreSQL catalog, Parquet data path), and an
analyst attaches it read-only: nothing is lost, nothing is doubled, nobody sees a lock."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from assets.warehouse import SQL_DIR
from pipelines.warehouse import attach_lake
from tests.distributed.conftest import REPO, Postgres, clean_env

pytestmark = pytest.mark.distributed

WRITERS, ARTICLES_EACH = 4, 25


def test_processes_create_and_fill_one_lake_at_once(postgres: Postgres, tmp_path: Path) -> None:
    catalog = postgres.dsn(postgres.create_database("writers_lake"))
    data_path = str(tmp_path / "lake")
    # All start on the same instant on a catalog that does not exist yet: they race to create
    # the DuckLake, to apply the migrations and to insert (the resource retries lost races).
    start_at = time.time() + 8
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.distributed.lake_writer", catalog, data_path,
             str(writer), str(ARTICLES_EACH), str(start_at)],
            cwd=REPO, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True,
        )
        for writer in range(WRITERS)
    ]
    outputs = []
    try:
        for process in writers:
            outputs.append(process.communicate(timeout=180)[0])
    finally:
        for process in writers:
            process.kill()
    assert [p.returncode for p in writers] == [0] * WRITERS, "\n".join(outputs)
    assert not any("lock" in out.lower() for out in outputs), outputs

    analyst = duckdb.connect(":memory:")
    attach_lake(analyst, catalog, data_path, read_only=True)
    ids = [row[0] for row in analyst.execute("select article_id from articles").fetchall()]
    assert len(ids) == WRITERS * ARTICLES_EACH == len(set(ids))
    versions = [row[0] for row in analyst.execute("select version from schema_migrations")
                .fetchall()]
    migrations = {path.stem for path in (SQL_DIR / "migrations").glob("*.sql")}
    assert len(versions) == len(set(versions)), "a migration was applied twice"
    assert migrations <= set(versions)
    # The views (and the macro they use) are in the lake for analysts.
    assert analyst.execute("select count(*) from timeline").fetchone()[0] == 0
    with pytest.raises(duckdb.Error, match="read-only|read only"):
        analyst.execute("delete from articles")
