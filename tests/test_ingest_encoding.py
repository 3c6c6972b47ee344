"""Encodings, empty and binary files."""

import codecs
import datetime as dt
import json
from pathlib import Path

import pytest

from conflict_timeline.ingest import Article, Rejection, read_file

TODAY = dt.date(2024, 6, 1)
UKRAINIAN = (
    "Збройні сили України звільнили село на півдні країни. Місцеві жителі зустріли "
    "військових із прапорами. Тривають бої за сусідні населені пункти, повідомили у штабі."
)
DOC = f"---\ntitle: Звільнення села\npublished: 2022-11-11\n---\n{UKRAINIAN}\n"


def load(path: Path) -> list[Article | Rejection]:
    return list(read_file(path, today=TODAY))


@pytest.mark.parametrize(
    "raw",
    [
        DOC.encode("utf-8"),
        codecs.BOM_UTF8 + DOC.encode("utf-8"),
        DOC.encode("cp1251"),  # not UTF-8: recovered through charset-normalizer
        DOC.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "cp1251", "crlf"],
)
def test_encodings_are_decoded(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    (article,) = load(path)
    assert isinstance(article, Article)
    assert article.title == "Звільнення села"
    assert article.text == UKRAINIAN


def test_declared_html_encoding_is_used(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1251"><title>Звільнення села</title>'
        '<meta name="date" content="2022-11-11"></head><body><article>'
        f"<p>{UKRAINIAN}</p><p>{UKRAINIAN}</p></article></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_bytes(html.encode("cp1251"))
    (article,) = load(path)
    assert isinstance(article, Article)
    assert UKRAINIAN in article.text


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.json", b"  \n\n ", "empty file"),
        ("nul.txt", b"title\n\x00\x01\x02 body", "binary file"),
        ("image.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file"),
        ("noise.txt", bytes(range(128, 256)) * 4, "not UTF-8"),
    ],
)
def test_unreadable_files_are_rejected(
    tmp_path: Path, name: str, raw: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    (result,) = load(path)
    assert isinstance(result, Rejection)
    assert expected in result.reason


WESTERN = "---\ntitle: Café\npublished: 2022-11-11\n---\nThe café reopened, señor said. Ça va.\n"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (WESTERN.encode("latin-1"), "The café reopened, señor said. Ça va."),
        (WESTERN.replace("Ça va", "“Ça va” — yes").encode("cp1252"), "“Ça va” — yes"),
        (WESTERN.encode("utf-16"), "señor"),  # with BOM (native order)
        (codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), "señor"),
        (WESTERN.encode("utf-16-le"), "señor"),  # no BOM: told apart by where the NULs are
        (DOC.encode("koi8-u"), UKRAINIAN),
        (WESTERN.encode("utf-8").replace(b"reopened", b"reop\xffened"), "señor said"),
    ],
    ids=["latin-1", "cp1252", "utf-16", "utf-16-be-bom", "utf-16-le-no-bom", "koi8-u", "stray"],
)
def test_common_encodings_load(tmp_path: Path, raw: bytes, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    (article,) = load(path)
    assert isinstance(article, Article), article
    assert text in article.text


@pytest.mark.parametrize("encoding", ["utf-16", "cp1251"])
def test_streamed_formats_decode_too(tmp_path: Path, encoding: str) -> None:
    csv_path = tmp_path / "a.csv"
    row = f'11 November 2022 - 20:00,Звільнення села,"{UKRAINIAN}"\n'
    csv_path.write_bytes(("timestamp,title,speech\n" + row * 2).encode(encoding))
    jsonl_path = tmp_path / "a.jsonl"
    item = {"title": "Т", "published": "2022-11-11", "text": UKRAINIAN}
    line = json.dumps(item, ensure_ascii=False)
    jsonl_path.write_bytes((line + "\n" + line + "\n").encode(encoding))
    for path in (csv_path, jsonl_path):
        results = load(path)
        assert len(results) == 2 and all(isinstance(r, Article) for r in results), results
        assert results[0].text == UKRAINIAN
