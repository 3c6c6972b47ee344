"""From an article's text to its event mentions: triggers, actors, place, date, modality."""

from __future__ import annotations

import datetime as dt
import operator
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from conflict_timeline.entities import (
    ActorMention,
    PlaceMention,
    find_actors,
    find_places,
    names_a_document,
)
from conflict_timeline.events.attackers import with_attacker_told_before
from conflict_timeline.events.canonical import actor_stem
from conflict_timeline.events.dating import (
    HELD,
    TALK_NOUNS,
    EventDate,
    choose_date,
    governing_timexes,
    headline_date,
    held_on_its_own_date,
    story_date,
    tells_of_holding,
    written_with_number,
)
from conflict_timeline.events.institutions import home_institutions
from conflict_timeline.events.lexicon import Trigger, told_at_talks_modes, triggers_by_sentence
from conflict_timeline.events.mention import EventMention
from conflict_timeline.events.modality import (
    FACTUAL,
    modality_of,
    nominal_modality,
    planned,
    reported_before,
    speech_cue,
    verification_of,
)
from conflict_timeline.events.parties import (
    AREA_PART,
    HARM,
    INVADED_BEFORE,
    POSSESSIVE,
    agent_after,
    agentless_passive,
    attacked_before,
    attacker_named,
    coordinated,
    fended_off_by_subject,
    fronted_subject,
    headline_passive,
    is_source,
    is_topic_place,
    joins_earlier_verb,
    list_head,
    no_doer_before,
    of_agent,
    opens_with_anaphor,
    outside_asides,
    parties_between,
    passive_subject,
    passive_talk,
    places_the_event,
    possessed_by_subject,
    received_by_subject,
    recipient_after,
    released_from,
    side_fought_for,
    stands_where,
    suffered_by_subject,
    with_parties,
    with_subject,
    with_voice_across,
)
from conflict_timeline.events.targets import (
    is_implied,
    with_implied_recipient,
    with_invader,
    with_known_actor,
)
from conflict_timeline.events.thanks import names_no_target, thanked_for, thanks_before
from conflict_timeline.events.voice import (
    Voices,
    first_person,
    home_places,
    is_voice,
    publisher_country,
    unspoken_opening,
)
from conflict_timeline.events.words import ArticleWords
from conflict_timeline.temporal import Timex, tag
from conflict_timeline.text import Sentence, split_sentences
from conflict_timeline.text.records import quick_init

# Event types a speaker performs by speaking: with no other subject, the speaker is the actor.
_SPOKEN = frozenset({"STATEMENT", "REQUEST", "REJECT", "ACCUSE", "AGREE", "THREATEN"})
_UNREAL = frozenset({"demanded", "hypothetical"})
# Acts of speech: what follows them is what is asked, agreed or welcomed, with its own date.
_SPEECH_ACTS = _SPOKEN | {"SUPPORT", "CONSULT"}
# Only a possessive or a space between a name and the trigger: "the Bucha Summit".
_RIGHT_BEFORE = re.compile(r"(?:['’]s)?\s+")
_ON_THE_GROUND = frozenset({"ASSAULT", "MOBILIZE", "RETREAT", "COERCE", "PROTEST", "AID"})
# Acts only a state performs: a bare country as their actor means its government.
_STATE_ACTS = _SPOKEN | {"CONSULT", "SANCTION", "AID", "COOPERATE", "SUPPORT", "CONCEDE"}
# "the invasion", "Russia's full-scale invasion", "since its invasion": a known happening.
_DEFINITE_BEFORE = re.compile(
    r"(?:\bthe|\bits|\btheir|\bthis|\bthat|['’]s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# An event that ended within this many days before its report is current news, not history.
_CURRENT_DAYS = 7
# "that he had a fruitful meeting with": a pronoun that is the trigger's own subject.
_HE_BEFORE = re.compile(r"\b(?:he|she)\s+(?:[a-z][\w-]*\s+){0,3}$")
# "he said": the pronoun stands just before the reporting verb.
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Cues after which the speaker follows ("said Putin", "according to Kyiv").
_INVERTED_CUE = re.compile(r"said|says|told|according to", re.IGNORECASE)
# A sentence's subject starts within this many characters of its start ("The Kremlin said"),
# or within _NAME_REACH after capitalized words only.
_SUBJECT_OFFSET = 5
_NAME_REACH = 60
_NAMES_ONLY = re.compile(r"(?:(?:[A-Z][\w'’.-]*|of|the|and)\s+)*")
# How far a speaker may stand from the reporting verb ("Putin said", "said on Friday by ...").
_SPEAKER_GAP = 3
# A quote closes between a name and the reporting verb: the name was quoted, not the speaker.
_QUOTE_CLOSE = re.compile(r"[\"”»]")
# A new clause of the same sentence may tell of a second event of one kind ("discussed the
# grain deal; the sides also discussed ...", "met A, and met B").
_NEW_CLAUSE = re.compile(r"[;:–—]|,\s+and\b|\band\s+(?:also\s+)?\w+ed\b")
# ... but "the attack" after "attacked" refers back to it.
_REFERENCE_BEFORE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# Passive voice: "backed by European allies" names the actor after the trigger.
_PASSIVE_BY = re.compile(r"\s+(?:\w+ly\s+)?by\s+(?:(?:an?|the|this|these|that|those)\s+)?"
                         r"(?:(?-i:[a-z])[\w-]*\s+){0,2}")
# The voice's own talks, thanks or condolences: "My condolences to the relatives", "our
# meeting", "my talks with the new chancellor".
_MINE_BEFORE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:deepest|sincere|heartfelt|warmest|"
                          r"deep|special|first|last|next|latest|recent|today['’]s|joint)\s+)?$")
