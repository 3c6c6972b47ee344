"""Readable tables of the pipeline benchmark's figures, and the change against a previous run."""

from __future__ import annotations

_NAMES = {"end_to_end_s_at_100k": ("100k end to end", "s", "<"),
          "peak_rss_mb": ("peak memory (RSS)", "MB", "<"),
          "speedup": ("extraction speed-up 1 -> 2", "x", ">="),
          "day_work_s": ("one more day, pipeline work without the publish", "s", "<"),
          "day_ratio": ("day cost, largest / smallest", "x", "<=")}


def _n(x: float | None, fmt: str = ",.1f") -> str:
    return "n/a" if x is None else format(x, fmt)


def _verdict(met: bool | None) -> str:
    return {True: "met", False: "MISSED", None: "not measured"}[met]


def _steps(phase: dict) -> list[str]:
    lines = [f"  {'step (Dagster key; xN: ran N times, [*]: mapped)':<58}{'seconds':>8}"
             f"{'code':>8}{'record':>8}{'share':>6}{'art/s':>8}{'mat.':>6}"]
    for key, s in sorted(phase["steps"].items(), key=lambda kv: kv[1].get("order", 0)):
        share = "" if s["share"] is None else f"{s['share']:.0%}"
        status = "" if s["status"] == "success" else f"  {s['status']}"
        times = f" x{s['count']}" if s.get("count", 1) > 1 else ""
        name = key if len(key) + len(times) < 58 else key[: 56 - len(times)] + "…"
        lines.append(f"  {name + times:<58}{s['seconds']:>8.2f}{s['compute_s']:>8.2f}"
                     f"{s['seconds'] - s['compute_s']:>8.2f}{share:>6}"
                     f"{_n(s['articles_per_s'], ',.0f'):>8}{s['materializations']:>6}{status}")
    return lines


def _overheads(p: dict) -> list[str]:
    return [f"  our code in the steps {_n(p['step_compute_s'])} s; Dagster: recording outputs in "
            f"the steps {_n(p['step_recording_s'])} s, creating runs {_n(p['run_creation_s'])} s, "
            f"run start-up {_n(p['dagster_startup_s'])} s, between steps "
            f"{_n(p['dagster_in_run_overhead_s'])} s, outside runs {_n(p['outside_runs_s'])} s; "
            f"process start/imports/exit {_n(p['process_overhead_s'])} s; load average "
            f"{' -> '.join(_n(x, '.1f') for x in p.get('load_avg_1m') or [])}"]


def _problem(p: dict) -> list[str]:
    failed = [c for r in p["runs"] for c in r["failed_checks"]]
    out = [f"  ! {p['problem']}"] if p["problem"] else []
    return out + ([f"  ! failed checks: {', '.join(failed)}"] if failed else [])


def _repeats(day: dict) -> list[str]:
    """Every repeat's day work, so the spread the best was picked from shows."""
    tries = [t for t in day.get("repeats", []) if t is not None]
    if len(tries) < 2:
        return []
    return [f"  best of {len(tries)} runs from the same history: "
            + ", ".join(f"{t:.1f}" for t in tries) + " s"]


