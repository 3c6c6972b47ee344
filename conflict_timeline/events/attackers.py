"""The attacker a side's own voice leaves unsaid. On a government's own site, harm done to its
side with no one named as doing it ("Today, communities of the Kharkiv region were shelled
again", "The woman who died was a paramedic") is the work of the attacker the article named
before; readers of such posts supply it, while news agencies and monitors leave it blank."""

from __future__ import annotations

from dataclasses import replace

from conflict_timeline.entities import ActorMention
from conflict_timeline.events.lexicon import one_sided_harm_modes
from conflict_timeline.events.mention import EventMention
from conflict_timeline.events.modality import FACTUAL
from conflict_timeline.events.targets import is_implied, opponent, war_since


def with_attacker_told_before(mention: EventMention, before: list[EventMention],
                              published_for: str | None) -> EventMention:
    """`mention` with the last attacker of the publisher's side that `before` names, for one-
    sided harm (event_types.yaml: one_sided_harm_modes) to that side that names none."""
    recipient = mention.recipient
    if (published_for is None or mention.actor is not None or recipient is None
            or recipient.country != published_for or mention.event_type != "ASSAULT"
            or mention.event_mode not in one_sided_harm_modes()):
        return mention
    since = war_since(published_for)
    if since is not None and mention.date.date_end < since:
        return mention  # "a powerful explosion occurred in 1986"
    enemy = opponent(published_for)
    told = next((m.actor for m in reversed(before)
                 if m.event_type == "ASSAULT" and m.actor is not None
                 and m.actor.country == enemy and not is_implied(m.actor)
                 and m.modality in FACTUAL), None)
    if told is None:
        return mention
    at = mention.trigger_start
    return replace(mention, actor=ActorMention(
        at, at, "", told.code, told.country, told.sector,
        f"{told.code}, implied: the attacker told before"))
