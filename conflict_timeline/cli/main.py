"""Entry point: dispatch a subcommand, turn user errors into one line and exit status 2."""

from __future__ import annotations

import argparse
import sys

from conflict_timeline.cli.commands import (
    run_events_eval,
    run_extract,
    run_timex,
    run_timex_eval,
)
from conflict_timeline.cli.parser import PROG, UserError, build_parser

_COMMANDS = {"extract": run_extract, "timex": run_timex, "timex-eval": run_timex_eval,
             "events-eval": run_events_eval}


def main(argv: list[str] | None = None) -> int:
    args: argparse.Namespace = build_parser().parse_args(argv)
    try:
        _COMMANDS[args.command](args)
    except UserError as problem:
        sys.stderr.write(f"{PROG}: error: {problem}\n")
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
