"""event_mentions: every article the current extractor has not seen, run through the core."""

from typing import Any

from dagster import AssetExecutionContext, MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from assets.metadata import table_metadata
from assets.warehouse import connect, sql, stage, transaction, utc_now
from conflict_timeline import EXTRACTOR_VERSION
from conflict_timeline.events import extract_events
from conflict_timeline.events.rows import mention_row
from pipelines.constants import OWNERS, WRITER_POOL


@asset(
    deps=["articles"],
    description=(
        "One row per event reported in a sentence of an article: type, actors, place, date "
        "(with precision and basis), modality, and offsets reproducing the evidence."
    ),
    kinds={"duckdb", "python"},
    owners=OWNERS,
    group_name="extract",
    code_version=EXTRACTOR_VERSION,
    pool=WRITER_POOL,
)
def event_mentions(context: AssetExecutionContext, warehouse: DuckDBResource) -> MaterializeResult:
    """Extract the articles not yet processed by this extractor version; replace their rows."""
    with connect(warehouse) as con:
        pending = con.execute(
            sql("extract/select_articles_to_extract.sql"), {"extractor_version": EXTRACTOR_VERSION}
        ).fetchall()
        extractions: list[dict[str, Any]] = []
        mentions: list[dict[str, Any]] = []
        for article_id, text, published in pending:
            result = extract_events(text, published)
            rows = [mention_row(article_id, published, m) for m in result.mentions]
            mentions.extend(rows)
            extractions.append({
                "article_id": article_id,
                "extractor_version": EXTRACTOR_VERSION,
                "n_timexes": len(result.timexes),
                "n_mentions": len(rows),
                "extracted_at": utc_now(),
            })
        with transaction(con):
            if extractions:
                stage(con, "staged_extractions", extractions)
                con.execute(sql("extract/delete_article_mentions.sql"))
                if mentions:
                    stage(con, "staged_mentions", mentions)
                    con.execute(sql("extract/insert_event_mentions.sql"))
                con.execute(sql("extract/upsert_article_extractions.sql"))
        metadata = table_metadata(con, "event_mentions")
        without_events = con.execute(sql("extract/count_articles_without_events.sql")).fetchone()[0]
    context.log.info(f"extracted {len(pending)} articles, {len(mentions)} mentions")
    return MaterializeResult(
        metadata={
            **metadata,
            "articles_extracted_this_run": len(pending),
            "mentions_this_run": len(mentions),
            "articles_without_events": int(without_events),
            "extractor_version": EXTRACTOR_VERSION,
        }
    )
