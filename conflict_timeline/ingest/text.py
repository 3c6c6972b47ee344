"""Plain-text and Markdown articles, with an optional ``---`` front-matter header."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from .build import make_article
from .decode import read_text
from .fields import PUBLISHED_KEYS, pick
from .model import Article, Rejection

_MAX_HEADER_LINES = 50
_DATE_HINT = "add a 'published: YYYY-MM-DD' line to the front matter"
_NO_HEADER_HINT = (
    "add a front-matter header ('---', 'title: ...', 'published: YYYY-MM-DD', '---') at the top"
)


def read_text_file(
    path: Path, source_file: str, today: dt.date | None
) -> Iterator[Article | Rejection]:
    lines = read_text(path).split("\n")
    if lines[0].strip() != "---":
        yield make_article(
            title=lines[0].lstrip("#").strip(),
            text="\n".join(lines[1:]),
            published=None,
            source_file=source_file,
            record=None,
            today=today,
            date_hint=_NO_HEADER_HINT,
        )
        return
    split = split_front_matter(lines)
    if split is None:
        reason = "front matter is not closed: add a '---' line after the header"
        yield Rejection(source_file=source_file, record=None, reason=reason)
        return
    meta, body = split
    yield make_article(
        title=meta.get("title"),
        text=body,
        published=pick(meta, PUBLISHED_KEYS),
        source=meta.get("source"),
        url=meta.get("url"),
        source_file=source_file,
        record=None,
        today=today,
        date_hint=_DATE_HINT,
    )


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], str] | None:
    """(header, body) of lines that open with a '---' header; None when it is never closed."""
    end = next(
        (i for i, line in enumerate(lines[1:_MAX_HEADER_LINES], 1) if line.strip() == "---"), None
    )
    if end is None:
        return None
    return _parse_header(lines[1:end]), "\n".join(lines[end + 1 :])


def _parse_header(lines: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip().lower()] = value
    return meta
