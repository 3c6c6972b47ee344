"""Field names shared by the key-value formats (front matter, JSON, feeds)."""

from __future__ import annotations

from collections.abc import Mapping

PUBLISHED_KEYS = ("published", "date", "published_at", "pubdate")
TEXT_KEYS = ("text", "body", "content")


def pick(record: Mapping[str, object], keys: tuple[str, ...]) -> object:
    """First non-empty value among ``keys``, matching key names case-insensitively."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    for key in keys:
        value = lowered.get(key)
        if value not in (None, ""):
            return value
    return None
