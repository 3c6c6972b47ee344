"""Turn raw field values from any reader into an Article, or a Rejection saying what is wrong."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .dates import DateError, future_reason, parse_published, too_old_reason
from .model import Article, Rejection, article_id, normalize_ws

_MAX_FALLBACK_TITLE = 200


def clean_text(value: object) -> str:
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def make_article(
    *,
    title: object,
    text: object,
    published: object,
    source_file: str,
    record: str | None,
    today: dt.date | None,
    source: object = None,
    url: object = None,
    formats: Sequence[str] = (),
    tz: dt.tzinfo | None = None,
    date_hint: str = "",
) -> Article | Rejection:
    """``date_hint`` tells the user where a date should go when there is none."""

    def reject(reason: str) -> Rejection:
        return Rejection(source_file=source_file, record=record, reason=reason)

    try:
        day, at = parse_published(published, formats, tz)
    except DateError as exc:
        hint = date_hint if date_hint and str(exc) == "no publication date" else ""
        return reject(f"{exc}: {hint}" if hint else str(exc))
    bad_date = future_reason(day, today) or too_old_reason(day)
    if bad_date:
        return reject(bad_date)
    body = clean_text(text)
    if not body:
        return reject("empty text: the article has no body")
    head = normalize_ws(clean_text(title))
    if "\x00" in body or "\x00" in head:
        return reject("the text contains NUL characters: binary data, not an article")
    if not head:
        # A missing title is not worth losing the article over: use its first line.
        head = normalize_ws(body.split("\n", 1)[0])[:_MAX_FALLBACK_TITLE]
    return Article(
        article_id=article_id(head, body),
        title=head,
        text=body,
        published=day,
        published_at=at,
        source=normalize_ws(clean_text(source)) or None,
        url=clean_text(url) or None,
        source_file=source_file,
        record=record,
    )
