"""JSON (one object or a list of objects) and JSON Lines (one object per line)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .build import make_article
from .decode import open_text, read_text
from .fields import PUBLISHED_KEYS, TEXT_KEYS, pick
from .model import Article, Rejection

_DATE_HINT = "add a 'published' key with YYYY-MM-DD or an ISO datetime"


def read_json_file(
    path: Path, source_file: str, today: dt.date | None
) -> Iterator[Article | Rejection]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_lines(path, source_file, today)
        return
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        reason = f"invalid JSON (truncated or malformed?): {exc.msg} at line {exc.lineno}"
        yield Rejection(source_file, None, reason)
        return
    if isinstance(data, dict):
        yield _from_object(data, source_file, None, today)
    elif isinstance(data, list):
        for n, item in enumerate(data, 1):
            yield _from_object(item, source_file, f"entry {n}", today)
    else:
        reason = f"JSON top level is a {type(data).__name__}: expected an object or a list of them"
        yield Rejection(source_file, None, reason)


def _read_lines(
    path: Path, source_file: str, today: dt.date | None
) -> Iterator[Article | Rejection]:
    with open_text(path) as fh:
        yield from _parse_lines(fh, source_file, today)


def _parse_lines(
    lines: Iterable[str], source_file: str, today: dt.date | None
) -> Iterator[Article | Rejection]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        record = f"line {n}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(source_file, record, f"invalid JSON on this line: {exc.msg}")
            continue
        yield _from_object(item, source_file, record, today)


def _from_object(
    item: object, source_file: str, record: str | None, today: dt.date | None
) -> Article | Rejection:
    if not isinstance(item, dict):
        return Rejection(source_file, record, f"expected a JSON object, got {type(item).__name__}")
    return make_article(
        title=pick(item, ("title", "headline")),
        text=pick(item, TEXT_KEYS),
        published=pick(item, PUBLISHED_KEYS),
        source=pick(item, ("source",)),
        url=pick(item, ("url", "link")),
        source_file=source_file,
        record=record,
        today=today,
        date_hint=_DATE_HINT,
    )
