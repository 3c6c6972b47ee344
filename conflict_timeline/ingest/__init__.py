"""Ingestion of article files into Articles (or Rejections saying why not). No Dagster here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .manifest import manifest_targets
from .model import Article, Rejection
from .reader import SUPPORTED_SUFFIXES, guarded, read_file


def read_feed_url(url: str, *, today: dt.date | None = None) -> Iterator[Article | Rejection]:
    """Articles from an RSS/Atom feed URL; feedparser is imported only when this is called."""
    from .feed import read_feed_url as _read_feed_url

    return guarded(_read_feed_url(url, today=today), url)


__all__ = [
    "SUPPORTED_SUFFIXES",
    "Article",
    "Rejection",
    "manifest_targets",
    "read_feed_url",
    "read_file",
]
