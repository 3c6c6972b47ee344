"""Modality, attribution cues and verification flags, driven by data/modality.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from conflict_timeline.resources import alternation, load_yaml
from conflict_timeline.text.openings import opening_words

_FAMILIES = ("negated", "hypothetical", "predicted", "demanded", "denied", "claimed")
# Modalities that report something as having happened, on the text's word or a source's.
FACTUAL = frozenset({"asserted", "claimed"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Cues:
    window: int
    negation_window: int
    planned_window: int
    planned_before: re.Pattern[str]  # ends right before the trigger: "the forthcoming"
    planned_start: re.Pattern[str]  # opens the trigger: "forthcoming visit"
    planned_after: re.Pattern[str]
    news_flash: re.Pattern[str]  # a sentence opening "⚡️ Zaluzhnyi: ..."
    families: dict[str, re.Pattern[str]]
    speech: re.Pattern[str]
    reporting: re.Pattern[str]
    unverified: re.Pattern[str]
    disputed: re.Pattern[str]
    # The lower-case words the matches of each family and of speech, unverified and disputed
    # open with (None: not known), so a text holding none of them is not scanned: most hold
    # none of "denied", "claimed" or "disputed".
    openers: dict[str, frozenset[str] | None]


@cache
def _cues() -> _Cues:
    rules = load_yaml("modality.yaml")
    patterns = {name: alternation(rules[name])
                for name in (*_FAMILIES, "speech", "unverified", "disputed")}
    before = "|".join(rules["planned_before"])
    return _Cues(
        window=int(rules["window_before"]),
        negation_window=int(rules["negation_window"]),
        planned_window=int(rules["planned_window"]),
        # "the planned visit", "the upcoming NATO summit"; not "planned the blockade"
        planned_before=re.compile(rf"\b(?:{before})(?:\s+(?!(?:the|a|an|this|that|its|and|or)\b)"
                                  r"[\w-]+)?\s+$", re.IGNORECASE),
        planned_start=re.compile(rf"(?:{before})\b", re.IGNORECASE),
        planned_after=alternation(rules["planned_after"]),
        news_flash=re.compile(rules["news_flash"]),
        families={name: patterns[name] for name in _FAMILIES},
        speech=patterns["speech"],
        reporting=alternation(rules["reporting"]),
        unverified=patterns["unverified"],
        disputed=patterns["disputed"],
        openers={name: _ascii_openers(pattern) for name, pattern in patterns.items()},
    )


def _ascii_openers(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """opening_words(pattern) when they are all ASCII: on ASCII text, lower-casing then
    agrees with the regex's case-insensitive matching."""
    words = opening_words(pattern)
    return words if words is not None and all(w.isascii() for w in words) else None


def modality_of(sentence: str, trigger_start: int, harm: bool = False) -> str:
    """How the sentence frames the event whose trigger starts at `trigger_start`.

    A negation right before the trigger wins; otherwise the nearest cue before it decides, so in
    "would require Ukraine to withdraw" the demand governs the withdrawal, not the "would".
    """
    cues = _cues()
    near = sentence[max(0, trigger_start - cues.negation_window) : trigger_start]
    if cues.families["negated"].search(near):
        return "negated"
    before = sentence[max(0, trigger_start - cues.window) : trigger_start]
    words = _lower_words(before)
    best, best_end = "asserted", -1
    for family in _FAMILIES[1:]:
        if not _may_match(cues, family, words):
            continue
        for match in cues.families[family].finditer(before):
            if match.end() > best_end:
                best, best_end = family, match.end()
    # A cue governs its own clause: not a second verb joined on ("invited him to visit Ukraine
    # and thanked him"), nor, for a harm, what was done to people named after it ("I ask you to
    # honor the memory of all killed by Russian soldiers").
    offset = max(0, trigger_start - cues.window)  # where `before` starts in the sentence
    if best_end >= 0 and (  # "... and thanked": the trigger's own word counts too
            _NEXT_CLAUSE.search(sentence, offset + best_end, trigger_start + 20)
            or (harm and _DONE_BY.match(sentence, trigger_start))):
        return "asserted"
    if best == "asserted" and (flash := cues.news_flash.match(sentence)) and (
            flash.end() <= trigger_start):
        return "claimed"  # "⚡️ Zaluzhnyi: Ukraine liberates 41 settlements"
    return best


def _lower_words(text: str) -> set[str] | None:
    """The text's words (maximal \\w runs) in lower case, as opening_words gives them; None for
    non-ASCII text, where lower-casing might not be the regex's case folding."""
    if not text.isascii():
        return None
    return set(_WORD.findall(text.lower()))


