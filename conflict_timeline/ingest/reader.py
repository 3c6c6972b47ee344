"""read_file: pick the reader for a file's suffix and make sure nothing escapes as an exception."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from .decode import NotText
from .model import Article, Rejection

log = logging.getLogger(__name__)

Reader = Callable[[Path, str, "dt.date | None"], Iterator[Article | Rejection]]

MANIFEST_SUFFIX = ".manifest.jsonl"
SUPPORTED_SUFFIXES: tuple[str, ...] = (
    MANIFEST_SUFFIX,
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
_MAX_REASON = 500


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


def read_file(
    path: Path, *, today: dt.date | None = None, inbox: Path | None = None
) -> Iterator[Article | Rejection]:
    """Yield one Article or Rejection per record; never raises for bad input.

    ``inbox`` is the inbox root: paths in a manifest (``*.manifest.jsonl``) must stay inside it
    (inside the manifest's own folder when not given). A Rejection's record is None exactly
    when nothing of the file could be used.
    """
    source_file = str(path)
    path = Path(path)
    yield from guarded(_dispatch(path, source_file, today, inbox), source_file)


def _dispatch(
    path: Path, source_file: str, today: dt.date | None, inbox: Path | None
) -> Iterator[Article | Rejection]:
    if path.name.lower().endswith(MANIFEST_SUFFIX):
        from .manifest import read_manifest

        reader: Reader | None = partial(read_manifest, inbox=inbox)
    else:
        reader = _reader_for(path.suffix.lower())
    if reader is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        reason = f"unsupported file type {path.suffix or '(none)'!r}: use one of {supported}"
        yield Rejection(source_file, None, reason)
        return
    if not path.is_file():
        yield Rejection(source_file, None, "not a readable file (missing or a directory)")
        return
    yield from reader(path, source_file, today)


def guarded(
    results: Iterator[Article | Rejection], source_file: str
) -> Iterator[Article | Rejection]:
    """Turn any failure into a Rejection, keep reasons to one line, and keep the record rule."""
    used = seen = 0
    refused = False  # a file-level Rejection has been given
    problem: str | None = None
    try:
        for item in results:
            seen += 1
            if isinstance(item, Article):
                used += 1
            else:
                # A file-level refusal after articles were yielded would lose them: say "rest".
                record = item.record if item.record or not used else "rest of file"
                refused |= record is None
                item = Rejection(item.source_file, record, one_line(item.reason))
            yield item
    except NotText as exc:
        problem = str(exc)
    except RecursionError:
        problem = "the data is nested too deeply to read (thousands of brackets): corrupt file?"
    except MemoryError:
        problem = "not enough memory to read this file: split it into smaller files"
    except Exception as exc:  # noqa: BLE001 - contract: bad input never raises
        log.warning("unexpected error reading %s", source_file, exc_info=True)
        problem = f"could not read the file, unexpected problem: {exc or type(exc).__name__}"
    if problem and used:
        yield Rejection(source_file, "rest of file", one_line(f"reading stopped: {problem}"))
    elif problem:
        yield Rejection(source_file, None, one_line(problem))
    elif not used and not refused:
        reason = (
            f"none of the {seen} records could be loaded (each has its own reason)"
            if seen
            else "the file holds no articles"
        )
        yield Rejection(source_file, None, reason)


def one_line(reason: str) -> str:
    """A reason is one short line, however the underlying message was formatted."""
    reason = " ".join(reason.split()) or "unreadable (no details available)"
    return reason if len(reason) <= _MAX_REASON else reason[: _MAX_REASON - 1] + "…"
