"""Event triggers from data/event_types.yaml, compiled into one regex."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from conflict_timeline.events.words import ArticleWords
from conflict_timeline.resources import load_yaml
from conflict_timeline.text import Sentence
from conflict_timeline.text.openings import WordGate
from conflict_timeline.text.records import quick_init


@dataclass(frozen=True, slots=True)
class EventKind:
    event_type: str
    event_mode: str | None
    cameo_root: str
    modality: str | None = None  # the framing when the sentence has no cue of its own
    singular: bool = False  # happens once between the same actors: undated mentions refer back
    nominal: bool = False  # names a happening: the clause's framing is not its framing
    inward: bool = False  # a meeting, an instruction: with nobody else named, its own people
    local: bool = False  # an incident at one spot: placed where the previous sentence is
    undergone: bool = False  # the subject suffers it ("died"): a name before it is the recipient
    voiced: bool = False  # with no actor named, the article's voice acts (evacuations)
    topical: bool = False  # what follows is its topic; a partner follows "with" ("discussed")
    wide: bool = False  # across a theatre (the war): placed only by the words right after it
    addressed: bool = False  # holds whom it addresses ("informed Mr Putin"); then the topic
    opposed: bool = False  # its target follows "against" or "from" ("defending X from Y")
    thanked: bool = False  # what thanks are for: the thanked party's own act beside the thanks
    caption: bool = False  # counts only as the opening words of a caption (a short text)
    known_actor: str | None = None  # who carries it out in this war, whoever the text names


@quick_init
@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    kind: EventKind


# Where a pattern takes a shared part of event_types.yaml's `fragments`: "{{thanked_support}}".
_FRAGMENT = re.compile(r"\{\{(\w+)\}\}")


def expand_fragments(pattern: str, fragments: dict[str, str]) -> str:
    """The pattern with each {{name}} replaced by the fragment of that name; one that is not
    defined is a one-line error naming the file."""
    def fragment(match: re.Match[str]) -> str:
        if match[1] not in fragments:
            raise ValueError(f"data/event_types.yaml: a trigger uses {{{{{match[1]}}}}}, "
                             "which `fragments` does not define")
        return fragments[match[1]]
    return _FRAGMENT.sub(fragment, pattern)


@cache
def _compiled() -> tuple[WordGate, tuple[EventKind, ...]]:
    """The triggers as one word-bounded, case-insensitive regex (in a gate, see
    text.openings), and the kind of each of its groups t0, t1, ..."""
    kinds: list[EventKind] = []
    groups: list[str] = []
    data = load_yaml("event_types.yaml")
    fragments = data.get("fragments") or {}
    for index, entry in enumerate(data["triggers"]):
        kinds.append(
            EventKind(
                entry["type"], entry.get("mode"), str(entry["cameo"]), entry.get("modality"),
                bool(entry.get("singular", False)), bool(entry.get("nominal", False)),
                bool(entry.get("inward", False)), bool(entry.get("local", False)),
                bool(entry.get("undergone", False)), bool(entry.get("voiced", False)),
                bool(entry.get("topical", False)), bool(entry.get("wide", False)),
                bool(entry.get("addressed", False)), bool(entry.get("opposed", False)),
                bool(entry.get("thanked", False)), bool(entry.get("caption", False)),
                entry.get("known_actor"),
            )
        )
        groups.append(f"(?P<t{index}>{expand_fragments(entry['pattern'], fragments)})")
    return WordGate.of_alternatives(groups, re.IGNORECASE), tuple(kinds)


@cache
def _listed_modes(key: str) -> frozenset[str]:
    """The modes event_types.yaml lists under `key` (none if it lists none)."""
    return frozenset(load_yaml("event_types.yaml").get(key, ()))


def general_modes() -> frozenset[str]:
    """Modes that only say that an event happened (event_types.yaml: general_modes)."""
    return _listed_modes("general_modes")


def consequence_modes() -> frozenset[str]:
    """Modes that tell what an attack did, not the attack (event_types.yaml:
    consequence_modes)."""
    return _listed_modes("consequence_modes")


@cache
def singular_modes() -> frozenset[str]:
    """Modes of happenings that occur once between the same actors (triggers marked
    `singular`, such as the invasion)."""
    _, kinds = _compiled()
    return frozenset(k.event_mode for k in kinds if k.singular and k.event_mode)


def one_sided_harm_modes() -> frozenset[str]:
    """Modes of harm one side does to the other (event_types.yaml: one_sided_harm_modes)."""
    return _listed_modes("one_sided_harm_modes")


def told_at_talks_modes() -> frozenset[str]:
    """Modes of talks held within a meeting or call (event_types.yaml: told_at_talks_modes)."""
    return _listed_modes("told_at_talks_modes")


def supplied_by_others_modes() -> frozenset[str]:
    """Modes of aid no country gives itself (event_types.yaml: supplied_by_others_modes)."""
    return _listed_modes("supplied_by_others_modes")


def defence_modes() -> frozenset[str]:
    """Modes of fire at what the other side sends, by the side whose sky it is
    (event_types.yaml: defence_modes)."""
    return _listed_modes("defence_modes")


def invasion_modes() -> frozenset[str]:
    """Modes of the conflict's war itself, which runs from invader to invaded
    (event_types.yaml: invasion_modes; data/actors/invasions.csv)."""
    return _listed_modes("invasion_modes")


def mode_parameters() -> dict[str, list[str]]:
    """The named parameter ($general_modes) of the SQL that reads modes as matching does."""
    return {"general_modes": sorted(general_modes())}


def find_triggers(
    text: str, start: int = 0, end: int | None = None, words: ArticleWords | None = None
) -> list[Trigger]:
    """Event triggers in text[start:end], with offsets into `text`. Pass the text's
    `words` when scanning it piece by piece: the regex is then tried only where a word that
    can open a trigger starts (the same matches, far fewer attempts)."""
    gate, kinds = _compiled()
    words = words or ArticleWords(text)
    found = []
    for match in words.matches(gate, start, len(text) if end is None else end):
        index = int(match.lastgroup[1:])  # type: ignore[index]
        found.append(Trigger(match.start(), match.end(), match.group(), kinds[index]))
    return found


def triggers_by_sentence(
    text: str, sentences: Sequence[Sentence], words: ArticleWords | None = None
) -> list[list[Trigger]]:
    """``find_triggers(text, s.start, s.end, words)`` for each of the text's sentences (in
    text order), from one scan of the whole text: a match inside a sentence is the same
    either way, since a sentence is followed by a space or the text's end and no pattern
    looks further than the next word. Sentences that a match runs across are scanned alone."""
    words = words or ArticleWords(text)
    found: list[list[Trigger]] = [[] for _ in sentences]
    starts = [s.start for s in sentences]
    alone: set[int] = set()
    for trigger in find_triggers(text, 0, len(text), words):
        k = bisect_right(starts, trigger.start) - 1
        if k >= 0 and trigger.end <= sentences[k].end:
            found[k].append(trigger)
        else:  # across a boundary, or from the space between two sentences
            alone.update(range(max(k, 0), bisect_right(starts, trigger.end - 1)))
    for k in alone:
        found[k] = find_triggers(text, sentences[k].start, sentences[k].end, words)
    return found
