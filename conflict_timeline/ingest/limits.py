"""Size limits, in one place, so memory stays bounded however large the inbox files are.

CSV and JSON Lines files (and manifests) are streamed record by record and have no file size
limit. The other formats must be parsed whole (a JSON document, an HTML page, a feed, a text
article), so a file over MAX_WHOLE_FILE_BYTES is refused with a reason instead of exhausting
memory: 20 MB is about a hundred times the largest real article (a full news-conference
transcript is ~200 KB), and parsing it whole costs a few hundred MB at most.
"""

from __future__ import annotations

from pathlib import Path

MAX_WHOLE_FILE_BYTES = 20 * 1024 * 1024
# One CSV field or one JSON line: far above any article, low enough to bound memory when
# an unclosed quote or a missing newline would otherwise swallow the rest of a big file.
MAX_RECORD_BYTES = 16 * 1024 * 1024
# A reason quotes at most this much of an offending value.
MAX_QUOTED_CHARS = 60

_FIXES = {
    ".json": "convert it to JSON Lines (.jsonl, one article per line), which is read line by line",
    ".html": "this is not a single article page",
    ".htm": "this is not a single article page",
}


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def too_large_reason(path: Path, size: int) -> str | None:
    """A reason to refuse a file that must be read whole, or None when it is small enough."""
    if size <= MAX_WHOLE_FILE_BYTES:
        return None
    fix = _FIXES.get(path.suffix.lower(), "split it into smaller files")
    return (
        f"file is {megabytes(size)}, over the {megabytes(MAX_WHOLE_FILE_BYTES)} limit for "
        f"{path.suffix or 'such'} files, which are read whole: {fix}"
    )


def quote(value: str) -> str:
    """``value`` in quotes, shortened, for use in a one-line reason."""
    value = " ".join(value.split())
    if len(value) > MAX_QUOTED_CHARS:
        value = value[: MAX_QUOTED_CHARS - 1] + "…"
    return repr(value)