def size_table(name: str, s: dict, targets: dict) -> str:
    c, full, day = s["corpus"], s["full"], s["day"]
    counts = ", ".join(f"{k} {v:,}" for k, v in full["counts"].items())
    lines = [
        f"== pipeline, {name}: {c['articles']:,} articles, {c['chars']:,} chars, "
        f"{c['publication_days']:,} publication days {c['first_day']} .. {c['last_day']} "
        f"({c['copies']} cop{'y' if c['copies'] == 1 else 'ies'} of the corpus, "
        f"{c['files']} JSONL files; written in {c['write_s']:.1f} s) ==",
        f"full materialization: {_n(full['process_wall_s'])} s end to end, "
        f"{_n(full['articles_per_s'])} articles/s; steps {_n(full['step_work_s'])} s",
        *_overheads(full),
        f"  peak RSS of the pipeline process {_n(full['peak_rss_mb'], ',.0f')} MB; target < "
        f"{targets['peak_rss_mb']['target']:,.0f} MB",
        "  runs: " + "; ".join(f"{r['job']} {r['status']} {r['seconds']:.1f} s"
                               for r in full["runs"]),
        *_problem(full), *_steps(full), f"  rows: {counts}",
        f"one more day ({day['articles']} articles published {day['date']}): pipeline work "
        f"(steps of ingest_job and extract_job) {_n(day['day_work_s'])} s (target < "
        f"{targets['day_work_s']['target']:g} s); then publish_job {_n(day['publish_work_s'])} s "
        f"(copy and search index of the whole warehouse); wall {_n(day['process_wall_s'])} s",
        *_repeats(day), *_overheads(day), *_problem(day), *_steps(day)]
    return "\n".join(lines)


def parallel_line(p: dict) -> str:
    if not p.get("measured"):
        return f"parallel extraction: not measured: {p['reason']}"
    one, two = p["one_run"], p["two_runs"]
    ceiling = p.get("machine_ceiling") or {}
    halves = " and ".join(f"{a}..{b}" for a, b in p["ranges"])
    lines = [
        f"parallel extraction ({p['asset']}, {p['size']} corpus, halves {halves}; best of "
        f"{p.get('repeats', 1)}): our extraction code {_n(one['compute_s'])} s in one run, "
        f"{_n(two['compute_s'])} s in two concurrent runs: speed-up x{_n(p['speedup'], '.2f')}",
        f"  with Dagster's steps around it (one SQLite event log shared by both runs) "
        f"{_n(one['steps_span_s'])} -> {_n(two['steps_span_s'])} s, "
        f"x{_n(p.get('speedup_span'), '.2f')}; process wall {_n(one['wall_s'])} -> "
        f"{_n(two['wall_s'])} s, x{_n(p.get('speedup_wall'), '.2f')}",
    ]
    if ceiling:
        lines.append(f"  this machine's ceiling in the same run (pure-Python work, 1 vs 2 "
                     f"processes, best of {len(ceiling['one_process_s'])}): "
                     f"x{_n(ceiling['speedup'], '.2f')}")
    each = [r for r in p.get("speedup_each", []) if r]
    if each:
        lines.append(f"  each repeat's own ratio: {', '.join(f'x{r:.2f}' for r in each)} "
                     f"(median x{sorted(each)[len(each) // 2]:.2f})")
    for i, pass_ in enumerate(p.get("passes", []), 1):
        each = ", ".join(f"{_n(v)}" for v in pass_["two_runs"].get("compute_each_s", []))
        lines.append(f"  repeat {i}: code {_n(pass_['one_run']['compute_s'])} -> "
                     f"{_n(pass_['two_runs']['compute_s'])} s (halves {each} s), span "
                     f"{_n(pass_['one_run']['steps_span_s'])} -> "
                     f"{_n(pass_['two_runs']['steps_span_s'])} s")
    return "\n".join(lines)


def extractor_table(e: dict) -> str:
    w = e["ours_whole_articles"]
    lines = ["== extractor throughput (same run; ours = extract_events, peers find dates only) ==",
             f"ours on {w['texts']:,} whole articles, {w['chars']:,} chars: "
             f"{_n(w['chars_per_s'], ',.0f')} chars/s, "
             f"{_n(w['articles_per_s'], ',.0f')} articles/s",
             *_sized_line(e),
             f"on the same {e['peer_texts']} texts (each cut to its first "
             f"{e['peer_chars_cap']:,} chars):",
             f"  {'':<18}{'chars/s':>12}{'articles/s':>12}{'errors':>8}  ours/peer chars/s"]
    for name, row in e["same_texts"].items():
        ratio = "" if name == "ours" else f"x{_n(e['ours_x'].get(name), ',.2f')}"
        lines.append(f"  {name:<18}{_n(row['chars_per_s'], ',.0f'):>12}"
                     f"{_n(row['articles_per_s'], ',.1f'):>12}{row['errors']:>8}  {ratio}")
    lines += [f"  ! peer {k} not available: {why}" for k, why in e["peers_missing"].items()]
    return "\n".join(lines)


