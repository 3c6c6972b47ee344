"""The `conflict-timeline` command line."""

from conflict_timeline.cli.main import main

__all__ = ["main"]
