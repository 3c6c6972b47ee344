"""Cutting a timeline table into its months: every row once, in its month, order kept."""

from __future__ import annotations

import pyarrow as pa
import pytest

from assets.timelines import _month_slices


@pytest.mark.parametrize(
    ("years", "months", "expected"),
    [
        ([], [], []),
        ([2022], [2], [((2022, 2), [0])]),
        # Unsorted input, and the same month apart: rows keep their order within a month.
        ([2022, 2021, 2022, 2022, 2021], [2, 12, 2, 3, 12],
         [((2021, 12), [1, 4]), ((2022, 2), [0, 2]), ((2022, 3), [3])]),
        # December of one year and January of the next are different months.
        ([2021, 2022], [12, 1], [((2021, 12), [0]), ((2022, 1), [1])]),
    ],
)
def test_month_slices(years: list[int], months: list[int], expected: list) -> None:
    table = pa.table({"year": pa.array(years, pa.int64()), "month": pa.array(months, pa.int64()),
                      "row": pa.array(range(len(years)), pa.int64())})
    got = [(month, rows["row"].to_pylist()) for month, rows in _month_slices(table)]
    assert got == expected
