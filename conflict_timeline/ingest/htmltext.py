"""HTML fragments (feed summaries and content) to plain text with paragraph breaks."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = set(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer "
    "pre figure".split()
)
_SKIP = {"script", "style", "noscript", "template"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return re.sub(r"\n{2,}", "\n", "\n".join(line for line in lines if line)).strip()
