"""Event triggers from data/event_types.yaml, compiled into one regex."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from conflict_timeline.resources import load_yaml


@dataclass(frozen=True, slots=True)
class EventKind:
    event_type: str
    event_mode: str | None
    cameo_root: str
    modality: str | None = None  # the framing when the sentence has no cue of its own
    singular: bool = False  # happens once between the same actors: undated mentions refer back
    nominal: bool = False  # names a happening: the clause's framing is not its framing


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    kind: EventKind


@cache
def _compiled() -> tuple[re.Pattern[str], tuple[EventKind, ...]]:
    kinds: list[EventKind] = []
    groups: list[str] = []
    for index, entry in enumerate(load_yaml("event_types.yaml")["triggers"]):
        kinds.append(
            EventKind(
                entry["type"], entry.get("mode"), str(entry["cameo"]), entry.get("modality"),
                bool(entry.get("singular", False)), bool(entry.get("nominal", False)),
            )
        )
        groups.append(f"(?P<t{index}>{entry['pattern']})")
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(groups) + r")(?!\w)", re.IGNORECASE)
    return pattern, tuple(kinds)


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Event triggers in text[start:end], with offsets into `text`."""
    pattern, kinds = _compiled()
    found = []
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        index = int(match.lastgroup[1:])  # type: ignore[index]
        found.append(Trigger(match.start(), match.end(), match.group(), kinds[index]))
    return found
