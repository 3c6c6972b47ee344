"""Argument parsing that reports every mistake in one line, without a traceback."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import NoReturn

PROG = "conflict-timeline"


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{PROG}: error: {message} (see {PROG} --help)\n")
        raise SystemExit(2)


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def build_parser() -> OneLineParser:
    parser = OneLineParser(prog=PROG, description="Dated news articles in, dated events out.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)

    extract = commands.add_parser("extract", help="print the timexes and events of text files")
    extract.add_argument("--published", required=True, type=iso_date, help="YYYY-MM-DD")
    extract.add_argument("--source", help="the publisher, as in data/actors/publishers.csv "
                         "(default: each file's front matter)")
    extract.add_argument("--title", help="the headline (default: each file's front matter); "
                         "a date written in it may date the story")
    extract.add_argument("files", nargs="+", metavar="FILE")

    timex = commands.add_parser("timex", help="tag temporal expressions in a JSONL of documents")
    timex.add_argument("--input", required=True, help='JSONL lines {"doc_id","dct","text"}')
    timex.add_argument("--output", required=True, help='JSONL lines {"doc_id","timexes"}')
    timex.add_argument("--narrative", action="store_true", help="anchor to the last date told")

    evaluate = commands.add_parser("timex-eval", help="TempEval-3 scores of predictions vs gold")
    evaluate.add_argument("--gold", required=True)
    evaluate.add_argument("--pred", required=True)

    events = commands.add_parser("events-eval", help="event mentions vs hand-labelled events")
    events.add_argument("--gold", required=True, help="CSV of labelled events (see README)")
    events.add_argument("--articles", required=True,
                        help='JSONL lines {"article_id","published","text"[,"source","title"]}')
    events.add_argument("--misses", action="store_true", help="list every disagreement")
    return parser