# An attack, a drill or sanctions told with their doer after them: "the war waged by the
# Russian Federation against Ukraine", "exercises conducted by the US", "the sanctions imposed
# by certain Western countries": the doer acts, whoever comes before.
_DONE_BY = re.compile(r"\s+(?:waged|launched|unleashed|started|carried\s+out|committed|"
                      r"perpetrated|conducted|imposed|introduced)\s+by\s+"
                      r"(?:(?:an?|the|certain|some|several|many|other)\s+)?")
_DONE_BY_KINDS = HARM | {"MOBILIZE", "SANCTION"}
# ... or later in a passive clause, behind the agent's titles: "Olena Zelenska was invited to
# participate in the event by President of the European Council Charles Michel".
_BY_TITLED = re.compile(r"\bby\s+(?:(?:an?|the)\s+)?(?:(?:[A-Z][\w'’.-]*|of|the)\s+)*$")
# A place named right after one of these is where something happened, even if it is also an
# actor ("the war in Ukraine", "Putin invaded sovereign Ukraine"); otherwise a country or
# capital is read as the actor.
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|across|from|into|to|of|outside|around|inside|towards?|"
    r"visit(?:ed|s|ing)?)\s+(?:the\s+)?|" + INVADED_BEFORE + ")" + AREA_PART + "$",
    re.IGNORECASE,
)

# A second sentence that tells more of the first one's event ("The meeting took place on").
_POINTS_BACK = re.compile(
    r"(?:The|This|That|Their|His|Her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation|call|"
    r"visit|event|ceremony|summit|session|conference|forum|negotiations|address|speech)\b|It\b")
# How far after a `wide` trigger the place it is in may stand ("the war in the Donbas").
_WIDE_REACH = 20

_S = TypeVar("_S", ActorMention, PlaceMention, Timex)


@dataclass(frozen=True, slots=True)
class Extraction:
    timexes: list[Timex]
    mentions: list[EventMention]


