"""Who acts and who is acted on in a sentence, beyond "the actor before the trigger": talks
between two sides, a fronted phrase's subject, "A and B met", "the sides" and "he" resolved
to those named before, and names that only say where something happened."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from conflict_timeline.entities import ActorMention
from conflict_timeline.events.canonical import actor_stem
from conflict_timeline.events.institutions import is_home_institution
from conflict_timeline.events.lexicon import Trigger, defence_modes, told_at_talks_modes
from conflict_timeline.events.mention import EventMention
from conflict_timeline.events.modality import FACTUAL
from conflict_timeline.events.targets import is_implied
from conflict_timeline.events.voice import Voices, is_voice
from conflict_timeline.text import Sentence

# How far after a trigger the recipient may stand ("invasion of Ukraine"), within its clause.
_RECIPIENT_WINDOW = 60
_CLAUSE_END = re.compile(r"[,;:—–]|\b(?:that|but|while|and that|even as|which|who|whose|where)\b")
# "Talks between A and B": the parties follow the trigger, whoever speaks of them.
_BETWEEN_IN = re.compile(r"\bbetween$", re.IGNORECASE)
_BETWEEN_AFTER = re.compile(r"\s+between\s", re.IGNORECASE)
# A sentence opening with a pronoun or a title without a country refers back to a subject.
_ANAPHOR = re.compile(
    r"(?:he|she|the (?:deputy )?(?:head of state|president|prime minister|chancellor|"
    r"minister|foreign minister|head of the office of the president|secretary|"
    r"commander-in-chief|russian leader|ukrainian leader))\b(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
# Acts two sides do together: a subject "A and B" names both.
_RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# "Volodymyr Zelenskyy and Recep Tayyip Erdoğan": the dictionary may know a surname only;
# "Russian-Israeli talks" name both sides in one word.
_AND = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}|[-–]")
# A list of names ("the leaders of Slovenia, Slovakia, Croatia, and Moldova visited"): the
# first named heads it.
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+")
# "At the request of Naftali Bennett", "the aggression of Russia against Ukraine": the one
# whose request or aggression it is follows "of".
_OF_AGENT = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:new|newly elected|incoming|acting)\s+)?")
# A verb joined to an earlier one shares its subject: "X stressed ..., and thanked".
_AND_VERB = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+|then\s+)?$")
_PAST_VERB = re.compile(r"(?:\w+ed|met|held|had|spoke|sent|gave|took|made)\b", re.IGNORECASE)
_AGENT_NOUN = re.compile(r"(?:request|invitation|initiative|proposal|suggestion|(?:official\s+)?"
                         r"visit|withdrawal|(?:armed\s+|military\s+)?aggression|movement|"
                         r"concentration)", re.IGNORECASE)
_AGAINST = re.compile(r"\s+(?:against|on)\s+(?:the\s+)?")
# ... and those that name it after "from" ("a visit from the President of the United States";
# not "a withdrawal from Ukraine", which names a place).
_FROM_AGENT_NOUN = re.compile(r"(?:request|invitation|proposal|(?:official\s+|working\s+)?visit)",
                              re.IGNORECASE)
_FROM_AGENT = re.compile(r"\s+from\s+(?:(?:the|our|its|their)\s+)?(?:(?:powerful|close|new)\s+)?"
                         r"(?:(?:ally|partner|friend)\s*,?\s+(?:the\s+)?)?")
# Subjects that name both parties of a meeting at once ("The sides discussed ...").
_GROUP_SUBJECT = re.compile(
    r"\b(?:the (?:two )?(?:sides|parties|interlocutors|leaders|presidents|heads of state|"
    r"delegations|(?:meeting )?participants)|both (?:sides|parties|leaders|presidents|"
    r"countries|heads of state)|they|it was (?:agreed|decided)|(?:between|of) (?:the|our) two "
    r"(?:countries|states|nations))\b",
    re.IGNORECASE,
)
# "During the talks with Russia, the Ukrainian party ...": with nobody before the trigger of
# a fronted adverbial phrase, the subject right after its comma acts ("Missiles hit the city,
# the military said" is no such phrase: the report comes after the comma, not the actor).
_FRONTED_START = re.compile(
    r"(?:during|after|before|following|ahead of|at|in|on)\b", re.IGNORECASE
)
_FRONTED_END = re.compile(r",\s*(?:the\s+)?")
_COMMA = re.compile(r",\s*")
# A part of the place named next ("in central Kyiv", "in occupied Melitopol").
AREA_PART = (r"(?:(?:central|downtown|occupied|liberated|(?:north|south)(?:-?(?:east|west))?ern"
             r"|(?:east|west)ern)\s+)?")
# "Putin announced mobilization in Russia", "the situation around Ukraine", "the situations in
# Afghanistan and Libya": a name after these is where (no actor, nor a recipient of its own
# side: that would make a one-sided act look like a domestic meeting).
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|inside|outside|around|throughout|(?:residents|inhabitants) of)"
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+(?:and|or)\s+)?" + AREA_PART + "$",
    re.IGNORECASE,
)
# The country invaded, right after the verb ("Putin invaded sovereign Ukraine").
INVADED_BEFORE = r"\binvad(?:ed|es|e|ing)\s+(?:[a-z][\w-]*\s+)?"
# An attack's target country, right after it, is also where it happened ("the invasion of
# Ukraine", "missiles at Ukraine"); not a country further on ("... the fiercest fighting, the
# representatives of Ukraine said").
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:at|of|on|against|into)\s+(?:the\s+)?|" + INVADED_BEFORE + ")" + AREA_PART + "$",
    re.IGNORECASE,
)
_TARGET_REACH = 40  # characters from the end of the attack's trigger to its target
# The subject suffered the losses: "Our warriors have hundreds of wounded", "Russia lost
# 6 generals killed", "civilians were killed".
_SUFFERED = re.compile(
    r"\s+(?:(?:have|has|had|suffered|sustained|lost|counted)\b[^.;,]*|(?:were|was|have been|"
    r"has been|are|is|being)\s+(?:\w+ly\s+)?)"
)
# The subject gets the aid: "Ukraine must receive all the necessary aid", "We also need
# financial support", "I thanked him for the new defense support package"; but "we need to
# offer financial support" gives it.
_RECEIVED = re.compile(
    r"\s+[^.;:!?]*\b(?:need(?:s|ed)?|receiv(?:e|es|ed|ing)|got|thank(?:s|ed)?|grateful|"
    r"waiting for|count(?:s|ing)? on|ask(?:s|ed)? for|request(?:s|ed)?|appeal(?:s|ed)? for|"
    r"rel(?:y|ies|ied) on)\b(?![^.;:!?]*\bto (?:provide|offer|give|send|supply|deliver|"
    r"allocate|ensure)\b)[^.;:!?]*", re.IGNORECASE)
_RECEIVED_SUPPORT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:also|has|have|had|already)\s+)*receiv(?:e|es|ed|ing)\s+"
    r"(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_WITH = re.compile(r"\bwith\b")
# "by" after a participle of a noun inside a phrase of the trigger's belongs to that noun:
# "negotiations on ending the aggressive war launched by the Russian Federation".
_INNER_AGENT = re.compile(
    r"\b(?:on|about|of|against|to|for|into|over)\s+(?:\w+\s+){1,5}"
    r"(?:\w+ed|taken|given|driven|written|chosen|stolen|shown|begun|undertaken)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE)
_AGAINST_FROM = re.compile(r"\b(?:against|from)\b", re.IGNORECASE)
_FOR_AFTER = re.compile(r"\s+for\s+(?:the\s+)?", re.IGNORECASE)
_PARTNER_REACH = 30
_TOPIC_REACH = 150  # a topic may be long: "discussed the investigation into ... with Duda"
_PARTNERED = frozenset({"CONSULT", "COOPERATE"})
# A partner's titles up to the name: "with Federal Minister for the EU and Constitution at the
# Federal Chancellery of Austria Karoline Edtstadler". The party is the chain's last name, not
# its first ("the EU"). "and" only joins words of one title, not a second person's.
_TITLE_CHAIN = re.compile(
    r"\s+(?:(?:[A-Z][\w'’.-]*|of|the|for|to|at|on|in|and(?=\s+(?!(?:President|Prime|Minister|"
    r"Chancellor|Foreign|Head|Secretary|King|Queen)\b)[A-Z]))\s+)*[A-Z][\w'’.-]*")
# What talks are about, not whom they are with: "discussing sanctions against Russia".
_TOPIC_BEFORE = re.compile(r"\b(?:against|about|regarding|concerning)\b[^,;]*$", re.IGNORECASE)
# A visit happens where it goes: "visited Ukraine", "a working trip to Poland".
_VISITED = re.compile(r"\b(?:visit(?:ed|s|ing)?|trip|journey)\s+(?:to\s+)?(?:the\s+)?$",
                      re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s\b")
# The agent after the verb: "by the Prime Minister", and the cause of harm, "wounded as a result
# of Russian shelling", "killed due to Russian aggression".
_AGENT_WORDS = r"by|as\s+a\s+result\s+of|due\s+to|because\s+of|caused\s+by"
# A title may stand between: "attended by Prime Minister Mikhail Mishustin".
_BY_BEFORE = re.compile(rf"\b(?:{_AGENT_WORDS})\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){{0,3}}$")
# Who aid comes from: "financial support to Ukraine from the European Union", "Humanitarian
# aid from Poland arrived"; not where people are evacuated from (evacuations and corridors).
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")
_LEFT_FROM = re.compile(r"evacuat|corridor", re.IGNORECASE)
# What a death came from, besides an agent: "died from Russian aggression", "at the hands of
# the occupiers", "during the Russian occupation" ("died in Ukraine" names a place).
_CAUSE_BEFORE = re.compile(
    rf"\b(?:{_AGENT_WORDS}|from|at\s+the\s+hands\s+of|during|under)\s+(?:the\s+|a\s+)?$")
# "He inflicted losses on the enemy and died": the enemy did not die.
_NEXT_CLAUSE = re.compile(r"[,;]|\b(?:and|but)\b", re.IGNORECASE)
# An aside between a subject and its verb that names someone else: "The Kiev authorities,
# pushed by the West, refused", "Russia, according to the UN, attacked" ("The delegation,
# led by Medinsky, held talks": its leader speaks for it, so "led by" is no such aside).
_ASIDE_OPEN = re.compile(
    r",\s*(?!led\b|headed\b)(?:\w+ed\s+by|according\s+to|backed\s+by|including|such\s+as|"
    r"like|unlike|as\s+well\s+as)\b[^,;:]*$",
    re.IGNORECASE,
)
_ASIDE_CLOSE = re.compile(r"[^,;:]{0,30},\s*(?:\w+ly\s+)?")
_THEIR_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def parties_between(
    text: str, trigger: Trigger, actors: list[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """"Talks between Russian and Ukrainian representatives": the two parties named after
    "between", whoever hosts or reports the talks."""
    if not (_BETWEEN_IN.search(trigger.text) or _BETWEEN_AFTER.match(text, trigger.end)):
        return None
    limit = _clause_limit(text, trigger.end)
    after = [a for a in actors if trigger.end <= a.start < limit]
    second = next((a for a in after[1:] if actor_stem(a.code) != actor_stem(after[0].code)),
                  None)
    return (after[0], second) if second else None


def coordinated(
    text: str, trigger: Trigger, before: list[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """"Vladimir Putin and Olaf Scholz exchanged views": one meets the other."""
    if (trigger.kind.event_type in _RECIPROCAL and len(before) > 1
            and _AND.fullmatch(text, before[-2].end, before[-1].start)):
        return before[-2], before[-1]
    return None


def list_head(text: str, before: list[ActorMention]) -> ActorMention | None:
    """The last actor before the trigger, or the first of a list of three or more that it
    ends ("Slovenia, Slovakia, Croatia, and Moldova visited")."""
    if not before:
        return None
    k = len(before) - 1
    while k > 0 and _LIST_JOIN.fullmatch(text, before[k - 1].end, before[k].start):
        k -= 1
    # Two names joined by a comma are as often two clauses ("to come to India, and I thank").
    return before[k] if len(before) - k >= 3 else before[-1]


def joins_earlier_verb(text: str, trigger: Trigger, sentence_start: int) -> bool:
    """The trigger is a past verb joined by "and" to an earlier one ("stressed ..., and
    thanked"): it shares that verb's subject, whoever is named in between."""
    return bool(_PAST_VERB.match(trigger.text) and _AND_VERB.search(
        text, max(sentence_start, trigger.start - 16), trigger.start))


def of_agent(text: str, trigger: Trigger, actors: list[ActorMention]
             ) -> tuple[ActorMention, ActorMention | None] | None:
    """"At the request of Naftali Bennett": the actor named right after the trigger's "of",
    with the target after "against" or "on" for an attack ("the aggression of the Russian
    Federation against Ukraine", "the aggression of the terrorist state"; "the invasion of
    Ukraine" names no attacker)."""
    # Elsewhere "of" names who undergoes it: "the deportation of Ukrainian children".
    of = _OF_AGENT.match(text, trigger.end) if _AGENT_NOUN.fullmatch(trigger.text) else None
    if of is None and _FROM_AGENT_NOUN.fullmatch(trigger.text):
        of = _FROM_AGENT.match(text, trigger.end)  # "a visit from our powerful ally"
    if of is None:
        return None
    # the agent may take the "the" itself ("the aggression of the terrorist state")
    agent = next((a for a in actors if of.start() < a.start <= of.end()), None)
    if agent is None:
        return None
    if trigger.kind.event_type != "ASSAULT":
        return agent, None
    against = _AGAINST.match(text, agent.end)
    target = next((a for a in actors if against and a.start == against.end()), None)
    return agent, target


def recipient_after(
    text: str, trigger: Trigger, actors: list[ActorMention], actor: ActorMention | None
) -> ActorMention | None:
    """The first other actor after the trigger and before the clause ends."""
    limit = _clause_limit(text, trigger.end)
    start = trigger.start + 1
    chain_end = -1  # where a partner's title chain ends, if the trigger has one
    if trigger.kind.event_type in _PARTNERED:
        # A partner may stand behind a long title: "met at the Kremlin with Prime Minister of
        # the Islamic Republic of Pakistan Imran Khan". The window starts again at "with".
        reach = (_clause_limit(text, trigger.end, _TOPIC_REACH) if trigger.kind.topical
                 else min(limit, trigger.end + _PARTNER_REACH))
        if partner := _WITH.search(text, trigger.end, reach):
            limit = _clause_limit(text, partner.end())
            if chain := _TITLE_CHAIN.match(text, partner.end()):
                chain_end = chain.end()
                limit = max(limit, chain_end)
        if trigger.kind.topical:
            # What was discussed is no partner ("discussed the need for the European Union to
            # act"): a partner comes "with".
            start = partner.end() if partner else limit
    # Only an attack's target may stand where it happens ("strikes in Kharkiv"); a meeting
    # "in Kyiv" is not with Kyiv, nor talks "on sanctions against Russia" with Russia.
    attack = trigger.kind.event_type == "ASSAULT"
    talk = trigger.kind.event_type == "CONSULT"
    if trigger.kind.addressed:  # "informed Mr Putin about ...": the rest is the topic
        start, limit = trigger.start + 1, trigger.end
    if trigger.kind.opposed:  # "defending our country from the occupier": not our country
        against = _AGAINST_FROM.search(text, trigger.end, limit)
        start = against.end() if against else limit
    found = (
        a for a in actors
        if start <= a.start < limit
        and (actor is None or a.code != actor.code or is_home_institution(a))
        and not (stands_where(text, a) and (not attack or (
            actor is not None and actor_stem(a.code) == actor_stem(actor.code))))
        and not (talk and _TOPIC_BEFORE.search(text, max(trigger.end, a.start - 40), a.start))
    )
    first = next(found, None)
    if first is not None and first.end <= chain_end:  # the last name of a partner's titles
        for later in found:
            if later.end > chain_end:
                break
            first = later
    return first


def side_fought_for(text: str, trigger: Trigger, actors: list[ActorMention]
                    ) -> ActorMention | None:
    """"Glory to all who are fighting for Ukraine": the country a fight is for, named right
    after it, is no target; its forces fight. A city fought for ("the battle for Kyiv") is."""
    if trigger.kind.event_type != "ASSAULT":
        return None
    return next((a for a in actors if a.start >= trigger.end and a.country and a.sector is None
                 and _FOR_AFTER.fullmatch(text, trigger.end, a.start)), None)  # not "for Kyiv"


def possessed_by_subject(text: str, trigger: Trigger, sentence: Sentence,
                         before: list[ActorMention], actor: ActorMention | None
                         ) -> ActorMention | None:
    """"Pashinyan informed Mr Putin about his talks with Aliyev": the subject's talks, not
    those of the nearest name."""
    if (len(before) > 1 and actor is before[-1] and _THEIR_BEFORE.search(
            text, max(sentence.start, trigger.start - 30), trigger.start)):
        return before[0]
    return actor


def outside_asides(text: str, trigger: Trigger, before: list[ActorMention]
                   ) -> list[ActorMention]:
    """The actors before the trigger less those of an aside that closes right before it,
    when someone stands before the aside: "The Kiev authorities, pushed by the West, refused"
    is the authorities' refusal."""
    if len(before) < 2:
        return before
    last = before[-1]
    close = _ASIDE_CLOSE.fullmatch(text, last.end, trigger.start)
    if close is None:
        return before
    opening = text.rfind(",", before[0].end, last.start)
    if opening < 0 or not _ASIDE_OPEN.search(text, opening, last.start):
        return before
    kept = [a for a in before if a.end <= opening]
    return kept or before


# Headlines drop "was": "Russian tank destroyed near Kharkiv", "Polish drone shot down", and
# so do reduced relatives ("Ukrainian servicemen wounded in the east"). A participle of these,
# right after its noun phrase and followed by no object, is passive.
_PARTICIPLE = re.compile(
    r"(?:destroyed|damaged|shot\s+down|downed|hit|struck|captured|abandoned|blown\s+up|"
    r"burn(?:ed|t)(?:\s+out)?|knocked\s+out|disabled|eliminated|neutrali[sz]ed|sunk|wrecked|"
    r"seized|killed|wounded|injured|murdered)",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|what|whom|who)\s+$", re.IGNORECASE)
_NOUN_PHRASE = re.compile(
    r"(?:\s+(?!(?:was|were|is|are|be|been|being|has|have|had|will|would|can|could|and|or|"
    r"that|which|who|to)\b)[\w#/'’.-]+,?){0,6}\s+",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(
    r"\s*(?:$|[,.;:!?()—–-]|(?:near|in|at|on|over|outside|around|after|during|while|as|"
    r"following|amid|along|close\s+to|by|with|from|south|north|east|west)\b)",
    re.IGNORECASE,
)


def headline_passive(text: str, trigger: Trigger, actor: ActorMention | None,
                     sentence_end: int) -> bool:
    """"Russian tank destroyed near Kharkiv": the name before the participle is what was hit,
    not who hit it ("Russian forces destroyed a tank" has an object after the verb, and in
    "everything that Russia destroyed in the war" the object comes before)."""
    return (actor is not None and _PARTICIPLE.fullmatch(trigger.text) is not None
            and _NOUN_PHRASE.fullmatch(text, actor.end, trigger.start) is not None
            and not _RELATIVE_BEFORE.search(text, max(0, actor.start - 12), actor.start)
            and _NO_OBJECT.match(text[:sentence_end], trigger.end) is not None)


# "our peaceful cities are not bombed", "Ukrainians were deported": the subject of a passive.
_PASSIVE_AUX = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:and|or|that|which|who|by)\b)[\w'’-]+){0,3}?\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been|had\s+been|will\s+be|would\s+be|be|being)\s+(?:not\s+)?(?:\w+ly\s+)?",
    re.IGNORECASE)
