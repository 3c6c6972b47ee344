"""Which date expression governs an event mention."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events.dating import FALLBACK
from conflict_timeline.events.extract import extract_events

DAY = dt.date(2022, 4, 4)


def _date(text: str, trigger: str) -> tuple[str, str]:
    mention = next(m for m in extract_events(text, DAY).mentions if m.trigger_text == trigger)
    return mention.date.date_start.isoformat(), mention.date.date_basis


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # "since" starts a state that lasts: the event is not dated by it
        ("Russia has withdrawn from 40% of the territories it occupied since February 24.",
         "withdrawn", ("2022-04-04", FALLBACK)),
        # nor by a birth
        ("Among the wounded is a child, a girl born in 2016.", "wounded",
         ("2022-04-04", FALLBACK)),
        # a named happening takes only a date beside it
        ("Corridors for residents affected by the Russian invasion will open on April 5.",
         "invasion", ("2022-04-04", FALLBACK)),
        ("The invasion in February 2022 shocked Europe.", "invasion",
         ("2022-02-01", "explicit")),
        # ... nor is an invasion referred back to the story's day
        ("On April 2, ten humanitarian corridors were agreed upon to evacuate residents of "
         "settlements affected by the Russian invasion.", "invasion", ("2022-04-04", FALLBACK)),
        # ... nor cooperation to come, committed to on the story's day
        ("On April 2, both leaders reaffirmed their mutual commitment to further strengthening "
         "relations.", "commitment to further strengthening", ("2022-04-04", FALLBACK)),
        # ... nor a deportation remembered on its anniversary
        ("Today, on April 2, we honor the memory of the victims of the deportation of the "
         "Crimean Tatar people.", "deportation", ("2022-04-04", FALLBACK)),
        # a verb takes the date of its clause
        ("Russian troops withdrew from Bucha on March 30.", "withdrew",
         ("2022-03-30", "relative-to-publication")),
        # a range of days dates the event by its first day, wherever the trigger stands
        ("On March 15-16, the leaders met in Brussels.", "met",
         ("2022-03-15", "relative-to-publication")),
        ("On March 8 and 9, Russian troops shelled Kharkiv.", "shelled",
         ("2022-03-08", "relative-to-publication")),
        # the story's day reaches an undated meeting of its lead paragraph, but not the war
        # named there ("Russian aggression" is no happening of that day)
        ("Volodymyr Zelenskyy met Karl Nehammer on Saturday. They discussed Russian aggression.",
         "discussed", ("2022-04-02", "relative-to-publication")),
        ("Volodymyr Zelenskyy met Karl Nehammer on Saturday. They discussed Russian aggression.",
         "aggression", ("2022-04-04", FALLBACK)),
        # what is asked, agreed or welcomed has its own date, not the act's
        ("The Presidents agreed to hold the 10th meeting in February 2023 in Kyiv.", "agreed",
         ("2022-04-04", FALLBACK)),
        ("Zelenskyy invited Trudeau to visit our country in 2023.", "invited",
         ("2022-04-04", FALLBACK)),
        ("Boris Johnson welcomed Russia's plans to achieve carbon neutrality by 2060.",
         "welcomed", ("2022-04-04", FALLBACK)),
        # the holiday a greeting is for: Kazakhstan's Independence Day is no July 4
        ("Vladimir Putin sent greetings to President Tokayev on the country's national holiday, "
         "Independence Day.", "greetings", ("2022-04-04", FALLBACK)),
        # a date in a document's name dates the document
        ("Kiev still refuses to honour the 2015 Minsk agreements.", "refuses",
         ("2022-04-04", FALLBACK)),
        ("They reaffirmed the trilateral agreements of November 9, 2020.", "reaffirmed",
         ("2022-04-04", FALLBACK)),
        # ... but a year before the happening it names dates it, and the act's own day stays
        ("Following the 2021 G20 Summit in Rome, decisions were made.", "Summit",
         ("2021-01-01", "explicit")),
        ("The presidents agreed on Friday to continue contacts.", "agreed",
         ("2022-04-01", "relative-to-publication")),
        # a date after another talk and its holding is that talk's, which is an event too
        ("The presidents discussed bilateral cooperation taking into consideration the outcome "
         "of the meeting of the Supreme State Council of the Union State held on March 4.",
         "discussed", ("2022-04-04", FALLBACK)),
        ("The presidents discussed bilateral cooperation taking into consideration the outcome "
         "of the meeting of the Supreme State Council of the Union State held on March 4.",
         "meeting", ("2022-03-04", "relative-to-publication")),
        # a summit followed by its own holding is dated by it, not as a plan it is about
        ("Climate issues were discussed in light of the preparations for the World Leaders "
         "Summit to be held in Glasgow on November 1-2.", "Summit",
         ("2022-11-01", "relative-to-publication")),
        # a talk held on its own day before the trigger is another event, with its own date
        ("Following up on the Russian-Israeli talks held in Sochi on March 22, both leaders "
         "exchanged opinions on topical issues.", "exchanged opinions", ("2022-04-04", FALLBACK)),
        ("Following up on the Russian-Israeli talks held in Sochi on March 22, both leaders "
         "exchanged opinions on topical issues.", "talks",
         ("2022-03-22", "relative-to-publication")),
        # a period the thing is for or counts in is not when it happened ...
        ("There is a confirmation of the macro-financial aid from the European Union for the "
         "next year.", "macro-financial aid", ("2022-04-04", FALLBACK)),
        ("I held another meeting of the Staff - already the 45th this year.",
         "held another meeting", ("2022-04-04", FALLBACK)),
        # ... unless the thing is scheduled for it, or it is the day of the act
        ("The summit is scheduled for next year.", "summit",
         ("2023-01-01", "relative-to-publication")),
        ("I am grateful to Mark Rutte for today's address to the Verkhovna Rada.", "grateful",
         ("2022-04-04", "relative-to-publication")),
    ],
)
def test_governing_date(text: str, trigger: str, date: tuple[str, str]) -> None:
    assert _date(text, trigger) == date


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        # an announcement's title dates what its lead tells
        ("On June 3, Vladimir Putin will meet with President of Senegal Macky Sall",
         dt.date(2022, 6, 2), (dt.date(2022, 6, 3), True)),
        ("Leaders of the CSTO member states will hold a summit in Moscow on May 16",
         dt.date(2022, 5, 12), (dt.date(2022, 5, 16), True)),
        # a day not written with its number, or far from publication, does not
        ("Putin will meet Sall tomorrow", dt.date(2022, 6, 2), (dt.date(2022, 6, 2), False)),
        ("On June 30, Vladimir Putin will meet with Macky Sall", dt.date(2022, 6, 2),
         (dt.date(2022, 6, 2), False)),
        (None, dt.date(2022, 6, 2), (dt.date(2022, 6, 2), False)),
    ],
)
def test_a_title_may_date_the_story(title: str | None, published: dt.date,
                                    expected: tuple[dt.date, bool]) -> None:
    text = "President of Russia Vladimir Putin will hold talks with Macky Sall in Sochi."
    [talks] = extract_events(text, published, title=title).mentions
    assert (talks.date.date_start, talks.date.in_title) == expected


def test_the_lead_dates_the_story_before_the_title() -> None:
    text = "On June 1, Vladimir Putin held talks with Macky Sall in Sochi."
    [talks] = extract_events(text, dt.date(2022, 6, 2),
                             title="On June 3, Putin will meet with Sall").mentions
    assert (talks.date.date_start, talks.date.in_title) == (dt.date(2022, 6, 1), False)


def test_an_announced_meeting_dates_what_happens_at_it() -> None:
    text = ("President of Russia Vladimir Putin will hold talks with Macky Sall in Sochi.\n\n"
            "The parties will discuss Russia's interaction with the African Union.")
    mentions = extract_events(text, dt.date(2022, 6, 2),
                              title="On June 3, Vladimir Putin will meet with Macky Sall").mentions
    assert [(m.trigger_text, m.date.date_start) for m in mentions] == [
        ("hold talks", dt.date(2022, 6, 3)), ("discuss", dt.date(2022, 6, 3))]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a date of the second sentence that is its own event's does not date the story
        ("The presidents discussed the outcome of the meeting of the Supreme State Council held "
         "on November 4.", dt.date(2021, 11, 9)),
        ("Putin congratulated Vucic on his victory in the election on November 6.",
         dt.date(2021, 11, 9)),
        # one that points back to the first sentence's event does, and so does its "today"
        ("The conversation took place on November 6.", dt.date(2021, 11, 6)),
        ("The presidents noted that today's talks were useful.", dt.date(2021, 11, 9)),
    ],
)
def test_the_second_sentence_dates_the_story_only_for_the_first(second: str,
                                                                expected: dt.date) -> None:
    text = ("Vladimir Putin had a telephone conversation with Alexander Lukashenko.\n\n"
            f"{second} The leaders agreed to maintain contact.")
    agreed = next(m for m in extract_events(text, dt.date(2021, 11, 9)).mentions
                  if m.trigger_text == "agreed")
    assert agreed.date.date_start == expected
