"""Hostile input: each bad file or record gets a one-line reason; the good records still load."""

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conflict_timeline.ingest import Article, Rejection, read_file
from conflict_timeline.ingest.limits import MAX_WHOLE_FILE_BYTES

TODAY = dt.date(2024, 6, 1)
BODY = "Russian forces struck Kharkiv overnight, officials said. Two people were hurt."
GOOD = {"title": "Strike on Kharkiv", "published": "2024-05-03", "text": BODY}
CSV_HEAD = "timestamp,title,speech\n"  # the bundled zelenskyy_addresses layout


def obj(**changes: object) -> str:
    return json.dumps({**GOOD, **changes})


def csv_row(title: str, when: str = "3 May 2024 - 20:00", text: str = BODY) -> str:
    return f'{when},{title},"{text}"\n'


def feed(items: str) -> str:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}'


def item(title: str) -> str:
    return (
        f"<item><title>{title}</title><pubDate>Fri, 03 May 2024 10:00:00 +0000</pubDate>"
        f"<description>{BODY}</description></item>"
    )


def page(head: str, body: str) -> str:
    return f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


@dataclass
class Case:
    name: str  # file name; the case id
    content: str | bytes
    reason: str  # expected in a Rejection's reason
    good: int = 0  # articles that must still load from the same file
    extra: dict[str, str] = field(default_factory=dict)  # other files beside it

    def write(self, folder: Path) -> Path:
        for name, text in self.extra.items():
            (folder / name).write_text(text, encoding="utf-8")
        path = folder / self.name
        raw = self.content
        path.write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
        return path


