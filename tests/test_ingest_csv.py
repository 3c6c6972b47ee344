"""CSV files through YAML column mappings, and the shared corpus CSVs."""

import datetime as dt
from itertools import islice
from pathlib import Path

import pytest

from conflict_timeline.ingest import Article, Rejection, read_file

TODAY = dt.date(2024, 6, 1)
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
SIDECAR = """\
name: test_layout
title: Heading
published: [Day, Clock]
text: [Lede, Story]
url: Link
source: {constant: Test Wire}
date_formats: ["%d.%m.%Y %H:%M", "%d.%m.%Y"]
timezone: Europe/Kyiv
"""


def write_csv(tmp_path: Path, content: str, mapping: str | None = SIDECAR) -> Path:
    path = tmp_path / "events.csv"
    path.write_text(content, encoding="utf-8")
    if mapping is not None:
        (tmp_path / "events.csv.mapping.yaml").write_text(mapping, encoding="utf-8")
    return path


def test_sidecar_mapping_reads_rows(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Heading,Day,Clock,Lede,Story,Link\n"
        'Port hit,03.05.2024,23:30,Drones hit Odesa.,"Two hurt.\nFires out.",https://e.org/1\n'
        "\n"
        "No date,,,Lede,Story,\n"
        "Quiet day,04.05.2024,,,,\n"
        "Repeat,05.05.2024,,Same text.,Same text.,\n",
    )
    first, second, third, fourth = read_file(path, today=TODAY)
    assert isinstance(first, Article)
    assert (first.title, first.record, first.source) == ("Port hit", "row 1", "Test Wire")
    assert first.text == "Drones hit Odesa.\n\nTwo hurt.\nFires out."
    assert first.published == dt.date(2024, 5, 3)
    assert first.published_at == dt.datetime(2024, 5, 3, 20, 30)  # Kyiv summer time is UTC+3
    assert isinstance(second, Rejection) and second.record == "row 2"
    assert "no publication date" in second.reason
    assert isinstance(third, Rejection) and "empty text" in third.reason
    assert isinstance(fourth, Article) and fourth.text == "Same text."


def test_mapping_naming_missing_columns_is_rejected(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Heading,Day,Story\nT,03.05.2024,x\n")
    (result,) = read_file(path, today=TODAY)
    assert isinstance(result, Rejection)
    assert "lacks" in result.reason and "clock, lede, link" in result.reason


def test_unknown_layout_is_rejected(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a,b,c\n1,2,3\n", mapping=None)
    (result,) = read_file(path, today=TODAY)
    assert isinstance(result, Rejection)
    assert "no CSV mapping fits the header (a, b, c)" in result.reason


def test_broken_sidecar_is_rejected(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Heading\nT\n", mapping="title: [unclosed\n")
    (result,) = read_file(path, today=TODAY)
    assert isinstance(result, Rejection) and "unusable" in result.reason


def test_bundled_mapping_is_matched_by_header(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        'timestamp,title,speech\n14 February 2022  - 20:53 ,Address,", Good evening!, We hold."\n',
        mapping=None,
    )
    (article,) = read_file(path, today=TODAY)
    assert isinstance(article, Article)
    assert article.published_at == dt.datetime(2022, 2, 14, 18, 53)  # Kyiv winter: UTC+2


# file -> (first-row title start, its date, its published_at in UTC or None)
CORPUS_FIRST_ROWS = {
    "kremlin_press_releases.csv": (
        "BRICS+ meeting",
        dt.date(2022, 6, 24),
        dt.datetime(2022, 6, 24, 14, 30),
    ),
    "zelenskyy_press_releases.csv": (
        "Ukraine has gained the status",
        dt.date(2022, 6, 24),
        dt.datetime(2022, 6, 24, 20, 23),
    ),
    "zelenskyy_addresses.csv": (
        "The world is aware of a fundamental role",
        dt.date(2023, 5, 31),
        dt.datetime(2023, 5, 31, 19, 53),  # "31 May 2023  - 22:53 " Kyiv time
    ),
    "warline_events.csv": (
        "Ukraine conflict: Russia announces",
        dt.date(2022, 2, 24),
        dt.datetime(2022, 2, 24, 3, 45),
    ),
    "cir_events.csv": ("01/01/2022 Russian military equipment", dt.date(2022, 1, 1), None),
}


@pytest.mark.parametrize("name", sorted(CORPUS_FIRST_ROWS))
def test_shared_corpus_csv_loads(name: str) -> None:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"shared corpus file {path} is absent (it lives beside the checkout)")
    results = list(islice(read_file(path, today=dt.date(2026, 1, 1)), 50))
    articles = [r for r in results if isinstance(r, Article)]
    assert len(results) == 50 and len(articles) == 50, [r for r in results if r not in articles]
    title, day, at = CORPUS_FIRST_ROWS[name]
    first = articles[0]
    assert first.title.startswith(title)
    assert (first.published, first.published_at, first.record) == (day, at, "row 1")
    for article in articles:
        assert article.title and article.text  # CIR texts are short ("Logistics convoy")
        assert dt.date(2021, 10, 1) <= article.published <= dt.date(2024, 3, 1)
