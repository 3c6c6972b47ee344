"""Who "I", "we" and an unspoken subject are: a transcript's speaker or the article's voice."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.entities import find_actors
from conflict_timeline.events.extract import extract_events
from conflict_timeline.events.voice import Voices, article_voice, first_person

DAY = dt.date(2023, 2, 1)
ADDRESS = ("Ukraine will not stop. Our warriors hold the line in Donbas, and Ukraine is grateful. "
           "Austria stands with Ukraine. ")


def _parties(text: str, trigger: str) -> tuple[str | None, str | None]:
    mention = next(m for m in extract_events(text, DAY).mentions if m.trigger_text == trigger)
    return (mention.actor and mention.actor.code, mention.recipient and mention.recipient.code)


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        # an address speaks for the country it names most
        (ADDRESS + "I thank the President of Austria for standing with us.", "thank",
         ("UKRGOV", "AUTGOV")),
        (ADDRESS + "Today I held several meetings with our military.", "held several meetings",
         ("UKRGOV", "UKRMIL")),
        # a sentence that opens with a past verb or with thanks: the voice acts
        ("President of Ukraine Volodymyr Zelenskyy spoke about Ukraine. Held talks with the "
         "Prime Minister of Japan.", "Held talks", ("UKRGOV", "JPNGOV")),
        # also an irregular past verb or a bare "Gratitude", and a past verb joined to it by
        # "and" shares the unspoken subject, whoever is named between
        (ADDRESS + "Heard the report of the commander.", "Heard the report",
         ("UKRGOV", "UKR")),
        (ADDRESS + "Gratitude to everyone who works for our victory!", "Gratitude",
         ("UKRGOV", "UKR")),
        (ADDRESS + "Expressed support to our military and awarded the best.", "awarded",
         ("UKRGOV", "UKR")),
        # keeping in touch with one's own commanders is an inward meeting; with partners, no
        # one's own
        (ADDRESS + "I am in constant contact with the commanders.",
         "am in constant contact with", ("UKRGOV", "UKR")),
        (ADDRESS + "I am in constant contact with partners.", "am in constant contact with",
         ("UKRGOV", None)),
        # "the terrorist state" is the voice's opponent's state, also after "of"
        (ADDRESS + "The time the world uses to think is used by the terrorist state to kill.",
         "kill", ("RUS", "UKR")),
        (ADDRESS + "We remember those who died as a result of the aggression of the terrorist "
         "state.", "aggression", ("RUS", "UKR")),
        # the leaders of other states are no attack's two sides, and "he" after a quote that
        # names Russia is who spoke it
        (ADDRESS + "The whole world is against the aggression of the Russian Federation. This "
         "encourages the leaders of these states to impose sanctions against the aggressor.",
         "sanctions", (None, "RUSMIL")),
        (ADDRESS + '"There is no strong position against the aggression of the Russian '
         'Federation," Volodymyr Zelenskyy stressed. He thanked Austria.', "thanked",
         ("UKRGOV", "AUTGOV")),
        # a pronoun that is the trigger's own subject is not a country named before it
        ("President Zelenskyy said that Ukraine appreciates the support of Denmark, and that "
         "he met Prime Minister Mette Frederiksen.", "met", ("UKRGOV", "DNKGOV")),
        # a transcript's turn: the actor before the colon speaks for what follows
        ("Ukraine and Ukraine and Ukraine. President of Russia Vladimir Putin: Colleagues, I "
         "thank Prime Minister Narendra Modi for the invitation.", "thank",
         ("RUSGOV", "INDGOV")),
    ],
)
def test_first_person_is_the_voice(text: str, trigger: str,
                                   parties: tuple[str | None, str | None]) -> None:
    assert _parties(text, trigger) == parties


def test_he_after_an_unspoken_subject_is_the_other_party() -> None:
    text = ("President of Ukraine Volodymyr Zelenskyy spoke about Ukraine. Held talks with the "
            "Prime Minister of Japan. He thanked Ukraine for its resolve.")
    assert _parties(text, "thanked") == ("JPNGOV", "UKRGOV")


def test_he_keeps_the_subject_across_a_sentence_naming_others() -> None:
    text = ("Deputy Head of the Office of the President of Ukraine Ihor Zhovkva met the "
            "Ambassador of Canada. He noted that Russia attacked Ukraine again. "
            "The Deputy Head of the Office of the President thanked the Canadian side.")
    assert _parties(text, "thanked") == ("UKRGOV", "CANGOV")


def test_the_parties_are_those_of_the_meeting() -> None:
    text = ("Ihor Zhovkva met with the Ambassador of Canada. Russian troops attacked Ukrainian "
            "positions. The interlocutors discussed bilateral cooperation.")
    assert _parties(text, "discussed") == ("UKRGOV", "CANGOV")


def test_a_verb_that_opens_a_report_is_no_voice() -> None:
    # "Missile strikes" open the sentence but nobody unnamed acts (the city hit lies in the
    # article's theatre)
    assert _parties("Ukraine is here. Missile strikes hit the city overnight.",
                    "Missile strikes") == (None, "UKR")


@pytest.mark.parametrize(
    ("text", "country"),
    [("Ukraine, Ukraine and Russia.", "UKR"), ("Putin met Erdogan.", "RUS"), ("Nothing.", None)],
)
def test_article_voice_is_the_country_named_most(text: str, country: str | None) -> None:
    assert article_voice(find_actors(text)) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an address that names Russia most still speaks for Ukraine
        ("Ukrainians! Russia shells our cities. Russia lies. Russia will lose. We thank "
         "Ukraine's partners. Glory to Ukraine!", "UKR"),
        ("The occupiers are in Kherson. Russia, Russia, Russia. We will return.", "UKR"),
        # Russian spellings and names for the war
        ("The Kiev regime shells Donbass. Ukraine, Ukraine and Ukraine.", "RUS"),
        # as many cues for each side: the country named most
        ("The occupiers left Kiev. Russia, Russia, Russia and Ukraine.", "RUS"),
        # a cue only as a whole word ("Kievan" is none)
        ("Kievan Rus. Ukraine, Ukraine and Russia.", "UKR"),
    ],
)
def test_article_voice_follows_the_sides_cues(text: str, country: str) -> None:
    assert article_voice(find_actors(text), text) == country


TWEET = ("Held talks with the Prime Minister of Japan. Japan is allocating $100 million. "
         "We are grateful to Japan!")


@pytest.mark.parametrize(
    ("source", "trigger", "parties"),
    [
        # a publisher that speaks for a government is "I" and "we", whatever the text names
        ("ZelenskyyUa", "Held talks", ("UKRGOV", "JPNGOV")),
        ("ZelenskyyUa", "grateful", ("UKRGOV", "JPNGOV")),
        # names of one publisher, in any case
        ("kremlin.ru", "Held talks", ("RUSGOV", "JPNGOV")),
        (" KREMLIN (en.kremlin.ru) ", "Held talks", ("RUSGOV", "JPNGOV")),
        # an unlisted publisher (a news outlet) or none: the country named most
        ("KyivIndependent", "Held talks", ("JPNGOV", None)),
        (None, "Held talks", ("JPNGOV", None)),
    ],
)
def test_a_publisher_speaks_for_its_government(
        source: str | None, trigger: str, parties: tuple[str | None, str | None]) -> None:
    mention = next(m for m in extract_events(TWEET, DAY, source=source).mentions
                   if m.trigger_text == trigger)
    assert (mention.actor and mention.actor.code,
            mention.recipient and mention.recipient.code) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # whoever did a good job is praised, by the article's voice
        ("Glory to Ukraine! Our warriors did a great job.", ("UKRGOV", "UKRMIL")),
        ("Glory to Ukraine! Everyone involved did a great job.", ("UKRGOV", "UKR")),
    ],
)
def test_praise_for_work_done(text: str, parties: tuple[str | None, str | None]) -> None:
    assert _parties(text, "did a great job") == parties


def test_a_publisher_outweighs_the_cues() -> None:
    # the occupiers and "russia" in lower case are Ukraine's words, quoted by the Kremlin
    text = "The occupiers, russia says. We thank Armenia."
    assert article_voice(find_actors(text), text) == "UKR"
    assert article_voice(find_actors(text), text, "Kremlin (en.kremlin.ru)") == "RUS"


def test_our_state_in_an_address_that_names_russia_most() -> None:
    text = ("Ukrainians! Russia is losing revenue. Russia tries to counter this. Russia will "
            "pay. Almost every address leads to increased assistance to our state.")
    (mention,) = [m for m in extract_events(text, dt.date(2022, 6, 2)).mentions
                  if m.event_type == "AID"]
    assert mention.recipient is not None and mention.recipient.country == "UKR"


def test_a_bare_title_after_a_fronted_phrase_is_the_subject() -> None:
    text = ("President of Ukraine Volodymyr Zelenskyy met Prime Minister of Canada Justin "
            "Trudeau. During the meeting, the President invited the Prime Minister of Canada to "
            "visit Ukraine.")
    assert _parties(text, "invited") == ("UKRGOV", "CANGOV")


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        # the other side as the voice calls it
        (ADDRESS + "The occupiers shelled the town again.", "shelled", ("RUSMIL", "UKR")),
        ("Russia, Russia and Russia. The enemy attacked our positions in Donbas.", "attacked",
         ("UKRMIL", "RUSMIL")),
        # a bare title with nobody named before: the voice
        ("Documents about Russia and Russia were published. The President held a briefing "
         "session on the economy.", "held a briefing session", ("RUSGOV", "RUS")),
        # names the dictionary lacks before the subject it knows
        ("Roman Mashovets informed about the violation by the Russian side. He noted the "
         "build-up. The Deputy Head of the Office of the President thanked the Canadian side.",
         "thanked", ("UKRGOV", "CANGOV")),
        # after the fronted date, the title is the subject
        ("President of Ukraine Volodymyr Zelenskyy spoke. On September 21, 2020, the "
         "President signed the decree.", "signed", ("UKRGOV", None)),
        # "by" names the actor later in the clause
        ("A visit to Kyiv by the Prime Minister of Ireland took place.", "visit",
         ("IRLGOV", "UKRGOV")),
        # "his talks": the subject's, not the nearest name's
        ("Nikol Pashinyan informed Mr Putin about his talks with President of Azerbaijan Ilham "
         "Aliyev in Brussels.", "talks with", ("ARMGOV", "AZEGOV")),
    ],
)
def test_who_acts_when_the_sentence_does_not_say_plainly(
        text: str, trigger: str, parties: tuple[str | None, str | None]) -> None:
    assert _parties(text, trigger) == parties


def test_meeting_participants_are_the_meeting_parties() -> None:
    text = ("Vladimir Putin held talks with Recep Tayyip Erdogan. The meeting participants "
            "discussed the grain deal.")
    assert _parties(text, "meeting") == ("RUSGOV", "TURGOV")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("I thank you, and we count on you.", ["I", "we"]),
        ("We stand. AI, Wei and Iwe are no pronouns; nor is the initial in I. Ivanov.", ["We"]),
        ("Our warriors and our country; your country is not ours, nor is detour country.",
         ["Our warriors", "our country"]),
        ("The enemy and our occupiers; theenemy is no word.", ["The enemy", "our occupiers"]),
        # counted without an article; "Russian occupiers" is a name of its own
        ("Almost 9,200 invaders and 40 occupiers; Russian occupiers; co-occupiers.",
         ["invaders", "occupiers"]),
    ],
)
def test_first_person_words_are_whole_words(sentence: str, words: list[str]) -> None:
    text = "Ukraine and Ukraine. " + sentence
    voices = Voices(text, find_actors(text))
    assert [a.text for a in first_person(text, voices)] == words
