"""A new user's test: a mixed folder of good and hostile files dropped into the inbox."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance

from conflict_timeline.home import data_home
from pipelines.run import refresh

GOOD = {
    "good.txt": "---\ntitle: Shelling in Kharkiv\npublished: 2022-03-01\n---\n"
                "Russian forces shelled Kharkiv on 1 March 2022, officials said.\n",
    "good.jsonl": json.dumps({"title": "Kherson", "published": "2022-03-02",
                              "text": "Russian troops captured Kherson on 2 March 2022."}) + "\n"
                  + "{not json\n",
    "duplicate.json": json.dumps({"title": "Shelling in Kharkiv", "published": "2022-03-01",
                                  "text": "Russian forces shelled Kharkiv on 1 March 2022, "
                                          "officials said."}),
}
HOSTILE = {
    "empty.txt": b"",
    "image.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "truncated.json": b'{"title": "Cut", "published": "2022-03-01", "text": "Half',
    "future.txt": b"---\ntitle: Later\npublished: 2099-01-01\n---\nSomething.\n",
    "undated.md": b"# No header\nJust text about Kyiv.\n",
    "no_text.html": b"<html><head><title>Empty</title>"
                    b'<meta property="article:published_time" content="2022-03-01"></head>'
                    b"<body><nav>Home</nav></body></html>",
    "bad_mapping.csv": b"a,b,c\n1,2,3\n",
    "escape.manifest.jsonl": b'{"path": "../../etc/passwd", "title": "x", '
                             b'"published": "2022-03-01"}\n',
}


def _drop(inbox: Path) -> None:
    for name, text in GOOD.items():
        (inbox / name).write_text(text, encoding="utf-8")
    for name, data in HOSTILE.items():
        (inbox / name).write_bytes(data)


def _rows(database: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(database), read_only=True) as con:
        return {
            "articles": con.execute(
                "select article_id, title, published from articles order by 1").fetchall(),
            "rejected": con.execute(
                "select rejection_id, source_file, record, reason from rejected_articles order by 1"
            ).fetchall(),
            "events": con.execute("select event_id, n_mentions from events order by 1").fetchall(),
        }


@pytest.fixture
def home(tmp_path: Path):
    home = data_home(tmp_path)
    home.prepare()
    for sample in home.inbox.iterdir():  # this test is about the dropped files alone
        sample.unlink()
    return home


def test_every_file_is_stored_or_refused_with_a_reason(home, capsys) -> None:
    _drop(home.inbox)
    with DagsterInstance.ephemeral() as instance:
        assert refresh(str(home.root), instance, {}) is None
    rows = _rows(home.analyst_database)
    assert sorted(title for _, title, _ in rows["articles"]) == ["Kherson", "Shelling in Kharkiv"]
    refused = {Path(source).name for _, source, _, _ in rows["rejected"]}
    assert set(HOSTILE) <= refused
    assert "good.jsonl" in refused, "the bad line of good.jsonl is refused on its own"
    for _, _, _, reason in rows["rejected"]:
        assert reason and "\n" not in reason and "Traceback" not in reason
    quarantined = {path.name for path in home.quarantine.rglob("*") if path.is_file()}
    assert set(HOSTILE) - {"escape.manifest.jsonl"} <= quarantined
    assert not any(home.inbox.iterdir()), "nothing is left behind, nothing is lost"
    assert "Traceback" not in capsys.readouterr().out


def test_the_same_drop_twice_changes_no_row(home) -> None:
    _drop(home.inbox)
    with DagsterInstance.ephemeral() as instance:
        assert refresh(str(home.root), instance, {}) is None
        first = _rows(home.analyst_database)
        _drop(home.inbox)
        assert refresh(str(home.root), instance, {}) is None
    assert _rows(home.analyst_database) == first
