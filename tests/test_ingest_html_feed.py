"""HTML pages and RSS/Atom feed files."""

import datetime as dt
from pathlib import Path

import pytest

from conflict_timeline.ingest import Article, Rejection, read_file

TODAY = dt.date(2024, 6, 1)
PARAGRAPHS = (
    "<p>Russian forces struck Kharkiv on Friday, officials said. Several people were "
    "injured in the attack on the city centre.</p><p>The regional governor said rescue "
    "work continued into the night, and more details would follow.</p>"
)


def page(head: str, body: str) -> str:
    return f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def load(tmp_path: Path, name: str, content: str) -> list[Article | Rejection]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_file(path, today=TODAY))


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_article(tmp_path: Path, suffix: str) -> None:
    head = (
        "<title>Strike on Kharkiv | Example News</title>"
        '<meta property="article:published_time" content="2024-05-03T14:20:00+03:00">'
        '<meta property="og:site_name" content="Example News">'
        '<link rel="canonical" href="https://example.org/a">'
    )
    body = f"<nav>Home | World</nav><article><h1>Strike on Kharkiv</h1>{PARAGRAPHS}</article>"
    (article,) = load(tmp_path, "a" + suffix, page(head, body))
    assert isinstance(article, Article)
    assert article.title == "Strike on Kharkiv"
    assert article.text.startswith("Russian forces struck Kharkiv")
    assert "Home" not in article.text
    assert article.published == dt.date(2024, 5, 3)
    assert article.published_at == dt.datetime(2024, 5, 3, 11, 20)
    assert (article.source, article.url) == ("Example News", "https://example.org/a")


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<meta name="date" content="2024-05-03">',
            "<nav><a href='/'>Home</a></nav>",
            "no article text",
        ),
        ("<title>T</title>", f"<article>{PARAGRAPHS}</article>", "no publication date"),
        ('<meta name="date" content="2030-01-01">', f"<article>{PARAGRAPHS}</article>", "future"),
    ],
)
def test_bad_html_is_rejected(tmp_path: Path, head: str, body: str, expected: str) -> None:
    (result,) = load(tmp_path, "a.html", page(head, body))
    assert isinstance(result, Rejection)
    assert expected in result.reason


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.org</link>
<item><title>Drone attack on Odesa port</title><link>https://example.org/1</link>
<pubDate>Fri, 03 May 2024 23:30:00 +0300</pubDate>
<description>&lt;p&gt;Drones hit the &lt;b&gt;port&lt;/b&gt; of Odesa.&lt;/p&gt;
&lt;p&gt;Two hurt.&lt;/p&gt;</description>
</item>
<item><title>Undated</title><link>https://example.org/2</link><description>Text.</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Talks in Istanbul</title><link href="https://example.org/a"/><id>x</id>
<updated>2022-03-29T10:00:00Z</updated><summary>Short.</summary>
<content type="html">&lt;p&gt;Delegations met in Istanbul.&lt;/p&gt;</content></entry></feed>"""


@pytest.mark.parametrize("name", ["feed.xml", "feed.rss"])
def test_rss_entries(tmp_path: Path, name: str) -> None:
    first, second = load(tmp_path, name, RSS)
    assert isinstance(first, Article)
    assert (first.title, first.record, first.source) == (
        "Drone attack on Odesa port",
        "entry 1",
        "Example Wire",
    )
    assert first.text == "Drones hit the port of Odesa.\nTwo hurt."
    assert first.published == dt.date(2024, 5, 3)  # the publisher's date, not the UTC one
    assert first.published_at == dt.datetime(2024, 5, 3, 20, 30)
    assert isinstance(second, Rejection) and second.record == "entry 2"
    assert "no publication date" in second.reason


def test_atom_prefers_content_over_summary(tmp_path: Path) -> None:
    (article,) = load(tmp_path, "feed.atom", ATOM)
    assert isinstance(article, Article)
    assert article.text == "Delegations met in Istanbul."
    assert article.url == "https://example.org/a"


@pytest.mark.parametrize(
    "content", ["<?xml version='1.0'?><rss><channel><title>Oops</title>", "not xml <<< >>"]
)
def test_malformed_feed_is_rejected(tmp_path: Path, content: str) -> None:
    (result,) = load(tmp_path, "feed.xml", content)
    assert isinstance(result, Rejection)
    assert "malformed feed" in result.reason
