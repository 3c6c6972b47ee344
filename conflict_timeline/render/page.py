"""render_timeline_html: one self-contained HTML page (inline CSS, JS and SVG, no network)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from html import escape
from typing import Any

from conflict_timeline.render.model import MAX_MARKS, select_events
from conflict_timeline.render.script import SCRIPT
from conflict_timeline.render.style import MODALITY_COLOURS, stylesheet
from conflict_timeline.render.svg import render_svg


def _policy() -> str:
    """Only our own script and inline styles may run, nothing may load: a second line of
    defence should article text ever slip through unescaped."""
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"


def _controls(modalities: set[str]) -> str:
    swatches = "".join(
        f'<span><i class="swatch m-{name}"></i>{name}</span>'
        for name in MODALITY_COLOURS if name in modalities
    )
    return (
        '<div class="controls"><fieldset><legend>Lanes by</legend>'
        '<label><input type="radio" name="lane-by" value="type" checked> event type</label> '
        '<label><input type="radio" name="lane-by" value="actor"> actor</label></fieldset>'
        '<div class="legend"><span>● day-precise</span><span>▬ week, month, year… (span)</span>'
        f"{swatches}</div></div>"
    )


def _body(rows: list[Mapping[str, Any]]) -> str:
    if not rows:
        return '<p class="empty">No events to show yet: the events table is empty.</p>'
    events = select_events(rows)
    first, last = min(e.start for e in events), max(e.end for e in events)
    parts = [f'<p class="summary">{len(rows)} event(s) from {first} to {last}. '
             "Hover over or tab to a mark for its details.</p>"]
    if len(events) < len(rows):
        parts.append(f'<p class="note">Showing the {len(events)} most reported of {len(rows)} '
                     f"events (at most {MAX_MARKS} marks keep the page usable).</p>")
    parts.append(_controls({e.modality for e in events}))
    parts.append(f'<div class="scroll">{render_svg(events)}</div>')
    return "".join(parts)


def render_timeline_html(events: list[dict[str, Any]]) -> str:
    """The page for rows of the events table (or the timeline view), in any order."""
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{escape(_policy())}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Conflict timeline</title><style>{stylesheet()}</style></head>\n"
        '<body data-js-errors="0" data-js-ready="0" data-lane-by="type">'
        f"<h1>Conflict timeline</h1>{_body(events)}"
        '<div id="tooltip" role="tooltip" hidden></div>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )
