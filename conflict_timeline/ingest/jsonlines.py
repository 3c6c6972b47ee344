"""JSON Lines, streamed with bounded memory: one parsed value or one problem per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .decode import open_text
from .limits import MAX_RECORD_BYTES, megabytes


@dataclass(frozen=True, slots=True)
class BadLine:
    reason: str


def json_lines(path: Path) -> Iterator[tuple[int, object]]:
    """(line number, value or BadLine) for each non-blank line; raises NotText for bad files."""
    with open_text(path) as fh:
        for n, line in enumerate(_bounded_lines(fh, MAX_RECORD_BYTES), 1):
            if line is None:
                limit = megabytes(MAX_RECORD_BYTES)
                yield n, BadLine(f"line is longer than {limit}: a missing line break?")
            elif line.strip():
                yield n, parse_json(line, "on this line")


def parse_json(text: str, where: str) -> object:
    """The parsed value, or a BadLine with a one-line reason."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return BadLine(f"invalid JSON {where}: {exc.msg} (line {exc.lineno}, column {exc.colno})")
    except RecursionError:
        return BadLine(f"invalid JSON {where}: nested too deeply to read")


def _bounded_lines(fh: TextIO, limit: int) -> Iterator[str | None]:
    """Lines of at most ``limit`` characters; None stands for a longer line, which is skipped."""
    while line := fh.readline(limit):
        if len(line) < limit or line.endswith(("\n", "\r")):
            yield line
            continue
        # Skip the rest of the over-long line in bounded pieces instead of holding it.
        while (more := fh.readline(limit)) and len(more) == limit and more[-1] not in "\r\n":
            pass
        yield None
