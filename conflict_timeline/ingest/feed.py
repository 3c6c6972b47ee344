"""RSS and Atom feeds (files, or a URL via read_feed_url): one Article per entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax import SAXParseException

import feedparser

from .build import make_article
from .dates import DateError, parse_published
from .decode import detect_encoding
from .htmltext import html_to_text
from .limits import too_large_reason
from .model import Article, Rejection

# Notes feedparser makes about a feed it read fine.
_HARMLESS = (
    feedparser.CharacterEncodingOverride,
    feedparser.NonXMLContentType,
    feedparser.UndeclaredNamespace,
)
_DATE_HINT = "the entry has no <pubDate>, <published> or <updated> element"


def read_feed_file(
    path: Path, source_file: str, today: dt.date | None
) -> Iterator[Article | Rejection]:
    too_large = too_large_reason(path, path.stat().st_size)
    if too_large:
        yield Rejection(source_file, None, too_large)
        return
    detect_encoding(path)  # only to reject empty and binary files; feedparser decodes by itself
    yield from read_parsed_feed(feedparser.parse(path.read_bytes()), source_file, today)


def read_feed_url(url: str, *, today: dt.date | None = None) -> Iterator[Article | Rejection]:
    """Fetch and read a feed; network errors become a Rejection (feedparser reports them)."""
    try:
        parsed = feedparser.parse(url)
    except Exception as exc:  # noqa: BLE001 - contract: bad input never raises
        yield Rejection(url, None, f"could not fetch the feed: {exc}")
        return
    yield from read_parsed_feed(parsed, url, today)


def read_parsed_feed(
    parsed: Any, source_file: str, today: dt.date | None
) -> Iterator[Article | Rejection]:
    """The part shared by files and URLs."""
    entries = parsed.get("entries") or []
    problem = _problem(parsed)
    if not entries:
        reason = f"malformed feed: {problem}" if problem else "no entries: not an RSS/Atom feed?"
        yield Rejection(source_file, None, reason)
        return
    source = parsed.get("feed", {}).get("title")
    for n, entry in enumerate(entries, 1):
        yield make_article(
            title=html_to_text(entry.get("title") or ""),
            text=_entry_text(entry),
            published=_entry_date(entry),
            source=source,
            url=entry.get("link"),
            source_file=source_file,
            record=f"entry {n}",
            today=today,
            date_hint=_DATE_HINT,
        )
    if problem:
        # feedparser keeps what it read before the damage; say that more may have been lost.
        reason = f"malformed feed after entry {len(entries)} ({problem}): later entries are lost"
        yield Rejection(source_file, "end of feed", reason)


def _problem(parsed: Any) -> str | None:
    """What is wrong with the XML, in words; None for harmless notes about the encoding."""
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if exc is None or isinstance(exc, _HARMLESS):
        return None
    if isinstance(exc, SAXParseException):
        where = f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}"
        return f"broken or cut-off XML: {exc.getMessage()} at {where}"
    return str(exc) or "unreadable XML"


def _entry_text(entry: Any) -> str:
    # Full content when the feed carries it, else the summary.
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(contents, key=len, default="") or entry.get("summary") or ""
    return html_to_text(best)


def _entry_date(entry: Any) -> object:
    """The raw string keeps the publisher's own calendar date; the parsed struct is UTC."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if raw:
            try:
                parse_published(raw)
                return raw
            except DateError:
                parsed = entry.get(f"{key}_parsed")
                if parsed:
                    return dt.datetime(*parsed[:6])
                return raw  # unparseable: the Rejection will quote it
    return None
