"""The stored events a day's mentions may join, as sql/extract/select_known_events.sql reads
them: the parties it keeps agree with canonical.row_actors."""

from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow as pa
import pytest

from assets.mentions import known_events

DAY = dt.date(2022, 3, 15)
GUESS = "UKR, implied as the side attacked, guessed from the article's theatre"


@pytest.mark.parametrize(
    ("recipient_name", "stems"),
    [
        ("UKR, implied as the side attacked", {"RUS", "UKR"}),
        (GUESS, {"RUS"}),  # a guess from the theatre alone ties nothing
    ],
)
def test_stored_parties_leave_out_a_theatre_guess(recipient_name: str, stems: set[str]) -> None:
    con = duckdb.connect()
    con.execute(
        "create table event_mentions as select 'e1' as event_id, 'ASSAULT' as event_type, "
        "'damage' as event_mode, 'asserted' as modality, $day::date as date_start, "
        "$day::date as date_end, 'RUSMIL' as actor_code, 'UKR' as recipient_code, "
        "$name as recipient_name, cast(null as varchar) as place_precision, "
        "cast(null as bigint) as place_geonames_id, cast(null as varchar) as place_region_code, "
        "cast(null as varchar) as place_country, 'a1' as article_id, 0 as char_start, "
        "$day::date as published, 'publication-date fallback' as date_basis, "
        "false as is_reference",
        {"day": DAY, "name": recipient_name},
    )
    day_mentions = pa.table({
        "event_type": ["ASSAULT"], "event_mode": ["damage"], "date_start": [DAY],
        "date_end": [DAY], "published": [DAY], "is_reference": [False],
        "date_basis": ["publication-date fallback"], "actor_code": [None],
        "recipient_code": ["UKR"], "modality": ["asserted"],
    })
    (event,) = known_events(con, day_mentions)
    assert event.actors == stems
