"""TempEval-3 style scoring of TIMEX3 extraction and normalization.

strict: identical offsets. relaxed: any overlap, one-to-one (largest overlaps first).
type accuracy and value F1 are computed over relaxed matches; a value counts only if the
strings are equal, so granularity matters.
"""

from __future__ import annotations

from collections.abc import Iterable


def _prf(hit: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = hit / n_pred if n_pred else 0.0
    r = hit / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _relaxed_pairs(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                cands.append((-ov, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def _score(docs: Iterable[tuple[list[dict], list[dict]]]) -> dict:
    n_gold = n_pred = strict = relaxed = typ = val = 0
    for gold, pred in docs:
        n_gold += len(gold)
        n_pred += len(pred)
        spans = {(g["start"], g["end"]) for g in gold}
        strict += sum((p["start"], p["end"]) in spans for p in pred)
        pairs = _relaxed_pairs(gold, pred)
        relaxed += len(pairs)
        typ += sum(g["type"] == p["type"] for g, p in pairs)
        val += sum(g.get("value") is not None and g.get("value") == p.get("value")
                   for g, p in pairs)
    out: dict = {"n_gold": n_gold, "n_pred": n_pred}
    for name, hit in (("strict", strict), ("relaxed", relaxed), ("value", val)):
        p, r, f = _prf(hit, n_pred, n_gold)
        out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
    out["type_acc"] = typ / relaxed if relaxed else 0.0
    return out


def evaluate(gold: list[dict], pred: list[dict]) -> dict:
    """Scores for ``pred`` against ``gold``, overall and for DATE expressions alone."""
    by_id = {d["doc_id"]: d.get("timexes", []) for d in pred}
    pairs = [(g["timexes"], by_id.get(g["doc_id"], [])) for g in gold]
    dates = [([t for t in g if t["type"] == "DATE"], [t for t in p if t["type"] == "DATE"])
             for g, p in pairs]
    return {"docs": len(gold), "overall": _score(pairs), "DATE": _score(dates)}


def format_report(result: dict) -> str:
    """Small fixed-width table of an ``evaluate`` result."""
    head = f"{'':8}{'gold':>6}{'pred':>6}  {'strict P/R/F1':>17}  {'relaxed P/R/F1':>17}"
    head += f"  {'type':>5}  {'value P/R/F1':>17}"
    lines = [f"documents: {result['docs']}", head]
    for key in ("overall", "DATE"):
        s = result[key]
        row = f"{key:8}{s['n_gold']:>6}{s['n_pred']:>6}"
        for name in ("strict", "relaxed"):
            row += f"  {s[name + '_p']:.3f}/{s[name + '_r']:.3f}/{s[name + '_f1']:.3f}"
        row += f"  {s['type_acc']:.3f}  {s['value_p']:.3f}/{s['value_r']:.3f}/{s['value_f1']:.3f}"
        lines.append(row)
    return "\n".join(lines)
