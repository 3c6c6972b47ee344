"""The timeline page in a real headless Chromium: built by a pipeline run, scripts run clean,
one mark per event, and a screenshot that is a picture rather than a blank."""

from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance, materialize

from assets.timeline_page import timeline_page
from conflict_timeline.home import DataHome, data_home
from conflict_timeline.render import render_timeline_html
from conflict_timeline.render.chromium import dump_dom, find_chromium, screenshot
from pipelines.resources import build_resources
from pipelines.run import refresh
from tests.png_pixels import colour_stats
from tests.test_render_timeline import HOSTILE
from tests.timeline_marks import read_page, row

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="no chromium binary on PATH (Debian: apt-get install chromium)",
)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> DataHome:
    root = tmp_path_factory.mktemp("home")
    with DagsterInstance.ephemeral() as instance:
        assert refresh(str(root), instance, {}) is None
    return data_home(root)


def _event_ids(home: DataHome) -> list[str]:
    with duckdb.connect(str(home.analyst_database), read_only=True) as con:
        return sorted(r[0] for r in con.execute("select event_id from events").fetchall())


def _check_ran_clean(dom: str) -> None:
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert 'data-js-ready="1"' in body, "the page's script ran to its end"
    assert 'data-js-errors="0"' in body, body
    assert "data-pwned" not in body


@pytest.mark.parametrize("lanes", ["", "actor"])
def test_pipeline_page_shows_one_mark_per_event(home: DataHome, lanes: str) -> None:
    page = home.timelines / "timeline.html"
    dom = dump_dom(page, fragment=lanes)
    _check_ran_clean(dom)
    ids = _event_ids(home)
    marks = read_page(dom).marks
    assert len(ids) > 0
    assert sorted(m["data-event-id"] for m in marks) == ids
    by = lanes or "type"
    assert f'data-lane-by="{by}"' in dom
    for mark in marks:  # the script moved each mark into its lane of the chosen grouping
        assert mark["transform"] == f"translate(0 {mark[f'data-y-{by}']})"


def test_screenshot_is_a_picture(home: DataHome, tmp_path: Path) -> None:
    started = time.monotonic()
    png = screenshot(home.timelines / "timeline.html", 1200, 800)
    assert time.monotonic() - started < 60
    width, height, colours, ink = colour_stats(png)
    assert (width, height) == (1200, 800)
    assert colours >= 8, "more than a blank or a flat colour"
    assert 0.005 < ink < 0.9, ink


def test_asset_wrote_a_png_preview(home: DataHome) -> None:
    width, _height, colours, _ink = colour_stats((home.timelines / "timeline.png").read_bytes())
    assert width == 1200 and colours >= 8


def test_unchanged_page_reuses_its_png(home: DataHome) -> None:
    png = home.timelines / "timeline.png"
    before = png.stat().st_mtime_ns
    result = materialize([timeline_page], resources=build_resources(str(home.root)))
    metadata = result.asset_materializations_for_node("timeline_page")[0].metadata
    assert metadata["n_events"].value == len(_event_ids(home))
    assert metadata["preview"].value.startswith("![timeline](data:image/png;base64,")
    assert png.stat().st_mtime_ns == before, "no second Chromium run for the same page"


def test_hostile_titles_stay_text_in_the_browser(tmp_path: Path) -> None:
    rows = [row(f"e{i}", title=text, actor_name=text, place_name=text)
            for i, text in enumerate(HOSTILE)]
    page = tmp_path / "hostile.html"
    page.write_text(render_timeline_html(rows), encoding="utf-8")
    dom = dump_dom(page)
    _check_ran_clean(dom)
    parsed = read_page(dom)
    assert parsed.scripts == 1 and parsed.handlers == [] and "img" not in parsed.tags
    assert sorted(m["data-title"] for m in parsed.marks) == sorted(HOSTILE)


def test_empty_page_runs_clean(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text(render_timeline_html([]), encoding="utf-8")
    dom = dump_dom(page)
    _check_ran_clean(dom)
    assert "No events" in dom and "data-event-id" not in dom
