"""Who "I" and "we" are: the actor a transcript names before its colon ("President of Russia
Vladimir Putin: ..."), else the article's own voice: the government its publisher speaks for
(data/actors/publishers.csv), else of the side whose own words it uses
(data/actors/voice_cues.csv), else of the country it names most (a president's address or
press release speaks for its state). "Our country" and "our warriors" are that
country and its military."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from conflict_timeline.entities import ActorMention, PlaceMention, country_named
from conflict_timeline.entities.datafiles import read_rows, split_aliases
from conflict_timeline.events.targets import opponent

# Subject pronouns of the first person ("I thank ...", "We count on ..."): the word "I" (not
# an initial "I.") or "we". This and the patterns below open with a character class rather
# than a word boundary: re then skips to the candidate letters instead of trying every position.
_FIRST_PERSON = re.compile(r"[IWw](?<!\w[IWw])(?:(?<=I)(?![\w.])|(?<=[Ww])e(?!\w))")
# "our country" as a place ("a visit to our country"); not "our people", who are no place.
_LAND_WORDS = "country|state|land|homeland"
_OUR_LAND = re.compile(rf"our\s+(?:{_LAND_WORDS})", re.IGNORECASE)
# "our country", "our defenders": the voice's country (group 1) or military (group 2).
_OURS = re.compile(
    rf"[Oo](?<!\w[Oo])ur\s+(?:({_LAND_WORDS}|nation|people)|"
    r"(army|armed forces|military|warriors|soldiers|defenders|troops|forces|servicemen|heroes|"
    r"guys|positions|units))\b"
)
# The other side, as each side calls it ("the occupiers", "the enemy", "9,200 invaders were
# killed"): the voice's opponent's military (data/actors/sides.csv); "the terrorist state" is
# the opponent's state (group 1).
_ENEMY_WORDS = ("enemy", "occupier", "aggressor", "invader", "terrorist")
# Every alternative opens with one of five letters, so the scan skips other positions fast.
_ENEMY = re.compile(
    r"[TtOoi](?<!\w[TtOoi])(?:(?:(?<=[Tt])he|(?<=[Oo])ur)\s+(?:((?:terrorist|aggressor)\s+"
    r"(?:state|country))|enemy|occupiers?|aggressors?|invaders?)"
    r"|(?<!-[oi])(?<![Rr]ussian [oi])(?<![Tt]he [oi])(?<![Oo]ur [oi])"
    r"(?:(?<=o)ccupiers|(?<=i)nvaders))\b"
)
# A transcript's turn: an actor right before a colon speaks until the next one.
_TURN = re.compile(r"\s*:\s")
VOICE_NAME = "the article's voice"
# A sentence opening with a past verb, or with thanks, has the voice as its subject ("Held
# talks with the Prime Minister of Japan.", "Thank you for that!").
_UNSPOKEN = re.compile(
    r"(?:[A-Z][a-z]+ed|Held|Met|Had|Took|Spoke|Sent|Heard|Gave|Told|Thanks?|Grateful|Gratitude)\b")


@cache
def _cues() -> tuple[tuple[str, str, bool], ...]:
    """(side, phrase, exact case) rows of data/actors/voice_cues.csv."""
    return tuple((r["side"], r["phrase"] if r["case"] == "exact" else r["phrase"].lower(),
                  r["case"] == "exact") for r in read_rows("actors/voice_cues.csv"))


@cache
def _publishers() -> dict[str, str]:
    """Source (lower case) -> the country whose government it speaks for."""
    return {name.lower(): r["country"] for r in read_rows("actors/publishers.csv")
            for name in split_aliases(r["source"])}


def publisher_country(source: str | None) -> str | None:
    """The country whose government the publisher `source` speaks for, if it is listed."""
    return _publishers().get(source.strip().lower()) if source else None


def whole_word_starts(text: str, phrase: str) -> Iterator[int]:
    """Where `phrase` stands in `text` neither starting nor ending inside a word (str.find is
    far faster than a regex over the whole text, and such phrases are rare)."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            yield at
        at = text.find(phrase, end)


def _whole_words(text: str, phrase: str) -> int:
    """How often `phrase` stands in `text` as whole words."""
    return sum(1 for _ in whole_word_starts(text, phrase))


def cued_side(text: str) -> str | None:
    """The side whose cues the text uses more often (data/actors/voice_cues.csv), or None."""
    return _cued_side(text, text.lower())