# Event types that harm their recipient.
HARM = frozenset({"ASSAULT", "COERCE"})


# Events whose passive subject is their target (passive_subject).
_DONE_TO = HARM | {"REQUEST", "ACCUSE", "SUPPORT"}


def passive_subject(text: str, trigger: Trigger, actor: ActorMention | None) -> bool:
    """The subject of a passive attack, coercion, request, accusation, thanks, honour or
    briefing was its target ("so that our cities are not bombed", "Zelenskyy was awarded",
    "Macron was duly informed"); with "by" after the verb the agent is named, and the extractor
    swaps the two. What "was discussed" or "was signed" is a topic or a document."""
    return (actor is not None
            and (trigger.kind.event_type in _DONE_TO
                 or trigger.kind.event_mode in told_at_talks_modes())
            and (trigger.text.endswith("ed") or _PARTICIPLE.fullmatch(trigger.text) is not None)
            and _PASSIVE_AUX.fullmatch(text, actor.end, trigger.start) is not None)


# "so that our peaceful cities are not bombed", "other cities will suffer": a harm whose verb
# is passive right after its auxiliary, with no agent after it.
_BARE_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:not\s+)?(?:\w+ly\s+)?$",
                           re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\b", re.IGNORECASE)
# ... and before a talk's verb, where "were also discussed" counts and "should be discussed"
# does not (the plan is no talk whose subject is a topic).
_TALK_PASSIVE = re.compile(r"\b(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be)\s+"
                           r"(?:(?:also|separately|not|\w+ly)\s+)*$", re.IGNORECASE)


