"""read_file: pick the reader for a file's suffix and make sure nothing escapes as an exception."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from .decode import NotText
from .model import Article, Rejection

log = logging.getLogger(__name__)

Reader = Callable[[Path, str, "dt.date | None"], Iterator[Article | Rejection]]

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".md",
    ".json",
    ".jsonl",
    ".csv",
    ".html",
    ".htm",
    ".xml",
    ".rss",
    ".atom",
)


def _reader_for(suffix: str) -> Reader | None:
    # Imported lazily: trafilatura and feedparser are slow to import and only some files need them.
    if suffix in (".txt", ".md"):
        from .text import read_text_file

        return read_text_file
    if suffix in (".json", ".jsonl"):
        from .jsonfile import read_json_file

        return read_json_file
    if suffix == ".csv":
        from .csvfile import read_csv_file

        return read_csv_file
    if suffix in (".html", ".htm"):
        from .htmlfile import read_html_file

        return read_html_file
    if suffix in (".xml", ".rss", ".atom"):
        from .feed import read_feed_file

        return read_feed_file
    return None


def read_file(path: Path, *, today: dt.date | None = None) -> Iterator[Article | Rejection]:
    """Yield one Article or Rejection per record; never raises for bad input."""
    source_file = str(path)
    path = Path(path)
    reader = _reader_for(path.suffix.lower())
    if reader is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        reason = f"unsupported file type {path.suffix or '(none)'!r}: use one of {supported}"
        yield Rejection(source_file, None, reason)
        return
    if not path.is_file():
        yield Rejection(source_file, None, "not a readable file (missing or a directory)")
        return
    try:
        yield from reader(path, source_file, today)
    except NotText as exc:
        yield Rejection(source_file, None, str(exc))
    except Exception as exc:  # noqa: BLE001 - contract: bad input never raises
        log.warning("unexpected error reading %s", source_file, exc_info=True)
        yield Rejection(source_file, None, f"could not read the file: {exc}")
