"""The HTML timeline renderer on hand-made rows: marks, shapes, escaping, order, size."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from conflict_timeline.render import render_timeline_html
from conflict_timeline.render.model import MAX_MARKS
from conflict_timeline.render.scale import fit, ticks
from tests.timeline_marks import mark_left, read_page, row

SPANS = {
    "week": (dt.date(2022, 3, 7), dt.date(2022, 3, 13)),
    "month": (dt.date(2022, 2, 1), dt.date(2022, 2, 28)),
    "quarter": (dt.date(2023, 4, 1), dt.date(2023, 6, 30)),
    "year": (dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
    "century": (dt.date(1901, 1, 1), dt.date(2000, 12, 31)),
}


@pytest.mark.parametrize(
    ("precision", "start", "end", "shape"),
    [("day", dt.date(2025, 12, 19), dt.date(2025, 12, 19), "circle")]
    + [(p, start, end, "rect") for p, (start, end) in SPANS.items()],
)
def test_one_mark_shaped_by_precision(precision, start, end, shape) -> None:
    page = read_page(render_timeline_html(
        [row(date_start=start, date_end=end, date_precision=precision)]
    ))
    assert [(m["data-event-id"], m["shape"]) for m in page.marks] == [("e1", shape)]
    assert f"({precision})" in page.marks[0]["data-date"]
    assert page.body["data-js-errors"] == "0"


@pytest.mark.parametrize("n", [1, 2, 17, 300])
def test_exactly_one_mark_per_event(n: int) -> None:
    day = dt.date(2022, 2, 24)
    rows = [row(f"ev{i}", date_start=day + dt.timedelta(days=i % 40),
                date_end=day + dt.timedelta(days=i % 40), event_type=f"T{i % 5}")
            for i in range(n)]
    page = read_page(render_timeline_html(rows))
    assert sorted(m["data-event-id"] for m in page.marks) == sorted(r["event_id"] for r in rows)
    for mark in page.marks:
        assert mark["data-y-type"] and mark["data-y-actor"], "a position in either grouping"


HOSTILE = [
    "<script>document.body.dataset.pwned = 1</script>",
    '"><img src=x onerror="document.body.dataset.pwned=1">',
    "</svg></div><script>alert(1)</script>",
    "' onmouseover='alert(1)' x='",
    "&lt;b&gt; already escaped &amp; <b>bold</b>",
]


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("field", ["title", "actor_name", "place_name", "event_type"])
def test_text_from_articles_never_becomes_markup(hostile: str, field: str) -> None:
    html = render_timeline_html([row(**{field: hostile}), row("e2")])
    page = read_page(html)
    assert page.scripts == 1 and page.handlers == [], "only the page's own script"
    assert page.tags <= {"html", "head", "meta", "title", "style", "body", "h1", "p", "div",
                         "fieldset", "legend", "label", "input", "span", "i", "svg", "g",
                         "rect", "text", "line", "circle", "script"}
    assert len(page.marks) == 2
    assert hostile not in html, "not even inside attributes: every <, > and quote is escaped"
    shown = {"title": "data-title", "actor_name": "data-actor", "place_name": "data-place"}
    if field in shown:  # the text survives escaping unchanged, as text
        assert page.marks[0][shown[field]] == hostile or page.marks[1][shown[field]] == hostile


def test_no_events_says_so() -> None:
    html = render_timeline_html([])
    page = read_page(html)
    assert page.marks == [] and "No events" in html and "<svg" not in html
    assert page.body["data-js-errors"] == "0"


@pytest.mark.parametrize(
    "dates",
    [
        [dt.date(2022, 2, 24) + dt.timedelta(days=d) for d in range(7)],
        [dt.date(2014, 2, 20), dt.date(2022, 2, 24), dt.date(2022, 3, 1), dt.date(2025, 12, 19)],
        [dt.date(1941, 6, 22), dt.date(1991, 12, 26), dt.date(2022, 2, 24)],
    ],
)
def test_positions_follow_dates(dates: list[dt.date]) -> None:
    rows = [row(f"e{i}", date_start=d, date_end=d) for i, d in enumerate(dates)]
    random.Random(5).shuffle(rows)
    page = read_page(render_timeline_html(rows))
    by_id = {m["data-event-id"]: mark_left(m) for m in page.marks}
    lefts = [by_id[f"e{i}"] for i in range(len(dates))]
    assert lefts == sorted(lefts) and len(set(lefts)) == len(lefts)


def test_row_order_does_not_matter() -> None:
    rows = [row(f"e{i}", date_start=dt.date(2022, 1 + i, 1), date_end=dt.date(2022, 1 + i, 28),
                date_precision="month") for i in range(6)]
    assert render_timeline_html(rows) == render_timeline_html(rows[::-1])


def test_thousands_of_events_are_capped_with_a_note() -> None:
    day = dt.date(2022, 1, 1)
    rows = [row(f"e{i}", date_start=day + dt.timedelta(days=i % 900),
                date_end=day + dt.timedelta(days=i % 900), n_sources=1 + (i == 4321),
                actor_name=f"actor {i % 60}") for i in range(5000)]
    html = render_timeline_html(rows)
    page = read_page(html)
    assert len(page.marks) == MAX_MARKS
    assert "e4321" in {m["data-event-id"] for m in page.marks}, "the most reported stay"
    assert f"Showing the {MAX_MARKS} most reported of 5000" in html
    assert len(re.findall(r'class="lane"', html)) <= 2 * 20, "lanes are capped too"
    assert len(html) < 3_000_000


def test_page_is_self_contained() -> None:
    html = render_timeline_html([row()])
    assert not re.search(r"\b(src|href)\s*=", html), "nothing to load"
    assert "http://" not in html and "https://" not in html
    assert "Content-Security-Policy" in html


@pytest.mark.parametrize(
    ("first", "last"),
    [(dt.date(2022, 2, 24), dt.date(2022, 2, 24)), (dt.date(2022, 1, 1), dt.date(2022, 4, 1)),
     (dt.date(2014, 1, 1), dt.date(2025, 12, 31)), (dt.date(1, 1, 1), dt.date(2025, 1, 1)),
     (dt.date(9990, 1, 1), dt.date(9999, 12, 31))],
)
def test_axis_ticks_are_few_ordered_and_inside(first: dt.date, last: dt.date) -> None:
    scale = fit(first, last, 0, 1000)
    days = [day for day, _ in ticks(scale)]
    assert 1 <= len(days) <= 14 and days == sorted(days)
    assert all(scale.start <= day < scale.stop for day in days)