def _may_match(cues: _Cues, name: str, words: set[str] | None) -> bool:
    """False when no match of the regex `name` can be in a text of these words: each opens
    with one of its opening words, at the start of a word."""
    opening = cues.openers[name]
    return words is None or opening is None or not opening.isdisjoint(words)


# speech_cue and verification_of ask of the same sentence one after the other: its words,
# keyed by the string object itself (the same object holds the same text).
_last_sentence: tuple[str, set[str] | None] = ("", set())


def _sentence_words(sentence: str) -> set[str] | None:
    global _last_sentence
    if _last_sentence[0] is not sentence:
        _last_sentence = (sentence, _lower_words(sentence))
    return _last_sentence[1]


# A second verb joined on, which a cue before it does not govern (see modality_of).
_NEXT_CLAUSE = re.compile(
    r"\b(?:and|but)\s+(?:(?:I|we|he|she|they|also)\s+)?"
    r"(?!(?:to|speed|need|proceed|exceed|succeed|feed)\b)\w+ed\b",
    re.IGNORECASE)
# A harm's past participle with its agent: a fact told of its victims ("all those killed by").
_DONE_BY = re.compile(r"\w+ed\s+by\b", re.IGNORECASE)
# What ends the clause a noun stands in, for the cues after it.
_CLAUSE_END = re.compile(r"[.;:!?]|\s(?:and|but|while|whereas)\s")
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b")
_RELATIVE_REACH = 15


def nominal_modality(sentence: str, trigger_start: int, trigger_end: int) -> str:
    """How a noun that names a happening frames it: negated after a negation right before it
    ("no news conference"), predicted when named as one to come, else asserted: the clause's
    cues are not its own (the war that "will end" is no future war, nor the invasion that
    "the corridors for those affected by the invasion will open" tells of)."""
    if negated_before(sentence, trigger_start):
        return "negated"
    return "predicted" if named_to_come(sentence, trigger_start) else "asserted"


def named_to_come(sentence: str, trigger_start: int) -> bool:
    """The event is named as one to come: "the forthcoming visit", "the upcoming summit"."""
    cues = _cues()
    return bool(cues.planned_before.search(sentence, max(0, trigger_start - 40), trigger_start)
                or cues.planned_start.match(sentence, trigger_start))


def planned(sentence: str, trigger_start: int, trigger_end: int) -> bool:
    """The event is told as planned: named as one to come (named_to_come), or its clause says
    it is to happen ("Nine humanitarian corridors will open on March 15", "Evacuation ... is
    planned for March 15")."""
    if named_to_come(sentence, trigger_start):
        return True
    cues = _cues()
    end = min(len(sentence), trigger_end + cues.planned_window)
    if stop := _CLAUSE_END.search(sentence, trigger_end, end):
        end = stop.start()
    # A relative clause tells of the event only right after it ("the NATO Summit in Madrid,
    # which will take place in late June"), not of a noun further on ("a meeting regarding
    # those events that are to be held").
    relative = _RELATIVE.search(sentence, trigger_end, end)
    if relative and relative.start() - trigger_end > _RELATIVE_REACH:
        end = relative.start()
    return cues.planned_after.search(sentence, trigger_end, end) is not None


def negated_before(sentence: str, trigger_start: int) -> bool:
    """A negation right before the trigger ("no news conference")."""
    cues = _cues()
    near = sentence[max(0, trigger_start - cues.negation_window) : trigger_start]
    return bool(cues.families["negated"].search(near))


def speech_cue(sentence: str) -> re.Match[str] | None:
    """The first reporting verb or claim cue: whoever stands next to it is the source."""
    cues = _cues()
    words = _sentence_words(sentence)
    found = (cues.speech.search(sentence) if _may_match(cues, "speech", words) else None,
             cues.families["claimed"].search(sentence)
             if _may_match(cues, "claimed", words) else None)
    matches = [m for m in found if m]
    return min(matches, key=lambda m: m.start()) if matches else None


def reported_before(text: str, start: int, end: int) -> int:
    """Where the last reporting verb in text[start:end] starts, or -1: whoever is named before
    it reports what follows rather than doing it."""
    last = -1
    for match in _cues().reporting.finditer(text, start, end):
        last = match.start()
    return last


def verification_of(sentence: str) -> str | None:
    """'unverified' or 'disputed' when the text says so about the claim, else None."""
    cues = _cues()
    words = _sentence_words(sentence)
    if _may_match(cues, "unverified", words) and cues.unverified.search(sentence):
        return "unverified"
    if _may_match(cues, "disputed", words) and cues.disputed.search(sentence):
        return "disputed"
    return None
