"""Readers for the shipped dictionaries under conflict_timeline/data (# starts a comment)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def read_rows(relative: str) -> Iterator[dict[str, str]]:
    """Yield CSV rows as dicts, skipping blank lines and # comments before/inside the table."""
    with (DATA_DIR / relative).open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.lstrip().startswith("#"))
        for row in csv.DictReader(lines):
            yield {k: (v or "").strip() for k, v in row.items()}


def iso_day(cell: str | None, relative: str) -> dt.date | None:
    """A day cell of a dictionary (empty: none); a cell that is no day says so in one line
    naming the file, not in a traceback."""
    if not cell:
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise ValueError(f"data/{relative}: {cell!r} is no ISO date (YYYY-MM-DD)") from None


def read_words(relative: str) -> list[str]:
    """Read a one-entry-per-line list, dropping comments and blank lines."""
    text = (DATA_DIR / relative).read_text(encoding="utf-8")
    rows = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [r for r in rows if r]


def split_aliases(field: str) -> list[str]:
    return [a.strip() for a in field.split("|") if a.strip()]
