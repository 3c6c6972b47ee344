"""What thanks are given for: the thanked party's own act, an event beside the thanks
("thanked Greece for its continued support for Ukraine's sovereignty")."""

from __future__ import annotations

import re
from dataclasses import replace

from conflict_timeline.events.canonical import actor_stem
from conflict_timeline.events.lexicon import Trigger
from conflict_timeline.events.mention import EventMention

_THANKS = re.compile(r"thank|grateful|gratitude|appreciat|prais", re.IGNORECASE)
# A support that is what is praised ("praised Turkey's continued support for", "I appreciate
# the strong support of our Croatian partners").
_PRAISED_BEFORE = re.compile(r"\b(?:praised|appreciated?|appreciates)\s+(?:the\s+)?"
                             r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# A support told as what something is for ("for its", "for the strong", "for his personal active
# position in support of Ukraine", "for the consistent position of Japan in support of").
_FOR_BEFORE = re.compile(r"\bfor (?:(?:its|their|his|her|your|the|this|such|all the) )?"
                         r"(?:(?:[\w-]+ ){0,3}position (?:of (?:[A-Z][\w-]* ){1,3})?)?$",
                         re.IGNORECASE)
# Support with no target named ("for support", not "for supporting Ukraine").
_BARE_SUPPORT = re.compile(r"(?:support(?:ing)?|backing)$", re.IGNORECASE)
# How far after the support thanked for its target may stand ("support for Ukraine's").
_FOR_REACH = 12


def thanks_before(text: str, trigger: Trigger, mentions: list[EventMention],
                  sentence_first: int) -> EventMention | None:
    """The last thanks or praise of the sentence (its mentions start at
    mentions[sentence_first]) before a support they are for ("thanked Greece for its continued
    support", "praised Turkey's continued support"), if the trigger is one."""
    if not (trigger.kind.thanked or (
            trigger.kind.event_type == "SUPPORT"
            and (_FOR_BEFORE.search(text, max(0, trigger.start - 60), trigger.start)
                 or _PRAISED_BEFORE.search(text, max(0, trigger.start - 60), trigger.start)))):
        return None  # a thanked-for trigger may be aid ("for its support in countering")
    return next((m for m in reversed(mentions[sentence_first:]) if m.event_type == "SUPPORT"
                 and m.trigger_end <= trigger.start and _THANKS.match(m.trigger_text)), None)


def thanked_for(mention: EventMention, thanks: EventMention) -> EventMention:
    """What the thanks are for is done by the one thanked, to whom the words after it name
    ("for its support for Ukraine's sovereignty"), else to the one who thanks. With nobody
    thanked by name ("grateful for the support ... by the Republic of Poland"), by whoever
    the mention names but the one who thanks."""
    recipient = mention.recipient
    actor = thanks.recipient
    if actor is None:
        actor = mention.actor
        if actor is not None and thanks.actor is not None and (
                actor_stem(actor.code) == actor_stem(thanks.actor.code)):
            actor = None
    if recipient is None or not 0 <= recipient.start - mention.trigger_end <= _FOR_REACH or (
            actor is not None and actor_stem(recipient.code) == actor_stem(actor.code)):
        recipient = thanks.actor
    if actor is not None and recipient is not None and (
            actor_stem(actor.code) == actor_stem(recipient.code)):
        actor = None  # "I thanked him for the consistent support": he is not named
    return replace(mention, actor=actor, recipient=recipient)


def names_no_target(trigger: Trigger) -> bool:
    """Support with no target named ("for support", not "for supporting Ukraine")."""
    return _BARE_SUPPORT.search(trigger.text) is not None
