"""The one-more-day run's repeats: each starts from the same folder, the best is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import pipeline_day


def _day_run(home: Path, seen: list[str], works: list[float]) -> dict:
    """Stands in for a day's refresh: records what it found, then changes the folder."""
    seen.append((home / "history.txt").read_text(encoding="utf-8"))
    with (home / "history.txt").open("a", encoding="utf-8") as f:
        f.write("+day")
    (home / "timelines-v2").mkdir(exist_ok=True)
    link = home / "timelines"
    link.unlink(missing_ok=True)
    link.symlink_to("timelines-v2")
    return {"problem": None, "day_work_s": works[len(seen) - 1]}


def _home(tmp_path: Path) -> Path:
    home = tmp_path / "n1k"
    (home / "timelines-v1").mkdir(parents=True)
    (home / "timelines").symlink_to("timelines-v1")
    (home / "history.txt").write_text("history", encoding="utf-8")
    return home


@pytest.mark.parametrize(("repeats", "works", "best"), [
    (1, [7.0], 7.0),
    (3, [7.0, 5.5, 6.1], 5.5),
    (2, [4.0, 9.0], 4.0),
])
def test_every_repeat_starts_from_the_same_history(tmp_path: Path, repeats: int,
                                                   works: list[float], best: float) -> None:
    home, seen = _home(tmp_path), []
    res = pipeline_day.measure(home, repeats, lambda: _day_run(home, seen, works))
    assert seen == ["history"] * repeats
    assert res["day_work_s"] == best and res["repeats"] == works
    # Left as one day run leaves it, links still links, no copy behind.
    assert (home / "history.txt").read_text(encoding="utf-8") == "history+day"
    assert (home / "timelines").is_symlink()
    assert (home / "timelines").resolve() == (home / "timelines-v2").resolve()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n1k"]


def test_a_failed_repeat_is_reported_not_hidden(tmp_path: Path) -> None:
    home, calls = _home(tmp_path), []

    def run() -> dict:
        calls.append(1)
        return {"problem": "child exited with status 1" if len(calls) == 2 else None,
                "day_work_s": None if len(calls) == 2 else 6.0}

    res = pipeline_day.measure(home, 3, run)
    assert res["problem"] == "child exited with status 1" and res["repeats"] == [6.0, None]
    assert len(calls) == 2 and sorted(p.name for p in tmp_path.iterdir()) == ["n1k"]


def _run(*spans: tuple[float, float]) -> dict:
    return {"steps": {f"s{i}": {"start": a, "seconds": b - a} for i, (a, b) in enumerate(spans)}}


@pytest.mark.parametrize(("spans", "busy"), [
    ([(0, 2), (3, 4)], 3.0),  # one after the other: the gap is Dagster's
    ([(0, 10), (1, 9)], 10.0),  # two lanes side by side count once
    ([(0, 5), (4, 8), (8, 9)], 9.0),
    ([], 0.0),
])
def test_busy_time_counts_parallel_steps_once(spans: list, busy: float) -> None:
    from bench.pipeline_phase import _busy

    assert _busy(_run(*spans)) == pytest.approx(busy)
