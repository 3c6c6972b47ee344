"""An HTML page's publication date from its metadata and date markup, never from its prose.

htmldate alone falls back to any YYYY-MM-DD in the text even in its fast mode, and a date
someone mentions is not the date the page was published. So the body's text is removed
first, except inside elements marked up as dates (<time>, class/id/itemprop naming a date).
"""

from __future__ import annotations

import re

import lxml.html
from htmldate import find_date
from lxml.etree import ParserError

_PARAMS = {
    "original_date": True,
    "extensive_search": False,
    # Far ahead, so that our own future check reports a future date instead of a silent drop.
    "max_date": "2099-12-31",
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}
_MARKED = re.compile(r"date|time|publish|posted", re.I)
_MARK_ATTRS = ("class", "id", "itemprop", "property", "name", "datetime")


def metadata_date(html: str) -> str | None:
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None
    body = tree.find("body")
    if body is not None:
        _strip_prose(body)
    return find_date(tree, **_PARAMS)


def _marked(el: lxml.html.HtmlElement) -> bool:
    if not isinstance(el.tag, str):
        return False  # comments and processing instructions
    if el.tag in ("time", "script"):  # scripts hold JSON-LD metadata
        return True
    return any(_MARKED.search(el.get(attr) or "") for attr in _MARK_ATTRS)


def _strip_prose(body: lxml.html.HtmlElement) -> None:
    """Remove text outside date markup; iterative, as pages can nest deeply."""
    stack = [(body, False)]
    while stack:
        el, keep = stack.pop()
        keep = keep or _marked(el)
        if not keep:
            el.text = None
        for child in el:
            if not keep:
                child.tail = None
            stack.append((child, keep))
