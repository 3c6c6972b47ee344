"""An event's title comes from its most informative mention, whatever order they arrive in."""

from __future__ import annotations

import datetime as dt
import itertools

import duckdb
import pytest

from assets.warehouse import migrate, sql
from conflict_timeline.events.lexicon import mode_parameters

D = dt.date(2022, 2, 24)
# (mention id, evidence, dated by its own words, recipient named, confidence, sentence index)
MENTIONS = [
    ("m1", "Taking part in the meeting were the Prime Minister, the speakers of both houses "
           "of parliament and the ministers of defence, of foreign affairs and of the interior.",
     False, False, 0.9, 0),
    ("m2", "Russia invaded.", True, True, 0.9, 1),
    ("m3", "Russia launched its full-scale invasion of Ukraine on 24 February 2022.",
     True, True, 0.8, 5),
    ("m4", "Since the invasion, Russia has kept up its attacks on Ukraine.", False, True, 0.9, 2),
]


def _warehouse(order: tuple[int, ...]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    migrate(con)
    con.execute("insert into articles by name select 'a1' as article_id, 't' as title, "
                "'text' as text, ?::date as published, 'f.jsonl' as source_file, "
                "4 as n_chars, now()::timestamp as ingested_at", [D])
    for i in order:
        mention_id, evidence, dated, recipient, confidence, sentence = MENTIONS[i]
        con.execute(
            "insert into event_mentions by name select ? as mention_id, 'a1' as article_id, "
            "'e1' as event_id, 'k' as merge_key, 'ASSAULT' as event_type, '19' as cameo_root, "
            "'invaded' as trigger_text, 0 as trigger_start, 1 as trigger_end, "
            "'RUS' as actor_code, ? as recipient_code, ?::date as date_start, "
            "?::date as date_end, 'day' as date_precision, ? as date_basis, "
            "'asserted' as modality, ? as sentence_index, 0 as char_start, 1 as char_end, "
            "? as evidence, ? as confidence, ?::date as published, 'v' as extractor_version, "
            "'founded' as merge_reason",
            [mention_id, "UKR" if recipient else None, D, D,
             "explicit" if dated else "publication-date fallback", sentence, evidence,
             confidence, D])
    con.execute("insert into events_to_refresh values ('e1')")
    con.execute(sql("events/insert_events.sql"), mode_parameters())
    return con


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(MENTIONS))))[::5])
def test_title_is_the_dated_readable_sentence_naming_both_parties(order: tuple[int, ...]) -> None:
    con = _warehouse(order)
    (title,) = con.execute("select title from events where event_id = 'e1'").fetchone()
    # m2 is as dated and as complete but too short to say anything; m1 names no one.
    assert title == MENTIONS[2][1]