def passive_talk(text: str, trigger: Trigger) -> bool:
    """"The issues of defence were discussed": a talk told in the passive, whose subject is
    what was talked about, not who talked."""
    return (trigger.kind.topical and trigger.text.endswith("ed")
            and _TALK_PASSIVE.search(text, max(0, trigger.start - 40), trigger.start) is not None)


def agentless_passive(text: str, trigger: Trigger) -> bool:
    """A passive harm that names no agent: the speaker or a government standing earlier in
    the sentence, beyond its own subject (passive_subject), did not do it ("give us air
    defence so that our cities are not bombed" is no Ukrainian bombing)."""
    return (trigger.kind.event_type in HARM and trigger.text.endswith("ed")
            and _BARE_PASSIVE.search(text, max(0, trigger.start - 25), trigger.start) is not None
            and _BY_AFTER.match(text, trigger.end) is None)


_RELEASED_FROM = re.compile(r"(?:\w+\s+)?released\s+from\s", re.IGNORECASE)


def released_from(trigger: Trigger, recipient: ActorMention | None) -> bool:
    """"Ukrainians were released from Russian captivity": the name in the trigger released
    them (the subject was released)."""
    return (recipient is not None and trigger.kind.event_type == "CONCEDE"
            and trigger.start < recipient.start and recipient.end <= trigger.end
            and _RELEASED_FROM.match(trigger.text) is not None)


