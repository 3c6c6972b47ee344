"""Loading the shipped data files (dictionaries, rules) once per process."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from conflict_timeline.text.openings import guarded

DATA_DIR = Path(__file__).parent / "data"


@cache
def load_yaml(name: str) -> Any:
    """Parse data/<name> once; callers must not mutate the result."""
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def alternation(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive, word-bounded regex matching any phrase (longest first)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return guarded(  # same matches, found faster
        re.compile(r"(?<!\w)(?:" + "|".join(ordered) + r")(?!\w)", re.IGNORECASE)
    )
