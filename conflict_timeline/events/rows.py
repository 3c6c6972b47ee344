"""Flat rows for the event_mentions table (column names match sql/migrations)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conflict_timeline import EXTRACTOR_VERSION
from conflict_timeline.events.mention import EventMention
from conflict_timeline.events.merging import mention_id, merge_key


def mention_row(article_id: str, published: dt.date, mention: EventMention) -> dict[str, Any]:
    """The mention as a row; `event_id` and `merge_reason` are set by canonical matching."""
    actor, recipient, place, speaker = (
        mention.actor, mention.recipient, mention.place, mention.attributed_to,
    )
    timex = mention.date.timex
    key = merge_key(mention)
    return {
        "mention_id": mention_id(article_id, mention),
        "article_id": article_id,
        "merge_key": key,
        "event_type": mention.event_type,
        "event_mode": mention.event_mode,
        "cameo_root": mention.cameo_root,
        "trigger_text": mention.trigger_text,
        "trigger_start": mention.trigger_start,
        "trigger_end": mention.trigger_end,
        "actor_code": actor.code if actor else None,
        "actor_name": actor.name if actor else None,
        "actor_text": actor.text if actor else None,
        "recipient_code": recipient.code if recipient else None,
        "recipient_name": recipient.name if recipient else None,
        "recipient_text": recipient.text if recipient else None,
        "actor_codes": sorted({a.code for a in mention.actors}),
        "place_text": place.text if place else None,
        "place_name": place.name if place else None,
        "place_geonames_id": place.geonames_id if place else None,
        "place_region_code": place.region_code if place else None,
        "place_country": place.country if place else None,
        "place_latitude": place.latitude if place else None,
        "place_longitude": place.longitude if place else None,
        "place_precision": place.precision if place else None,
        "place_fuzzy": place.fuzzy if place else None,
        "place_names": sorted({p.name for p in mention.places}),
        "date_start": mention.date.date_start,
        "date_end": mention.date.date_end,
        "date_precision": mention.date.date_precision,
        "date_basis": mention.date.date_basis,
        "date_text": timex.text if timex else None,
        "date_value": timex.value if timex else None,
        # A title's expression has no offset in the text ("On June 3, Putin will meet ...").
        "date_text_start": timex.start if timex and not mention.date.in_title else None,
        "temporal_status": mention.temporal_status,
        "is_reference": mention.is_reference,
        "modality": mention.modality,
        "attributed_to_code": speaker.code if speaker else None,
        "attributed_to_text": speaker.text if speaker else None,
        "verification": mention.verification,
        "sentence_index": mention.sentence_index,
        "char_start": mention.char_start,
        "char_end": mention.char_end,
        "evidence": mention.evidence,
        "confidence": mention.confidence,
        "published": published,
        "extractor_version": EXTRACTOR_VERSION,
    }
