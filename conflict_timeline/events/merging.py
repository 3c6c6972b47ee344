"""Content hashes: stable ids for mentions, and each mention's own keys for comparison.
Which mentions form one event is decided in `canonical`."""

from __future__ import annotations

import hashlib

from conflict_timeline.events.mention import EventMention


def short_hash(*parts: object) -> str:
    """16 hex digits of sha256 over the parts joined by '|'."""
    joined = "|".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def merge_key(mention: EventMention) -> str:
    place = mention.place
    place_key = (place.geonames_id or place.region_code or place.name) if place else ""
    parts = (
        mention.event_type,
        mention.event_mode or "",
        mention.modality,
        mention.date.date_start.isoformat(),
        mention.date.date_end.isoformat(),
        mention.actor.code if mention.actor else "",
        mention.recipient.code if mention.recipient else "",
        place_key,
    )
    return "|".join(str(part) for part in parts)


def mention_id(article_id: str, mention: EventMention) -> str:
    return short_hash(article_id, mention.trigger_start, mention.event_type, mention.event_mode)