def _sized_line(e: dict) -> list[str]:
    """Issue 4's unit: articles of about 5,000 characters (aim: 200 per second)."""
    row = e.get("ours_sized_articles")
    if not row:
        return []
    low, high = e["sized_chars"]
    return [f"ours on {row['texts']:,} articles of {low:,}-{high:,} chars: "
            f"{_n(row['chars_per_s'], ',.0f')} chars/s, "
            f"{_n(row.get('unit_articles_per_s'), ',.0f')} articles of 5,000 chars/s "
            f"(issue 4's aim: 200)"]


def targets_table(summary: dict) -> str:
    lines = ["== targets (printed beside the figures, not asserted) =="]
    for key, row in summary["targets"].items():
        name, unit, sign = _NAMES[key]
        lines.append(f"  {name:<32}{_n(row['value'], ',.2f'):>10} {unit:<3} target {sign} "
                     f"{row['target']:g} {unit:<3} {_verdict(row['met'])}")
    ratio = summary.get("day_ratio_sizes")
    if ratio:
        lines.append(f"  (day cost ratio: {ratio['of']} over {ratio['to']}; day work measured at "
                     f"{summary['day_work_at']})")
    return "\n".join(lines)


def report(res: dict) -> str:
    targets = res["summary"]["targets"]
    m = res["machine"]
    parts = [f"machine: {m['cpu_count']} cores, {m['platform']}, git {str(m['git_head'])[:10]}"
             f"{' + uncommitted changes' if m.get('git_dirty') else ''}"]
    parts += [size_table(n, s, targets) for n, s in res["sizes"].items()]
    parts += [parallel_line(res["parallel"]), extractor_table(res["extractor"]),
              targets_table(res["summary"])]
    return "\n\n".join(parts)


def _figures(res: dict) -> dict[str, float]:
    """The comparable headline figures of a run, by name."""
    out = {}
    for n, s in res.get("sizes", {}).items():
        out[f"{n} end to end s"] = s["full"]["process_wall_s"]
        out[f"{n} articles/s"] = s["full"]["articles_per_s"]
        out[f"{n} peak RSS MB"] = s["full"]["peak_rss_mb"]
        # .get: a figures file from before the split has neither.
        out[f"{n} day work s"] = s["day"].get("day_work_s")
        out[f"{n} day publish s"] = s["day"].get("publish_work_s")
        for key, step in s["full"]["steps"].items():
            out[f"{n} step {key} s"] = step["seconds"]
    out["speed-up"] = res.get("parallel", {}).get("speedup")
    ex = res.get("extractor", {})
    for name, row in ex.get("same_texts", {}).items():
        out[f"extractor {name} chars/s"] = row["chars_per_s"]
    return {k: v for k, v in out.items() if isinstance(v, int | float)}


def changes(old: dict, new: dict) -> list[str]:
    """One line per headline figure present in both runs."""
    lines = []
    if old.get("machine", {}).get("platform") != new.get("machine", {}).get("platform"):
        lines.append("  (previous run was on another platform: speeds are not comparable)")
    before = _figures(old)
    for key, value in _figures(new).items():
        prev = before.get(key)
        if prev:
            lines.append(f"  {key:<60} {prev:>12,.2f} -> {value:>12,.2f}  (x{value / prev:.2f})")
    return lines


def compare_report(old: dict, new: dict) -> str:
    lines = changes(old, new)
    head = f"Change against the previous pipeline run ({old.get('created_utc', '?')}):"
    return "\n".join([head, *lines]) if lines else f"{head} no comparable figures."