# A name that qualifies the blow ("As a result of the Russian shelling of Mykolaiv one person
# died") did it, not suffered it.
_HARM_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:shelling|strikes?|attacks?|aggression|bombing|bombardment|"
    r"missiles?|rockets?|invasion|occupation|artillery|fire|terror)\b", re.IGNORECASE)


def suffered_by_subject(text: str, trigger: Trigger, actor: ActorMention | None) -> bool:
    """The subject suffered the losses a casualties report tells of ("Our warriors have
    hundreds of wounded", "soldiers have been killed", "53 prisoners died"), rather than
    inflicting them; an active "-ing" verb keeps its subject as the actor ("soldiers are
    killing civilians")."""
    if actor is None:
        return False
    if trigger.kind.undergone:  # whoever died (or was praised), unless another clause intervenes
        return (actor.end <= trigger.start
                and _NEXT_CLAUSE.search(text, actor.end, trigger.start) is None
                and not _HARM_NOUN_AFTER.match(text, actor.end))
    return (trigger.kind.event_mode == "casualties" and not trigger.text.endswith("ing")
            and _SUFFERED.fullmatch(text, actor.end, trigger.start) is not None)


def received_by_subject(text: str, trigger: Trigger, actor: ActorMention | None) -> bool:
    """The subject gets the aid the sentence tells of ("Ukraine needs military assistance"),
    or the support it received ("We received such warm greetings from the President of
    China"), rather than giving it."""
    if actor is None or trigger.start - actor.end > _RECIPIENT_WINDOW:
        return False
    if trigger.kind.event_type == "SUPPORT":
        return _RECEIVED_SUPPORT.fullmatch(text, actor.end, trigger.start) is not None
    return (trigger.kind.event_type == "AID"
            and _RECEIVED.fullmatch(text, actor.end, trigger.start) is not None)


