"""sql/checks/events_after_first_report.sql on DuckDB: an event announced before it happened is
no error; a date no report could have known is."""

from __future__ import annotations

import duckdb
import pytest

from assets.warehouse import sql

# (published, modality, date_start) of each mention of one event, dated 2022-06-05
_EVENT_DAY = "2022-06-05"


@pytest.mark.parametrize(
    ("mentions", "offending"),
    [
        # announced on June 1, reported as done on June 6: one event, rightly dated
        ([("2022-06-01", "predicted"), ("2022-06-06", "asserted")], 0),
        ([("2022-06-01", "denied"), ("2022-06-06", "claimed")], 0),
        # only asserted before the date: no report could have known it
        ([("2022-06-01", "asserted"), ("2022-06-06", "asserted")], 1),
        # the forecast came only after the date: still unexplained
        ([("2022-06-01", "asserted"), ("2022-06-06", "predicted")], 1),
        # first reported on the day itself: not after its first report
        ([("2022-06-05", "asserted")], 0),
    ],
)
def test_a_forecast_explains_a_later_date(mentions: list[tuple[str, str]], offending: int
                                          ) -> None:
    con = duckdb.connect()
    con.execute("create table event_mentions (event_id varchar, published date, "
                "modality varchar)")
    con.executemany("insert into event_mentions values ('e1', ?, ?)", mentions)
    first = min(day for day, _modality in mentions)
    con.execute(
        "create table events as select 'e1' as event_id, 'CONSULT' as event_type, "
        "$day::date as date_start, $first::date as first_reported, 'asserted' as modality, "
        "'talks' as title", {"day": _EVENT_DAY, "first": first})
    rows = con.execute(sql("checks/events_after_first_report.sql")).fetchall()
    assert len(rows) == offending
