"""timeline_page: the events drawn as one self-contained HTML page, with a PNG of it."""

import base64
from pathlib import Path

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from assets.files import atomic_path
from assets.warehouse import connect, sql
from conflict_timeline.render import render_timeline_html, render_timeline_png
from conflict_timeline.render.chromium import ChromiumError
from pipelines.constants import OWNERS, WRITER_POOL
from pipelines.resources import DataHomeResource

PAGE_NAME, PNG_NAME = "timeline.html", "timeline.png"


def _write(target: Path, data: bytes) -> None:
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)


def _preview(
    context: AssetExecutionContext, html: bytes, page: Path, events: list[dict]
) -> MetadataValue:
    """The PNG as a Markdown image; Chromium (~2 s) runs only when the page changed."""
    png_path = page.with_name(PNG_NAME)
    if png_path.is_file() and page.is_file() and page.read_bytes() == html:
        png = png_path.read_bytes()
    else:
        png_path.unlink(missing_ok=True)  # a PNG of an older page must not outlive it
        try:
            png = render_timeline_png(events)
        except ChromiumError as error:
            # The page is the product; the picture is a convenience for the Dagster UI.
            context.log.warning(f"no PNG preview of the timeline: {error}")
            return MetadataValue.md(f"No preview: {error}.")
        _write(png_path, png)
    data_url = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return MetadataValue.md(f"![timeline]({data_url})")


@asset(
    deps=["events"],
    description=(
        "timelines/timeline.html in the data folder: every event on a time axis in lanes by "
        "type or actor, day-precise events as dots and coarser ones as spans; works offline. "
        "timelines/timeline.png beside it (and in this metadata) when Chromium is installed."
    ),
    kinds={"html"},
    owners=OWNERS,
    group_name="publish",
    # It reads the warehouse, and DuckDBResource always opens it for writing.
    pool=WRITER_POOL,
)
def timeline_page(
    context: AssetExecutionContext, home: DataHomeResource, warehouse: DuckDBResource
) -> MaterializeResult:
    """Render the page from the timeline view and swap it in atomically."""
    with connect(warehouse) as con:
        rows = con.execute(sql("timelines/select_events_for_page.sql")).fetch_arrow_table()
    events = rows.to_pylist()
    page = home.paths.timelines / PAGE_NAME
    html = render_timeline_html(events).encode("utf-8")
    metadata = {
        "path": MetadataValue.path(str(page)),
        "n_events": MetadataValue.int(len(events)),
        "preview": _preview(context, html, page, events),
    }
    # The page goes last: the same page on disk then always means a PNG of it beside it.
    _write(page, html)
    return MaterializeResult(metadata=metadata)
