"""Canonical events: which known event a new mention reports, or a new event it founds.

A mention joins an event when they agree on the event type and mode (a mention without a mode,
or with a general one such as "attacked", may join any mode; a general mode only at the same
named place or between the same two parties), on the family of modality (a claim and a denial
are two events, linked in the `claims` view), their dates nest (a month holds a day; two
different days never merge), their actors overlap, their places agree or one is unspecified (a
country is no place), and no factual report would come before the happening it reports. A
mention dated only by its publication day joins only an event dated to that very day. A mention
naming one party meets an event naming two only with more to go on (a date of its own, the
place, or a happening that occurs once between two sides, such as the invasion), and one side
meeting itself is never another side's talks. An undated definite mention of a singular
happening ("Russia's invasion of Ukraine") refers back to the established day-dated event of
that kind between the same two parties. Of several events that fit, a mention takes the one of
its own mode, then the narrowest, then the one most reports date, then the oldest.

Matching is incremental and ordered: each new mention is compared with the events known so far,
so a new day is matched against history without re-clustering it, and an event keeps the id of
the mention that founded it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from conflict_timeline.events.dating import FALLBACK
from conflict_timeline.events.lexicon import consequence_modes, general_modes, singular_modes
from conflict_timeline.events.merging import short_hash
from conflict_timeline.events.targets import is_theatre_guess

# The widest date interval that may hold another's (a month holds its days).
_MAX_NESTING_DAYS = 31
# asserted and claimed reports of a happening describe the same event; other framings differ.
_FAMILY = {"asserted": "factual", "claimed": "factual"}


def modality_family(modality: str) -> str:
    return _FAMILY.get(modality, modality)


def specific_mode(mode: str | None) -> str | None:
    """The mode as matching sees it: a general one ("attacked", "struck") is no mode."""
    return None if mode in general_modes() else mode


def _is_general(mode: str | None) -> bool:
    return mode is not None and specific_mode(mode) is None


def actor_stem(code: str) -> str:
    """RUSGOV and RUSMIL are both Russia; organisation codes (NATO, EU) stand for themselves."""
    return code[:3] if len(code) == 6 else code


@dataclass
class KnownEvent:
    """What matching needs to know of an event (built from its mentions)."""

    event_id: str
    event_type: str
    event_mode: str | None  # the specific mode of its mentions (specific_mode), if any
    family: str
    date_start: dt.date
    date_end: dt.date
    dated: bool  # some mention gave a date of its own (not only publication days)
    n_dated: int = 0  # mentions that gave it a date of their own: how established it is
    actors: set[str] = field(default_factory=set)
    place: str | None = None  # a settlement, district or region (place_key)
    country: str | None = None  # the country of its places
    general: bool = False  # some mention gave only a general mode ("attacked")
    domestic: bool = False  # a mention had one side meet itself (a minister with officials)
    first_reported: dt.date | None = None
    articles: set[str] = field(default_factory=set)


def place_key(row: dict[str, Any]) -> str | None:
    """A place finer than a country: "in Ukraine" does not tell one happening from another."""
    if row.get("place_precision") == "country":
        return None
    geonames, region = row.get("place_geonames_id"), row.get("place_region_code")
    return str(geonames) if geonames is not None else region


def row_actors(row: dict[str, Any]) -> set[str]:
    """The parties' stems, less a recipient guessed from the theatre alone: every unattributed,
    unplaced attack of a day would otherwise be one happening."""
    recipient = None if is_theatre_guess(row.get("recipient_name")) else row.get("recipient_code")
    return {actor_stem(c) for c in (row.get("actor_code"), recipient) if c}


def is_domestic(row: dict[str, Any]) -> bool:
    """Actor and recipient of one side: Yermak meeting Ukrainian experts, not foreign talks."""
    actor, recipient = row.get("actor_code"), row.get("recipient_code")
    return bool(actor and recipient) and actor_stem(actor) == actor_stem(recipient)


def _nested(a_start: dt.date, a_end: dt.date, b_start: dt.date, b_end: dt.date) -> bool:
    """One interval holds the other, and the wider is no vaguer than a month: "in 2022" says
    too little to tie a report to one particular day's happening."""
    if not ((a_start <= b_start and b_end <= a_end) or (b_start <= a_start and a_end <= b_end)):
        return False
    widest = max((a_end - a_start).days, (b_end - b_start).days)
    return widest <= _MAX_NESTING_DAYS


