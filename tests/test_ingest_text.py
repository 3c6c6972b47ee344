"""Plain-text / Markdown front matter, dates, and the bundled sample."""

import datetime as dt
from pathlib import Path

import pytest

from conflict_timeline.ingest import SUPPORTED_SUFFIXES, Article, Rejection, read_file

TODAY = dt.date(2024, 6, 1)
SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "conflict_timeline/data/sample/2025-12-19_putin-year-end-news-conference.txt"
)


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def only(path: Path, today: dt.date = TODAY) -> Article | Rejection:
    (result,) = list(read_file(path, today=today))
    return result


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_front_matter_loads(tmp_path: Path, suffix: str) -> None:
    path = write(
        tmp_path,
        "a" + suffix,
        "---\ntitle: 'Strike on Kharkiv: day two'\npublished: 2024-05-03\nsource: Wire\n"
        "url: https://example.org/a\n---\n\nRussian forces struck Kharkiv.\nTwo were hurt.\n",
    )
    article = only(path)
    assert isinstance(article, Article)
    assert article.title == "Strike on Kharkiv: day two"
    assert article.text == "Russian forces struck Kharkiv.\nTwo were hurt."
    assert article.published == dt.date(2024, 5, 3)
    assert article.published_at is None
    assert (article.source, article.url) == ("Wire", "https://example.org/a")
    assert article.source_file == str(path)
    assert article.record is None
    assert len(article.article_id) == 16


def test_iso_datetime_becomes_naive_utc(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "---\ntitle: T\npublished: 2024-05-03T01:30:00+03:00\n---\nx")
    article = only(path)
    assert article.published == dt.date(2024, 5, 3)  # the date the source states
    assert article.published_at == dt.datetime(2024, 5, 2, 22, 30)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Title\nBody without any header.\n", "no publication date: add a front-matter header"),
        ("---\ntitle: T\n---\nbody", "no publication date: add a 'published: YYYY-MM-DD' line"),
        ("---\ntitle: T\npublished: last Friday\n---\nbody", "'last Friday'"),
        ("---\ntitle: T\npublished: 2024-06-03\n---\nbody", "is in the future"),
        ("---\ntitle: T\npublished: 2024-05-03\n---\n  \n", "empty text"),
        ("---\ntitle: T\npublished: 2024-05-03\nbody", "front matter is not closed"),
    ],
)
def test_bad_text_files_are_rejected(tmp_path: Path, content: str, expected: str) -> None:
    result = only(write(tmp_path, "a.txt", content))
    assert isinstance(result, Rejection)
    assert expected in result.reason


def test_one_day_ahead_is_allowed_for_time_zones(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "---\ntitle: T\npublished: 2024-06-02\n---\nbody")
    assert isinstance(only(path), Article)


def test_unsupported_suffix_lists_supported(tmp_path: Path) -> None:
    result = only(write(tmp_path, "a.docx", "whatever"))
    assert isinstance(result, Rejection)
    assert all(suffix in result.reason for suffix in SUPPORTED_SUFFIXES)


def test_missing_file_is_a_rejection(tmp_path: Path) -> None:
    assert isinstance(only(tmp_path / "nope.txt"), Rejection)


def test_bundled_sample_loads() -> None:
    article = only(SAMPLE, today=dt.date(2025, 12, 20))
    assert isinstance(article, Article)
    assert article.title.startswith("Putin Say Russia Open to Ending Ukraine War")
    assert article.published == dt.date(2025, 12, 19)
    assert article.source == "The Defense News"
    assert article.text.startswith("Russian President Vladimir Putin said on Friday")
    assert article.text.endswith("This article is written by the team of The Defense News.")
