"""The subcommands: extract, timex, timex-eval, events-eval."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conflict_timeline.cli.parser import UserError
from conflict_timeline.events import extract_events
from conflict_timeline.ingest.build import clean_text
from conflict_timeline.ingest.text import split_front_matter
from conflict_timeline.temporal import Timex, tag


def _read_text(name: str) -> str:
    path = Path(name)
    if not path.is_file():
        raise UserError(f"no such file: {name}")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"not UTF-8 text: {name}") from None
    except OSError as problem:
        raise UserError(f"cannot read {name}: {problem.strerror}") from None


def timex_json(timex: Timex) -> dict[str, Any]:
    return {
        "start": timex.start, "end": timex.end, "text": timex.text,
        "type": timex.type, "value": timex.value,
    }


def _article(name: str) -> tuple[str, dict[str, str]]:
    """The article text as ingestion stores it (front matter dropped, outer whitespace
    trimmed, so offsets printed here equal those in the event_mentions table) and its front
    matter."""
    text, header = _read_text(name), {}
    lines = text.split("\n")
    if lines[0].strip() == "---" and (split := split_front_matter(lines)) is not None:
        header, text = split
    return clean_text(text), header


def run_extract(args: argparse.Namespace) -> None:
    articles = [(name, *_article(name)) for name in args.files]  # fail before printing anything
    for name, text, header in articles:
        source = args.source or header.get("source") or None
        title = args.title or header.get("title") or None
        result = extract_events(text, args.published, source=source, title=title)
        print(json.dumps({
            "file": name,
            "published": args.published.isoformat(),
            "source": source,
            "title": title,
            "timexes": [timex_json(t) for t in result.timexes],
            "events": [m.to_json() for m in result.mentions],
        }, ensure_ascii=False))


def _jsonl(name: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(_read_text(name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as problem:
            raise UserError(f"{name} line {number}: not JSON ({problem.msg})") from None
        if not isinstance(doc, dict) or "doc_id" not in doc:
            raise UserError(f"{name} line {number}: expected an object with a doc_id")
        yield doc


def run_timex(args: argparse.Namespace) -> None:
    lines = []
    for doc in _jsonl(args.input):
        try:
            dct = dt.date.fromisoformat(str(doc.get("dct", ""))[:10])
        except ValueError:
            raise UserError(f"document {doc['doc_id']}: dct is not a YYYY-MM-DD date") from None
        if not isinstance(doc.get("text"), str):
            raise UserError(f"document {doc['doc_id']}: text is missing")
        timexes = tag(doc["text"], dct, narrative=args.narrative)
        found = [timex_json(t) for t in timexes]
        lines.append(json.dumps({"doc_id": doc["doc_id"], "timexes": found}))
    Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stderr.write(f"tagged {len(lines)} documents into {args.output}\n")


# A gold timex may carry no value (WikiWars has 68 whose TIMEX2 value had no TIMEX3 form).
_TIMEX_FIELDS = {"start": int, "end": int, "type": str, "value": (str, type(None))}


def _timex_docs(name: str) -> list[dict[str, Any]]:
    """Documents with a well-formed `timexes` list; anything else is a one-line error."""
    docs = list(_jsonl(name))
    for doc in docs:
        timexes = doc.get("timexes")
        if not isinstance(timexes, list) or not all(
            isinstance(t, dict) and all(isinstance(t.get(k), kind) for k, kind in
                                        _TIMEX_FIELDS.items())
            for t in timexes
        ):
            raise UserError(
                f"{name}, document {doc['doc_id']}: 'timexes' must be a list of objects with "
                "start and end (integers), type (a string) and value (a string or null)"
            )
    return docs


def run_timex_eval(args: argparse.Namespace) -> None:
    from conflict_timeline.temporal.scoring import evaluate, format_report

    print(format_report(evaluate(_timex_docs(args.gold), _timex_docs(args.pred))))


def _articles(name: str) -> dict[str, tuple[dt.date, str, str | None, str | None]]:
    """Articles by id from JSONL lines {"article_id","published","text"[,"source","title"]}."""
    found = {}
    for number, line in enumerate(_read_text(name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            source, title = doc.get("source"), doc.get("title")
            found[doc["article_id"]] = (dt.date.fromisoformat(doc["published"][:10]),
                                        str(doc["text"]), str(source) if source else None,
                                        str(title) if title else None)
        except (AttributeError, json.JSONDecodeError, KeyError, TypeError, ValueError):
            raise UserError(f"{name} line {number}: expected an object with article_id, "
                            "published (YYYY-MM-DD) and text") from None
    return found


def run_events_eval(args: argparse.Namespace) -> None:
    from conflict_timeline.events.evaluation import parse_gold, score

    try:
        gold = parse_gold(_read_text(args.gold))
    except (KeyError, ValueError):
        raise UserError(f"{args.gold}: expected the columns article_id, anchor_start, "
                        "event_type, actor, recipient, place, date, modality") from None
    articles = _articles(args.articles)
    missing = sorted({event.article_id for event in gold} - set(articles))
    if missing:
        raise UserError(f"{args.articles} lacks {len(missing)} labelled article(s), "
                        f"e.g. {missing[0]}")
    predicted = {
        article_id: extract_events(text, published, source=source, title=title).mentions
        for article_id, (published, text, source, title) in articles.items()
    }
    result = score(gold, predicted)
    print(result.report())
    if args.misses:
        print("\n".join(result.misses))