def _reported_before_it_happened(row: dict[str, Any], event: KnownEvent) -> bool:
    """A factual report cannot precede the happening it reports: merging would say it did."""
    if event.family != "factual" or event.first_reported is None:
        return False
    start = max(event.date_start, row["date_start"]) if event.dated else row["date_start"]
    return start > min(event.first_reported, row["published"])


def why_compatible(row: dict[str, Any], event: KnownEvent) -> str | None:
    """The keys on which the mention matches the event, or None when it does not."""
    if row["event_type"] != event.event_type or modality_family(row["modality"]) != event.family:
        return None
    mode = specific_mode(row["event_mode"])
    if mode and event.event_mode and mode != event.event_mode:
        return None
    undated = row["date_basis"] == FALLBACK
    # A report dated only by its publication day joins a happening of that very day. Joining
    # one known by its month or year gathered every undated report of the month (shelling of
    # one city, a president's meetings): 743 and 125 of the shared corpus's 17,832 mentions.
    if undated and not event.date_start == row["published"] == event.date_end:
        return None
    if not undated and not _nested(row["date_start"], row["date_end"], event.date_start,
                                   event.date_end):
        return None
    if not undated and _reported_before_it_happened(row, event):
        return None
    # A country is no place: "in Ukraine" says nothing of where, and a country named in the
    # sentence is as often a party ("In these circumstances, Russia ...") as a location.
    mine, place, country = row_actors(row), place_key(row), row.get("place_country")
    if mine and event.actors:
        shared = mine & event.actors
        # Two-party events (talks, a call) need both parties in common, not just one.
        if len(shared) < min(2, len(mine), len(event.actors)):
            return None
        # One side meeting itself is not another happening of that side, nor talks with others.
        # (A happening that occurs once between two sides is that happening however read.)
        if is_domestic(row) != event.domestic and not _once_only(event):
            return None
        # A report naming one party fits any of that party's happenings of the day, so it meets
        # one naming two only with more to go on: a date of its own or the place.
        if len(mine) != len(event.actors) and not _corroborated(row, event, len(mine) == 1):
            return None
        actors = "+".join(sorted(shared))
    elif row.get("article_id") in event.articles:
        actors = "unspecified, same article"  # one report tells of one such happening a day
    elif place is None or place != event.place:
        return None  # with one side's actors unknown, only the same named place links them
    else:
        actors = "unspecified"
    # A happening that occurs once between two sides (the invasion) has no one place.
    if place and event.place and place != event.place and not _once_only(event):
        return None
    # "Hit by artillery" somewhere that day is not the missile strike on Kramatorsk: a general
    # mode joins a specific one (either way round) only at the same named place, or between
    # the same two parties ("Russia attacked Ukraine" on the day of the invasion).
    bridged = (mode is None and row["event_mode"] is not None and event.event_mode is not None
               ) or (mode is not None and event.event_mode is None and event.general)
    if bridged and not ((place and place == event.place) or len(mine & event.actors) >= 2):
        return None
    where = ("same" if place and place == event.place else
             "same country" if country and country == event.country else "unspecified")
    return (
        f"type {event.event_type}; {event.family}; "
        f"{'published within' if undated else 'dates nest in'} "
        f"{event.date_start}..{event.date_end}; actors {actors}; place {where}"
    )


def _once_only(event: KnownEvent) -> bool:
    """A happening that occurs once between two sides (the invasion: a `singular` trigger in
    event_types.yaml): its reports need no place or second party in common to be one."""
    return event.event_mode in singular_modes()


def _corroborated(row: dict[str, Any], event: KnownEvent, row_is_vaguer: bool) -> bool:
    """Something beyond one shared party ties a one-party report to a two-party one: a
    happening that occurs once (the invasion), the one-party side's date of its own, or the
    same named place. (One article often tells of several meetings of a day, so sharing the
    article is not enough.)"""
    if _once_only(event):
        return True
    dated = row["date_basis"] != FALLBACK if row_is_vaguer else event.dated
    place = place_key(row)
    return dated or (place is not None and place == event.place)


