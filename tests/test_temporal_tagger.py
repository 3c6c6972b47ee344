import datetime

import pytest

from conflict_timeline.temporal import Timex, tag

DCT = datetime.date(2025, 12, 19)  # a Friday


def _find(timexes: list[Timex], text: str) -> Timex:
    hits = [t for t in timexes if text in t.text]
    assert hits, f"{text!r} not tagged in {timexes}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "expr", "value", "basis"),
    [
        ("Russian President Vladimir Putin said on Friday that Russia was open to ending "
         "the war", "Friday", "2025-12-19", "relative"),
        ("the conflict that began with Russia's full-scale invasion of Ukraine in February "
         "2022", "February 2022", "2022-02", "explicit"),
        ("Putin said Russia's peace terms remain unchanged from those he outlined in June "
         "2024. At that time, he said ...", "June 2024", "2024-06", "explicit"),
        ("Talks will resume on Monday.", "Monday", "2025-12-22", "relative"),
        ("Officials met on Tuesday.", "Tuesday", "2025-12-16", "relative"),
        # "later" moves a story's clock, and "could" is as often past ability: neither is
        # the future
        ("Three days later, as of Tuesday's close, the index was down 6%.", "Tuesday",
         "2025-12-16", "relative"),
        ("The officials could not be reached Tuesday.", "Tuesday", "2025-12-16", "relative"),
        ("The invasion began on 24 February 2022.", "24 February 2022", "2022-02-24", "explicit"),
        ("It began on February 24, 2022.", "February 24, 2022", "2022-02-24", "explicit"),
        ("Published 2022-02-24.", "2022-02-24", "2022-02-24", "explicit"),
        ("Published 24.02.2022.", "24.02.2022", "2022-02-24", "explicit"),
        ("Strikes were reported yesterday.", "yesterday", "2025-12-18", "relative"),
        ("The summit is tomorrow.", "tomorrow", "2025-12-20", "relative"),
        ("Shelling intensified last week.", "last week", "2025-W50", "relative"),
        ("Prices rose earlier this month.", "earlier this month", "2025-12", "relative"),
        ("The army said next year would be decisive.", "next year", "2026", "relative"),
        ("The economy of the 1990s collapsed.", "the 1990s", "199", "explicit"),
        ("Exports fell in the fourth quarter of 2025.", "fourth quarter of 2025", "2025-Q4",
         "explicit"),
        ("Fighting slowed in recent months.", "recent months", "PAST_REF", "relative"),
        ("The front is now quiet.", "now", "PRESENT_REF", "relative"),
        ("the nearly four-year conflict", "four-year", "P4Y", "explicit"),
        ("the war has lasted four years", "four years", "P4Y", "explicit"),
        ("a ceasefire for two weeks", "two weeks", "P2W", "explicit"),
        # Fractions: whole units, then the rest in the next smaller unit (ISO 8601).
        ("they lived in camps for 2 1/2 years", "2 1/2 years", "P2Y6M", "explicit"),
        ("she spent 5 1/2 hours in Kyiv", "5 1/2 hours", "PT5H30M", "explicit"),
        ("a minute and a half later, the pilot called", "a minute and a half", "PT1M30S",
         "explicit"),
        ("the siege lasted two and a half days", "two and a half days", "P2DT12H", "explicit"),
        ("the talks took half an hour", "half an hour", "PT30M", "explicit"),
        ("a truce for a quarter of a century", "a quarter", "P1Q", "explicit"),
        # One word between count and unit.
        ("Eight trading days after the crash, it fell.", "Eight trading days", "P8D",
         "explicit"),
        ("For two bloody weeks, fighting raged.", "two bloody weeks", "P2W", "explicit"),
        ("The empire lasted 1,460 years.", "1,460 years", "P1460Y", "explicit"),
        ("profit rose in the first half of the year", "the first half of the year", "2025-H1",
         "relative"),
        ("dividends are paid annually", "annually", "XXXX", "explicit"),
        ("the fair is held yearly", "yearly", "XXXX", "explicit"),
        ("prices are set weekly", "weekly", "P1W", "explicit"),
        ("a siren sounded at 22:53", "22:53", "2025-12-19T22:53", "relative"),
        ("They met at 5 p.m.", "5 p.m.", "2025-12-19T17:00", "relative"),
        ("The truce will start on Christmas.", "Christmas", "2025-12-25", "relative"),
        ("the offensive in the summer of 2023", "summer of 2023", "2023-SU", "explicit"),
        ("Carthage fell in 146 BC.", "146 BC", "BC0146", "explicit"),
    ],
)
def test_tag_values(sentence: str, expr: str, value: str, basis: str) -> None:
    t = _find(tag(sentence, DCT), expr)
    assert (t.value, t.basis) == (value, basis)
    assert sentence[t.start:t.end] == t.text


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("On 24 February 2022 Russia invaded. Two days later Kyiv was encircled.",
         "Two days later", "2022-02-26"),
        ("Russia invaded on 24 February 2022. The next day, troops reached Kyiv.",
         "The next day", "2022-02-25"),
        ("In March 1943 the front held. In June, the Germans attacked.", "June", "1943-06"),
        ("By 1941 the war had spread. On 22 June, Germany invaded.", "22 June", "1941-06-22"),
    ],
)
def test_narrative_clock(text: str, expr: str, value: str) -> None:
    assert _find(tag(text, DCT, narrative=True), expr).value == value


@pytest.mark.parametrize(
    "text",
    ["You may go.", "Troops march on.", "The Sun reported it.", "A 6-year-old boy",
     "1,500 troops and 2000 tanks"],
)
def test_no_false_alarms(text: str) -> None:
    assert tag(text, DCT) == []


def test_sorted_non_overlapping_offsets() -> None:
    text = "On Friday, Dec. 19, 2025, and in 2024 and last week, for two years, daily."
    out = tag(text, DCT)
    assert out == sorted(out, key=lambda t: t.start)
    for a, b in zip(out, out[1:], strict=False):
        assert a.end <= b.start
    assert all(text[t.start:t.end] == t.text for t in out)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Missile impact from 09/03/2022 in Kherson.", datetime.date(2022, 3, 10), "2022-03-09"),
        ("Missile impact from 09/03/2022 in Kherson.", datetime.date(2022, 9, 5), "2022-09-03"),
        ("Missile impact from 27/04/2022 in Kherson.", datetime.date(2022, 3, 10), "2022-04-27"),
        ("Filed 04/27/2022.", datetime.date(2022, 3, 10), "2022-04-27"),
        ("Filed 3/3/2022.", datetime.date(2022, 9, 5), "2022-03-03"),
    ],
)
def test_slashed_dates_read_in_the_order_nearer_the_report(
    text: str, published: datetime.date, value: str
) -> None:
    (timex,) = tag(text, published)
    assert timex.value == value
