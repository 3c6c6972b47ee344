"""JSON (one object or a list of objects) and JSON Lines (one object per line)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from .build import make_article
from .decode import read_text
from .fields import PUBLISHED_KEYS, TEXT_KEYS, pick
from .jsonlines import BadLine, json_lines, parse_json
from .model import Article, Rejection

_DATE_HINT = "add a 'published' key with YYYY-MM-DD or an ISO datetime"
_JSON_TYPES = {str: "a string", int: "a number", float: "a number", bool: "true/false"}
_JSON_TYPES[list] = "a list"


def json_type(value: object) -> str:
    """A JSON name for a parsed value's type, for reasons (not Python's 'NoneType')."""
    return "null" if value is None else _JSON_TYPES.get(type(value), "an object")


def read_json_file(
    path: Path, source_file: str, today: dt.date | None
) -> Iterator[Article | Rejection]:
    if path.suffix.lower() == ".jsonl":
        for n, item in json_lines(path):
            if isinstance(item, BadLine):
                yield Rejection(source_file, f"line {n}", item.reason)
            else:
                yield _from_object(item, source_file, f"line {n}", today)
        return
    data = parse_json(read_text(path), "(truncated or malformed?)")
    if isinstance(data, BadLine):
        reason = data.reason
        if "Extra data" in reason:
            reason += "; one object per line is JSON Lines: rename the file to .jsonl"
        yield Rejection(source_file, None, reason)
    elif isinstance(data, dict):
        yield _from_object(data, source_file, None, today)
    elif isinstance(data, list):
        for n, item in enumerate(data, 1):
            yield _from_object(item, source_file, f"entry {n}", today)
    else:
        reason = f"JSON top level is {json_type(data)}: expected an object or a list of them"
        yield Rejection(source_file, None, reason)


def _from_object(
    item: object, source_file: str, record: str | None, today: dt.date | None
) -> Article | Rejection:
    if not isinstance(item, dict):
        return Rejection(source_file, record, f"expected a JSON object, got {json_type(item)}")
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