def _refers_to(row: dict[str, Any], events: Iterable[KnownEvent]) -> KnownEvent | None:
    """The established day-dated happening of the same kind between the same two parties
    ("Russia's invasion of Ukraine"): the one most reports dated, then the earliest. A
    reference naming neither party refers to nothing we can be sure of."""
    actor, recipient = row.get("actor_code"), row.get("recipient_code")
    if not actor or not recipient:
        return None
    parties = {actor_stem(actor), actor_stem(recipient)}
    candidates = [
        e for e in events
        if e.dated and e.date_start == e.date_end and e.event_type == row["event_type"]
        and e.event_mode == specific_mode(row["event_mode"])
        and e.family == modality_family(row["modality"])
        and e.date_start <= row["published"] and parties <= e.actors
    ]
    return min(candidates, key=lambda e: (-e.n_dated, e.date_start, e.event_id), default=None)


def _found(row: dict[str, Any]) -> KnownEvent:
    return KnownEvent(
        event_id=short_hash("event", row["mention_id"]),
        event_type=row["event_type"],
        event_mode=specific_mode(row["event_mode"]),
        family=modality_family(row["modality"]),
        date_start=row["date_start"],
        date_end=row["date_end"],
        dated=row["date_basis"] != FALLBACK,
        n_dated=int(row["date_basis"] != FALLBACK),
        actors=row_actors(row),
        place=place_key(row),
        country=row.get("place_country"),
        general=_is_general(row["event_mode"]),
        domestic=is_domestic(row),
        first_reported=row["published"],
        articles={row["article_id"]} if row.get("article_id") else set(),
    )


def _absorb(event: KnownEvent, row: dict[str, Any]) -> None:
    """Narrow the event to the mention's date when that is more precise and evidenced."""
    if row["date_basis"] != FALLBACK and not row.get("is_reference"):
        if not event.dated or (event.date_start <= row["date_start"]
                               and row["date_end"] <= event.date_end):
            event.date_start, event.date_end = row["date_start"], row["date_end"]
        event.dated = True
        event.n_dated += 1
    event.event_mode = event.event_mode or specific_mode(row["event_mode"])
    event.actors |= row_actors(row)
    event.place = event.place or place_key(row)
    event.country = event.country or row.get("place_country")
    event.general = event.general or _is_general(row["event_mode"])
    event.domestic = event.domestic or is_domestic(row)
    if row.get("article_id"):
        event.articles.add(row["article_id"])


class _DateIndex:
    """Events of one type, family and mode, found by date: a row meets only the events whose
    dates can nest with its own, not all of history's."""

    def __init__(self) -> None:
        self.by_start: dict[dt.date, list[KnownEvent]] = {}  # at most a month wide
        self.by_year: dict[int, list[KnownEvent]] = {}  # wider: each year they touch

    def _buckets(self, start: dt.date, end: dt.date) -> tuple[dict, list]:
        if (end - start).days <= _MAX_NESTING_DAYS:
            return self.by_start, [start]
        return self.by_year, list(range(start.year, end.year + 1))

    def add(self, event: KnownEvent) -> None:
        table, keys = self._buckets(event.date_start, event.date_end)
        for key in keys:
            table.setdefault(key, []).append(event)

    def remove(self, event: KnownEvent, start: dt.date, end: dt.date) -> None:
        """Take out the event filed under the dates it had (start, end)."""
        table, keys = self._buckets(start, end)
        for key in keys:
            table[key] = [e for e in table[key] if e is not event]

    def candidates(self, row: dict[str, Any]) -> list[KnownEvent]:
        """Every event whose dates why_compatible could accept for the row."""
        if row["date_basis"] == FALLBACK:
            # Events holding the publication day: a narrow one starts at most a month before.
            day = row["published"]
            found = self._starting(day - dt.timedelta(days=_MAX_NESTING_DAYS), day)
            return found + self.by_year.get(day.year, [])
        start, end = row["date_start"], row["date_end"]
        if (end - start).days > _MAX_NESTING_DAYS:
            return []  # too vague to nest with anything
        # Nesting intervals at most a month wide: the event starts at most a month before.
        return self._starting(start - dt.timedelta(days=_MAX_NESTING_DAYS), end)

    def _starting(self, first: dt.date, last: dt.date) -> list[KnownEvent]:
        found: list[KnownEvent] = []
        for offset in range((last - first).days + 1):
            found.extend(self.by_start.get(first + dt.timedelta(days=offset), ()))
        return found


