"""JSON and JSON Lines, and the same article in two formats sharing one id."""

import datetime as dt
import json
from pathlib import Path

import pytest

from conflict_timeline.ingest import Article, Rejection, read_file

TODAY = dt.date(2024, 6, 1)
ITEM = {
    "title": "Talks in Istanbul",
    "date": "2022-03-29T10:00:00Z",
    "body": "Delegations met in Istanbul.\nNo agreement was reached.",
    "source": "Wire",
    "url": "https://example.org/1",
}


def load(path: Path) -> list[Article | Rejection]:
    return list(read_file(path, today=TODAY))


@pytest.mark.parametrize("key", ["published", "date", "published_at", "pubDate"])
def test_json_object_with_date_aliases(tmp_path: Path, key: str) -> None:
    item = {"title": "T", key: "2022-03-29", "content": "Some text."}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(item), encoding="utf-8")
    (article,) = load(path)
    assert isinstance(article, Article)
    assert (article.published, article.text, article.record) == (
        dt.date(2022, 3, 29),
        "Some text.",
        None,
    )


def test_json_list_gives_one_record_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([ITEM, {"title": "no date", "text": "x"}, "oops"]), "utf-8")
    first, second, third = load(path)
    assert isinstance(first, Article) and first.record == "entry 1"
    assert first.published_at == dt.datetime(2022, 3, 29, 10, 0)
    assert isinstance(second, Rejection) and second.record == "entry 2"
    assert "no publication date" in second.reason
    assert isinstance(third, Rejection) and "expected a JSON object" in third.reason


def test_truncated_json_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([ITEM, ITEM])[:-30], encoding="utf-8")
    (result,) = load(path)
    assert isinstance(result, Rejection)
    assert "invalid JSON" in result.reason


def test_jsonl_bad_line_does_not_stop_the_others(tmp_path: Path) -> None:
    other = dict(ITEM, title="Second")
    lines = [json.dumps(ITEM), '{"title": "broken", ', "", json.dumps(other)]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = load(path)
    assert [type(r) for r in results] == [Article, Rejection, Article]
    assert results[1].record == "line 2" and "invalid JSON" in results[1].reason
    assert results[2].record == "line 4" and results[2].title == "Second"


def test_same_article_as_txt_and_json_has_same_id(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    # Different line wrapping and spacing: the id is over whitespace-normalized content.
    txt.write_text(
        "---\ntitle:  Talks in Istanbul\npublished: 2022-03-29\n---\n"
        "Delegations met in Istanbul.\n\nNo agreement   was reached.\n",
        encoding="utf-8",
    )
    js = tmp_path / "a.json"
    js.write_text(json.dumps(ITEM), encoding="utf-8")
    (from_txt,), (from_json,) = load(txt), load(js)
    assert isinstance(from_txt, Article) and isinstance(from_json, Article)
    assert from_txt.article_id == from_json.article_id
