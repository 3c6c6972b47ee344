"""Per-expression state handed to the value functions."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from .caldate import Point
from .tense import tense


@dataclass(slots=True)
class Ctx:
    text: str
    start: int
    end: int
    dct: datetime.date
    ref: Point  # most recent reference time (anaphora, narrative clock)
    narrative: bool
    qref: Point | None = None  # last quarter/half-year mentioned (financial "a year ago")
    fine: Point | None = None  # narrative: clock to use instead of a year mentioned in passing
    relative: bool = False  # set by any function that consulted an anchor
    update_ref: bool = True  # False for values that must not move the clock
    _tense: list[str | None] = field(default_factory=list)

    @property
    def now(self) -> Point:
        """Anchor of deictic expressions: the dct in news, the story's clock in narrative."""
        return self.ref if self.narrative else Point(self.dct, "day")

    def tense(self) -> str | None:
        if not self._tense:
            self._tense.append(tense(self.text, self.start, self.end))
        return self._tense[0]