# The subject fends the attack off: "Ukrainians resist the aggression", "The Ukrainian army is
# repelling attacks", "We are doing our best to deter enemy attacks". A name between the verb
# and the attack is the attacker ("repel Russian aggression"). One stops one's own doing:
# "stop fighting", "stop killing children", "have not stopped the shelling".
_FENDED_OFF = re.compile(
    r"\b(?:resist(?:s|ed|ing)?|repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|counter(?:s|ed|ing)?|"
    r"counteract(?:s|ed|ing)?|fight(?:s|ing)?\s+(?:back\s+)?against|fought\s+against|"
    r"st(?:and|ands|anding|ood)\s+(?:up\s+)?against|oppos(?:e|es|ed|ing)|"
    r"defend(?:s|ed|ing)?\s+(?:\w+\s+)?(?:against|from)|deter(?:s|red|ring)?|"
    r"stop(?:s|ped|ping)?|"
    r"confront(?:s|ed|ing)?|withst(?:and|ands|ood|anding))\s+"
    r"(?:(?!(?:before|after|when|while|until|and|but|that|which|who|it|they|he|she|we)\b)"
    r"[\w'’-]+\s+){0,3}$",
    re.IGNORECASE)


_OF_OR_BY = re.compile(r"\b(?:of|by)\s+(?:the\s+)?$", re.IGNORECASE)


