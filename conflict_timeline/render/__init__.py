"""Pictures of the event timeline: a self-contained HTML page, and a PNG of it.

Dagster-free, so the CLI, notebooks and tests can render a timeline from plain rows.
"""

from conflict_timeline.render.page import render_timeline_html
from conflict_timeline.render.png import render_timeline_png

__all__ = ["render_timeline_html", "render_timeline_png"]
