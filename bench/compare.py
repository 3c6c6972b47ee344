"""Changes against a previous run's results (``.bench/latest.json``)."""

from __future__ import annotations

_KEYS = (("DATE rel F1", "date_relaxed_f1"), ("DATE val F1", "date_value_f1"),
         ("all val F1", "all_value_f1"))


def _rows(result: dict) -> dict[str, dict]:
    out = {}
    for name, c in result.get("temporal", {}).get("corpora", {}).items():
        ids = tuple(c["subset"]["doc_ids"])
        for tagger, row in c["compared"].items():
            out[f"{name} subset {tagger}"] = {**row, "_docs": ids}
        out[f"{name} ours full"] = {**c["ours_full"], "_docs": c["ours_full"]["docs"]}
    return out


def _speed(old: float | None, new: float | None) -> str:
    if not old or not new:
        return ""
    return f"chars/s {old:,.0f} -> {new:,.0f} (x{new / old:.2f})"


def changes(old: dict, new: dict) -> list[str]:
    """One line per row present in both runs over the same documents."""
    lines = []
    if old.get("machine", {}).get("platform") != new.get("machine", {}).get("platform"):
        lines.append("(previous run was on another platform: speeds are not comparable)")
    before = _rows(old)
    for key, row in _rows(new).items():
        prev = before.get(key)
        if prev is None or prev["_docs"] != row["_docs"]:
            continue
        parts = [f"{label} {row[k] - prev[k]:+.3f}" for label, k in _KEYS]
        parts.append(_speed(prev.get("chars_per_s"), row.get("chars_per_s")))
        lines.append(f"  {key:<34} " + ", ".join(p for p in parts if p))
    return lines


def report(old: dict, new: dict) -> str:
    lines = changes(old, new)
    head = f"Change against the previous run ({old.get('created_utc', '?')}):"
    return "\n".join([head, *lines]) if lines else f"{head} no comparable rows."
