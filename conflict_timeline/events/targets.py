"""Parties a report leaves unsaid but a reader supplies: the side an attack hits when only
the attacker or the place is named (data/actors/sides.csv lists the war's sides), the
actor's own people at a meeting or an instruction that names nobody else ("I held a meeting of
the military cabinet"), and the usual target of an event type in this war ("the sixth sanctions
package": data/actors/usual_targets.csv)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from conflict_timeline.entities import ActorMention, PlaceMention, find_actors
from conflict_timeline.entities.datafiles import iso_day, read_rows
from conflict_timeline.events.lexicon import (
    EventKind,
    defence_modes,
    invasion_modes,
    supplied_by_others_modes,
)
from conflict_timeline.events.mention import EventMention

# Who speaks at an offset of the article (events.voice.Voices.speaker_at, which imports us).
SpeakerAt = Callable[[int], ActorMention | None]


@cache
def _side_rows() -> tuple[dict[str, str], ...]:
    return tuple(read_rows("actors/sides.csv"))


@cache
def _sides() -> tuple[dict[str, str], dict[str, str]]:
    """(side -> its opponent, ISO alpha-2 -> side), both by ISO alpha-3."""
    rows = _side_rows()
    return ({r["side"]: r["opponent"] for r in rows}, {r["side_iso2"]: r["side"] for r in rows})


def opponent(country: str) -> str | None:
    """The other side of the war, for one of its sides."""
    return _sides()[0].get(country)


@cache
def war_since(country: str) -> dt.date | None:
    """When the war of one of its sides began (sides.csv: since)."""
    return next((iso_day(r["since"], "actors/sides.csv") for r in _side_rows()
                 if r["side"] == country and r["since"]), None)


# Ends the name of a recipient guessed from the theatre alone: such a guess ties no two
# reports together (canonical.row_actors, sql/extract/select_known_events.sql).
THEATRE_GUESS = "guessed from the article's theatre"


def attacked_side(actor: ActorMention | None, place: PlaceMention | None,
                  at: int, theatre: str | None = None, role: str = "the side attacked"
                  ) -> ActorMention | None:
    """The side an attack hits: the attacker's opponent, or with no attacker named, the side
    whose territory the place lies in, or with no place either, the side of the `theatre`
    (the ISO alpha-2 country the article's places default to). None outside the war's
    sides. Its name says it was implied in `role` (air defence: "the side defending")."""
    opponents, by_iso2 = _sides()
    if actor is not None and actor.sector == "REB":
        # rebels fight their own country's state ("LNR forces firing at ...")
        side, how = (actor.country if actor.country in opponents else None), ""
    elif actor is not None:
        side, how = opponents.get(actor.country or ""), ""
    elif place is not None:
        side, how = by_iso2.get(place.country or ""), ""
    else:
        side, how = by_iso2.get(theatre or ""), f", {THEATRE_GUESS}"
    return None if side is None else _implied_side(side, at, role, how)


def _implied_side(side: str, at: int, role: str, how: str = "") -> ActorMention:
    return ActorMention(at, at, "", side, side, None, f"{side}, implied as {role}{how}")


@cache
def _invasions() -> tuple[tuple[str, str], ...]:
    """(invader, invaded) rows of data/actors/invasions.csv, by ISO alpha-3."""
    return tuple((r["invader"], r["invaded"]) for r in read_rows("actors/invasions.csv"))


def with_invader(mention: EventMention) -> EventMention:
    """An invasion, or the war it began (event_types.yaml: invasion_modes), between a listed
    invader and the country it invaded runs from the one to the other, however the text orders
    them ("the full-scale invasion of Russia"); a side it leaves out is implied. Other
    invasions, and one naming nobody, keep what the text says."""
    if mention.event_mode not in invasion_modes():
        return mention
    parties = [p for p in (mention.actor, mention.recipient) if p is not None]
    countries = {p.country for p in parties}
    at = mention.trigger_start
    for invader, invaded in _invasions():
        if parties and countries <= {invader, invaded}:
            return replace(mention, actor=_party(parties, invader, at, "the invader", False),
                           recipient=_party(parties, invaded, at, "the country invaded", True))
    return mention


def _party(parties: list[ActorMention], country: str, at: int, role: str,
           keep_implied: bool) -> ActorMention:
    """The named party of `country`, else (with `keep_implied`) one already implied for it,
    which keeps "implied as the side attacked" and any theatre guess, else one implied in
    `role`. An implied party of the invader's country was implied as the side attacked, so
    it is never kept as the invader."""
    of_country = [p for p in parties if p.country == country]
    named = next((p for p in of_country if p.text), None)
    if named is not None:
        return named
    if keep_implied and of_country:
        return of_country[0]
    return ActorMention(at, at, "", country, country, None, f"{country}, implied: {role}")


_KNOWN = ", implied: events of this kind are its in this war"


@cache
def _known_party(name: str) -> ActorMention:
    """The actor the dictionary knows by `name` (event_types.yaml: known_actor)."""
    found = [a for a in find_actors(name) if a.text == name]
    if not found:
        raise ValueError(f"data/event_types.yaml: known_actor {name!r} is no name in "
                         "data/actors/actors.csv")
    return found[0]


def with_known_actor(mention: EventMention, kind: EventKind, clause: list[EventMention]
                     ) -> EventMention:
    """The mention done by its kind's known actor in this war (event_types.yaml: known_actor),
    whoever its sentence names ("We count on Austria's support for the sixth sanctions
    package"), as are the measures of the same type the sentence goes on to list ("... which
    should include an oil embargo"); a mention of that actor by name stays."""
    known = _known_party(kind.known_actor) if kind.known_actor else next(
        (m.actor for m in clause if m.event_type == kind.event_type and m.actor is not None
         and m.actor.name.endswith(_KNOWN)), None)
    if known is None or (mention.actor is not None and mention.actor.code == known.code):
        return mention
    at = mention.trigger_start
    recipient = mention.recipient
    if recipient is not None and recipient.code == known.code:
        recipient = None  # "the seventh sanctions package of the European Union" is its own
    return replace(mention, recipient=recipient, actor=replace(
        known, start=at, end=at, text="", name=known.code + _KNOWN))


def is_implied(actor: ActorMention) -> bool:
    """Whether the party is one a reader supplies (see this module), not one the text names."""
    return not actor.text and ", implied" in (actor.name or "")


def is_theatre_guess(name: str | None) -> bool:
    """Whether a recipient's name says it was guessed from the theatre alone."""
    return bool(name) and name.endswith(THEATRE_GUESS)


def own_people(actor: ActorMention | None, at: int, who: str = "officials"
               ) -> ActorMention | None:
    """The actor's own side as the other party of an inward meeting (its officials) or of
    martial law (its country)."""
    if actor is None or actor.country is None:
        return None
    return replace(actor, start=at, end=at, text="", code=actor.country, sector=None,
                   name=f"{actor.country}, implied: the actor's own {who}")


@dataclass(frozen=True, slots=True)
class _UsualTarget:
    country: str
    not_by: frozenset[str]  # actors' countries whose events of the type go elsewhere
    suffered: bool  # an actor of the target's own country suffers the event
    sought_by: frozenset[str]  # actors' countries that seek the event of others
    carried_out_by: frozenset[str]  # yet these of their actors (by name) carry it out
    why: str


@cache
def _usual_targets() -> dict[tuple[str, str], _UsualTarget]:
    """(event type, mode or "" for any) -> whom its events are aimed at when none is named."""
    return {(r["event_type"], r["event_mode"]): _UsualTarget(
                r["target"], _listed(r["not_by"]), r["actor_of_target"] == "suffers",
                _listed(r["sought_by"]), _listed(r["carried_out_by"]), r["why"])
            for r in read_rows("actors/usual_targets.csv")}


def _usual_target_of(event_type: str, mode: str | None) -> _UsualTarget | None:
    targets = _usual_targets()
    return targets.get((event_type, mode or "")) or targets.get((event_type, ""))


def _listed(cell: str) -> frozenset[str]:
    return frozenset(cell.split(";")) - {""}


def usual_target(mention: EventMention, speaker_at: SpeakerAt | None = None) -> EventMention:
    """The mention aimed at the country its type is aimed at in this war, for an actor (or
    with none named, the article's voice where the trigger stands) it fits."""
    target = _usual_target_of(mention.event_type, mention.event_mode)
    if target is None:
        return mention
    source = mention.actor or (speaker_at(mention.trigger_start) if speaker_at else None)
    if source is not None and source.country in target.not_by:
        return mention
    at, actor = mention.trigger_start, mention.actor
    recipient = ActorMention(at, at, "", target.country, target.country, None,
                             f"{target.country}, implied: {target.why}")
    if target.suffered and actor is not None and actor.country == target.country:
        actor = None  # "Russia has already begun receiving the first sanctions"
    return replace(mention, actor=actor, recipient=recipient)


# Whom an inward event of a type implies: martial law is imposed on the actor's own country,
# praise ("did a great job") goes to its own people, a meeting is with its own officials.
_OWN = {"COERCE": "country", "SUPPORT": "people"}


def with_implied_recipient(mention: EventMention, kind: EventKind, theatre: str | None = None,
                           speaker_at: SpeakerAt | None = None) -> EventMention:
    """The mention with the recipient a reader supplies, once its actor is settled;
    `speaker_at` tells who speaks at an offset (Voices.speaker_at), asked only when needed."""
    if kind.event_mode in defence_modes():
        return _defended(mention, theatre)
    if mention.recipient is not None:
        return _not_self_supplied(mention, kind)
    at = mention.trigger_start
    if kind.event_type == "ASSAULT":
        recipient = attacked_side(mention.actor, mention.place, at, theatre)
    elif kind.inward:
        recipient = own_people(mention.actor, at, _OWN.get(kind.event_type, "officials"))
    else:
        return _not_self_supplied(usual_target(mention, speaker_at), kind)
    return replace(mention, recipient=recipient) if recipient else mention


def _defended(mention: EventMention, theatre: str | None) -> EventMention:
    """Fire at what the other side sends (event_types.yaml: defence_modes). The shooter is the
    side named, else the opponent of a side whose craft it hit ("Five Russian missiles were
    shot down"), else with no target named either the side whose ground the place is on or
    whose theatre the article covers; the target is the shooter's opponent, whoever made the
    craft ("12 downed Iranian drones"); "over Kyiv" is where, not whom."""
    at = mention.trigger_start
    actor, recipient = mention.actor, mention.recipient
    if recipient is not None and recipient.sector == "GOV":
        recipient = None  # a capital named is where ("Intercepted missile blowing up in Kyiv")
    if actor is None and recipient is not None:
        side = opponent(recipient.country or "")
        if side is None:
            return mention  # "Polish WARMATE loitering munition shot down": by whom?
        actor = _implied_side(side, at, "the side defending")
    elif actor is None:  # the side whose sky it is
        actor = attacked_side(None, mention.place, at, theatre, role="the side defending")
        if actor is None:
            return mention
    if (recipient is None or recipient.country == actor.country
            or (opponent(recipient.country or "") is None and opponent(actor.country or ""))):
        # the other side's craft, whoever made them ("12 downed Iranian drones")
        recipient = attacked_side(actor, None, at)
    return replace(mention, actor=actor, recipient=recipient)


def _not_self_supplied(mention: EventMention, kind: EventKind) -> EventMention:
    """Without an actor that only seeks the event of others (usual_targets.csv: sought_by),
    or that would supply itself."""
    actor, recipient = mention.actor, mention.recipient
    if actor is None:
        return mention
    target = _usual_target_of(kind.event_type, kind.event_mode)
    if (target is not None and actor.country in target.sought_by
            and actor.name not in target.carried_out_by) or (
            kind.event_mode in supplied_by_others_modes() and recipient is not None
            and actor.country == recipient.country):
        return replace(mention, actor=None)
    return mention
