"""Which date an event mention gets, and on what basis.

Order of evidence: the temporal expression nearest the trigger in the same sentence; else the
story time (the day the lead sentence anchors, e.g. "said on Friday"); else the publication
date, marked as a fallback so it is never mistaken for an event date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from conflict_timeline.temporal import Timex, tag, value_to_interval
from conflict_timeline.text.records import quick_init

EXPLICIT = "explicit"
RELATIVE = "relative-to-publication"
FALLBACK = "publication-date fallback"

# The lead's date only counts as story time when it lies this close before publication.
_STORY_WINDOW_DAYS = 7
# A title may announce what is to come: "On June 3, Vladimir Putin will meet ...".
_HEADLINE_AHEAD_DAYS = 14
# "occupied since February 24": the start of a state that lasts, not the event's date; nor
# is a birth ("a girl born in 2016").
_NO_EVENT_DATE_BEFORE = re.compile(r"\b(?:since|born(?:\s+(?:in|on))?)\s+$", re.IGNORECASE)
# The second day of a range: "June 23-24", "May 8 and 9", "March 1 to 3".
_RANGE_JOINER = re.compile(r"\s*(?:[-–—]|and|to|or|through)\s*")
# Nouns of talks that a text says were held somewhere, some day, and how it says so.
TALK_NOUNS = (r"(?:meetings?|summits?|talks|conferences?|sessions?|consultations|negotiations|"
              r"visits?|forums?)")
HELD = (r"(?:(?:was|were|to\s+be)\s+)?(?:held|scheduled(?:\s+for)?|(?:that|which)\s+"
        r"(?:took|will\s+take)\s+place)")
# A named happening ("the invasion") takes only a date written beside it ("the invasion in
# February 2022", "the summit to be held in Glasgow on November 1-2"), not one of the clause
# around it ("affected by the Russian invasion will open on March 15").
_BESIDE_AFTER = re.compile(
    r"(?:\s*,)?(?:\s+(?:of|in|on|at|against|into|the|a|[A-Z][\w'’-]*|" + HELD + r"))*"
    r"\s+(?:on|in|of)?\s*")
_BESIDE_BEFORE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?")
# A date that names a document or a thing rather than when anything happened: "the 2015 Minsk
# agreements", "the trilateral agreements of November 9, 2020", "Federal Law of August 15, 1996".
_DOCUMENT_OF = re.compile(
    r"\b(?:agreements?|accords?|laws?|decrees?|orders?|resolutions?|treat(?:y|ies)|"
    r"memorand(?:um|a)|declarations?|protocols?|acts?|letters?|statements?)\s+(?:dated\s+)?"
    r"(?:of\s+)?$", re.IGNORECASE)
# Words between a year and the trigger it may still date: "the 2021 G20 Summit".
_NAME_WORDS = re.compile(r"(?:\s+[\w-]+){0,3}\s+")
_PREMODIFIER_YEAR = re.compile(r"\bthe\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r".[^\W\d_]", re.DOTALL)  # after a space, a word, not a number
# What a request, an agreement or a welcome is about comes after it, with its own date: "invited
# Trudeau to visit our country in 2022", "agreed to hold the meeting in February 2022",
# "welcomed Russia's plans to achieve carbon neutrality by 2060" date the plan, not the act.
_CONTENT_BEFORE = re.compile(
    r"\bto\s+(?!(?:the|a|an|our|its|their|his|her|this|that|these|those|all|me|us|him|them|you|"
    r"your)\b)"
    r"[a-z]+\b|\b(?:plans?|intentions?|goals?|aims?)\b")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
# The holiday a greeting is for ("congratulated President Aliyev on Independence Day", "Victory
# Day greetings" sent the day before): the greeting's day is the report's.
_HOLIDAY = re.compile(r"\b(?:Day|Christmas|Easter|New Year)\b")
_ON = re.compile(r"\bon\b")


@quick_init
@dataclass(frozen=True, slots=True)
class EventDate:
    date_start: dt.date
    date_end: dt.date
    date_precision: str
    date_basis: str
    timex: Timex | None
    in_title: bool  # the expression stands in the article's title, not its text


# A value's span is asked once per mention that the expression may date: keep the recent ones
# (keyed by value such as "2024-03-05", never by text; DateInterval is frozen).
_interval = lru_cache(maxsize=4096)(value_to_interval)


def _from_timex(timex: Timex) -> EventDate | None:
    if timex.type not in ("DATE", "TIME"):
        return None
    interval = _interval(timex.value)
    if interval is None:
        return None
    basis = EXPLICIT if timex.basis == "explicit" else RELATIVE
    return EventDate(interval.start, interval.end, interval.precision, basis, timex, False)


def story_date(timexes: list[Timex], lead_end: int, published: dt.date) -> EventDate | None:
    """The day-precision date the lead (text up to `lead_end`) anchors the story to, if any."""
    for timex in timexes:
        if timex.start >= lead_end:
            break
        dated = _from_timex(timex)
        if dated and dated.date_precision == "day":
            if 0 <= (published - dated.date_start).days <= _STORY_WINDOW_DAYS:
                return dated
    return None


def headline_date(title: str, published: dt.date) -> EventDate | None:
    """The day a title dates its story by ("On June 3, Vladimir Putin will meet ...": a day
    written with its number, within a week before publication or two weeks after it), if any.
    A title's "tomorrow" or "Friday" is left alone: titles are often written later than
    their text, or as the day's headline of an address."""
    for timex in tag(title, published):
        if not written_with_number(timex):
            continue
        dated = _from_timex(timex)
        if dated and dated.date_precision == "day" and (
                -_HEADLINE_AHEAD_DAYS <= (published - dated.date_start).days <= _STORY_WINDOW_DAYS):
            return replace(dated, in_title=True)
    return None


