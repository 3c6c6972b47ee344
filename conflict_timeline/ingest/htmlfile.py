"""HTML pages: main text via trafilatura, date from metadata via htmldate (both offline)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import trafilatura

from .build import make_article
from .decode import read_text
from .htmlmeta import metadata_date
from .model import Article, Rejection, normalize_ws

# Below this, what trafilatura finds is page furniture ("Home", "Menu"), not an article.
_MIN_WORDS = 5
_DATE_HINT = "the page has no publication date in its metadata (e.g. article:published_time)"


def read_html_file(
    path: Path, source_file: str, today: dt.date | None
) -> Iterator[Article | Rejection]:
    html = read_text(path)
    # Dates come from htmlmeta, which ignores the prose, not from trafilatura's own search.
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False},  # unused; keep it cheap
    )
    text = (getattr(doc, "text", None) or "").strip()
    if len(text.split()) < _MIN_WORDS:
        yield Rejection(source_file, None, "no article text found in the HTML page")
        return
    title = getattr(doc, "title", None) or ""
    yield make_article(
        title=title,
        text=_strip_title_line(text, title),
        published=_published(metadata_date(html)),
        source=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None),
        source_file=source_file,
        record=None,
        today=today,
        date_hint=_DATE_HINT,
    )


def _published(value: str | None) -> str | None:
    # htmldate pads a date-only result with midnight; keep that as a date, not a time.
    if value and value.endswith("T00:00:00"):
        return value[:10]
    return value


def _strip_title_line(text: str, title: str) -> str:
    """trafilatura repeats the <h1> headline as the first line; the title already holds it."""
    first, sep, rest = text.partition("\n")
    if sep and title and normalize_ws(first) == normalize_ws(title):
        return rest.strip()
    return text
