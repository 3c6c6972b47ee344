"""mention_shards: extraction as a pure map, one publication day at a time, Parquet in and out.

It opens no database and holds no writer slot, so any number of lanes of one run, or of runs
(processes, Celery workers, machines sharing the shards folder), extract different days at once.
"""

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
from dagster import (
    AssetIn,
    BackfillPolicy,
    DynamicOut,
    DynamicOutput,
    In,
    MetadataValue,
    Nothing,
    OpExecutionContext,
    get_dagster_logger,
    graph_asset,
    op,
)

from assets.shards import (
    ARTICLES,
    EXTRACTIONS,
    MENTIONS,
    day_lock,
    read_shard,
    shard_path,
    write_shard,
)
from assets.warehouse import utc_now
from conflict_timeline import EXTRACTOR_VERSION
from conflict_timeline.events import extract_events
from conflict_timeline.events.rows import mention_row
from pipelines.constants import OWNERS
from pipelines.partitions import publication_days
from pipelines.resources import DataHomeResource

log = get_dagster_logger()
# Parquet key-value metadata: the two files of one day's extraction carry the same token, so
# the load step can tell a pair from two different runs (one killed between the writes).
SHARD_TOKEN = b"conflict_timeline.shard_token"
LANES = "CONFLICT_TIMELINE_EXTRACTION_LANES"


def _extract_article(article_id: str, text: str, published: dt.date, source: str | None = None,
                     title: str | None = None) -> tuple[dict, list[dict]]:
    """The article's status row and its mention rows; a failure is recorded, not raised."""
    try:
        result = extract_events(text, published, source=source, title=title)
    except Exception as problem:  # noqa: BLE001 - one bad article must not stop its day
        log.warning(f"article {article_id}: extraction failed: {problem!r}")
        failure, n_timexes, rows = f"{type(problem).__name__}: {problem}"[:300], 0, []
    else:
        failure, n_timexes = None, len(result.timexes)
        rows = [mention_row(article_id, published, m) for m in result.mentions]
    status = {
        "article_id": article_id,
        "extractor_version": EXTRACTOR_VERSION,
        "n_timexes": n_timexes,
        "n_mentions": len(rows),
        "extracted_at": utc_now(),
        "extraction_error": failure,
    }
    return status, rows


def _tagged(rows: list[dict[str, Any]], token: bytes) -> pa.Table:
    return pa.Table.from_pylist(rows).replace_schema_metadata({SHARD_TOKEN: token})


def extract_day(root: Path, day: dt.date) -> tuple[int, int]:
    """Extract one day's article shard into its mention and extraction shards; returns
    (articles, mentions)."""
    articles = read_shard(root, ARTICLES, day)
    if articles is None:
        return 0, 0
    statuses: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    for article in articles.to_pylist():
        status, rows = _extract_article(
            article["article_id"], article["text"], article["published"], article.get("source"),
            article.get("title"),
        )
        statuses.append(status)
        mentions.extend(rows)
    token = uuid.uuid4().hex.encode()
    # Mentions first: the extraction shard is the marker that the pair is complete. Under the
    # day's lock, so two runs extracting the same day never leave one shard of each.
    with day_lock(root, day, exclusive=True):
        write_shard(root, MENTIONS, day, _tagged(mentions, token))
        write_shard(root, EXTRACTIONS, day, _tagged(statuses, token))
    return len(statuses), len(mentions)


def sharded_days(root: Path, start: dt.date, end: dt.date) -> list[dt.date]:
    """Days in [start, end) that have an article shard."""
    folder = root / ARTICLES
    days = [
        dt.date.fromisoformat(entry.name.removeprefix("published="))
        for entry in (folder.iterdir() if folder.is_dir() else [])
        if entry.name.startswith("published=")
    ]
    return sorted(day for day in days if start <= day < end
                  and shard_path(root, ARTICLES, day).is_file())


def extraction_lanes() -> int:
    """How many pieces a run's days are cut into: the executor runs them side by side (the
    multiprocess executor in processes, Celery on its workers, in-process one after another)."""
    return max(1, int(os.environ.get(LANES, os.cpu_count() or 1)))


def split_days(root: Path, days: list[dt.date], lanes: int) -> list[list[dt.date]]:
    """Contiguous runs of days with about the same bytes of articles each."""
    sizes = [shard_path(root, ARTICLES, day).stat().st_size for day in days]
    total, pieces, current, filled = sum(sizes), [], [], 0
    for day, size in zip(days, sizes, strict=True):
        current.append(day)
        filled += size
        if len(pieces) < lanes - 1 and filled >= total * (len(pieces) + 1) / lanes:
            pieces.append(current)
            current = []
    return [piece for piece in [*pieces, current] if piece]


@op(ins={"articles": In(Nothing)}, out=DynamicOut(list))
def plan_extraction(context: OpExecutionContext, home: DataHomeResource) -> Iterator[DynamicOutput]:
    """The run's days that have articles, cut into lanes."""
    window = context.partition_time_window
    root = home.paths.shards
    days = sharded_days(root, window.start.date(), window.end.date())
    pieces = split_days(root, days, extraction_lanes())
    if not pieces:  # an empty lane keeps the steps after it running (nothing to extract)
        yield DynamicOutput([], mapping_key="no_days")
    for piece in pieces:
        key = f"{piece[0]:%Y%m%d}_{piece[-1]:%Y%m%d}"
        yield DynamicOutput([day.isoformat() for day in piece], mapping_key=key)


@op
def extract_days(context: OpExecutionContext, home: DataHomeResource,
                 days: list[str]) -> dict[str, int]:
    """Extract one lane's days, each into its own shards."""
    counts = [extract_day(home.paths.shards, dt.date.fromisoformat(day)) for day in days]
    totals = {"days": len(counts), "articles": sum(articles for articles, _ in counts),
              "mentions": sum(mentions for _, mentions in counts)}
    context.log.info(f"{len(days)} day(s) {days[:1]}..{days[-1:]}: {totals}")
    return totals


@op
def sum_extraction(context: OpExecutionContext, home: DataHomeResource,
                   lanes: list[dict[str, int]]) -> None:
    # Returns None: the shards are the output, so no IO manager stores anything.
    context.add_output_metadata({
        "lanes": len(lanes),
        "days_extracted": sum(lane["days"] for lane in lanes),
        "articles_extracted": sum(lane["articles"] for lane in lanes),
        "mentions_extracted": sum(lane["mentions"] for lane in lanes),
        "shards_path": MetadataValue.path(str(home.paths.shards / MENTIONS)),
        "extractor_version": EXTRACTOR_VERSION,
    })


@graph_asset(
    ins={"articles": AssetIn("articles", dagster_type=Nothing)},
    description=(
        "Extracted event mentions of each publication day as Parquet shards "
        "(shards/mentions/published=YYYY-MM-DD/), read from the day's article shard. A pure "
        "map: no database, no shared state. A run's days are cut into lanes "
        "($CONFLICT_TIMELINE_EXTRACTION_LANES, default one per CPU) that the executor spreads "
        "over processes or workers."
    ),
    kinds={"parquet", "python"},
    owners=OWNERS,
    group_name="extract",
    code_version=EXTRACTOR_VERSION,
    partitions_def=publication_days,
    backfill_policy=BackfillPolicy.single_run(),
)
def mention_shards(articles: None) -> None:
    return sum_extraction(plan_extraction(articles).map(extract_days).collect())
