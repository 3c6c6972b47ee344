import datetime as dt

import pytest

from conflict_timeline.temporal import DateInterval, value_to_interval

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-02", DateInterval(D(2022, 2, 1), D(2022, 2, 28), "month")),
        ("2024-02", DateInterval(D(2024, 2, 1), D(2024, 2, 29), "month")),
        ("2022-02-24", DateInterval(D(2022, 2, 24), D(2022, 2, 24), "day")),
        ("2022-02-24T10:00", DateInterval(D(2022, 2, 24), D(2022, 2, 24), "day")),
        ("2025-W51", DateInterval(D(2025, 12, 15), D(2025, 12, 21), "week")),
        ("2025-Q4", DateInterval(D(2025, 10, 1), D(2025, 12, 31), "quarter")),
        ("2025-SU", DateInterval(D(2025, 6, 1), D(2025, 8, 31), "season")),
        ("2025-WI", DateInterval(D(2025, 12, 1), D(2026, 2, 28), "season")),
        ("2025-H1", DateInterval(D(2025, 1, 1), D(2025, 6, 30), "half-year")),
        ("2022", DateInterval(D(2022, 1, 1), D(2022, 12, 31), "year")),
        ("199X", DateInterval(D(1990, 1, 1), D(1999, 12, 31), "decade")),
        ("199", DateInterval(D(1990, 1, 1), D(1999, 12, 31), "decade")),
        ("19XX", DateInterval(D(1900, 1, 1), D(1999, 12, 31), "century")),
    ],
)
def test_intervals(value: str, expected: DateInterval) -> None:
    assert value_to_interval(value) == expected


@pytest.mark.parametrize(
    "value", ["PRESENT_REF", "PAST_REF", "P4Y", "PT2H", "XXXX-12-25", "XXXX-WXX-5", "BC0264",
              "2025-WXX", "", "garbage"],
)
def test_not_intervals(value: str) -> None:
    assert value_to_interval(value) is None
