"""The timeline as inline SVG: axis, lanes for each grouping, one mark per event."""

from __future__ import annotations

import re
from html import escape

from conflict_timeline.render.layout import GROUPINGS, ROW_HEIGHT, Layout, extent, layout
from conflict_timeline.render.model import Event
from conflict_timeline.render.scale import TimeScale, fit, ticks

LABEL_WIDTH = 170
PLOT_WIDTH = 940
AXIS_HEIGHT = 28
LANE_LABEL_CHARS = 22


def _lanes(plan: Layout, by: str, scale: TimeScale, shown: bool) -> str:
    """Lane bands, labels and grid lines of one grouping; JS shows one grouping at a time."""
    display = "inline" if shown else "none"
    parts = [f'<g class="lanes" data-by="{by}" display="{display}">']
    bottom = AXIS_HEIGHT + plan.height
    for i, lane in enumerate(plan.lanes):
        label = lane.name
        if len(label) > LANE_LABEL_CHARS:
            label = label[:LANE_LABEL_CHARS - 1] + "…"
        parts.append(
            f'<rect class="band b{i % 2}" x="0" y="{lane.top:.1f}" '
            f'width="{LABEL_WIDTH + PLOT_WIDTH}" height="{lane.height:.1f}"/>'
            f'<text class="lane" x="6" y="{lane.top + lane.height / 2 + 4:.1f}">'
            f"<title>{escape(lane.name)}</title>{escape(label)} ({lane.count})</text>"
        )
    for day, _ in ticks(scale):
        x = scale.x(day)
        parts.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" '
                     f'y1="{AXIS_HEIGHT}" y2="{bottom:.1f}"/>')
    parts.append("</g>")
    return "".join(parts)


def _axis(scale: TimeScale) -> str:
    labels = [
        f'<text class="tick" x="{scale.x(day):.1f}" y="{AXIS_HEIGHT - 10}">{escape(text)}</text>'
        for day, text in ticks(scale)
    ]
    return f'<g class="axis">{"".join(labels)}</g>'


def _mark(event: Event, scale: TimeScale, plans: dict[str, Layout]) -> str:
    """One focusable mark; the tooltip reads its data-* attributes (escaped, never parsed)."""
    left, right = extent(event, scale)
    if event.is_point:
        shape = f'<circle cx="{(left + right) / 2:.2f}" cy="0" r="{(right - left) / 2:.2f}"/>'
    else:
        height = ROW_HEIGHT - 6
        shape = (f'<rect x="{left:.2f}" y="{-height / 2:.1f}" width="{right - left:.2f}" '
                 f'height="{height}" rx="2"/>')
    ys = " ".join(f'data-y-{by}="{plan.y[event.event_id]:.1f}"' for by, plan in plans.items())
    fields = {
        "event-id": event.event_id,
        "title": event.title,
        "date": event.date_label,
        "type": f"{event.event_type}, {event.modality}",
        "actor": event.actor,
        "place": event.place,
        "counts": f"{event.n_mentions} mention(s), {event.n_sources} source(s)",
    }
    data = " ".join(f'data-{name}="{escape(value)}"' for name, value in fields.items())
    kind = "point" if event.is_point else "span"
    modality = re.sub(r"[^a-z-]", "", event.modality.lower())  # a class name, not free text
    label = escape(f"{event.date_label}: {event.title}")
    y = plans["type"].y[event.event_id]
    return (
        f'<g class="mark {kind} m-{modality}" {data} {ys} tabindex="0" '
        f'role="img" aria-label="{label}" transform="translate(0 {y:.1f})">'
        f"{shape}</g>"
    )


def render_svg(events: list[Event]) -> str:
    """The SVG for non-empty `events` (already capped and in date order)."""
    scale = fit(min(e.start for e in events), max(e.end for e in events), LABEL_WIDTH, PLOT_WIDTH)
    plans = {by: layout(events, by, scale, AXIS_HEIGHT) for by in GROUPINGS}
    heights = " ".join(f'data-height-{by}="{AXIS_HEIGHT + p.height + 4:.0f}"'
                       for by, p in plans.items())
    width = LABEL_WIDTH + PLOT_WIDTH + 20
    height = AXIS_HEIGHT + plans["type"].height + 4
    lanes = "".join(_lanes(plan, by, scale, by == "type") for by, plan in plans.items())
    marks = "".join(_mark(event, scale, plans) for event in events)
    return (
        f'<svg id="timeline" width="{width}" height="{height:.0f}" {heights} '
        f'role="group" aria-label="Events on a time axis">'
        f'{lanes}{_axis(scale)}<g class="marks">{marks}</g></svg>'
    )
