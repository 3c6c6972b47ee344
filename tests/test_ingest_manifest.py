"""Manifests: metadata for plain-text bodies, with paths that must stay inside the inbox."""

import datetime as dt
import json
from pathlib import Path

import pytest

from conflict_timeline.ingest import Article, Rejection, manifest_targets, read_file

TODAY = dt.date(2024, 6, 1)
BODY = "Russian forces struck Kharkiv overnight, officials said.\nTwo people were hurt.\n"


def entry(path: object, **meta: object) -> dict[str, object]:
    return {"path": path, "title": "Strike", "published": "2024-05-03", **meta}


def write_manifest(folder: Path, lines: list[object]) -> Path:
    path = folder / "batch.manifest.jsonl"
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    root = tmp_path / "inbox"
    (root / "batch" / "texts").mkdir(parents=True)
    (root / "batch" / "texts" / "a.txt").write_text(BODY, encoding="utf-8")
    (root / "shared.txt").write_text(BODY.replace("Two", "Three"), encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside the inbox", encoding="utf-8")
    return root


def test_manifest_supplies_metadata(inbox: Path) -> None:
    manifest = write_manifest(
        inbox / "batch",
        [entry("texts/a.txt", source="Wire", url="https://e.org/1"), entry("../shared.txt")],
    )
    first, second = read_file(manifest, today=TODAY, inbox=inbox)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.title, first.published, first.source, first.url) == (
        "Strike",
        dt.date(2024, 5, 3),
        "Wire",
        "https://e.org/1",
    )
    assert first.text == BODY.strip()
    assert (first.source_file, first.record) == (str(manifest), "line 1 (texts/a.txt)")
    assert "Three" in second.text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("../../secret.txt", "leads outside the inbox"),
        ("../../../../../../etc/passwd", "leads outside the inbox"),
        ("/etc/passwd", "absolute path '/etc/passwd' refused"),
        ("C:\\Windows\\win.ini", "absolute path"),
        ("link.txt", "is a symlink to a place outside the inbox"),
        ("texts/missing.txt", "not found"),
        ("texts", "not a .txt or .md file"),
        ("batch.manifest.jsonl", "not a .txt or .md file"),
        ("", "no 'path'"),
        (42, "no 'path'"),
        ("texts/a\x00.txt", "NUL character"),
    ],
)
def test_bad_entries_are_refused_and_the_rest_load(inbox: Path, path: object, reason: str) -> None:
    (inbox / "batch" / "link.txt").symlink_to(inbox.parent / "secret.txt")
    manifest = write_manifest(inbox / "batch", [entry("texts/a.txt"), entry(path)])
    good, bad = read_file(manifest, today=TODAY, inbox=inbox)
    assert isinstance(good, Article)
    assert isinstance(bad, Rejection) and bad.record is not None and bad.record.startswith("line 2")
    assert reason in bad.reason and "\n" not in bad.reason
    assert "outside the inbox" not in good.text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"path": "texts/a.txt", ', "invalid JSON on this line"),
        ('["texts/a.txt"]', "expected a JSON object with a 'path' key, got a list"),
        (entry("texts/a.txt", published=None), "add a 'published' key"),
        (entry("texts/a.txt", published="2031-01-01"), "in the future"),
        (entry("texts/empty.txt"), "the body file is unusable: empty file"),
    ],
)
def test_bad_lines_are_refused(inbox: Path, line: object, reason: str) -> None:
    (inbox / "batch" / "texts" / "empty.txt").write_text("\n", encoding="utf-8")
    manifest = write_manifest(inbox / "batch", [line, entry("texts/a.txt")])
    bad, good = read_file(manifest, today=TODAY, inbox=inbox)
    assert isinstance(good, Article)
    assert isinstance(bad, Rejection) and bad.record and reason in bad.reason


def test_without_inbox_paths_stay_in_the_manifest_folder(inbox: Path) -> None:
    manifest = write_manifest(inbox / "batch", [entry("texts/a.txt"), entry("../shared.txt")])
    good, bad = read_file(manifest, today=TODAY)
    assert isinstance(good, Article)
    assert isinstance(bad, Rejection) and "outside the inbox" in bad.reason


def test_unusable_manifest_is_refused_whole(inbox: Path) -> None:
    manifest = write_manifest(inbox / "batch", [entry("../../secret.txt"), "not json"])
    results = list(read_file(manifest, today=TODAY, inbox=inbox))
    assert [r.record for r in results if isinstance(r, Rejection)][-1] is None
    assert all(isinstance(r, Rejection) for r in results)


def test_front_matter_in_a_body_fills_gaps(inbox: Path) -> None:
    (inbox / "fm.md").write_text("---\nsource: Desk\npublished: 2024-05-01\n---\nText.\n", "utf-8")
    manifest = write_manifest(inbox, [{"path": "fm.md", "title": "T"}])
    (article,) = read_file(manifest, today=TODAY, inbox=inbox)
    assert isinstance(article, Article)
    assert (article.title, article.source, article.text) == ("T", "Desk", "Text.")
    assert article.published == dt.date(2024, 5, 1)


def test_manifest_targets_lists_only_safe_paths(inbox: Path) -> None:
    manifest = write_manifest(
        inbox / "batch",
        [entry("texts/a.txt"), entry("./texts/../texts/a.txt"), entry("../shared.txt"),
         entry("../../secret.txt"), entry("/etc/passwd"), "broken {"],
    )
    assert manifest_targets(manifest, inbox) == {
        inbox / "batch" / "texts" / "a.txt",
        inbox / "shared.txt",
    }
    assert manifest_targets(inbox / "missing.manifest.jsonl", inbox) == set()
