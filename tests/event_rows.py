"""A small warehouse holding hand-made mentions of one event, to run the events SQL on."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from assets.warehouse import migrate, sql
from conflict_timeline.events.lexicon import mode_parameters

DAY = dt.date(2022, 2, 24)
# Every column event_mentions requires, for one mention of event e1 in article a1.
_REQUIRED = {
    "article_id": "a1", "event_id": "e1", "merge_key": "k", "event_type": "ASSAULT",
    "cameo_root": "19", "trigger_text": "invaded", "trigger_start": 0, "trigger_end": 1,
    "actor_code": "RUS", "date_start": DAY, "date_end": DAY, "date_precision": "day",
    "date_basis": "explicit", "modality": "asserted", "sentence_index": 0, "char_start": 0,
    "char_end": 1, "evidence": "Russia invaded.", "confidence": 0.9, "published": DAY,
    "extractor_version": "v", "merge_reason": "founded",
}


def warehouse() -> duckdb.DuckDBPyConnection:
    """An in-memory warehouse with the current schema and article a1."""
    con = duckdb.connect(":memory:")
    migrate(con)
    con.execute("insert into articles by name select 'a1' as article_id, 't' as title, "
                "'text' as text, ?::date as published, 'f.jsonl' as source_file, "
                "4 as n_chars, now()::timestamp as ingested_at", [DAY])
    return con


def add_mention(con: duckdb.DuckDBPyConnection, mention_id: str, **columns: Any) -> None:
    row = {"mention_id": mention_id, **_REQUIRED, **columns}
    names = ", ".join(f"? as {name}" for name in row)
    con.execute(f"insert into event_mentions by name select {names}", list(row.values()))


def build_event(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Run the events SQL for e1 and return its row."""
    con.execute("insert into events_to_refresh values ('e1')")
    con.execute(sql("events/insert_events.sql"), mode_parameters())
    cursor = con.execute("select * from events where event_id = 'e1'")
    names = [column[0] for column in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))