def attacker_named(text: str, party: ActorMention) -> bool:
    """"repel the attacks of Russian troops", "deterring attacks by the occupiers"."""
    return _OF_OR_BY.search(text, max(0, party.start - 12), party.start) is not None


_NOT_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def fended_off_by_subject(text: str, trigger: Trigger, actor: ActorMention | None) -> bool:
    """The subject before a verb of defence is the side attacked, not the attacker."""
    if (actor is None or trigger.kind.event_type != "ASSAULT" or actor.end > trigger.start
            or trigger.text.endswith("ing")):
        return False
    verb = _FENDED_OFF.search(text, actor.end, trigger.start)
    return verb is not None and not (
        verb[0][:4].lower() == "stop"  # "doesn't want to stop the aggression": its own
        and _NOT_BEFORE.search(text, actor.end, verb.start()) is not None)


def agent_after(text: str, trigger: Trigger, actors: list[ActorMention]) -> ActorMention | None:
    """"A visit to Kyiv by the Prime Minister of Ireland": the actor after "by" in the clause;
    for a death, also its cause ("died from Russian aggression"); for aid and threats, also
    whom they come from ("aid from Poland", "nuclear blackmail from Russia")."""
    limit = _clause_limit(text, trigger.end)
    before = _CAUSE_BEFORE if trigger.kind.undergone else _BY_BEFORE
    from_source = (trigger.kind.event_type == "THREATEN"
                   or (trigger.kind.event_type == "AID" and not _LEFT_FROM.match(trigger.text)))
    return next((a for a in actors if trigger.end <= a.start < limit
                 and (before.search(text, max(0, a.start - 48), a.start)
                      or (from_source
                          and _FROM_BEFORE.search(text, max(0, a.start - 48), a.start)))
                 and not _INNER_AGENT.search(text, trigger.end, a.start)), None)


def fronted_subject(
    text: str, trigger: Trigger, actors: list[ActorMention], sentence: Sentence
) -> ActorMention | None:
    """The subject of the main clause when the trigger stands in a fronted phrase."""
    if not _FRONTED_START.match(text, sentence.start):
        return None
    comma = text.find(",", trigger.end, sentence.end)
    if comma < 0 or "," in text[sentence.start:trigger.start]:
        return None
    subject = _FRONTED_END.match(text, comma)
    return next((a for a in actors if a.start == subject.end()), None) if subject else None


def opens_with_anaphor(text: str, sentence: Sentence) -> bool:
    return _anaphor(text, sentence) is not None


def _anaphor(text: str, sentence: Sentence) -> re.Match[str] | None:
    """A pronoun or bare title opening the sentence, or its main clause after a fronted
    phrase ("During the meeting, the President invited ...")."""
    anaphor = _ANAPHOR.match(text, sentence.start)
    if anaphor is None and _FRONTED_START.match(text, sentence.start):
        # "On September 21, 2020, the President signed ...": after any of its first commas
        for comma in islice(_COMMA.finditer(text, sentence.start, sentence.end), 3):
            anaphor = _ANAPHOR.match(text, comma.end())
            if anaphor:
                break
    return anaphor


def with_subject(text: str, mention: EventMention, sentence: Sentence,
                 subject: ActorMention | None, before: list[EventMention],
                 official: ActorMention | None) -> EventMention:
    """"He thanked ...", "The Head of State invited ...": a sentence opening with a pronoun
    acts through the last actor a sentence opened with, one opening with a bare title through
    the last government that did (`official`; "The enemy destroyed ... The President
    instructed ..." is no enemy's order). After "I" or an unspoken subject ("Held talks with
    the Prime Minister of Japan. He thanked ..."), "he" is the other party."""
    anaphor = _anaphor(text, sentence)
    if mention.actor or not anaphor or anaphor.end() > mention.trigger_start:
        return mention
    recipient = mention.recipient
    if recipient and anaphor.end() <= recipient.start < mention.trigger_start:
        return mention  # "He thanked Ukraine for resisting aggression": Ukraine was attacked
    pronoun = anaphor.group().lower() in ("he", "she")
    subject = subject if pronoun else official
    if subject is None:
        return mention
    if is_voice(subject) and pronoun:
        subject = next((m.recipient for m in reversed(before) if m.recipient), None)
        if subject is None:
            return mention
    if recipient and recipient.code == subject.code:
        recipient = None
    return replace(mention, actor=subject, recipient=recipient)


