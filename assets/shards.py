"""Per-day Parquet shards: the hand-off that lets extraction run anywhere, without the warehouse.

shards/articles/published=D/articles.parquet     the day's articles, written by ingestion
shards/mentions/published=D/mentions.parquet     extracted mention rows (no event ids yet)
shards/extractions/published=D/extractions.parquet   one status row per article

Each file is replaced whole by rename, so a reader sees the old file or the new one. A day's
mention and extraction shards are written and read under the day's lock file
(locks/published=D.lock), so a reader never meets one of each of two runs.
"""

import datetime as dt
import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from assets.files import atomic_path
from assets.warehouse import sql

ARTICLES, MENTIONS, EXTRACTIONS = "articles", "mentions", "extractions"


def shard_path(root: Path, kind: str, day: dt.date) -> Path:
    return root / kind / f"published={day.isoformat()}" / f"{kind}.parquet"


def write_shard(root: Path, kind: str, day: dt.date, table: pa.Table) -> Path:
    path = shard_path(root, kind, day)
    with atomic_path(path) as staged:
        pq.write_table(table, staged)
    return path


@contextmanager
def day_lock(root: Path, day: dt.date, *, exclusive: bool) -> Iterator[None]:
    """The day's lock: held alone by whoever replaces the day's mention and extraction shards,
    together by those who read them. An advisory lock (flock), so it holds between processes
    on one machine and on file systems that honour flock."""
    path = root / "locks" / f"published={day.isoformat()}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def read_shard(root: Path, kind: str, day: dt.date) -> pa.Table | None:
    """The day's shard, or None when it was never written."""
    path = shard_path(root, kind, day)
    return pq.read_table(path) if path.is_file() else None


# What extraction reads of an article; a shard written before a column was added is stale.
ARTICLE_COLUMNS = frozenset({"article_id", "text", "published", "source", "title"})


def _shard_rows(path: Path) -> int | None:
    """The shard's article count, or None when it is missing or lacks a column."""
    if not path.is_file():
        return None
    metadata = pq.read_metadata(path)
    return metadata.num_rows if ARTICLE_COLUMNS <= set(metadata.schema.names) else None


def write_article_shards(
    con: duckdb.DuckDBPyConnection, root: Path, days: set[dt.date], pending: list[dt.date]
) -> int:
    """Write the shards of `days` (whose articles changed) and of every pending day whose shard
    is missing, lacks a column extraction reads, or holds another number of articles than the
    warehouse (a warehouse from before shards, a run killed between commit and shard); returns
    how many were written."""
    found = con.execute(sql("extract/count_articles_by_day.sql"), {"days": pending}).fetchall()
    counts = dict(found)
    stale = {
        day for day in pending
        if _shard_rows(shard_path(root, ARTICLES, day)) != counts.get(day)
    }
    todo = sorted(days | stale)
    for day in todo:
        table = con.execute(
            sql("extract/select_articles_published_on.sql"), {"day": day}
        ).fetch_arrow_table()
        write_shard(root, ARTICLES, day, table)
    return len(todo)
