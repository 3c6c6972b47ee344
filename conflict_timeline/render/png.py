"""render_timeline_png: the HTML page photographed by headless Chromium (no matplotlib here)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from conflict_timeline.render.chromium import screenshot
from conflict_timeline.render.page import render_timeline_html


def render_timeline_png(events: list[dict[str, Any]], width: int = 1200,
                        height: int = 800) -> bytes:
    """PNG bytes of the timeline page; raises ChromiumError when Chromium is unavailable."""
    with tempfile.TemporaryDirectory(prefix="timeline-png-") as folder:
        page = Path(folder) / "timeline.html"
        page.write_text(render_timeline_html(events), encoding="utf-8")
        return screenshot(page, width, height)
