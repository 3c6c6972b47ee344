"""The page's inline CSS (no external sheet: the page must work offline, from a file)."""

MODALITY_COLOURS = {
    "asserted": "#2563eb",
    "claimed": "#d97706",
    "demanded": "#7c3aed",
    "denied": "#dc2626",
    "predicted": "#059669",
    "hypothetical": "#64748b",
    "negated": "#111827",
}

_BASE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 16px; color: #1f2937; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
.summary, .note { margin: 0 0 8px; }
.note { color: #92400e; }
.controls { margin: 8px 0; display: flex; gap: 16px; flex-wrap: wrap; align-items: center; }
.legend span { margin-right: 10px; white-space: nowrap; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 4px; vertical-align: middle; }
.scroll { overflow-x: auto; }
svg { display: block; }
.band.b0 { fill: #f8fafc; } .band.b1 { fill: #eef2f7; }
.grid { stroke: #cbd5e1; stroke-width: 1; }
.tick { font-size: 11px; fill: #475569; text-anchor: middle; }
.lane { font-size: 12px; fill: #111827; }
.mark { cursor: pointer; fill: #2563eb; fill-opacity: 0.75; outline: none; }
.mark.span { fill-opacity: 0.45; }
.mark:hover, .mark:focus { fill-opacity: 1; stroke: #111827; stroke-width: 1.5; }
#tooltip { position: absolute; max-width: 420px; padding: 8px 10px; background: #111827;
  color: #f9fafb; border-radius: 6px; font-size: 13px; pointer-events: none; z-index: 10; }
#tooltip .t-title { font-weight: 600; margin-bottom: 4px; }
#tooltip .k { color: #9ca3af; margin-right: 6px; }
.empty { padding: 24px; background: #f8fafc; border: 1px dashed #94a3b8; }
"""


def stylesheet() -> str:
    colours = "\n".join(
        f".m-{name} {{ fill: {colour}; }} .swatch.m-{name} {{ background: {colour}; }}"
        for name, colour in MODALITY_COLOURS.items()
    )
    return _BASE + colours + "\n"
