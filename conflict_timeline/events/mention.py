"""The event mention: one event reported in one sentence of one article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from conflict_timeline.entities import ActorMention, PlaceMention
from conflict_timeline.events.dating import EventDate
from conflict_timeline.text.records import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class EventMention:
    event_type: str
    event_mode: str | None
    cameo_root: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    actor: ActorMention | None
    recipient: ActorMention | None
    actors: tuple[ActorMention, ...]
    place: PlaceMention | None
    places: tuple[PlaceMention, ...]
    date: EventDate
    temporal_status: str  # historical | current | future, relative to the report
    is_reference: bool  # an undated definite mention of a singular happening ("the invasion")
    modality: str
    attributed_to: ActorMention | None
    verification: str | None
    sentence_index: int
    char_start: int
    char_end: int
    evidence: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON shape (stable field names)."""
        timex = self.date.timex
        return {
            "event_type": self.event_type,
            "event_mode": self.event_mode,
            "cameo_root": self.cameo_root,
            "trigger": self.trigger_text,
            "date_start": self.date.date_start.isoformat(),
            "date_end": self.date.date_end.isoformat(),
            "date_precision": self.date.date_precision,
            "date_basis": self.date.date_basis,
            "date_text": timex.text if timex else None,
            "temporal_status": self.temporal_status,
            "is_reference": self.is_reference,
            "actors": [actor_json(a) for a in self.actors],
            "actor": actor_json(self.actor),
            "recipient": actor_json(self.recipient),
            "place": place_json(self.place),
            "modality": self.modality,
            "attributed_to": actor_json(self.attributed_to),
            "verification": self.verification,
            "sentence_index": self.sentence_index,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "evidence": self.evidence,
            "confidence": self.confidence,
        }


def actor_json(actor: ActorMention | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"text": actor.text, "code": actor.code, "name": actor.name}


def place_json(place: PlaceMention | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "text": place.text,
        "name": place.name,
        "geonames_id": place.geonames_id,
        "region_code": place.region_code,
        "country": place.country,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "precision": place.precision,
        "fuzzy": place.fuzzy,
    }
