"""The two things a reader yields: an Article, or a Rejection saying why a record was skipped."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Article:
    """One dated article.

    ``published`` is the calendar date as the source states it; ``published_at`` is the
    instant in naive UTC when the source gives a time (None otherwise).
    """

    article_id: str
    title: str
    text: str
    published: dt.date
    published_at: dt.datetime | None
    source: str | None
    url: str | None
    source_file: str
    record: str | None


@dataclass(frozen=True, slots=True)
class Rejection:
    source_file: str
    record: str | None
    reason: str


def normalize_ws(value: str) -> str:
    return " ".join(value.split())


def article_id(title: str, text: str) -> str:
    """Content hash, so the same article arriving in any format or wrapping is stored once."""
    payload = normalize_ws(title) + "\n" + normalize_ws(text)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