class _Index:
    """Events by what a match needs to share: type, modality family and mode (a mention
    without a mode meets every mode), then by date (_DateIndex)."""

    def __init__(self, events: Iterable[KnownEvent]) -> None:
        self.dates: dict[tuple, _DateIndex] = {}
        self.modes: dict[tuple[str, str], set[str | None]] = {}
        for event in events:
            self.add(event)

    def _key(self, event: KnownEvent) -> tuple:
        return event.event_type, event.family, event.event_mode

    def add(self, event: KnownEvent) -> None:
        self.modes.setdefault((event.event_type, event.family), set()).add(event.event_mode)
        self.dates.setdefault(self._key(event), _DateIndex()).add(event)

    def move(self, event: KnownEvent, start: dt.date, end: dt.date, mode: str | None) -> None:
        """Re-file an event whose dates changed from (start, end), or whose mode from `mode`
        (a mode-less event that took its first mention with a specific mode)."""
        if (event.date_start, event.date_end, event.event_mode) != (start, end, mode):
            self.dates[(event.event_type, event.family, mode)].remove(event, start, end)
            self.add(event)

    def candidates(self, row: dict[str, Any]) -> list[KnownEvent]:
        kind = (row["event_type"], modality_family(row["modality"]))
        mode = specific_mode(row["event_mode"])
        modes = [mode, None] if mode else self.modes.get(kind, ())
        found: list[KnownEvent] = []
        for mode in modes:
            index = self.dates.get((*kind, mode))
            if index is not None:
                found.extend(index.candidates(row))
        return found


def assign_events(rows: list[dict[str, Any]], known: list[KnownEvent]) -> list[KnownEvent]:
    """Set `event_id` and `merge_reason` on each mention row (in order); returns the events
    founded or changed. `known` is updated in place."""
    touched: dict[str, KnownEvent] = {}
    # A row meets only the events it could match (_Index), not every event in the batch.
    by_type: dict[str, list[KnownEvent]] = {}
    for known_event in known:
        by_type.setdefault(known_event.event_type, []).append(known_event)
    index = _Index(known)
    by_id = {event.event_id: event for event in known}
    for row in rows:
        event, reason = None, None
        same_type = by_type.setdefault(row["event_type"], [])
        if row.get("is_reference"):
            event = _refers_to(row, same_type)
            if event is not None:
                reason = (f"refers to the {event.event_mode} of {event.date_start} "
                          f"({'+'.join(sorted(event.actors))})")
        if event is None:
            matches = [(r, e) for e in index.candidates(row) if (r := why_compatible(row, e))]
            if matches:
                # The most specific event that fits (its own mode; for a report of an attack
                # in general, the attack rather than its deaths or damage; then the narrowest
                # dates), then the best established (the most reports dating it), then the
                # oldest id.
                mode = specific_mode(row["event_mode"])
                reason, event = min(matches, key=lambda m: (
                    mode is not None and m[1].event_mode != mode,
                    mode is None and m[1].event_mode in consequence_modes(),
                    (m[1].date_end - m[1].date_start).days, -m[1].n_dated, m[1].event_id))
        new = False
        if event is None:
            founded, reason = _found(row), "founded"
            # The founding mention loaded again (a past day re-extracted while later days'
            # mentions of its event stay) rejoins that event rather than found a twin.
            event = by_id.get(founded.event_id)
            new = event is None
        if new:
            event = by_id[founded.event_id] = founded
            known.append(event)
            same_type.append(event)
            index.add(event)
        else:
            start, end, mode = event.date_start, event.date_end, event.event_mode
            _absorb(event, row)
            index.move(event, start, end, mode)
        row["event_id"], row["merge_reason"] = event.event_id, reason
        touched[event.event_id] = event
    return list(touched.values())
