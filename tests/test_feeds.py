"""Feed polling: configured feeds (a file and a URL on loopback) land in the inbox."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance

from conflict_timeline.feeds import FeedListError, load_feed_list
from pipelines.feeds import poll_feeds_job
from pipelines.resources import DataHomeResource
from pipelines.run import refresh

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test wire</title>
<item><title>{title}</title><link>https://example.org/{slug}</link>
<pubDate>Thu, 24 Nov 2022 10:00:00 +0000</pubDate>
<description>Russian forces shelled Kherson on 24 November 2022, regional officials said.
{title}.</description></item>
</channel></rss>
"""


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """An RSS file served over HTTP on loopback by a real server."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "wire.xml").write_text(RSS.format(title="Kherson shelled", slug="a"), encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/wire.xml"
    finally:
        server.shutdown()
        server.server_close()


def test_polled_feeds_become_articles(tmp_path: Path, served: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    local = tmp_path / "local.xml"
    local.write_text(RSS.format(title="Second report", slug="b"), encoding="utf-8")
    (home / "feeds.yaml").write_text(
        f"feeds:\n  - name: wire\n    url: {served}\n  - name: local\n    url: {local}\n"
        "  - name: gone\n    url: http://127.0.0.1:9/nothing.xml\n",
        encoding="utf-8",
    )
    result = poll_feeds_job.execute_in_process(
        resources={"home": DataHomeResource(root=str(home))}, raise_on_error=False
    )
    assert result.success, "one unreachable feed must not stop the others"
    snapshots = sorted(p.name for p in (home / "inbox" / "feeds").iterdir())
    assert [name.split("-")[0] for name in snapshots] == ["local", "wire"]

    with DagsterInstance.ephemeral() as instance:
        assert refresh(str(home), instance, {}) is None


    with duckdb.connect(str(home / "conflict.duckdb"), read_only=True) as con:
        titles = {row[0] for row in con.execute("select title from articles").fetchall()}
    assert {"Kherson shelled", "Second report"} <= titles


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("feeds: [", "not valid YAML"),
        ("feeds: nothing", "'feeds:' list"),
        ("feeds:\n  - name: ../escape\n    url: http://x\n", "needs a 'name'"),
    ],
)
def test_bad_feed_lists_say_why_in_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FeedListError) as problem:
        load_feed_list(path)
    assert message in str(problem.value) and "\n" not in str(problem.value)


def test_no_feed_list_means_no_feeds(tmp_path: Path) -> None:
    assert load_feed_list(tmp_path / "feeds.yaml") == []
