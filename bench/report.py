"""Readable tables of the temporal stage's figures."""

from __future__ import annotations

# F1 columns: DATE relaxed, DATE value, all-types value, all-types relaxed, all-types strict.
_COLS = (("DATE rel", "date_relaxed_f1"), ("DATE val", "date_value_f1"),
         ("all val", "all_value_f1"), ("all rel", "all_relaxed_f1"),
         ("strict", "all_strict_f1"), ("type acc", "type_acc"))
_NAME, _W = 29, 9


def _num(x: float | None, fmt: str) -> str:
    return "n/a" if x is None else format(x, fmt)


def _row(label: str, row: dict) -> str:
    cells = [f"{_num(row.get(k), '.3f'):>{_W}}" for _, k in _COLS]
    cells.append(f"{_num(row.get('chars_per_s'), ',.0f'):>11}")
    if "errors" in row:
        cells.append(f"{_num(row.get('peak_kib'), ',.0f'):>9}{row['errors']:>7}")
    return f"{label:<{_NAME}}" + " ".join(cells)


def _header() -> str:
    names = " ".join(f"{h:>{_W}}" for h, _ in _COLS)
    return f"{'tagger':<{_NAME}}{names} {'chars/s':>11}{'peak KiB':>9}{'errors':>7}"


def _target(targets: dict, ours: dict) -> str:
    met = [k for k, v in targets.items() if ours.get(k) is not None and ours[k] >= v]
    missed = [k for k in targets if k not in met]
    return f"  ours ({ours['docs']} docs) meets {len(met)}/{len(targets)} targets" + (
        f"; below: {', '.join(missed)}" if missed else "")


def _problems(name: str, r: dict) -> list[str]:
    out = []
    if r["errors"]:
        out.append(f"  {name}: {r['errors']} documents raised: {'; '.join(r['error_examples'])}")
    if r.get("inner_errors"):
        out.append(f"  {name}: {r['inner_errors']} expressions failed inside the library, e.g. "
                   f"{'; '.join(r['inner_error_examples'])}")
    if r["dropped"]:
        out.append(f"  {name}: {r['dropped']} matches dropped (no span in the text)")
    return out


def corpus_table(name: str, c: dict, stage: dict) -> str:
    s = c["subset"]
    lines = [f"== {name} ({'narrative' if c['narrative'] else 'news'} mode) ==",
             f"peer subset: {s['docs']} of {s['of_docs']} docs, {s['chars']:,} of "
             f"{s['of_chars']:,} chars ({s['rule']}); the same docs for all three rows",
             "F1 (TempEval-3): DATE relaxed, DATE value, all-types value, relaxed, strict",
             _header()]
    lines += [_row(n, r) for n, r in c["compared"].items()]
    f = c["ours_full"]
    lines.append(_row(f"ours, {f['docs']} docs, {f['chars']:,} ch", f))
    lines.append(_row("target for ours", {k: v for k, v in stage["targets"].items()}))
    ref = stage["reference"]["heideltime_te3_platinum"]
    lines.append(_row("HeidelTime, TE3 (quoted)*", ref))
    lines.append(_target(stage["targets"], f))
    for peer, r in c["ratios"].items():
        lines.append(f"  ours vs {peer} (same run, same docs): throughput "
                     f"x{_num(r['throughput_x'], ',.1f')}; DATE rel F1 "
                     f"{r['date_relaxed_f1_diff']:+.3f}, DATE val F1 {r['date_value_f1_diff']:+.3f}"
                     f", all val F1 {r['all_value_f1_diff']:+.3f}")
    for n, r in c["compared"].items():
        lines += _problems(n, r)
    return "\n".join(lines)


def stage_report(stage: dict) -> str:
    parts = [corpus_table(n, c, stage) for n, c in stage["corpora"].items()]
    parts.append("* HeidelTime figures are quoted from issue 3 (TempEval-3 platinum test set), "
                 "not measured here; on WikiWars its narrative mode reaches DATE value F1 "
                 f"{stage['reference']['heideltime_wikiwars_narrative_date_value_f1']} "
                 "(corpus README, quoted).")
    parts.append("Peers as configured in bench/peer_*.py: dateparser search_dates(languages=['en'],"
                 " RELATIVE_BASE=DCT, PREFER_DATES_FROM='past', add_period=True), offsets found by"
                 " in-order search; Recognizers-Text English DateTime model, reference=DCT, "
                 "weekday/month candidates resolved to the latest one on or before the DCT. "
                 "chars/s: median of timed passes, one thread, library calls only.")
    for peer, why in stage["peers_missing"].items():
        parts.append(f"! peer {peer} not available: {why}")
    return "\n\n".join(parts)
