"""articles and rejected_articles: every inbox file read into one or the other."""

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, MetadataValue, multi_asset
from dagster_duckdb import DuckDBResource

from assets.inbox import destination, file_sha256, inbox_files, move
from assets.metadata import table_metadata
from assets.shards import write_article_shards
from assets.warehouse import connect, sql, stage, transaction, utc_now
from conflict_timeline import EXTRACTOR_VERSION
from conflict_timeline.events.merging import short_hash
from conflict_timeline.home import DataHome
from conflict_timeline.ingest import Article, Rejection, manifest_targets, read_file
from conflict_timeline.ingest.reader import MANIFEST_SUFFIX
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.partitions import FIRST_DAY, day_ranges
from pipelines.resources import DataHomeResource

_BATCH = 2000
# Metadata key on `articles`: publication-day ranges whose articles await extraction.
PENDING_RANGES = "pending_day_ranges"
PENDING_ARTICLES = "pending_articles"
_INSERTS = {
    "staged_articles": "ingest/insert_articles.sql",
    "staged_rejections": "ingest/insert_rejected_articles.sql",
}


@dataclass
class _Batch:
    """Rows waiting to be inserted, and the file moves to make once they are committed."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[dict[str, Any]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    days: set[dt.date] = field(default_factory=set)  # publication days given new articles
    moves: list[tuple[Path, Path]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"articles": 0, "rejected": 0})


def pending_days(con: Any) -> dict[dt.date, int]:
    """Days with articles the current extractor has not processed (new, re-versioned, or left
    over by a run that was killed), with how many such articles each has."""
    found = con.execute(
        sql("extract/select_pending_days.sql"), {"extractor_version": EXTRACTOR_VERSION}
    ).fetchall()
    return dict(found)


def _relative(home: DataHome, path: Path | str) -> str:
    return os.path.relpath(path, home.root)


def _read_one(home: DataHome, path: Path, today: dt.date, batch: _Batch, con: Any) -> None:
    """Stage one file's articles and refusals, and plan where the file goes afterwards."""
    digest, now, refused_whole = file_sha256(path), utc_now(), False
    quarantined = destination(path, home.inbox, home.quarantine, today)
    for item in read_file(path, inbox=home.inbox):
        if isinstance(item, Rejection):
            refused_whole |= item.record is None
            moved_to = _relative(home, quarantined) if item.record is None else None
            batch.rejections.append(_rejection_row(home, item, digest, now, moved_to))
        elif item.published < FIRST_DAY:
            reason = (
                f"publication date {item.published} is before {FIRST_DAY}, the first day the "
                "pipeline keeps; such articles are out of its scope"
            )
            refusal = Rejection(item.source_file, item.record, reason)
            batch.rejections.append(_rejection_row(home, refusal, digest, now, None))
        elif item.article_id not in batch.seen:
            batch.seen.add(item.article_id)
            batch.days.add(item.published)
            batch.articles.append(_article_row(home, item, now))
        if len(batch.articles) >= _BATCH:
            batch.counts["articles"] += _flush(con, "staged_articles", batch.articles)
    if refused_whole:
        batch.moves.append((path, quarantined))
        return
    batch.moves.append((path, destination(path, home.inbox, home.archive, today)))
    if path.name.endswith(MANIFEST_SUFFIX):
        for body in sorted(manifest_targets(path, home.inbox)):
            if body.is_file():
                batch.moves.append((body, destination(body, home.inbox, home.archive, today)))


def _rejection_row(
    home: DataHome, rejection: Rejection, digest: str, now: dt.datetime, moved_to: str | None
) -> dict[str, Any]:
    return {
        "rejection_id": short_hash(digest, rejection.record, rejection.reason),
        "source_file": _relative(home, rejection.source_file),
        "record": rejection.record,
        "reason": rejection.reason,
        "rejected_at": now,
        "quarantined_to": moved_to,
        "file_sha256": digest,
    }


def _article_row(home: DataHome, article: Article, now: dt.datetime) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "title": article.title,
        "text": article.text,
        "published": article.published,
        "published_at": article.published_at,
        "source": article.source,
        "url": article.url,
        "source_file": _relative(home, article.source_file),
        "record": article.record,
        "n_chars": len(article.text),
        "ingested_at": now,
    }


def _flush(con: Any, relation: str, rows: list[dict[str, Any]]) -> int:
    """Insert the staged rows and empty the buffer; returns how many were staged."""
    if not rows:
        return 0
    stage(con, relation, rows)
    con.execute(sql(_INSERTS[relation]))
    con.unregister(relation)
    count = len(rows)
    rows.clear()
    return count


def _spec(name: str, description: str) -> AssetSpec:
    return AssetSpec(
        name, description=description, kinds={"duckdb", "python"}, owners=OWNERS,
        group_name="ingest",
    )


@multi_asset(
    specs=[
        _spec("articles", "Distinct articles read from the inbox (id = content hash)."),
        _spec("rejected_articles", "Inbox inputs that could not become articles, with a reason."),
    ],
    pool=WRITER_POOL,
)
def ingested_articles(
    context: AssetExecutionContext, home: DataHomeResource, warehouse: DuckDBResource
) -> Iterator[MaterializeResult]:
    """Read every inbox file and store new articles and every refusal in one transaction; then
    move each file to archive/ (or quarantine/ when nothing in it could be used)."""
    paths, today = home.paths, dt.datetime.now(dt.UTC).date()
    batch = _Batch()
    with connect(warehouse) as con:
        # Listed only once the warehouse is ours: a run started together with this one may
        # have waited for the same lock and moved these files out meanwhile.
        files = inbox_files(paths.inbox)
        with transaction(con):
            for path in files:
                _read_one(paths, path, today, batch, con)
                batch.counts["articles"] += _flush(con, "staged_articles", batch.articles)
                batch.counts["rejected"] += _flush(con, "staged_rejections", batch.rejections)
        # Files move only after their rows are committed: a crash before this point leaves them
        # in the inbox, and the next run reads them again (ids make that harmless).
        for source, target in batch.moves:
            move(source, target)
        waiting = pending_days(con)
        # Extraction reads these shards, never the warehouse, so it needs no writer slot.
        sharded = write_article_shards(con, paths.shards, batch.days, list(waiting))
        pending = day_ranges(list(waiting))
        articles_meta = table_metadata(con, "articles")
        rejected_meta = table_metadata(con, "rejected_articles")
    quarantined = sum(1 for _, target in batch.moves if paths.quarantine in target.parents)
    context.log.info(f"{len(files)} inbox files; {batch.counts}; {quarantined} quarantined")
    yield MaterializeResult(
        asset_key="articles",
        metadata={
            **articles_meta,
            "inbox_files": len(files),
            "read_this_run": batch.counts["articles"],
            "article_shards_written": sharded,
            # Read while this step holds the writer pool: the runner and the extraction sensor
            # request these event_mentions partitions without opening the warehouse themselves.
            PENDING_RANGES: MetadataValue.json(pending),
            PENDING_ARTICLES: MetadataValue.int(sum(waiting.values())),
        },
    )
    yield MaterializeResult(
        asset_key="rejected_articles",
        metadata={
            **rejected_meta,
            "refused_this_run": batch.counts["rejected"],
            "files_quarantined": quarantined,
        },
    )