def extract_events(text: str, published: dt.date, country_hint: str | None = "UA", *,
                   source: str | None = None, title: str | None = None) -> Extraction:
    """All temporal expressions and event mentions of one article. `source` is its publisher
    as ingested: one that speaks for a government (data/actors/publishers.csv) is "I" and "we".
    A `title` may date the story when its lead does not ("On June 3, Putin will meet ...")."""
    timexes = tag(text, published)
    sentences = split_sentences(text)
    named = find_actors(text, published)
    voices = Voices(text, named, source)
    published_for = publisher_country(source)
    ours = first_person(text, voices) + home_institutions(text, voices, named)
    actors = sorted(named + ours, key=operator.attrgetter("start"))
    places = find_places(text, country_hint=country_hint)
    lead_end = sentences[1].end if len(sentences) > 1 else len(text)
    words = ArticleWords(text)
    triggers_of = triggers_by_sentence(text, sentences, words)
    story = story_date(_lead_timexes(text, sentences, triggers_of, timexes), lead_end,
                       published) or (headline_date(title, published) if title else None)
    story_paragraph = next(
        (s.paragraph for s in sentences if story and story.timex
         and (story.in_title or s.end > story.timex.start)),
        None,
    )
    actor_spans, place_spans, timex_spans = _Spans(actors), _Spans(places), _Spans(timexes)
    home_spans = _Spans(home_places(ours))
    speakers = _Speakers(sentences, actor_spans)
    mentions: list[EventMention] = []
    subject: ActorMention | None = None  # the last sentence subject that is an actor
    official: ActorMention | None = None  # the last such subject of a government
    first_talks: EventMention | None = None  # the lead's first meeting, visit or call
    for sentence, triggers in zip(sentences, triggers_of, strict=True):
        if not triggers:
            subject = _subject(sentence, actor_spans) or subject
            official = _official(subject, official)
            continue  # most sentences report no event: skip gathering their context
        here_actors = actor_spans.within(sentence)
        lead_speaker = speakers.lead(sentence.index, lead_end) if story else None
        context = _SentenceContext(
            sentence, here_actors, _places_for(text, place_spans, here_actors, sentence),
            timex_spans.within(sentence), speakers.of(sentence.index), published,
            _Story(story, story_paragraph, lead_speaker) if story else None, voices,
            # Only incidents at one spot look back (see _scene).
            _scene(sentence, sentences[sentence.index - 1], place_spans, actor_spans)
            if sentence.index and any(t.kind.local for t in triggers) else None,
            home_spans.within(sentence),
            verification_of(sentence.text),
        )
        # A bare title with nobody named before ("The President held a briefing session")
        # is the article's voice.
        voice = voices.at(sentence.start, sentence.start, "")
        known_subject, known_official = subject or voice, official or voice
        seen: set[tuple[str | None, ...]] = set()
        last_of_kind: dict[tuple[str, str | None], Trigger] = {}
        first_of_sentence = len(mentions)
        for trigger in triggers:
            if trigger.kind.caption and not (len(triggers) == 1
                                             and _opens_a_caption(text, trigger)):
                continue
            # One mention per kind of event a clause tells of ("attacked ... the attack"),
            # unless a later one names two other parties ("exchanged views on the talks
            # between Russian and Ukrainian representatives").
            kind = (trigger.kind.event_type, trigger.kind.event_mode)
            last = last_of_kind.get(kind)
            # What follows a trigger that holds whom it addresses is its topic, so another
            # event ("attention was paid to the preparations for the summit").
            new_clause = last is not None and (last.kind.addressed or (
                bool(_NEW_CLAUSE.search(text, last.end, trigger.end))
                and not _REFERENCE_BEFORE.search(text, sentence.start, trigger.start)))
            thanks = thanks_before(text, trigger, mentions, first_of_sentence)
            if trigger.kind.thanked and thanks is None and names_no_target(trigger):
                continue  # "appealed for support": no thanks, and no target named
            # ... nor is a talk named with the day it was held ("the meeting of the Supreme
            # State Council held on November 4") one with the clause's other talks.
            # ... nor one after it ("Following up on the talks held in Sochi on October 22,
            # both leaders exchanged opinions").
            new_clause = new_clause or (
                kind in seen and trigger.kind.event_type == "CONSULT"
                and (held_on_its_own_date(text, trigger.end, context.timexes)
                     or (last is not None
                         and held_on_its_own_date(text, last.end, context.timexes))))
            if (thanks is None and kind in seen and not new_clause
                    and not parties_between(text, trigger, here_actors)):
                # The clause's talks, thanks, agreement or request take the parties they lack
                # from the later words ("An important visit took place today - the visit of
                # the new British Prime Minister").
                k = next((i for i in range(len(mentions) - 1, first_of_sentence - 1, -1)
                          if (mentions[i].event_type, mentions[i].event_mode) == kind), None)
                if k is not None and trigger.kind.event_type in _BETWEEN_THE_PARTIES:
                    mentions[k] = _with_named_parties(mentions[k],
                                                      context.mention(text, trigger))
                continue
            last_of_kind[kind] = trigger
            mention = with_parties(text, context.mention(text, trigger), mentions)
            if not trigger.kind.undergone:  # "He honored the fallen who died": he did not kill
                mention = with_subject(text, mention, sentence, known_subject, mentions,
                                       known_official)
            mention = with_invader(with_implied_recipient(
                with_known_actor(mention, trigger.kind, mentions[first_of_sentence:]),
                trigger.kind, country_hint,
                voices.speaker_at))
            mention = with_voice_across(text, mention, voices)
            mention = with_attacker_told_before(mention, mentions, published_for)
            if thanks is not None:  # not at the meeting's venue: told there, done elsewhere
                mention = thanked_for(mention, thanks)
            elif first_talks is not None:
                mention = _at_the_opening(mention, first_talks)
            if mention.actor is None and passive_talk(text, trigger):
                # what "was discussed", with no talks told before, the voice discussed
                mention = replace(mention, actor=voices.at(trigger.start, trigger.start, ""))
            parties = (mention.actor, mention.recipient)
            key = (*kind, *(actor_stem(p.code) for p in parties)) if all(parties) else kind
            if kind not in seen or key not in seen or new_clause or thanks is not None:
                seen.update((kind, key))
                mentions.append(mention)
                if (first_talks is None and mention.event_type == "CONSULT"
                        and mention.event_mode not in told_at_talks_modes()
                        and mention.char_start < lead_end):
                    first_talks = mention
        # The sentence's subject, else who says it ('"...," Zelenskyy stressed'), else the actor
        # of its first event ("Deputy Head of the Office of the President of Ukraine Ihor
        # Zhovkva held ..."), one the text names before the event: "they" after "this war" is
        # not the invader implied, nor is "he" after "the aggression of the Russian Federation"
        # Russia.
        acting = next((m.actor for m in mentions[first_of_sentence:]
                       if m.actor and not is_implied(m.actor)
                       and m.actor.start <= m.trigger_start), None)
        if not opens_with_anaphor(text, sentence):  # "He noted that Russia ...": still he
            subject = _subject(sentence, actor_spans) or context.speaker or acting or subject
            official = _official(subject, official)
    return Extraction(timexes, mentions)


# A caption: a text this short whose first sentence tells of nothing else and opens with the
# trigger, behind at most a few words that are no preposition ("Russian forces in Izyum",
# "Multiple tanks stationed in field"; not "Shelling of Russian troops in ...").
_CAPTION_LENGTH = 400
_CAPTION_OPENING = re.compile(
    r"(?:(?!(?:of|to|by|for|against|at|in|on|with|from|the|and)\b)[\w'’-]+\s+){0,4}",
    re.IGNORECASE)


