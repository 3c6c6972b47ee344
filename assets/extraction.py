"""event_mentions: one partition per publication day, each replaced whole in one transaction."""

import datetime as dt
from typing import Any

import duckdb
from dagster import (
    AssetExecutionContext,
    BackfillPolicy,
    MaterializeResult,
    asset,
    get_dagster_logger,
)
from dagster_duckdb import DuckDBResource

from assets.metadata import table_metadata
from assets.warehouse import connect, sql, stage, transaction, utc_now
from conflict_timeline import EXTRACTOR_VERSION
from conflict_timeline.events import extract_events
from conflict_timeline.events.canonical import (
    KnownEvent,
    actor_stem,
    assign_events,
    modality_family,
)
from conflict_timeline.events.rows import mention_row
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.partitions import publication_days

log = get_dagster_logger()


def known_events(con: duckdb.DuckDBPyConnection, event_types: set[str]) -> list[KnownEvent]:
    """The events of these types that earlier days' mentions founded."""
    found = con.execute(
        sql("extract/select_known_events.sql"), {"event_types": sorted(event_types)}
    ).fetchall()
    return [
        KnownEvent(
            event_id=event_id, event_type=event_type, event_mode=event_mode,
            family=modality_family(modality), date_start=start, date_end=end, dated=dated,
            n_dated=n_dated, actors={actor_stem(code) for code in codes if code}, place=place,
            first_reported=first, articles=set(article_ids),
        )
        for (event_id, event_type, event_mode, modality, start, end, dated, n_dated, codes,
             place, first, article_ids) in found
    ]


def extract_day(con: duckdb.DuckDBPyConnection, day: dt.date) -> tuple[int, int]:
    """Re-extract one publication day; returns (articles, mentions)."""
    articles = con.execute(sql("extract/select_articles_published_on.sql"), {"day": day}).fetchall()
    extractions: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    for article_id, text, published in articles:
        try:
            result = extract_events(text, published)
        except Exception as problem:  # noqa: BLE001 - one bad article must not stop its day
            log.warning(f"article {article_id}: extraction failed: {problem!r}")
            failure, n_timexes, rows = f"{type(problem).__name__}: {problem}"[:300], 0, []
        else:
            failure, n_timexes = None, len(result.timexes)
            rows = [mention_row(article_id, published, m) for m in result.mentions]
        mentions.extend(rows)
        extractions.append({
            "article_id": article_id,
            "extractor_version": EXTRACTOR_VERSION,
            "n_timexes": n_timexes,
            "n_mentions": len(rows),
            "extracted_at": utc_now(),
            "extraction_error": failure,
        })
    with transaction(con):
        con.execute(sql("extract/delete_day_mentions.sql"), {"day": day})
        con.execute(sql("extract/delete_day_extractions.sql"), {"day": day})
        if mentions:
            assign_events(mentions, known_events(con, {row["event_type"] for row in mentions}))
            stage(con, "staged_mentions", mentions)
            con.execute(sql("extract/insert_event_mentions.sql"))
            con.unregister("staged_mentions")
        if extractions:
            stage(con, "staged_extractions", extractions)
            con.execute(sql("extract/upsert_article_extractions.sql"))
            con.unregister("staged_extractions")
    return len(articles), len(mentions)


@asset(
    deps=["articles"],
    description=(
        "One row per event reported in a sentence of an article: type, actors, place, date "
        "(with precision and basis), modality, and offsets reproducing the evidence. "
        "Partitioned by the article's publication day."
    ),
    kinds={"duckdb", "python"},
    owners=OWNERS,
    group_name="extract",
    code_version=EXTRACTOR_VERSION,
    partitions_def=publication_days,
    backfill_policy=BackfillPolicy.single_run(),
    pool=WRITER_POOL,
)
def event_mentions(context: AssetExecutionContext, warehouse: DuckDBResource) -> MaterializeResult:
    """Replace the mentions of every publication day in the run's partition window, one day per
    transaction, so a crash leaves each day either as it was or fully redone."""
    window = context.partition_time_window
    bounds = {"window_start": window.start.date(), "window_end": window.end.date()}
    n_articles = n_mentions = 0
    with connect(warehouse) as con:
        found = con.execute(sql("extract/select_days_with_articles.sql"), bounds).fetchall()
        days = [row[0] for row in found]
        for day in days:
            articles, mentions = extract_day(con, day)
            n_articles, n_mentions = n_articles + articles, n_mentions + mentions
        metadata = table_metadata(con, "event_mentions")
        without = con.execute(sql("extract/count_articles_without_events.sql")).fetchone()[0]
    context.log.info(f"{len(days)} days, {n_articles} articles, {n_mentions} mentions")
    return MaterializeResult(
        metadata={
            **metadata,
            "days_with_articles": len(days),
            "articles_extracted_this_run": n_articles,
            "mentions_this_run": n_mentions,
            "articles_without_events": int(without),
            "extractor_version": EXTRACTOR_VERSION,
        }
    )
