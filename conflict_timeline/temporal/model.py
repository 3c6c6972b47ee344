"""Public value types of the temporal tagger."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """One TIMEX3 expression; ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    basis: str  # "explicit" (text alone fixes the value) or "relative"


@dataclass(frozen=True, slots=True)
class DateInterval:
    """Calendar span covered by a TIMEX3 value; ``end`` is inclusive."""

    start: datetime.date
    end: datetime.date
    precision: str  # day|week|month|quarter|season|half-year|year|decade|century
