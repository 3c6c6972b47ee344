"""Who did the harm and who suffered it, when the words around the trigger say so."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events.extract import extract_events

DAY = dt.date(2022, 5, 10)
KYIV = "President of Ukraine (president.gov.ua)"
KREMLIN = "Kremlin (en.kremlin.ru)"


def _parties(text: str, trigger: str, source: str | None = None) -> tuple[str | None, ...]:
    mention = next(m for m in extract_events(text, DAY, source=source).mentions
                   if m.trigger_text == trigger)
    return tuple(p.code if p else None for p in (mention.actor, mention.recipient))


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # the doer after a participle and "by", whoever is named before the attack
        ("Europe and the world face challenges caused by the brutal war waged by the Russian "
         "Federation against Ukraine.", "war", "RUS", "UKR"),
        ("Putin drew attention to the large-scale exercises conducted by the US in the Black "
         "Sea.", "exercises", "USA", None),
        # (the West's sanctions hit the side it opposes)
        ("I would like to note the illegitimate sanctions imposed by certain Western countries.",
         "sanctions", "WST", "RUS"),
        # "by" after a participle of a trigger of another kind stays with it
        ("I thanked Mr. Draghi for the involvement in the investigation of crimes committed by "
         "the Russian military.", "investigation of crimes", "ITAGOV", "RUSMIL"),
    ],
)
def test_the_doer_named_after_the_trigger(text: str, trigger: str, actor: str,
                                          recipient: str | None) -> None:
    assert _parties(text, trigger) == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He is convinced that Russia's war against Ukraine has destroyed the structure of "
         "world security.", "destroyed"),
        ("Due to the Russian bombing of Ukrainian cities, 289 educational institutions were "
         "destroyed.", "destroyed"),
        ("The Russian invasion of Ukraine destroyed everything that security was based on.",
         "destroyed"),
    ],
)
def test_an_attacks_target_does_not_do_the_next_harm(text: str, trigger: str) -> None:
    assert _parties(text, trigger) == ("RUS", "UKR")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Ukraine has received strong support from our American friends.", "USAGOV", "UKRGOV"),
        ("The Ukrainian diplomats also received congratulations from Head of the Office of the "
         "President Andriy Yermak.", "UKRGOV", "UKRGOV"),
    ],
)
def test_support_received_comes_from_the_other(text: str, actor: str, recipient: str) -> None:
    mention = next(m for m in extract_events(text, DAY).mentions if m.event_type == "SUPPORT")
    assert (mention.actor.code, mention.recipient.code) == (actor, recipient)
    # the giver is the name after "from", not the subject that received
    assert mention.actor.start > mention.trigger_start


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # a participle right after the name, with no object: the named suffered it
        ("Ukrainian servicemen wounded in the east were treated.", "wounded", None, "UKRMIL"),
        ("Russian troops killed in Kharkiv.", "killed", None, "RUSMIL"),
        # with an object the name acts
        ("Russian troops killed 5 civilians in Bucha.", "killed", "RUSMIL", "UKR"),
    ],
)
def test_a_reduced_relative_tells_who_suffered(text: str, trigger: str, actor: str | None,
                                               recipient: str) -> None:
    assert _parties(text, trigger, KYIV) == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("I wish a speedy recovery to everyone who was injured by this blow.", "injured"),
        ("The British people did not forget Coventry, which was bombed 41 times.", "bombed"),
    ],
)
def test_who_suffered_in_a_relative_clause_is_not_hit_by_the_subject(
        text: str, trigger: str) -> None:
    actor, _ = _parties(text, trigger, KYIV)
    assert actor not in ("UKRGOV", "GBR", "GBRGOV")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a participle used as an adjective was done by nobody the sentence names
        ("We will not forgive the destroyed houses.", "destroyed"),
        ("We agreed that Austria would take our severely wounded servicemen for treatment.",
         "wounded"),
        # whoever did it is known or asked, not named
        ("We know exactly who prepared this attack.", "attack"),
    ],
)
def test_the_subject_of_another_verb_did_not_do_the_harm(text: str, trigger: str) -> None:
    actor, _ = _parties(text, trigger, KYIV)
    assert actor not in ("UKRGOV", "AUT", "AUTGOV")


def test_they_are_not_the_side_that_shot_down_a_missile() -> None:
    text = ("Our air defense shot down the missile over Kyiv today. "
            "They want to kill even more.")
    assert _parties(text, "kill", KYIV)[0] != "UKR"


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # the passive's subject behind a possessive was hit
        ("Ukraine's hospitals have been bombed.", "bombed", None, "UKR"),
        # the agent after "by" and words that describe the blow
        ("Dozens of people were injured by this insane Russian strike.", "injured", "RUS",
         "UKR"),
        ("About 40% of our energy infrastructure were destroyed by the strikes of Russian "
         "missiles.", "destroyed", "RUS", "UKR"),
    ],
)
def test_the_passive_names_who_suffered_and_who_did_it(
        text: str, trigger: str, actor: str | None, recipient: str) -> None:
    assert _parties(text, trigger, KYIV) == (actor, recipient)


def test_a_place_visited_is_not_visiting_who_is_named_in_its_where_clause() -> None:
    text = ("Today in Zaporizhzhia, I visited the site where Russian rockets hit residential "
            "buildings.")
    assert _parties(text, "visited", KYIV) == ("UKRGOV", None)


def test_names_joined_after_in_both_stand_where() -> None:
    # neither country discussed: the talk is the article's voice's
    text = "The situations in Afghanistan and Libya were also discussed."
    assert _parties(text, "discussed", KREMLIN) == ("RUSGOV", None)


def test_a_name_that_qualifies_the_blow_did_not_die() -> None:
    text = ("As a result of the Russian shelling of Mykolaiv today one person died, seven were "
            "wounded.")
    assert _parties(text, "died", KYIV) == ("RUS", "UKR")


@pytest.mark.parametrize(
    ("source", "actor"),
    [(KREMLIN, "RUSGOV"), (KYIV, "UKRGOV")],
)
def test_what_was_discussed_is_a_topic_and_the_talk_the_voices(source: str, actor: str) -> None:
    text = "Further sanctions against Ukraine and Russia were discussed with the Prime Minister."
    assert _parties(text, "discussed", source)[0] == actor


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        # where a delegation goes is no party: "they" are the two who spoke
        ("Vladimir Putin had a telephone conversation with President of China Xi Jinping. "
         "Vladimir Putin noted that he was ready to send a delegation to Minsk to hold talks "
         "with representatives of Ukraine. They reaffirmed a mutual readiness to cooperate.",
         "reaffirmed", ("RUSGOV", "CHNGOV")),
        # who comes to a country visits it
        ("Vladimir Putin held talks in the Kremlin with President of Mongolia Ukhnaagiin "
         "Khurelsukh, who has come to Russia on a working visit.", "working visit",
         ("MNGGOV", "RUSGOV")),
        # the leaders are the two who spoke, not two named later
        ("Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip "
         "Erdogan. Putin informed him about the talks between Russia and Ukraine in Istanbul. "
         "The two leaders agreed to maintain contacts.", "agreed", ("RUSGOV", "TURGOV")),
    ],
)
def test_the_parties_of_a_call_and_a_visit(text: str, trigger: str,
                                           parties: tuple[str, str]) -> None:
    assert _parties(text, trigger, KREMLIN) == parties


def test_a_visit_from_someone_is_theirs() -> None:
    text = ("We are hosting a visit from our powerful ally, the President of the United States "
            "of America.")
    assert _parties(text, "visit", KYIV)[0] == "USAGOV"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("My condolences to the relatives and friends!", "condolences", "UKRGOV"),
        ("This time our meeting was special.", "meeting", "UKRGOV"),
        # aid "to us" is not ours
        ("This country was one of the first to come to our aid.", "aid", None),
    ],
)
def test_my_and_our_are_the_voices(text: str, trigger: str, actor: str | None) -> None:
    assert _parties(text, trigger, KYIV)[0] == actor


def test_who_was_killed_somewhere_is_hit_not_the_place() -> None:
    text = "Two Russian generals were killed in Ukraine today."
    assert _parties(text, "killed", "anders_aslund") == (None, "RUS")
