"""One case per rule family added for issue 3 (data rules in data/temporal)."""

import datetime

import pytest

from conflict_timeline.temporal import tag

DCT = datetime.date(2025, 12, 19)  # a Friday


def _value(text: str, expr: str, dct: datetime.date = DCT) -> str | None:
    hits = [t for t in tag(text, dct) if expr in t.text]
    return hits[0].value if hits else None


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Talks were held on Thanksgiving.", "Thanksgiving", "2025-11-27"),
        ("Ukraine will mark Orthodox Easter 2026 quietly.", "Orthodox Easter 2026", "2026-04-12"),
        ("Easter 2024 was early.", "Easter 2024", "2024-03-31"),
        ("Parades were held on Memorial Day 2023.", "Memorial Day 2023", "2023-05-29"),
        ("The truce ended on Orthodox Christmas.", "Orthodox Christmas", "2025-01-07"),
        ("Kyiv celebrated Ukraine's Independence Day.", "Independence Day", "2025-08-24"),
    ],
)
def test_holidays(text: str, expr: str, value: str) -> None:
    assert _value(text, expr) == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Profit rose in the quarter ended Sept. 30.", "quarter", "2025-Q3"),
        ("For the fiscal year ended June 30, sales fell.", "year", "2025"),
        ("Sales for the year were flat.", "the year", "2025"),
        ("Demand will weaken in coming quarters.", "coming quarters", "FUTURE_REF"),
        ("They want a deal as soon as possible.", "as soon as possible", "FUTURE_REF"),
        ("The offer expires at 5 p.m. EST, Nov. 6, 2025.", "5 p.m.", "2025-11-06T17:00"),
    ],
)
def test_financial_and_vague(text: str, expr: str, value: str) -> None:
    assert _value(text, expr) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Protesters plan to rally on Saturday.", "2025-12-20"),
        ("Delegates were planning to meet on Monday.", "2025-12-22"),
        ("The group might arrive as soon as Tuesday.", "2025-12-23"),
        ("Trading is to resume Tuesday.", "2025-12-23"),
        ("The minister announced the plan Tuesday.", "2025-12-16"),
        ("Officials said Tuesday that shelling continued.", "2025-12-16"),
        ("On Tuesday, officials said shelling continued.", "2025-12-16"),
    ],
)
def test_tense_of_weekdays(text: str, value: str) -> None:
    day = next(w for w in ("Saturday", "Monday", "Tuesday") if w in text)
    assert _value(text, day) == value


@pytest.mark.parametrize(
    ("text", "expr"),
    [("Thousands joined the March for Life.", "March"),
     ("The currency lost twenty six percent.", "twenty six"),
     ("Prices are reviewed in annual talks.", "annual"),
     ("It was a great fall for the company.", "fall")],
)
def test_not_temporal(text: str, expr: str) -> None:
    assert all(expr not in t.text for t in tag(text, DCT))


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [("The offensive stalled last fall.", "last fall", "2025-FA"),
     ("Fighting resumed in MARCH.", "MARCH", "2025-03"),
     ("Elections are due in May.", "May", "2026-05")],
)
def test_case_and_seasons(text: str, expr: str, value: str) -> None:
    assert _value(text, expr) == value