def _opens_a_caption(text: str, trigger: Trigger) -> bool:
    return len(text) <= _CAPTION_LENGTH and bool(
        _CAPTION_OPENING.fullmatch(text, 0, trigger.start))


def _with_named_parties(kept: EventMention, later: EventMention) -> EventMention:
    """`kept` with a party it lacks that `later` (a later trigger of the same kind in its
    clause) names; a party already implied stays."""
    actor, recipient = kept.actor, kept.recipient
    if (actor is None and later.actor is not None and later.actor.text
            and (recipient is None or later.actor.code != recipient.code)):
        actor = later.actor
    if (recipient is None and later.recipient is not None and later.recipient.text
            and (actor is None or later.recipient.code != actor.code)):
        recipient = later.recipient
    if actor is kept.actor and recipient is kept.recipient:
        return kept
    return replace(kept, actor=actor, recipient=recipient)


_AT_THE_MEETING = frozenset({"CONSULT", "SUPPORT", "AGREE", "REQUEST", "COOPERATE"})


_BETWEEN_THE_PARTIES = frozenset({"CONSULT", "AGREE", "SUPPORT", "REQUEST"})


def _between_the_parties(mention: EventMention, opening: EventMention) -> EventMention:
    """Talks or an agreement that name nobody are those of the opening meeting or call; what
    one of its parties does with nobody else named is done to the other ("praised the
    initiative of the Federal Chancellery" after a call with Austria's minister)."""
    if opening.actor is None or opening.recipient is None:
        return mention
    if mention.actor is None:
        if mention.event_type in ("CONSULT", "AGREE"):
            return replace(mention, actor=opening.actor, recipient=opening.recipient)
        return mention
    if not opening.recipient.text or opening.recipient.country == opening.actor.country:
        return mention  # a meeting of one side's own officials has no other party
    stem = actor_stem(mention.actor.code)
    if stem == actor_stem(opening.actor.code):
        return replace(mention, recipient=opening.recipient)
    if stem == actor_stem(opening.recipient.code):
        return replace(mention, recipient=opening.actor)
    return mention


def _at_the_opening(mention: EventMention, opening: EventMention) -> EventMention:
    """What the meeting, visit or call the article opens with lends a later mention: its
    parties (_between_the_parties), to talks naming nobody even when it is yet to come ("On the
    eve of my upcoming visit to China ... We discussed"); and when it is told as a fact, its
    venue to what happens at it. A call has no venue, whatever earlier talks it recalls
    ("Following up on the talks held in Sochi"); a country is no venue."""
    venue = opening.place if opening.modality in FACTUAL else None
    if (mention.place is None and venue is not None and venue.precision != "country"
            and mention.event_type in _AT_THE_MEETING and mention.modality in FACTUAL):
        mention = replace(mention, place=venue)
    if mention.recipient is None and mention.event_type in _BETWEEN_THE_PARTIES:
        mention = _between_the_parties(mention, opening)
    return mention


