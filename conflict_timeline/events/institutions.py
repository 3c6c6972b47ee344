"""Institutions every state has, named without their country ("the Cabinet of Ministers", "the
General Staff"): they belong to whoever speaks where they stand (data/actors/
home_institutions.csv)."""

from __future__ import annotations

import re
from functools import cache

from conflict_timeline.entities import ActorMention
from conflict_timeline.entities.datafiles import read_rows
from conflict_timeline.events.voice import Voices

# "the Ministry of Defence of Ukraine": the country named right after the institution.
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
# "the Head of the Office of the President", "Chief of the General Staff": an official's title,
# whom the parties' rules already read as the one who acts.
_TITLE_OF = re.compile(r"\b(?:[Hh]ead|[Cc]hief|Secretary|Chairman|Chair|Director|Adviser|Advisor|"
                       r"Commander|Spokesperson|[Ss]pokesman)(?:\s+[\w-]+){0,3}?\s+(?:of|to)\s+"
                       r"(?:the\s+)?$")


@cache
def _institutions() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the listed phrases (longest first) and each phrase's sector."""
    sectors = {r["phrase"]: r["sector"] for r in read_rows("actors/home_institutions.csv")}
    phrases = sorted(sectors, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b"), sectors


def home_institutions(text: str, voices: Voices, named: list[ActorMention]
                      ) -> list[ActorMention]:
    """Mentions of the listed institutions that no named actor covers, as the speaker's
    country's, or the country named right after them ("the General Staff of Ukraine")."""
    pattern, sectors = _institutions()
    found: list[ActorMention] = []
    for match in pattern.finditer(text):
        start, end = match.span()
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
        sector = sectors[match.group()]
        found.append(ActorMention(start, end, match.group(), owner.country + sector,
                                  owner.country, sector,
                                  f"{owner.country}, its own {match.group()}"))
    return found