def with_parties(text: str, mention: EventMention, before: list[EventMention]) -> EventMention:
    """"The sides discussed ...": a group subject stands for the two parties of the first talks
    the article tells as held (the call or meeting a press release opens with), else the two
    last named together."""
    # The group may follow a trigger it contains ("The meeting participants discussed"). A
    # group before the trigger outweighs a name after it, which is a topic ("The parties
    # discussed Europe's energy security").
    group = None if mention.actor else _GROUP_SUBJECT.search(
        text, mention.char_start, min(mention.char_end, mention.trigger_end + 20))
    if group is None or (mention.recipient and group.end() > mention.trigger_start):
        return mention
    # What a group discussed is no meeting of the group ("The participants discussed the
    # negotiations between Russia and Ukraine"): only events told otherwise name it.
    within = told_at_talks_modes()  # a briefing within the call is no pair of its own
    told = [m for m in before if m.actor and m.recipient and m.event_mode not in within
            and not _GROUP_SUBJECT.search(text, m.char_start,
                                          min(m.char_end, m.trigger_end + 20))]
    pairs = [m for m in told if actor_stem(m.actor.code) != actor_stem(m.recipient.code)]
    # The meeting itself first: "the parties" met, whoever else the release names; else a
    # meeting of one side's own officials ("held a briefing session on the economy").
    # A meeting's group is never the two sides of an attack ("They discussed how to
    # preserve the memory of the invasion"), nor an attack's the two sides of a meeting ("They
    # simply came and bombed out the country" after a call with Kazakhstan).
    if mention.event_type in HARM:
        # Not the pair of a missile shot down: its shooter defends ("Our air defense shot down
        # the missile. They want to kill even more.").
        both = next((m for m in reversed(pairs) if m.event_type in HARM
                     and m.event_mode not in defence_modes()), None)
    else:
        # Only a pair the text named: "They also provide practical assistance" after "this
        # war" is not the war's implied sides.
        # "They" may be an attack's attackers ("They refused to withdraw troops"); the
        # sides, the leaders or the participants are never an attack's two sides ("This
        # encourages the leaders of these states to impose sanctions against the aggressor").
        they = group.group().lower() == "they"
        told = [m for m in told if not is_implied(m.actor)]
        pairs = [m for m in pairs if not is_implied(m.actor)
                 and (they or m.event_type not in HARM)]
        other = pairs[-1] if pairs and mention.event_type not in _RECIPROCAL else None
        # The first talks held: the call or meeting the release is about, not talks only planned
        # or reported in it ("ready to send a delegation to hold talks with Ukraine. They
        # reaffirmed ...": they are the two who spoke).
        held = (m for m in pairs if m.event_type in _RECIPROCAL and m.modality in FACTUAL)
        both = next(held, None) or next(
            (m for m in reversed(pairs) if m.event_type in _RECIPROCAL), other) or next(
            (m for m in reversed(told) if m.event_type in _RECIPROCAL), None)
    return replace(mention, actor=both.actor, recipient=both.recipient) if both else mention


# Who a sentence cites as its source ("According to the UN, 5,327 civilians were killed").
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                            re.IGNORECASE)


def is_source(text: str, actor: ActorMention) -> bool:
    """The name is whom the sentence cites, not who acts in it."""
    return bool(_SOURCE_BEFORE.search(text, max(0, actor.start - 40), actor.start))