class _Spans(Generic[_S]):
    """An article's actors, places or timexes, for picking those of each sentence without
    rescanning them all (bisect on the starts when they are in text order)."""

    def __init__(self, spans: list[_S]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.ordered = all(map(operator.le, self.starts, self.starts[1:]))

    def first_near(self, start: int, reach: int) -> _S | None:
        """The first span starting within `reach` characters from `start`."""
        if not self.ordered:
            return min((s for s in self.spans if start <= s.start <= start + reach),
                       key=lambda s: s.start, default=None)
        i = bisect_left(self.starts, start)
        return self.spans[i] if i < len(self.spans) and self.starts[i] <= start + reach else None

    def within(self, sentence: Sentence) -> list[_S]:
        """The spans inside the sentence, in their original order."""
        spans, first, last = self.spans, sentence.start, sentence.end
        if self.ordered:
            spans = spans[bisect_left(self.starts, first) : bisect_right(self.starts, last)]
        return [s for s in spans if first <= s.start and s.end <= last]


def _places_for(
    text: str, places: _Spans[PlaceMention], actors: list[ActorMention], sentence: Sentence
) -> list[PlaceMention]:
    """Places of the sentence, minus names used as actors ("Kyiv has rejected", and "because
    of Russia's invasion": a country's possessive outweighs the preposition; a city's does
    not, "the outskirts of Kyiv's suburbs") and names of documents ("the Minsk Agreements")."""
    spans = [(a.start, a.end) for a in actors]
    return [
        p for p in places.within(sentence)
        if not names_a_document(text, p.end)  # "the Minsk Agreements" happened nowhere
        and (not any(start <= p.start < end for start, end in spans)
             or (_LOCATIVE.search(text, max(sentence.start, p.start - 20), p.start)
                 and not (p.precision == "country" and POSSESSIVE.match(text, p.end))))
    ]


def _lead_timexes(text: str, sentences: list[Sentence], triggers_of: list[list[Trigger]],
                  timexes: list[Timex]) -> list[Timex]:
    """The expressions that may date the story. When the first sentence reports an event and
    dates it not ("had a telephone conversation with ..."), that is the day's news: a calendar
    date in the second sentence is its own event's ("the meeting of the Supreme State Council
    held on November 4"), unless that sentence points back to the first ("The meeting took
    place on ..."); its "today" is still the day's."""
    if len(sentences) < 2 or not triggers_of[0] or _POINTS_BACK.match(text, sentences[1].start):
        return timexes
    first_end = sentences[0].end
    return [t for t in timexes if t.start < first_end or not written_with_number(t)]


# Where another talk was held: "the results of the Ukraine-EU Summit held in Kyiv on October
# 12" places that summit, not the Eastern Partnership Summit of the same sentence, nor the
# briefing about it.
_OTHER_VENUE = re.compile(
    r"\b" + TALK_NOUNS + r"\b(?:\s+[\w'’-]+){0,8}?\s+" + HELD + r"\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE)


def _venue_of_another(text: str, place: PlaceMention, trigger: Trigger) -> bool:
    """Whether the place is where a talk other than the trigger's was held."""
    start = max(0, place.start - 120)
    if not tells_of_holding(text, start, place.start):
        return False  # the common case, without the regex
    held = _OTHER_VENUE.search(text, start, place.start)
    return held is not None and not trigger.start <= held.start() < trigger.end


def _place_of(text: str, trigger: Trigger, places: list[PlaceMention],
              actor: ActorMention | None) -> PlaceMention | None:
    """The place nearest the trigger where its event happened. A happening on the ground is
    where any town or region of its sentence is; a talk, a thanks or a demand only where the
    text says it took place ("met in Sochi", "the Bucha Summit"), not where its topic lies
    ("support for the people of Donbas")."""
    on_the_ground = trigger.kind.event_type in _ON_THE_GROUND
    if not on_the_ground:
        places = [p for p in places if not _venue_of_another(text, p, trigger)]
    if trigger.kind.wide:  # "the war in Donbas", not "the war ... life in Switzerland"
        places = [p for p in places if 0 <= p.start - trigger.end <= _WIDE_REACH
                  and places_the_event(text, p.start, trigger)]
    candidates = [p for p in places
                  if (p.precision != "country" and (
                      on_the_ground or _RIGHT_BEFORE.fullmatch(text, p.end, trigger.start)))
                  or (places_the_event(text, p.start, trigger)
                      and (actor is None or p.start != actor.start)
                      and (on_the_ground or not is_topic_place(text, trigger, p.start)))]
    nearest = min(candidates, key=lambda p: abs(p.start - trigger.start), default=None)
    if nearest is None:
        return None
    return _located_town(text, _address_town(text, nearest, candidates), candidates)


def _address_town(text: str, place: PlaceMention, candidates: list[PlaceMention]
                  ) -> PlaceMention:
    """The town of an address ("in Kupyansk, Kharkiv": Kupyansk) rather than its region."""
    if place.precision != "region":
        return place
    return next((p for p in candidates if p.precision == "settlement"
                 and p.region_code == place.region_code and text[p.end : place.start] == ", "),
                place)


# "Sartana near Mariupol": the second town only says where the first one lies.
_LOCATOR = re.compile(r"\s+(?:near|outside|close to|not far from)\s+(?:the\s+)?"
                      r"(?:(?:city|town|village|settlement)\s+of\s+)?", re.IGNORECASE)


def _located_town(text: str, place: PlaceMention, candidates: list[PlaceMention]
                  ) -> PlaceMention:
    """The town a place locates ("Sartana near Mariupol": Sartana) rather than the place."""
    return next((p for p in candidates if p.precision == "settlement" and p.end < place.start
                 and _LOCATOR.fullmatch(text, p.end, place.start)), place)


def _scene(sentence: Sentence, previous: Sentence, places: _Spans[PlaceMention],
           actors: _Spans[ActorMention]) -> PlaceMention | None:
    """Where the previous sentence of the paragraph happened, for a sentence that names no
    place ("Strike on Mykolaiv. 12 people were killed."): its last town, district or region
    that stands for no actor ("Kyiv has rejected")."""
    if previous.paragraph != sentence.paragraph or places.within(sentence):
        return None
    for place in reversed(places.within(previous)):
        if place.precision != "country" and actors.first_near(place.start, 0) is None:
            return place
    return None


# Stands for "the previous sentence's speaker" while that is not known yet (_Speakers).
_PREVIOUS = ActorMention(-1, -1, "", "", None, None, "the previous speaker")


def _speaker(
    sentence: Sentence, actors: list[ActorMention], previous: ActorMention | None
) -> ActorMention | None:
    """Who the sentence quotes: the actor right before its reporting verb ("Putin said"), right
    after an inverted one ("said Putin", "according to Putin"), the previous speaker for "he
    said", else the sentence's subject ("Putin devoted ..., portraying")."""
    cue = speech_cue(sentence.text)
    if cue is None:
        return None
    cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
    # not a name that closes a quote ('... invasion of Russia," said the Head of ...')
    before = [a for a in actors if 0 <= cue_start - a.end <= _SPEAKER_GAP
              and not _QUOTE_CLOSE.search(sentence.text, a.end - sentence.start,
                                          cue_start - sentence.start)]
    if before:
        return before[-1]
    if _INVERTED_CUE.fullmatch(cue.group()):
        after = [a for a in actors if 0 <= a.start - cue_end <= _SPEAKER_GAP]
        if after:
            return after[0]
    if _PRONOUN_BEFORE.search(sentence.text[: cue.start()]):
        return previous
    subject = actors[0] if actors else None
    if subject and subject.start - sentence.start <= _SUBJECT_OFFSET and subject.end <= cue_start:
        return subject
    return None


class _Speakers:
    """The speaker (see _speaker) of each sentence, worked out only for the sentences that
    need it, since most report no event. A sentence's speaker depends on the previous one's
    only through "he said", so that chain is followed back as far as needed."""

    def __init__(self, sentences: list[Sentence], actors: _Spans[ActorMention]) -> None:
        self._sentences = sentences
        self._actors = actors
        self._known: dict[int, ActorMention | None] = {}

    def of(self, index: int) -> ActorMention | None:
        """The speaker of sentences[index]."""
        repeating: list[int] = []  # sentences whose speaker is their predecessor's
        k = index
        while k >= 0 and k not in self._known:
            sentence = self._sentences[k]
            own = _speaker(sentence, self._actors.within(sentence), _PREVIOUS)
            if own is not _PREVIOUS:
                self._known[k] = own
                break
            repeating.append(k)
            k -= 1
        speaker = self._known[k] if k >= 0 else None
        for j in repeating:
            self._known[j] = speaker
        return self._known[index]

    def lead(self, index: int, lead_end: int) -> ActorMention | None:
        """The first speaker among the lead's sentences (those ending by ``lead_end``) up to
        sentences[index]."""
        for k in range(index + 1):
            if self._sentences[k].end > lead_end:
                break  # sentences are in text order, so the lead is a prefix
            speaker = self.of(k)
            if speaker is not None:
                return speaker
        return None


def _official(subject: ActorMention | None, official: ActorMention | None) -> ActorMention | None:
    """The last subject that is a government: who a bare title ("The President") refers to."""
    return subject if subject is not None and subject.sector == "GOV" else official


def _subject(sentence: Sentence, actors: _Spans[ActorMention]) -> ActorMention | None:
    """The actor a sentence opens with ("Volodymyr Zelenskyy thanked ..."), also after the
    names and titles the dictionary lacks ("Roman Mashovets informed ...", "Deputy Head of
    the Office of the President of Ukraine Ihor Zhovkva held ...")."""
    first = actors.first_near(sentence.start, _NAME_REACH)
    return first if first is not None and _subject_at(sentence, first) else None


def _subject_at(sentence: Sentence, first: ActorMention) -> bool:
    """Whether the sentence's first actor opens it (see _subject)."""
    return first.start - sentence.start <= _SUBJECT_OFFSET or bool(_NAMES_ONLY.fullmatch(
        sentence.text, 0, first.start - sentence.start))


@quick_init
@dataclass(frozen=True, slots=True)
class _Story:
    """The occasion the article reports ("said on Friday"): its date reaches the sentences of
    the lead paragraph and what the lead speaker says or does by speaking elsewhere (and, for
    a meeting a title announces, what happens at it); other undated events fall back to the
    publication date, so a history is never given today's date."""

    date: EventDate
    paragraph: int | None
    speaker: ActorMention | None

    def covers(self, sentence: Sentence, event_type: str, actor: ActorMention | None) -> bool:
        if sentence.paragraph == self.paragraph:
            return True
        if self.date.in_title and event_type in _AT_THE_MEETING:
            return True  # an announced meeting: the whole text tells what happens at it
        if event_type not in _SPOKEN:
            return False
        return actor is None or self.speaker is None or actor.code == self.speaker.code


@quick_init
@dataclass(frozen=True, slots=True)
class _SentenceContext:
    sentence: Sentence
    actors: list[ActorMention]
    places: list[PlaceMention]
    timexes: list[Timex]
    speaker: ActorMention | None
    published: dt.date
    story: _Story | None
    voices: Voices
    scene: PlaceMention | None  # where the previous sentence happened (see _scene)
    home: list[PlaceMention]  # "our country" as a place (voice.home_places)
    verification: str | None  # what the sentence says of the claim (verification_of)

    def mention(self, text: str, trigger: Trigger) -> EventMention:
        # A name may run into the trigger: "Russian forces on the move".
        # Who says that a harm happened reports it, not does it ("Kislytsia said that ...
        # missiles were launched"): names before the last reporting verb are no actor of it.
        harm = trigger.kind.event_type in HARM
        reported = (max(reported_before(text, self.sentence.start, trigger.start),
                        no_doer_before(text, trigger)) if harm else -1)
        before = outside_asides(text, trigger, [
            a for a in self.actors if reported < a.end and a.start < trigger.start
            and a.end <= trigger.end and not stands_where(text, a) and not is_source(text, a)
            and not (harm and attacked_before(text, a))])
        if passive_talk(text, trigger):
            before = []  # "Security guarantees for Ukraine were discussed": Ukraine is a topic
        actor = list_head(text, before)
        unspoken = unspoken_opening(text, self.sentence.start)
        opener = self.actors[0] if self.actors else None
        if actor is not None and (he := _HE_BEFORE.search(text, actor.end, trigger.start)):
            # "... the support of Denmark, and reminded that he had a meeting with": he is the
            # sentence's subject (or, with a bare title, whom it stands for), not Denmark.
            subject_first = (opener is not None and opener.end <= he.start()
                             and _subject_at(self.sentence, opener))
            actor = opener if subject_first else None
        joined = joins_earlier_verb(text, trigger, self.sentence.start)
        # "Held talks with ..." and "Expressed support to our military and awarded the best"
        # are the voice's; "Destroyed Russian tank" is a caption.
        voiced = (unspoken is not None and trigger.kind.event_type not in HARM
                  and (joined or trigger.start <= unspoken + 1))
        if (opener is not None and opener.end <= trigger.start
                and _subject_at(self.sentence, opener) and joined):
            actor = opener  # "Zelenskyy stressed ... sanctions against Russia, and thanked"
        elif voiced and joined:
            actor = None  # not "our military", named between
        if is_voice(actor) and self.speaker is not None and not is_voice(self.speaker):
            actor = self.speaker  # "we" in what "Putin said"
        elif actor is None and voiced:
            actor = self.voices.at(trigger.start, trigger.start, "")
        pair = coordinated(text, trigger, before)
        if pair:
            actor = pair[0]
        if actor is None and trigger.kind.event_type in _SPOKEN:
            actor = self.speaker
        # Whoever died is named before "died"; a name after it is a cause or a place.
        recipient = pair[1] if pair else (None if trigger.kind.undergone else recipient_after(
            text, trigger, self.actors, actor))
        if (side := side_fought_for(text, trigger, self.actors)) is not None:
            recipient = None if recipient is side else recipient
            actor = actor or _as_military(side)
        if not before and actor is None:
            actor = fronted_subject(text, trigger, self.actors, self.sentence)
        if (recipient and trigger.kind.event_type in _DONE_BY_KINDS
                and _DONE_BY.fullmatch(text, trigger.end, recipient.start)):
            actor = recipient
            recipient = recipient_after(text, trigger, self.actors, actor)
        elif recipient and (_PASSIVE_BY.fullmatch(text, trigger.end, recipient.start) or (
                passive_subject(text, trigger, actor)
                and _BY_TITLED.search(text, trigger.end, recipient.start))):
            actor, recipient = recipient, actor  # "was invited to the event by President of"
        elif actor is None and (agent := agent_after(text, trigger, self.actors)):
            actor = agent
            recipient = recipient if recipient is not agent else None
        # (not aid: "You came to our aid" is aid to us)
        if (actor is None and not harm and trigger.kind.event_type != "AID"
                and trigger.text[:1].islower()
                and _MINE_BEFORE.search(text, max(0, trigger.start - 30), trigger.start)):
            actor = self.voices.at(trigger.start, trigger.start, "")  # "My condolences"
        if actor is None and trigger.kind.voiced and not trigger.kind.undergone:
            actor = self.voices.at(trigger.start, trigger.start, "")  # "Evacuation from Sumy"
        if trigger.kind.undergone and not pair:
            # "53 prisoners died": the subject died; "died from Russian shelling": the cause
            # acts; anyone else before the verb belongs to another clause.
            victim = actor if suffered_by_subject(text, trigger, actor) else None
            actor, recipient = agent_after(text, trigger, self.actors), victim
            if actor is None and trigger.kind.voiced:  # "Our brigades did a great job": praised
                actor = self.voices.at(trigger.start, trigger.start, "")
        elif (recipient is None or stands_where(text, recipient)) and (
                suffered_by_subject(text, trigger, actor) or headline_passive(
                text, trigger, actor, self.sentence.end) or passive_subject(text, trigger, actor)):
            actor, recipient = None, actor  # "Our warriors have hundreds of wounded"
            if trigger.kind.voiced:  # "216 servicemen were awarded": by the voice, unless honoured
                voice = self.voices.at(trigger.start, trigger.start, "")
                actor = voice if voice is not None and voice.code != recipient.code else None
        elif received_by_subject(text, trigger, actor) or released_from(trigger, recipient):
            actor, recipient = recipient, actor  # "Ukraine needs military assistance from"
        elif fended_off_by_subject(text, trigger, actor):
            # "Ukrainians resist the aggression": the attacker, if named, comes "of" or "by".
            attacker = recipient if recipient and attacker_named(text, recipient) else None
            actor, recipient = attacker, actor
        elif (actor is not None and (is_voice(actor) or actor.sector == "GOV")
              and agentless_passive(text, trigger)):
            actor = None  # "so that our cities are not bombed": not by "us", nor by Kyiv
        actor = possessed_by_subject(text, trigger, self.sentence, before, actor)
        if agent := of_agent(text, trigger, self.actors):
            actor = agent[0]
            recipient = agent[1] or (recipient if recipient is not actor else None)
        if between := parties_between(text, trigger, self.actors):
            actor, recipient = between
        if trigger.kind.event_type in _STATE_ACTS:
            actor, recipient = _as_government(actor), _as_government(recipient)
        # A happening on the ground is where any town or region of its sentence is; a talk, a
        # thanks or a demand only where the text says it took place ("met in Sochi", "the
        # Bucha Summit"), not where its topic lies ("support for the people of Donbas").
        place = _place_of(text, trigger, self.places, actor)
        if place is None and trigger.kind.local:
            place = self.scene  # "Strike on Mykolaiv. 12 people were killed."
        if place is None:  # "on a visit to our country": the vaguest, so the last resort
            place = _place_of(text, trigger, self.home, actor)
        story = self.story
        # A war or a coercion named as a state of affairs ("Russian aggression", "the victims
        # of the deportation") is no happening of the story's day; the invasion may be
        # (reports of 24 February 2022), unless it is referred back to ("settlements affected
        # by the Russian invasion will open on March 15").
        state_of_affairs = (trigger.kind.nominal and trigger.kind.event_type in HARM and (
            not trigger.kind.singular
            or _DEFINITE_BEFORE.search(text, self.sentence.start, trigger.start) is not None))
        local_start = trigger.start - self.sentence.start
        if trigger.kind.nominal:
            modality = nominal_modality(self.sentence.text, local_start,
                                        trigger.end - self.sentence.start)
        else:
            modality = modality_of(self.sentence.text, local_start,
                                   harm=trigger.kind.event_type in HARM)
            if modality == "asserted" and planned(self.sentence.text, local_start,
                                                  trigger.end - self.sentence.start):
                modality = "predicted"
        # What the clause demands or supposes ("urging the expansion of assistance") has not
        # happened on the story's day; a demand made has (the trigger's own modality below).
        applies = (story is not None and not state_of_affairs and modality not in _UNREAL
                   and trigger.kind.modality != "predicted"  # what is to come has no day yet
                   and story.covers(self.sentence, trigger.kind.event_type, actor))
        timexes = governing_timexes(text, self.timexes, trigger.start, trigger.end,
                                    trigger.kind.nominal, trigger.kind.addressed,
                                    trigger.kind.event_type in _SPEECH_ACTS)
        date = choose_date(
            trigger.start, timexes, story.date if story and applies else None, self.published
        )
        if modality == "asserted" and trigger.kind.modality:
            modality = trigger.kind.modality  # a demand is demanded unless framed otherwise
        if modality in FACTUAL and date.date_start > self.published:
            # Not yet happened when reported: a scheduled or expected event ("summit next week").
            modality = "predicted"
        return EventMention(
            event_type=trigger.kind.event_type,
            event_mode=trigger.kind.event_mode,
            cameo_root=trigger.kind.cameo_root,
            trigger_text=trigger.text,
            trigger_start=trigger.start,
            trigger_end=trigger.end,
            actor=actor,
            recipient=recipient,
            actors=tuple(self.actors),
            place=place,
            places=tuple(self.places),
            date=date,
            temporal_status=temporal_status(date, self.published),
            is_reference=(
                trigger.kind.singular and date.timex is None
                and bool(_DEFINITE_BEFORE.search(text, self.sentence.start, trigger.start))
            ),
            modality=modality,
            attributed_to=self.speaker,
            verification=self.verification,
            sentence_index=self.sentence.index,
            char_start=self.sentence.start,
            char_end=self.sentence.end,
            evidence=self.sentence.text,
            confidence=_confidence(actor, date, place, trigger),
        )


def _as_government(actor: ActorMention | None) -> ActorMention | None:
    """A bare country acting diplomatically is its government (CAMEO's convention):
    "Russia's peace terms" are RUSGOV's."""
    if actor is None or actor.sector is not None or actor.country is None:
        return actor
    return ActorMention(actor.start, actor.end, actor.text, f"{actor.country}GOV",
                        actor.country, "GOV", actor.name)  # dataclasses.replace is slower


def _as_military(side: ActorMention) -> ActorMention:
    """The forces of the country `side` names ("fighting for Ukraine": Ukraine's)."""
    return ActorMention(side.start, side.end, side.text, f"{side.country}MIL", side.country,
                        "MIL", side.name)


def temporal_status(date: EventDate, published: dt.date) -> str:
    """historical (over before the week of the report), current, or future (after it)."""
    if date.date_start > published:
        return "future"
    if (published - date.date_end).days > _CURRENT_DAYS:
        return "historical"
    return "current"


def _confidence(
    actor: ActorMention | None, date: EventDate, place: PlaceMention | None, trigger: Trigger
) -> float:
    """A heuristic score in [0, 1]: how many of the mention's parts the text itself supplied."""
    tenths = 4 + (2 if actor else 0) + (2 if date.timex is not None else 0)
    tenths += (1 if place else 0) + (1 if " " in trigger.text else 0)
    return _TENTHS[tenths]


# The confidences 0.0 ... 1.0 as round(sum of tenths, 2) gives them (a lookup: round is slow).
_TENTHS = tuple(round(k / 10, 2) for k in range(11))
