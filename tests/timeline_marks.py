"""Reading the timeline page back with the stdlib HTML parser: its marks, tags and scripts."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from typing import Any


class PageReader(HTMLParser):
    """Every element carrying data-event-id, with the shape drawn inside it."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, Any]] = []
        self.tags: set[str] = set()
        self.scripts = 0
        self.handlers: list[str] = []  # on* attributes: event handlers anywhere on the page
        self.body: dict[str, str | None] = {}
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.add(tag)
        self.scripts += tag == "script"
        self.handlers += [name for name in found if name.startswith("on")]
        if tag == "body":
            self.body = found
        if "data-event-id" in found:
            self.marks.append({**found, "shape": None, "shape_attrs": {}})
            self._in_mark = True
        elif self._in_mark:
            self.marks[-1].update(shape=tag, shape_attrs=found)
            self._in_mark = False


def read_page(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    reader.close()
    return reader


def mark_left(mark: dict[str, Any]) -> float:
    """Left edge of a mark's shape, in SVG pixels."""
    attrs = mark["shape_attrs"]
    if mark["shape"] == "circle":
        return float(attrs["cx"]) - float(attrs["r"])
    return float(attrs["x"])


def row(event_id: str = "e1", **fields: Any) -> dict[str, Any]:
    """One events row with plausible defaults."""
    base = {
        "event_id": event_id, "event_type": "ASSAULT", "modality": "asserted",
        "title": "Shelling was reported.", "actor_name": "Russia", "place_name": "Kharkiv",
        "date_start": dt.date(2022, 2, 24), "date_end": dt.date(2022, 2, 24),
        "date_precision": "day", "n_mentions": 1, "n_sources": 1,
    }
    return {**base, **fields}
