"""Institutions every state has, named without their country ("the Cabinet of Ministers", "the
General Staff"): they belong to whoever speaks where they stand (data/actors/
home_institutions.csv)."""

from __future__ import annotations

import re
from functools import cache

from conflict_timeline.entities import ActorMention
from conflict_timeline.entities.datafiles import read_rows
from conflict_timeline.events.voice import Voices, whole_word_starts

# "the Ministry of Defence of Ukraine": the country named right after the institution.
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
# "the Head of the Office of the President", "Chief of the General Staff": an official's title,
# whom the parties' rules already read as the one who acts.
# "the heads of local authorities", "the Head of the Donetsk Regional Military Administration".
_TITLE_OF = re.compile(r"\b(?:[Hh]eads?|[Cc]hief|Secretary|Chairman|Chair|Director|Adviser|Advisor|"
                       r"Commander|Spokesperson|[Ss]pokesman)(?:\s+[\w-]+){0,3}?\s+(?:of|to)\s+"
                       r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")


_OWN = ", its own "  # in the name of an institution's mention: "UKR, its own General Staff"


@cache
def _institutions() -> tuple[tuple[str, str], ...]:
    """(phrase, sector) rows, longest phrase first so that it wins where two overlap."""
    rows = [(r["phrase"], r["sector"]) for r in read_rows("actors/home_institutions.csv")]
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


def _occurrences(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, phrase, sector) of whole-word occurrences, non-overlapping, in text order."""
    found: list[tuple[int, int, str, str]] = []
    for phrase, sector in _institutions():
        for at in whole_word_starts(text, phrase):
            end = at + len(phrase)
            if not any(s < end and at < e for s, e, _, _ in found):
                found.append((at, end, phrase, sector))
    return sorted(found)


def home_institutions(text: str, voices: Voices, named: list[ActorMention]
                      ) -> list[ActorMention]:
    """Mentions of the listed institutions that no named actor covers, as the speaker's
    country's, or the country named right after them ("the General Staff of Ukraine")."""
    found: list[ActorMention] = []
    for start, end, phrase, sector in _occurrences(text):
        if any(a.start < end and start < a.end for a in named):
            continue  # "the Russian Defence Ministry" is a row of actors.csv
        if _TITLE_OF.search(text, max(0, start - 50), start):
            continue
        after = _OF_COUNTRY.match(text, end)
        owner = next((a for a in named if a.country and (
            (after and a.start == after.end())  # "the Ministry of Defence of Ukraine"
            or (a.end + 1 == start and text[a.end] == " "))), None)  # "the British Ministry"
        if owner is None:
            owner = voices.speaker_at(start)
        if owner is None or owner.country is None:
            continue
        found.append(ActorMention(start, end, phrase, owner.country + sector, owner.country,
                                  sector, f"{owner.country}{_OWN}{phrase}"))
    return found


def is_home_institution(actor: ActorMention) -> bool:
    """Whether the mention is one of the listed institutions (a meeting with "the regional
    state administration" is with the speaker's own side, and still with someone)."""
    return _OWN in actor.name
