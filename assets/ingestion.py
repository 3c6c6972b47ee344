"""articles and rejected_articles: every inbox file read into one or the other."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, multi_asset
from dagster_duckdb import DuckDBResource

from assets.metadata import table_metadata
from assets.warehouse import connect, sql, stage, transaction, utc_now
from conflict_timeline.events.merging import short_hash
from conflict_timeline.ingest import Article, Rejection, read_file
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.resources import DataHomeResource

_BATCH = 2000


def inbox_files(inbox: Path) -> list[Path]:
    """Files waiting in the inbox, in a stable order; hidden files and mapping sidecars skipped."""
    return sorted(
        path for path in inbox.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(inbox).parts)
        and not path.name.endswith(".mapping.yaml")
    )


def article_row(article: Article, now: Any) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "title": article.title,
        "text": article.text,
        "published": article.published,
        "published_at": article.published_at,
        "source": article.source,
        "url": article.url,
        "source_file": article.source_file,
        "record": article.record,
        "n_chars": len(article.text),
        "ingested_at": now,
    }


def rejection_row(rejection: Rejection, now: Any) -> dict[str, Any]:
    return {
        "rejection_id": short_hash(rejection.source_file, rejection.record, rejection.reason),
        "source_file": rejection.source_file,
        "record": rejection.record,
        "reason": rejection.reason,
        "rejected_at": now,
    }


@multi_asset(
    specs=[
        AssetSpec(
            "articles",
            description="Distinct articles read from the inbox (id = content hash).",
            kinds={"duckdb", "python"},
            owners=OWNERS,
            group_name="ingest",
        ),
        AssetSpec(
            "rejected_articles",
            description="Inbox inputs that could not become articles, each with a reason.",
            kinds={"duckdb", "python"},
            owners=OWNERS,
            group_name="ingest",
        ),
    ],
    pool=WRITER_POOL,
)
def ingested_articles(
    context: AssetExecutionContext, home: DataHomeResource, warehouse: DuckDBResource
) -> Iterator[MaterializeResult]:
    """Read every inbox file; store new articles and every refusal in one transaction."""
    files = inbox_files(home.paths.inbox)
    counts = {"articles": 0, "rejected_articles": 0}
    with connect(warehouse) as con, transaction(con):
        articles: list[dict[str, Any]] = []
        rejections: list[dict[str, Any]] = []
        seen: set[str] = set()
        for path in files:
            now = utc_now()
            for item in read_file(path):
                if isinstance(item, Rejection):
                    rejections.append(rejection_row(item, now))
                elif item.article_id not in seen:
                    seen.add(item.article_id)
                    articles.append(article_row(item, now))
                if len(articles) >= _BATCH:
                    counts["articles"] += _flush(con, "staged_articles", articles)
            counts["articles"] += _flush(con, "staged_articles", articles)
            counts["rejected_articles"] += _flush(con, "staged_rejections", rejections)
        articles_meta = table_metadata(con, "articles")
        rejected_meta = table_metadata(con, "rejected_articles")
    context.log.info(f"{len(files)} inbox files; {counts}")
    yield MaterializeResult(
        asset_key="articles",
        metadata={**articles_meta, "inbox_files": len(files), "read_this_run": counts["articles"]},
    )
    yield MaterializeResult(
        asset_key="rejected_articles",
        metadata={**rejected_meta, "refused_this_run": counts["rejected_articles"]},
    )


_INSERTS = {
    "staged_articles": "ingest/insert_articles.sql",
    "staged_rejections": "ingest/insert_rejected_articles.sql",
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

