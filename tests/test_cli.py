"""The console script, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import seed_body

CLI = str(Path(sys.executable).parent / "conflict-timeline")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


def test_extract_prints_one_json_object_per_file(tmp_path: Path) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(seed_body(), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Russian forces shelled Kherson on 3 March 2022.", encoding="utf-8")
    result = run("extract", "--published", "2025-12-19", str(article), str(other))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    seed = lines[0]
    assert seed["published"] == "2025-12-19"
    assert {"start", "end", "text", "type", "value"} <= set(seed["timexes"][0])
    required = {"event_type", "date_start", "date_end", "date_precision", "date_basis", "actors",
                "place", "modality", "char_start", "char_end", "evidence"}
    assert all(required <= set(event) for event in seed["events"])
    assert any(e["event_type"] == "ASSAULT" and e["date_start"] == "2022-02-01"
               and e["date_precision"] == "month" for e in seed["events"])
    text = seed_body()
    assert all(text[e["char_start"]:e["char_end"]] == e["evidence"] for e in seed["events"])
    assert (seed["source"], lines[1]["source"]) == (None, None)


def test_extract_reads_the_title(tmp_path: Path) -> None:
    """The title comes from the front matter or --title, which wins, and may date the story."""
    post = tmp_path / "announcement.txt"
    post.write_text("---\ntitle: On June 3, Putin will meet Sall\n---\nVladimir Putin will "
                    "hold talks with Macky Sall in Sochi.\n", encoding="utf-8")
    dates = {}
    for extra in ([], ["--title", "Talks in Sochi"]):
        result = run("extract", "--published", "2022-06-02", *extra, str(post))
        assert result.returncode == 0, result.stderr
        [line] = [json.loads(line) for line in result.stdout.splitlines()]
        dates[line["title"]] = [e["date_start"] for e in line["events"]]
    assert dates == {"On June 3, Putin will meet Sall": ["2022-06-03"],
                     "Talks in Sochi": ["2022-06-02"]}


def test_extract_speaks_for_the_publisher(tmp_path: Path) -> None:
    """The publisher comes from the front matter or --source, which wins."""
    post = tmp_path / "post.txt"
    post.write_text("---\nsource: ZelenskyyUa\n---\nHeld talks with the Prime Minister of "
                    "Japan.\n", encoding="utf-8")
    actors = {}
    for extra in ([], ["--source", "kremlin.ru"]):
        result = run("extract", "--published", "2022-03-04", *extra, str(post))
        assert result.returncode == 0, result.stderr
        [line] = [json.loads(line) for line in result.stdout.splitlines()]
        actors[line["source"]] = [e["actor"]["code"] for e in line["events"]]
    assert actors == {"ZelenskyyUa": ["UKRGOV"], "kremlin.ru": ["RUSGOV"]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "--published", "2025-12-19", "/no/such/file.txt"], "no such file"),
        (["extract", "--published", "19.12.2025", "x.txt"], "not a date"),
        (["extract", "x.txt"], "--published"),
        (["timex", "--input", "/no/such.jsonl", "--output", "/tmp/x.jsonl"], "no such file"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_errors_are_one_line_without_traceback(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr


def test_timex_round_trip_scores_itself_perfectly(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc_id": "d1", "dct": "2025-12-19", "text": seed_body()}) + "\n")
    preds = tmp_path / "preds.jsonl"
    assert run("timex", "--input", str(docs), "--output", str(preds)).returncode == 0
    predicted = json.loads(preds.read_text().splitlines()[0])
    assert any(t["value"] == "2022-02" for t in predicted["timexes"])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "d1", "dct": "2025-12-19", "text": seed_body(),
                                "timexes": predicted["timexes"]}) + "\n")
    report = run("timex-eval", "--gold", str(gold), "--pred", str(preds))
    assert report.returncode == 0, report.stderr
    assert "1.000" in report.stdout


def test_timex_eval_reads_both_shared_gold_corpora(tmp_path: Path) -> None:
    """WikiWars holds timexes without a value: gold they stay, and no prediction earns one."""
    shared = Path(__file__).resolve().parents[2] / "shared" / "temporal"
    if not (shared / "wikiwars.jsonl").is_file():
        pytest.skip(f"shared temporal corpora not found in {shared}")
    for name in ("tbaq.jsonl", "wikiwars.jsonl"):
        report = run("timex-eval", "--gold", str(shared / name), "--pred", str(shared / name))
        assert report.returncode == 0, report.stderr
        assert "1.000/1.000/1.000" in report.stdout


def test_extract_offsets_match_the_stored_article_text() -> None:
    from conflict_timeline.ingest import Article, read_file
    from tests.conftest import SAMPLE

    sample = next(SAMPLE.glob("*.txt"))
    article = next(item for item in read_file(sample) if isinstance(item, Article))
    result = run("extract", "--published", "2025-12-19", str(sample))
    events = json.loads(result.stdout)["events"]
    assert events
    assert all(article.text[e["char_start"]:e["char_end"]] == e["evidence"] for e in events)


@pytest.mark.parametrize(
    "gold_line",
    ['{"doc_id": "a", "dct": "2020-01-01", "text": "x"}',
     '{"doc_id": "a", "timexes": [{"start": "0", "end": 1, "type": "DATE", "value": "x"}]}'],
)
def test_timex_eval_refuses_malformed_documents_in_one_line(tmp_path: Path, gold_line: str):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(gold_line + "\n", encoding="utf-8")
    result = run("timex-eval", "--gold", str(gold), "--pred", str(gold))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "timexes" in result.stderr


def test_events_eval_scores_labelled_events(tmp_path: Path) -> None:
    text = "Russian troops shelled Kharkiv on 3 March 2022."
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"article_id": "a", "published": "2022-03-04",
                                    "text": text}) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "article_id,anchor_start,event_type,actor,recipient,place,date,modality\n"
        f"a,{text.index('shelled')},ASSAULT,RUSMIL,UKR,Kharkiv,2022-03-03,asserted\n"
        f"a,{text.index('Kharkiv')},MOBILIZE,RUSMIL,,,2022-03-03,asserted\n",
        encoding="utf-8")
    result = run("events-eval", "--gold", str(gold), "--articles", str(articles), "--misses")
    assert result.returncode == 0, result.stderr
    assert "type, actors, place and date: precision 1.000, recall 0.500" in result.stdout
    assert "MOBILIZE: not found" in result.stdout


def test_events_eval_reads_the_publisher(tmp_path: Path) -> None:
    text = "Held talks with the Prime Minister of Japan."
    gold = tmp_path / "gold.csv"
    gold.write_text("article_id,anchor_start,event_type,actor,recipient,place,date,modality\n"
                    "a,0,CONSULT,UKRGOV,JPNGOV,,2022-03-04,asserted\n", encoding="utf-8")
    full = {}
    for source in (None, "ZelenskyyUa"):
        articles = tmp_path / "articles.jsonl"
        articles.write_text(json.dumps({"article_id": "a", "published": "2022-03-04",
                                        "text": text, "source": source}) + "\n",
                            encoding="utf-8")
        result = run("events-eval", "--gold", str(gold), "--articles", str(articles))
        assert result.returncode == 0, result.stderr
        full[source] = "type, actors, place and date: precision 1.000" in result.stdout
    assert full == {None: False, "ZelenskyyUa": True}


@pytest.mark.parametrize(
    ("gold_text", "articles_line", "message"),
    [
        ("article_id,anchor_start\na,x\n", '{"article_id": "a", "published": "2022-03-04", '
         '"text": "t"}', "expected the columns"),
        ("article_id,anchor_start,event_type,actor,recipient,place,date,modality\n"
         "b,0,ASSAULT,,,,,asserted\n", '{"article_id": "a", "published": "2022-03-04", '
         '"text": "t"}', "lacks 1 labelled article"),
        ("article_id,anchor_start,event_type,actor,recipient,place,date,modality\n",
         '{"article_id": "a"}', "expected an object with article_id"),

        # a short row: its missing offset is no number
        ("article_id,anchor_start,event_type,actor,recipient,place,date,modality\na\n",
         '{"article_id": "a", "published": "2022-03-04", "text": "t"}', "expected the columns"),
    ],
)
def test_events_eval_refuses_bad_input_in_one_line(
        tmp_path: Path, gold_text: str, articles_line: str, message: str) -> None:
    gold, articles = tmp_path / "gold.csv", tmp_path / "articles.jsonl"
    gold.write_text(gold_text, encoding="utf-8")
    articles.write_text(articles_line + "\n", encoding="utf-8")
    result = run("events-eval", "--gold", str(gold), "--articles", str(articles))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
