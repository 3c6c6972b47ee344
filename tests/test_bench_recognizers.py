"""The Recognizers-Text adapter: inclusive end offsets, TIMEX3 types and values."""

import datetime

import pytest

pytest.importorskip("recognizers_date_time")

from recognizers_date_time import recognize_datetime  # noqa: E402
from recognizers_text import Culture  # noqa: E402

from bench import peer_recognizers as rt  # noqa: E402
from bench import rt_timex  # noqa: E402

DCT = datetime.date(1998, 3, 10)  # a Tuesday
TEXT = "The talks ended on Friday, after three years. In October, now."


def test_public_api_end_is_inclusive_and_handled() -> None:
    raw = recognize_datetime(TEXT, Culture.English,
                             reference=datetime.datetime.combine(DCT, datetime.time()))
    first = raw[0]
    assert TEXT[first.start:first.end + 1].lower() == first.text.lower()
    out = rt.convert(TEXT, raw, DCT)
    assert out == rt.convert(TEXT, rt.run(TEXT, DCT, False), DCT)  # run() matches the API
    by_text = {t["text"]: t for t in out}
    for t in out:
        assert TEXT[t["start"]:t["end"]] == t["text"]
    assert by_text["Friday"]["value"] == "1998-03-06"  # the most recent past Friday
    years = next(t for t in out if "three years" in t["text"])
    assert (years["type"], years["value"]) == ("DURATION", "P3Y")
    assert by_text["October"]["value"] == "1997-10"
    assert by_text["now"] == {**by_text["now"], "type": "DATE", "value": "PRESENT_REF"}


def test_leading_space_is_trimmed() -> None:
    text = "x after ten years"
    t = rt.convert_one(text, 1, 16, "datetimeV2.duration",
                       {"values": [{"timex": "P10Y"}]}, DCT)
    assert t is not None and t["text"] == "after ten years" and t["start"] == 2


def test_parser_failure_costs_one_expression() -> None:
    text = "By early October the city fell; on March 3, 1940 it was retaken."
    out, errors = rt.run(text, DCT, True)
    assert any(r.text.startswith("march 3") for r in out)
    assert all(isinstance(e, str) for e in errors)


@pytest.mark.parametrize(
    ("timex", "cands", "value"),
    [("XXXX-WXX-5", [{"value": "1998-03-06"}, {"value": "1998-03-13"}], "1998-03-06"),
     ("XXXX-08-02", [{"value": "1997-08-02"}, {"value": "1998-08-02"}], "1997-08-02"),
     ("XXXX-03", [{"start": "1998-03-01"}, {"start": "1999-03-01"}], "1998-03"),
     ("XXXX-WXX-3T22", [{"value": "1998-03-04 22:00:00"}, {"value": "1998-03-11 22:00:00"}],
      "1998-03-04T22:00"),
     ("T10:35", [{"value": "10:35:00"}], "1998-03-10T10:35"),
     ("TNI", [], "1998-03-10TNI"),
     ("FA", [], "XXXX-FA"),
     ("(1998-02-20,1998-03-06,P2W)", [], "P2W"),
     ("1998-W09", [], "1998-W09"),
     ("PAST_REF", [], "PAST_REF")],
)
def test_timex_translation(timex: str, cands: list[dict], value: str) -> None:
    assert rt_timex.value(timex, cands, DCT) == value


def test_types() -> None:
    assert rt_timex.timex_type("datetimeV2.daterange", "1998-02") == "DATE"
    assert rt_timex.timex_type("datetimeV2.set", "P1W") == "SET"
    assert rt_timex.timex_type("datetimeV2.datetime", "XXXX-WXX-5T17") == "TIME"
    assert rt_timex.timex_type("datetimeV2.datetime", "PRESENT_REF") == "DATE"