SIDECAR = "title: Heading\npublished: Day\ntext: Story\n"
CASES = [
    # Whole files that cannot be used: record None.
    Case("empty.txt", b"", "empty file"),
    Case("whitespace.jsonl", b" \n\t\r\n  ", "only whitespace"),
    Case("utf16-blank.txt", "  \n \n".encode("utf-16"), "only whitespace"),
    Case("bom-only.csv", b"\xef\xbb\xbf", "only whitespace"),
    Case("nul.txt", b"title\n\x00\x01\x02 body", "binary file (it contains NUL bytes)"),
    Case("image.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (a PNG image)"),
    Case("archive.json", b"PK\x03\x04\x14\x00\x00\x00" + bytes(64), "binary file (a ZIP archive"),
    Case("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "(a PDF document)"),
    Case("noise.txt", bytes(range(128, 256)) * 4, "not UTF-8, UTF-16 or a common legacy"),
    Case("cut.json", json.dumps([GOOD, GOOD])[:-30], "invalid JSON (truncated or malformed?)"),
    Case("lines.json", obj() + "\n" + obj() + "\n", "rename the file to .jsonl"),
    Case("scalar.json", "42", "JSON top level is a number"),
    Case("nothing.json", "[]", "the file holds no articles"),
    Case("deep.json", "[" * 100_000, "nested too deeply"),
    Case("header-only.csv", CSV_HEAD, "the CSV has a header but no rows"),
    Case("layout.csv", "a,b,c\n1,2,3\n", "no CSV mapping fits the header (a, b, c)"),
    Case("events.csv", "Heading,Day\nT,2024-05-03\n", "names columns the CSV lacks: story",
         extra={"events.csv.mapping.yaml": SIDECAR}),
    Case("broken.csv", "Heading,Day,Story\nT,2024-05-03,x\n", "invalid YAML",
         extra={"broken.csv.mapping.yaml": "title: [Heading\npublished: Day\n"}),
    Case("typed.csv", "Heading,Day,Story\nT,2024-05-03,x\n", "'source' must be",
         extra={"typed.csv.mapping.yaml": SIDECAR + "source: {column: [a, b]}\n"}),
    Case("zone.csv", "Heading,Day,Story\nT,2024-05-03,x\n", "unknown timezone 'Europe'",
         extra={"zone.csv.mapping.yaml": SIDECAR + "timezone: Europe\n"}),
    Case("garbage.xml", "not xml <<< >>>", "malformed feed"),
    Case("half.rss", feed("<item><title>A</tit"), "malformed feed"),
    Case("furniture.html", page('<meta name="date" content="2024-05-03">', "<nav>Home</nav>"),
         "no article text found"),
    Case("prose-date.html", page("<title>T</title>", f"<p>On 2024-05-03 {BODY}</p><p>{BODY}</p>"),
         "no publication date: the page has no publication date in its metadata"),
    Case("no-date.txt", "Title\nBody without any header.\n", "no publication date"),
    Case("bad-date.txt", "---\ntitle: T\npublished: 2024-13-45\n---\nx", "unparseable"),
    Case("future.txt", "---\ntitle: T\npublished: 2031-01-01\n---\nx", "is in the future"),
    Case("old.txt", "---\ntitle: T\npublished: 1899-12-30\n---\nx", "is before 1900"),
    Case("zero.md", "---\ntitle: T\npublished: 0001-01-01\n---\nx", "a placeholder or a typo"),
    Case("rows.csv", CSV_HEAD + csv_row("A", when="31 February 2024 - 10:00"),
         "none of the 1 records could be loaded"),
    # Bad records inside files that still load: the rest of the batch comes through.
    Case("mixed.jsonl", "\n".join([obj(), '{"title": "cut', obj(title="B"), obj()[:40]]),
         "invalid JSON on this line", good=2),
    Case("dates.json", json.dumps([GOOD, {**GOOD, "published": "2031-01-01"},
                                   {**GOOD, "published": "1066-10-14"}]),
         "is before 1900", good=1),
    Case("types.jsonl", f'{obj()}\n"just a string"\nnull\n', "expected a JSON object", good=1),
    Case("deep.jsonl", "[" * 100_000 + "\n" + obj() + "\n", "nested too deeply", good=1),
    Case("quote.csv", CSV_HEAD + csv_row("A") + '3 May 2024 - 20:00,B,"never closed\n'
         + csv_row("C") + csv_row("D"), "is never closed (unbalanced quote)", good=3),
    Case("stray-quote.csv", CSV_HEAD + '3 May 2024 - 20:00,B,"oops"x\n' + csv_row("C"),
         "stray quote character on line 2", good=1),
    Case("wide.csv", CSV_HEAD + csv_row("A") + f"3 May 2024 - 20:00,B,{BODY},extra\n"
         + csv_row("C"), "fields but the header has 3", good=2),
    Case("narrow.csv", CSV_HEAD + "3 May 2024 - 20:00,B\n" + csv_row("C"),
         "has 2 fields but the header has 3", good=1),
    Case("nul-late.csv", CSV_HEAD + "".join(csv_row(f"A{i}") for i in range(800))
         + "3 May 2024 - 20:00,B,x\x00y\n" + csv_row("C"), "contains NUL characters", good=801),
    Case("dated.csv", CSV_HEAD + csv_row("A") + csv_row("B", when="") + csv_row("C"),
         "no publication date: the timestamp column is empty", good=2),
    Case("cut.xml", feed(item("A") + item("B") + "<item><title>C</title><pubDa"),
         "malformed feed after entry", good=2),
]


def run(case: Case, tmp_path: Path) -> list[Article | Rejection]:
    return list(read_file(case.write(tmp_path), today=TODAY))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_is_explained_and_the_rest_loads(case: Case, tmp_path: Path) -> None:
    results = run(case, tmp_path)
    rejections = [r for r in results if isinstance(r, Rejection)]
    assert any(case.reason in r.reason for r in rejections), rejections
    assert sum(isinstance(r, Article) for r in results) == case.good
    # record is None exactly when nothing of the file could be used.
    file_level = [r for r in rejections if r.record is None]
    assert len(file_level) == (1 if case.good == 0 else 0), rejections


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_reason_is_one_clean_line(case: Case, tmp_path: Path) -> None:
    for rejection in run(case, tmp_path):
        if isinstance(rejection, Rejection):
            reason = rejection.reason
            assert reason.strip() and "\n" not in reason and "\r" not in reason
            assert "Traceback" not in reason and not re.search(r"\w(Error|Exception)\(", reason)
            assert len(reason) <= 500


def test_oversized_whole_file_formats_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:  # sparse: the size is refused before anything is read
        fh.truncate(MAX_WHOLE_FILE_BYTES + 1)
    (result,) = read_file(path, today=TODAY)
    assert isinstance(result, Rejection) and result.record is None
    assert "over the 20.0 MB limit" in result.reason and "JSON Lines" in result.reason


def test_duplicate_articles_in_one_file_share_an_id(tmp_path: Path) -> None:
    path = tmp_path / "dupes.jsonl"
    path.write_text(f"{obj()}\n{obj()}\n{obj(title='Other')}\n", encoding="utf-8")
    first, second, third = read_file(path, today=TODAY)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert isinstance(third, Article)
    assert first.article_id == second.article_id != third.article_id
    assert (first.record, second.record) == ("line 1", "line 2")


def test_html_date_markup_in_the_body_is_used(tmp_path: Path) -> None:
    body = f'<article><time datetime="2024-05-03">3 May</time><p>{BODY}</p><p>{BODY}</p></article>'
    path = tmp_path / "a.html"
    path.write_text(page("<title>Strike</title>", body), encoding="utf-8")
    (article,) = read_file(path, today=TODAY)
    assert isinstance(article, Article) and article.published == dt.date(2024, 5, 3)
