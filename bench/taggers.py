"""The taggers compared: ours and the peers, behind one small interface."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import import_module
from typing import Any

from conflict_timeline.temporal import tag

# name -> (adapter module in this package, library module it needs)
_PEERS = {"dateparser": ("peer_dateparser", "dateparser.search"),
          "recognizers-text": ("peer_recognizers", "recognizers_date_time")}


@dataclass(frozen=True, slots=True)
class Tagger:
    name: str
    # The library call; only this is timed.
    run: Callable[[str, datetime.date, bool], Any]
    # Its output as Timex dicts (start, end, text, type, value); untimed.
    convert: Callable[[str, Any, datetime.date], list[dict]]
    repeats: int = 1  # timed passes; the median counts
    # Failures the library survived inside one document (listed in its output).
    inner_errors: Callable[[Any], list[str]] | None = None
    # How many matches the raw output holds (to count those convert had to drop).
    found: Callable[[Any], int] = lambda raw: len(raw or [])


def _ours_run(text: str, dct: datetime.date, narrative: bool) -> list:
    return tag(text, dct, narrative=narrative)


def _ours_convert(text: str, raw: Any, dct: datetime.date) -> list[dict]:
    return [asdict(t) for t in raw]


def ours(repeats: int) -> Tagger:
    return Tagger("ours", _ours_run, _ours_convert, repeats)


def peers() -> tuple[list[Tagger], dict[str, str]]:
    """Peers that can be imported, and why the others cannot (make bench installs them)."""
    found, missing = [], {}
    for name, (adapter, library) in _PEERS.items():
        try:
            import_module(library)
        except Exception as exc:  # a broken install must not stop the benchmark
            missing[name] = f"{type(exc).__name__}: {exc}"
            continue
        mod = import_module(f"{__package__}.{adapter}")
        extra = {k: getattr(mod, f) for k, f in (("inner_errors", "errors"), ("found", "found"))
                 if hasattr(mod, f)}
        found.append(Tagger(name, mod.run, mod.convert, **extra))
    return found, missing
