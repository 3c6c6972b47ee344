"""CSV records with their line numbers; a broken row is reported and the rows after it kept."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from .decode import detect_encoding
from .limits import MAX_RECORD_BYTES

# Bounds memory when an unclosed quote would swallow the rest of a big file into one field.
csv.field_size_limit(MAX_RECORD_BYTES)
# Re-reading after a multi-line broken row rescans the file from the top; past this many,
# the rows a broken row swallowed are given up rather than risk quadratic time.
_MAX_RESYNCS = 50


class BadRow(str):
    """A user-facing reason why the CSV record starting at some line could not be parsed."""


def csv_records(path: Path) -> Iterator[tuple[int, list[str] | BadRow]]:
    """(first line, fields or BadRow) per record, blank lines skipped; NotText for bad files."""
    encoding, errors = detect_encoding(path)
    skip = 0  # lines before the record being read
    resyncs = 0
    while True:
        with path.open(encoding=encoding, errors=errors, newline="") as fh:
            for _ in range(skip):
                fh.readline()
            reader = csv.reader(fh, strict=True)
            done = skip
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    end = skip + reader.line_num
                    yield done + 1, _problem(str(exc), done + 1, end)
                    if end > done + 1 and resyncs < _MAX_RESYNCS:
                        # Read again from the line after the broken one: the rows it swallowed.
                        skip, resyncs = done + 1, resyncs + 1
                        break
                    done = end
                    continue
                if any(cell.strip() for cell in row):
                    yield done + 1, row
                done = skip + reader.line_num


def _problem(message: str, first: int, last: int) -> BadRow:
    if "unexpected end of data" in message or "field larger" in message or last > first:
        # A record running over lines into an error (or past MAX_RECORD_BYTES) is, in
        # practice, a quote that is never closed and pairs up with a later row's quote.
        return BadRow(
            f"a quoted field opened on line {first} is never closed (unbalanced quote); "
            "the lines after it were read on their own: close the quote, or double it inside text"
        )
    if "expected after" in message:
        return BadRow(
            f"stray quote character on line {last}: double the quote inside a quoted value, "
            "or quote the whole value"
        )
    return BadRow(f"malformed CSV on line {last}: {message}")
