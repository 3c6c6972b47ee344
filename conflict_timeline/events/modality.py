"""Modality, attribution cues and verification flags, driven by data/modality.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from conflict_timeline.resources import alternation, load_yaml

_FAMILIES = ("negated", "hypothetical", "predicted", "demanded", "denied", "claimed")


@dataclass(frozen=True)
class _Cues:
    window: int
    negation_window: int
    families: dict[str, re.Pattern[str]]
    speech: re.Pattern[str]
    unverified: re.Pattern[str]
    disputed: re.Pattern[str]


@cache
def _cues() -> _Cues:
    rules = load_yaml("modality.yaml")
    return _Cues(
        window=int(rules["window_before"]),
        negation_window=int(rules["negation_window"]),
        families={name: alternation(rules[name]) for name in _FAMILIES},
        speech=alternation(rules["speech"]),
        unverified=alternation(rules["unverified"]),
        disputed=alternation(rules["disputed"]),
    )


def modality_of(sentence: str, trigger_start: int) -> str:
    """How the sentence frames the event whose trigger starts at `trigger_start`.

    A negation right before the trigger wins; otherwise the nearest cue before it decides, so in
    "would require Ukraine to withdraw" the demand governs the withdrawal, not the "would".
    """
    cues = _cues()
    near = sentence[max(0, trigger_start - cues.negation_window) : trigger_start]
    if cues.families["negated"].search(near):
        return "negated"
    before = sentence[max(0, trigger_start - cues.window) : trigger_start]
    best, best_end = "asserted", -1
    for family in _FAMILIES[1:]:
        for match in cues.families[family].finditer(before):
            if match.end() > best_end:
                best, best_end = family, match.end()
    return best


def negated_before(sentence: str, trigger_start: int) -> bool:
    """A negation right before the trigger ("no news conference")."""
    cues = _cues()
    near = sentence[max(0, trigger_start - cues.negation_window) : trigger_start]
    return bool(cues.families["negated"].search(near))


def speech_cue(sentence: str) -> re.Match[str] | None:
    """The first reporting verb or claim cue: whoever stands next to it is the source."""
    cues = _cues()
    found = (cues.speech.search(sentence), cues.families["claimed"].search(sentence))
    matches = [m for m in found if m]
    return min(matches, key=lambda m: m.start()) if matches else None


def verification_of(sentence: str) -> str | None:
    """'unverified' or 'disputed' when the text says so about the claim, else None."""
    cues = _cues()
    if cues.unverified.search(sentence):
        return "unverified"
    if cues.disputed.search(sentence):
        return "disputed"
    return None
