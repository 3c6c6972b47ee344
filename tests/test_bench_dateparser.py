"""The dateparser adapter: offsets into the text, TIMEX3 DATE values at its precision."""

import datetime

import pytest

pytest.importorskip("dateparser")

from bench import peer_dateparser as dp  # noqa: E402

DCT = datetime.date(1998, 3, 10)


def test_adapter_offsets_and_values() -> None:
    text = "The talks ended on March 3, 1998, and resumed on Friday. On Friday they met again."
    out = dp.convert(text, dp.run(text, DCT, False), DCT)
    assert out, "dateparser found nothing"
    for t in out:
        assert text[t["start"]:t["end"]] == t["text"]
        assert t["type"] == "DATE"
    values = {t["text"].lower(): t["value"] for t in out}
    assert any("march 3" in k and v == "1998-03-03" for k, v in values.items())
    fridays = [t for t in out if t["text"].endswith("Friday")]
    assert len({t["start"] for t in fridays}) == len(fridays)  # two matches, two places


def test_render_granularity() -> None:
    when = datetime.datetime(1998, 3, 3, 17, 0)
    assert dp.render(when, "day") == "1998-03-03"
    assert dp.render(when, "time") == "1998-03-03"
    assert dp.render(when, "month") == "1998-03"
    assert dp.render(when, "year") == "1998"
    assert dp.render(when, "week") == "1998-W10"


def test_convert_without_matches() -> None:
    assert dp.convert("nothing here", None, DCT) == []