# An attack's target named before another harm of the sentence: "the aggression against
# Ukraine", "the Russian bombing of Ukrainian cities" ("of" only after the attacker's name:
# "the invasion of the Russian Federation" may be its own).
_ATTACKED_BEFORE = re.compile(
    r"\b(?:(?:invasion|attacks?|aggression|war|occupation|shelling|bombing|strikes?|offensive)"
    r"\s+(?:against|on)|(?-i:[A-Z])[\w'’]*\s+(?:invasion|bombing|shelling|occupation)\s+of)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


# A relative clause that tells what its antecedent suffered: nobody before it did the harm.
_SUFFERED_RELATIVE = re.compile(r"\b(?:who|that|which)\s+(?:was|were|(?:had|has|have)\s+been)\s+$",
                                re.IGNORECASE)
# Whoever did the harm is asked or known, not named: "We know exactly who prepared this
# attack" (the knower did not).
_ASKED_WHO = re.compile(
    r"\b(?:know|knows|knew|understand|understands|ask|asks|asked|find\s+out|found\s+out|"
    r"establish|determine|identify|wonder|wondered)\s+(?:exactly\s+|precisely\s+|well\s+)?"
    r"(?:who|whoever)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# A participle used as an adjective: "the destroyed houses", "our severely wounded servicemen".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|these|those|our|their|its|his|her|your|all|every)\s+"
    r"(?:(?:severely|badly|seriously|heavily|completely|partially|totally|fatally|critically)\s+)?$",
    re.IGNORECASE)
_ADJECTIVE_AFTER = re.compile(r"[a-z-]+ed\s+(?!(?:by|in|on|at|near)\b)[a-z]")


def no_doer_before(text: str, trigger: Trigger) -> int:
    """Where the names that cannot have done the harm end (-1 if none): the harm is told in a
    relative clause of what someone suffered ("everyone who was injured"), as an adjective
    ("We will not forgive the destroyed houses") or with its doer asked or known ("We know
    exactly who prepared this attack")."""
    start = max(0, trigger.start - 60)
    if not trigger.text.endswith("ing") and (
            _SUFFERED_RELATIVE.search(text, start, trigger.start)
            or (_ADJECTIVE_AFTER.match(text, trigger.start)
                and _DETERMINER_BEFORE.search(text, start, trigger.start))):
        return trigger.start
    if "who" not in text[start:trigger.start]:  # the cheap test first: most harms follow none
        return -1
    asked = _ASKED_WHO.search(text, start, trigger.start)
    return asked.end() if asked else -1


def attacked_before(text: str, actor: ActorMention) -> bool:
    """The name is the target of an attack told before it ("Russia's war against Ukraine has
    destroyed ..."), so not who harms in the rest of the sentence."""
    return bool(_ATTACKED_BEFORE.search(text, max(0, actor.start - 40), actor.start))


# Where someone goes: "send a delegation to Minsk", "travelled to Kyiv" (not "sent a message to
# Olaf Scholz").
_GONE_TO = re.compile(
    r"\b(?:delegations?|troops|trip|went|go|goes|going|travel\w*|fl(?:y|ew|ying)|"
    r"c[oa]me|coming|returned|returning|arrived)\s+(?:[\w-]+\s+){0,2}?to\s+$", re.IGNORECASE)


def stands_where(text: str, actor: ActorMention) -> bool:
    """The name stands where something happens ("the situation around Ukraine") or where
    someone goes ("send a delegation to Minsk"), not as who acts; a possessive still acts
    ("in Russia's war")."""
    start = actor.start
    # cheap tests of the word before first: most names follow neither "and", "or" nor "to"
    reach = 40 if text.endswith(("and ", "or "), 0, start) else 20
    return bool((_WHERE_BEFORE.search(text, max(0, start - reach), start)
                 or (text.endswith("to ", 0, start)
                     and _GONE_TO.search(text, max(0, start - 40), start)))
                and not POSSESSIVE.match(text, actor.end))


# Between a talk and a place, words that make the place its topic: "informed him about the
# situation in Donbas", "discussed the security situation in the Donetsk region". A partner
# ends the topic: "discussed the situation in Kazakhstan with Tokayev in Moscow".
_TOPIC_BETWEEN = re.compile(
    r"\b(?:about|regarding|concerning|situation|developments)\b(?:(?!\bwith\b)[^,;])*$",
    re.IGNORECASE)


# Right before a place, a noun that makes it a talk's topic wherever the talk is told: "When
# discussing the situation in Afghanistan, Putin informed ...", "The battles in Donetsk region
# were discussed", "talks with Russia on peace in Donbas".
_TOPIC_PLACE = re.compile(
    r"\b(?:situation|developments|peace|settlement|battles?|fighting|hostilities)\s+"
    r"(?:in|around|on|over)\s+(?:the\s+)?" + AREA_PART + "$",
    re.IGNORECASE)


def is_topic_place(text: str, trigger: Trigger, start: int) -> bool:
    """Whether a place at `start` is what a talk was about: named as a situation's or a
    battle's place, or after a trigger that holds whom it addresses, or after "about" ..."""
    if _TOPIC_PLACE.search(text, max(0, start - 40), start):
        return True
    return start >= trigger.end and (
        trigger.kind.addressed or bool(_TOPIC_BETWEEN.search(text, trigger.end, start)))


def places_the_event(text: str, start: int, trigger: Trigger) -> bool:
    """A country named at `start` is where the event happened: after "in", "at" ... (or,
    right after an attack, "of", "on", "against": "the invasion of Ukraine"). "A call with
    the Prime Minister of Armenia" does not place the call in Armenia."""
    before = max(0, start - 20)
    return bool(_WHERE_BEFORE.search(text, before, start)
                or (trigger.kind.event_type == "CONSULT" and _VISITED.search(text, before, start))
                or (trigger.kind.event_type == "ASSAULT"
                    and 0 <= start - trigger.end <= _TARGET_REACH
                    and _TARGET_BEFORE.search(text, before, start)))


def _clause_limit(text: str, end: int, window: int = _RECIPIENT_WINDOW) -> int:
    """Where the clause from `end` on ends, at most `window` characters after it."""
    clause = _CLAUSE_END.search(text, end, end + window)
    return clause.start() if clause else end + window


def with_voice_across(text: str, mention: EventMention, voices: Voices) -> EventMention:
    """Talks, agreements or cooperation with someone, and nobody named on this side ("some
    progress in the negotiations with the Russian side"): the article's voice, when it is
    another country. Only a counterpart "with" whom it happens ("the visit of the President
    of Mongolia" is his own)."""
    recipient = mention.recipient
    if (mention.actor is not None or recipient is None or recipient.country is None
            or mention.event_type not in _RECIPROCAL
            or not _WITH.search(text, mention.trigger_start, recipient.start)):
        return mention
    voice = voices.at(mention.trigger_start, mention.trigger_start, "")
    if voice is None or voice.country == recipient.country:
        return mention
    return replace(mention, actor=voice)