def written_with_number(timex: Timex) -> bool:
    """A date written with its number ("June 3", "on the evening of January 13"), not a word
    such as "today" or "Friday" that only the report's own day resolves."""
    return any(c.isdigit() for c in timex.text)


def fallback_date(published: dt.date) -> EventDate:
    return EventDate(published, published, "day", FALLBACK, None, False)


# Between a trigger and a date after it, another happening that the date is of: "discussed ...
# taking into consideration the outcome of the meeting of the Supreme State Council held on
# November 4" (the talks held that day are another event; "the talks held in Sochi on October
# 22" date their own trigger).
_OTHER_HELD = re.compile(
    r"\b" + TALK_NOUNS + r"\b[^.;]{0,80}?\b(?:held|scheduled|took\s+place|will\s+take\s+place)\b"
    r"[^.;]{0,30}$", re.IGNORECASE)


# A talk named with when it was held: "the meeting of the Supreme State Council of the Union
# State held on November 4", "the Eastern Partnership Summit scheduled for December 15".
_HELD_AFTER = re.compile(
    r"(?:\s+(?:of|the|on|in|and|[A-Z0-9][\w'’-]*)){0,10}?\s+" + HELD + r"\b"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+(?:on\s+)?")


def held_on_its_own_date(text: str, trigger_end: int, timexes: list[Timex]) -> bool:
    """Whether a talk's trigger is followed by when it was held, by a date with a number: a
    happening of its own beside the sentence's other talks."""
    held = _HELD_AFTER.match(text, trigger_end)
    return held is not None and any(
        t.start == held.end() and written_with_number(t) for t in timexes)


def governing_timexes(text: str, timexes: list[Timex], trigger_start: int, trigger_end: int,
                      nominal: bool, topic_after: bool = False, content_after: bool = False
                      ) -> list[Timex]:
    """The sentence's expressions that may date the event its trigger names; a range ("June
    23-24", "May 8 and 9") dates it by its first day. With `topic_after`, what follows the
    trigger is its topic ("informed him about the summit in June") and dates nothing; with
    `content_after` (a request, an agreement, a welcome), a plan or a deadline after it
    ("agreed to hold the meeting in February 2022") dates what was asked or agreed, not the act."""
    return [
        t for i, t in enumerate(timexes)
        if not (topic_after and t.start >= trigger_end)
        and not _NO_EVENT_DATE_BEFORE.search(text, max(0, t.start - 8), t.start)
        and not (i and _RANGE_JOINER.fullmatch(text, timexes[i - 1].end, t.start))
        and (not nominal or _beside(text, t, trigger_start, trigger_end))
        and (nominal or not _names_a_thing(text, t, trigger_start))
        and not (content_after and t.start >= trigger_end and _is_content(text, t, trigger_end))
        and not _of_another_talk(text, t, trigger_start, trigger_end)
        and not _is_period_not_when(text, t, trigger_end)
    ]


def tells_of_holding(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may say that a talk was held (HELD): a cheap gate before the
    regexes that look for another talk's holding."""
    return any(text.find(word, start, end) >= 0 for word in ("held", "scheduled", "place"))


def _of_another_talk(text: str, timex: Timex, trigger_start: int, trigger_end: int) -> bool:
    """Whether the date is when another talk was held, told between the trigger and a date
    after it ("... the outcome of the meeting of the Supreme State Council held on November 4")
    or right before a date before it ("Following up on the talks held in Sochi on October 22,
    both leaders exchanged opinions")."""
    if timex.start >= trigger_end:
        start = trigger_end
    elif timex.end <= trigger_start:
        start = max(0, timex.start - 120)
    else:
        return False
    if not tells_of_holding(text, start, timex.start):
        return False  # the common case, without the regex
    held = _OTHER_HELD.search(text, start, timex.start)
    return held is not None and not held.start() <= trigger_start < timex.start


def _names_a_thing(text: str, timex: Timex, trigger_start: int) -> bool:
    """"the 2015 Minsk agreements", "the agreements of November 9, 2020": a date that is part of
    a document's or a thing's name, unless the trigger heads that name ("the 2021 G20 Summit")."""
    if not written_with_number(timex):
        return False
    before = text[max(0, timex.start - 40) : timex.start]
    if _DOCUMENT_OF.search(before):
        return True
    return (timex.value.isdigit() and _PREMODIFIER_YEAR.search(before) is not None
            and _WORD_AFTER.match(text, timex.end) is not None
            and not (timex.end < trigger_start
                     and _NAME_WORDS.fullmatch(text, timex.end, trigger_start)))


# A talk followed by its own holding ("the summit to be held in Glasgow on November 1-2"):
# what follows is when it happens, not a plan it is about.
_OWN_HOLDING = re.compile(r"\s+(?:to\s+be\s+held|scheduled)\b", re.IGNORECASE)


# A period after the trigger that says what the thing is for or counts in, not when it
# happened: "the macro-financial aid ... for the next year", "agreed for next year how ..."
# (unlike "scheduled for December 15"); "another meeting of the Staff - already the 45th this
# year".
_PERIOD_NOT_WHEN = re.compile(
    r"(?:(?<!scheduled )(?<!planned )(?<!set )(?<!slated )(?<!postponed )(?<!moved )"
    r"(?<!rescheduled )(?<!due )\bfor\s+(?:the\s+)?"
    r"|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+(?:(?:time|one|such\s+\w+)\s+)?)$", re.IGNORECASE)


def _is_period_not_when(text: str, timex: Timex, trigger_end: int) -> bool:
    """A period longer than a day that the thing is for or counts in ("for today's talks" is
    today's)."""
    if timex.start < trigger_end or not _PERIOD_NOT_WHEN.search(
            text, max(trigger_end, timex.start - 30), timex.start):
        return False
    interval = _interval(timex.value)
    return interval is not None and interval.precision != "day"


def _is_content(text: str, timex: Timex, trigger_end: int) -> bool:
    return ((_CONTENT_BEFORE.search(text, trigger_end, timex.start) is not None
             and _OWN_HOLDING.match(text, trigger_end) is None)
            or _DEADLINE_BEFORE.search(text, max(trigger_end, timex.start - 8), timex.start)
            is not None
            or (not written_with_number(timex) and _HOLIDAY.search(timex.text) is not None
                and _ON.search(text, trigger_end, timex.start) is not None))


def _beside(text: str, timex: Timex, trigger_start: int, trigger_end: int) -> bool:
    if timex.start >= trigger_end:
        return _BESIDE_AFTER.fullmatch(text, trigger_end, timex.start) is not None
    return _BESIDE_BEFORE.fullmatch(text, timex.end, trigger_start) is not None


def choose_date(
    trigger_start: int, sentence_timexes: list[Timex], story: EventDate | None, published: dt.date
) -> EventDate:
    """The best date for a trigger given the dated expressions of its sentence."""
    candidates = [
        (abs(t.start - trigger_start), d) for t in sentence_timexes if (d := _from_timex(t))
    ]
    if candidates:
        chosen = min(candidates, key=lambda pair: pair[0])[1]
        # A coarse expression ("the year-end") that contains the story day is refined by it.
        if story and chosen.date_start <= story.date_start and story.date_end <= chosen.date_end:
            return story
        return chosen
    return story or fallback_date(published)
