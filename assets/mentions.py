"""event_mentions: each day's mention shard loaded into the warehouse and merged into canonical
events, in day order, a batch of days per transaction. The only extraction-side writer of the
table."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from dagster import AssetExecutionContext, BackfillPolicy, MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from assets.extraction import SHARD_TOKEN
from assets.metadata import table_metadata
from assets.shards import EXTRACTIONS, MENTIONS, day_lock, read_shard
from assets.warehouse import connect, sql, stage, transaction
from conflict_timeline import EXTRACTOR_VERSION
from conflict_timeline.events.canonical import (
    KnownEvent,
    assign_events,
    modality_family,
)
from conflict_timeline.events.lexicon import mode_parameters
from conflict_timeline.events.targets import THEATRE_GUESS
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.partitions import publication_days
from pipelines.resources import DataHomeResource


class ShardError(RuntimeError):
    """A day's shards are missing or do not belong together; the message says what to run."""


def known_events(con: duckdb.DuckDBPyConnection, day_mentions: pa.Table) -> list[KnownEvent]:
    """The stored events that the day's new mentions may join (see the SQL for the scope)."""
    con.register("day_mentions", day_mentions)
    try:
        found = con.execute(sql("extract/select_known_events.sql"),
                            {**mode_parameters(), "theatre_guess": f"%{THEATRE_GUESS}"}).fetchall()
    finally:
        con.unregister("day_mentions")
    return [
        KnownEvent(
            event_id=event_id, event_type=event_type, event_mode=event_mode,
            family=modality_family(modality), date_start=start, date_end=end, dated=dated,
            n_dated=n_dated, actors=set(stems), place=place,
            country=country, general=general, domestic=domestic, first_reported=first,
        )
        for (event_id, event_type, event_mode, modality, start, end, dated, n_dated, stems,
             place, country, general, domestic, first) in found
    ]


def read_day(root: Path, day: dt.date) -> tuple[pa.Table, pa.Table]:
    """The day's (mentions, extractions) shards, read under the day's lock (see
    shards.day_lock) and checked to come from one extraction."""
    with day_lock(root, day, exclusive=False):
        extractions = read_shard(root, EXTRACTIONS, day)
        mentions = read_shard(root, MENTIONS, day)
    if extractions is None or mentions is None:
        raise ShardError(f"publication day {day} has no extraction shard under {root}: "
                         "materialize mention_shards for that day first")
    tokens = {t.schema.metadata.get(SHARD_TOKEN) for t in (extractions, mentions)}
    if len(tokens) != 1:  # written by something that did not take the lock
        raise ShardError(f"publication day {day}: the mention and extraction shards come from "
                         "two different runs; materialize mention_shards for that day again")
    return mentions, extractions


# Days are loaded in batches of about this many mentions (matching costs rows x candidates,
# so batches stay small): one candidate query, one delete and
# one insert per batch instead of per day, so a long backfill pays the per-statement costs
# rarely. Matching still goes mention by mention in day order, so ids do not depend on it.
BATCH_MENTIONS = 1_000


def batches(root: Path, days: list[dt.date]) -> Iterator[list[tuple[dt.date, pa.Table, pa.Table]]]:
    """Consecutive days with their (mentions, extractions) shards, about BATCH_MENTIONS a batch."""
    batch, size = [], 0
    for day in days:
        mentions, extractions = read_day(root, day)
        batch.append((day, mentions, extractions))
        size += mentions.num_rows
        if size >= BATCH_MENTIONS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _concat(tables: list[pa.Table]) -> pa.Table:
    # A column that is empty on a quiet day has no type there; the busier days give it one.
    return pa.concat_tables(tables, promote_options="permissive") if tables else pa.table({})


def load_batch(
    con: duckdb.DuckDBPyConnection, batch: list[tuple[dt.date, pa.Table, pa.Table]]
) -> tuple[int, int]:
    """Replace the batch's days with their shards in one transaction; (articles, mentions)."""
    days = {"days": [day for day, _, _ in batch]}
    mention_table = _concat([mentions for _, mentions, _ in batch if mentions.num_rows])
    extractions = _concat([found for _, _, found in batch if found.num_rows])
    mentions: list[dict[str, Any]] = mention_table.to_pylist()
    with transaction(con):
        con.execute(sql("extract/insert_events_to_refresh_of_days.sql"), days)
        con.execute(sql("extract/insert_timeline_months_of_days.sql"), days)
        con.execute(sql("extract/delete_mentions_of_days.sql"), days)
        con.execute(sql("extract/delete_extractions_of_days.sql"), days)
        if mentions:
            assign_events(mentions, known_events(con, mention_table))
            stage(con, "staged_mentions", mentions)
            con.execute(sql("extract/insert_event_mentions.sql"))
            con.execute(sql("extract/insert_events_to_refresh_of_staged.sql"))
            con.execute(sql("extract/insert_timeline_months_of_staged.sql"))
            con.unregister("staged_mentions")
        if extractions.num_rows:
            con.register("staged_extractions", extractions)
            con.execute(sql("extract/upsert_article_extractions.sql"))
            con.unregister("staged_extractions")
    return extractions.num_rows, len(mentions)


@asset(
    deps=["mention_shards"],
    description=(
        "One row per event reported in a sentence of an article: type, actors, place, date "
        "(with precision and basis), modality, and offsets reproducing the evidence. "
        "Loaded from the mention shards and matched to canonical events, day by day in order. "
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
def event_mentions(
    context: AssetExecutionContext, home: DataHomeResource, warehouse: DuckDBResource
) -> MaterializeResult:
    """Replace the mentions of every publication day in the run's partition window, a batch of
    days per transaction, so a crash leaves each day either as it was or fully redone."""
    window = context.partition_time_window
    bounds = {"window_start": window.start.date(), "window_end": window.end.date()}
    root = home.paths.shards
    n_articles = n_mentions = 0
    with connect(warehouse) as con:
        found = con.execute(sql("extract/select_days_with_articles.sql"), bounds).fetchall()
        days = [row[0] for row in found]
        for batch in batches(root, days):
            articles, mentions = load_batch(con, batch)
            n_articles, n_mentions = n_articles + articles, n_mentions + mentions
        metadata = table_metadata(con, "event_mentions")
        without = con.execute(sql("extract/count_articles_without_events.sql")).fetchone()[0]
    context.log.info(f"{len(days)} days, {n_articles} articles, {n_mentions} mentions loaded")
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