def _cued_side(text: str, lower: str) -> str | None:
    votes: dict[str, int] = {}
    for side, phrase, exact in _cues():
        found = _whole_words(text if exact else lower, phrase)
        if found:
            votes[side] = votes.get(side, 0) + found
    ranked = sorted(votes.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(votes, key=votes.__getitem__)


def article_voice(actors: list[ActorMention], text: str = "", source: str | None = None
                  ) -> str | None:
    """The country the publisher speaks for, else the side the text's cues speak for, else
    the country an article names most (ties: the first named), or None without one."""
    return _article_voice(actors, text, text.lower(), source)


def _article_voice(actors: list[ActorMention], text: str, lower: str,
                   source: str | None = None) -> str | None:
    published_for = publisher_country(source)
    if published_for is not None:
        return published_for
    cued = _cued_side(text, lower) if text else None
    if cued is not None:
        return cued
    counts: dict[str, int] = {}
    for a in actors:
        if a.country:
            counts[a.country] = counts.get(a.country, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    return next(country for country, n in counts.items() if n == top)  # first named wins ties


class Voices:
    """The actor speaking at each point of one article."""

    def __init__(self, text: str, actors: list[ActorMention], source: str | None = None
                 ) -> None:
        # The lower-cased text serves the cues and first_person's gates alike.
        self._text, self._lower = text, text.lower()
        country = _article_voice(actors, text, self._lower, source)
        self.default = (ActorMention(0, 0, "", country + "GOV", country, "GOV", VOICE_NAME)
                        if country else None)
        self._turns = [a for a in actors if a.country and _TURN.match(text, a.end)]
        self._turn_starts = [a.end for a in self._turns]

    def speaker_at(self, start: int) -> ActorMention | None:
        """Who speaks at ``start``: the last transcript turn before it, else the default."""
        if self._turn_starts:
            i = bisect_right(self._turn_starts, start)
            if i:
                return self._turns[i - 1]
        return self.default

    def at(self, start: int, end: int, text: str) -> ActorMention | None:
        """The speaker at ``start``, as a mention of the words ``text`` stands for it."""
        speaker = self.speaker_at(start)
        if speaker is None:
            return None
        return ActorMention(start, end, text, speaker.code, speaker.country, speaker.sector,
                            VOICE_NAME)


def first_person(text: str, voices: Voices) -> list[ActorMention]:
    """Mentions for "I", "we", "our country" and "our warriors", in text order; none when the
    article names no country to speak for."""
    if voices.default is None:
        return []
    at = voices.at
    found = [at(m.start(), m.end(), m.group()) for m in _FIRST_PERSON.finditer(text)]
    # cheap gates: most texts name no enemy and say no "our"
    lower = voices._lower if voices._text is text else text.lower()
    enemies = _ENEMY.finditer(text) if any(w in lower for w in _ENEMY_WORDS) else ()
    for m in enemies:
        speaker = voices.speaker_at(m.start())
        enemy = opponent(speaker.country) if speaker is not None and speaker.country else None
        if enemy is not None:
            sector = None if m[1] else "MIL"
            found.append(ActorMention(m.start(), m.end(), m.group(), enemy + (sector or ""),
                                      enemy, sector,
                                      f"{enemy}, the other side as the article's voice calls it"))
    for m in _OURS.finditer(text) if "our " in lower else ():
        speaker = voices.speaker_at(m.start())
        if speaker is not None and speaker.country:
            sector = "MIL" if m[2] else None
            found.append(ActorMention(m.start(), m.end(), m.group(),
                                      speaker.country + (sector or ""), speaker.country, sector,
                                      f"{speaker.country}, the article's voice's own side"))
    return sorted(found, key=lambda a: a.start)


def home_places(first: list[ActorMention]) -> list[PlaceMention]:
    """"Our country" and "our land" among first-person mentions, as places: the speaker's
    country. Like any country that is also an actor, each places an event only after "in",
    "to" or a visit ("on a visit to our country")."""
    found = (country_named(a.country, a.start, a.end, a.text) for a in first
             if a.country and a.sector is None and _OUR_LAND.fullmatch(a.text))
    return [p for p in found if p is not None]


def unspoken_opening(text: str, sentence_start: int) -> int | None:
    """Where the verb ends that opens a sentence whose subject is left unspoken, if it does."""
    opening = _UNSPOKEN.match(text, sentence_start)
    return None if opening is None else opening.end()


def is_voice(actor: ActorMention | None) -> bool:
    return actor is not None and actor.name == VOICE_NAME

