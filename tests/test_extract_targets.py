"""Parties a report leaves unsaid: the side an attack hits, an inward meeting's own people, and
the usual target of sanctions and aid in this war."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events import targets
from conflict_timeline.events.extract import extract_events

DAY = dt.date(2022, 7, 6)


def _mention(text: str, event_type: str):
    return next(m for m in extract_events(text, DAY).mentions if m.event_type == event_type)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the attacker's opponent, when no target is named
        ("The museum was closed after Russian shelling back in May.", "RUS", "UKR"),
        ("Ukrainian forces are advancing in the Kherson region.", "UKRMIL", "RUS"),
        # Ukrainian writers spell the enemy in lower case, or abbreviate it
        ("russians bombed the bridge over the Desna river.", "RUS", "UKR"),
        ("Eight russian troops shelled the village.", "RUSMIL", "UKR"),
        ("The RF army shelled Kharkiv.", "RUS", "UKR"),
        # no attacker named: the side whose ground was hit
        ("An explosion was reported in Belgorod overnight.", None, "RUS"),
        ("Residential building destroyed in airstrike in Mariupol.", None, "UKR"),
        # outside the war's sides nobody is implied
        ("An airstrike hit a market in Aleppo.", None, None),
        # no place either: the side of the article's theatre (country_hint, Ukraine by default)
        ("The grain warehouse was destroyed.", None, "UKR"),
        # rebels fight their own country's state
        ("LNR forces firing an ATGM at positions in Severodonetsk", "UKRREB", "UKR"),
        # fire at what the other side sends is by the side whose sky it is (the side named,
        # the place's, the theatre's) and at its opponent, never at a place of its own
        ("Ukrainian air defense shot down 12 drones over Kyiv.", "UKR", "RUS"),
        ("45 Shaheds were shot down on the first night of the year.", "UKR", "RUS"),
        ("A missile was shot down in Belgorod.", "RUS", "UKR"),
        ("Russian forces shot down a Ukrainian Su-25 near Izium.", "RUSMIL", "UKR"),
        ("A Ukrainian Su-25 was shot down near Izium.", "RUS", "UKR"),
        ("Intercepted missile blowing up in Kyiv", "UKR", "RUS"),
        ("Ukrainian air defense downed 12 Iranian drones.", "UKR", "RUS"),
    ],
)
def test_attacked_side(text: str, actor: str | None, recipient: str | None) -> None:
    mention = _mention(text, "ASSAULT")
    assert (mention.actor and mention.actor.code,
            mention.recipient and mention.recipient.code) == (actor, recipient)


def test_the_theatre_is_the_callers() -> None:
    mention = next(m for m in extract_events("The grain warehouse was destroyed.", DAY,
                                             country_hint="RU").mentions)
    assert mention.recipient is not None and mention.recipient.code == "RUS"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # an incident at one spot with no place of its own: where the previous sentence was
        ("Building of the Nikolaev regional administration destroyed in strike. 12 people "
         "reported to have been killed.", "killed", "Mykolayiv"),
        # not across a paragraph, not from a name standing as an actor, not for a general
        # kind of attack, and not when the sentence names a place of its own
        ("Missiles hit Kharkiv.\n\n12 people were killed.", "killed", None),
        ("Kyiv has rejected the terms. 12 people were killed.", "killed", None),
        ("Russian troops shelled Kharkiv. The aggression goes on.", "aggression", None),
        ("Missiles hit Kharkiv. Kyiv was attacked at 4 am, and 3 people were killed.", "killed",
         None),
    ],
)
def test_an_incident_happens_where_the_sentence_before_did(text: str, trigger: str,
                                                           place: str | None) -> None:
    mention = next(m for m in extract_events(text, DAY).mentions if m.trigger_text == trigger)
    assert (mention.place and mention.place.name) == place


def test_a_named_target_wins() -> None:
    mention = _mention("Russian troops attacked Ukrainian positions near Bakhmut.", "ASSAULT")
    assert mention.recipient is not None and mention.recipient.text == "Ukrainian"


def test_an_implied_side_shows_it_was_implied() -> None:
    recipient = _mention("Russian shelling hit the town.", "ASSAULT").recipient
    assert recipient is not None and recipient.text == "" and "implied" in recipient.name


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # a meeting that names nobody else: the actor's own officials
        ("Vladimir Putin held a meeting on the situation in the economy.", "RUS"),
        ("Vladimir Putin held a briefing session on the economy.", "RUS"),
        # somebody else named: that party
        ("Vladimir Putin held a meeting with Recep Tayyip Erdogan.", "TURGOV"),
    ],
)
def test_inward_meeting(text: str, recipient: str) -> None:
    assert _mention(text, "CONSULT").recipient.code == recipient


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # an instruction to nobody named goes to the actor's own officials; to "the
        # Government", to the government of the one who instructs
        ("Vladimir Putin instructed the Government to draft proposals.", "RUSGOV"),
        ("Vladimir Putin instructed officials to draft proposals.", "RUS"),
        ("Volodymyr Zelenskyy gave instructions on the supply of the troops.", "UKR"),
    ],
)
def test_inward_instruction(text: str, recipient: str) -> None:
    assert _mention(text, "REQUEST").recipient.code == recipient


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        # the sanctions of this war are imposed on Russia, whoever imposes them
        ("The EU adopted its sixth sanctions package.", "SANCTION", "EU", "RUS"),
        ("Japan fully supports the sanctions.", "SANCTION", "JPNGOV", "RUS"),
        # Russia named with them is the sanctioned, not who sanctions
        ("Russia has already begun receiving the first sanctions.", "SANCTION", None, "RUS"),
        # a target named wins
        ("Canada imposed sanctions on Belarus.", "SANCTION", "CANGOV", "BLRGOV"),
        # the aid of this war goes to Ukraine, also from its own government to its people
        ("Japan is allocating an additional $100 million in aid.", "AID", "JPNGOV", "UKR"),
        ("The Ukrainian government will provide all necessary assistance to the displaced.",
         "AID", "UKRGOV", "UKR"),
        # Russia's own allocations, named or in a Kremlin text, go elsewhere
        ("The Russian government allocated 800 million rubles to the training centres.",
         "AID", "RUSGOV", None),
        # the troops of this war move on Ukraine, and its retreats are from it
        ("Russian military convoy moving south", "MOBILIZE", "RUSMIL", "UKR"),
        ("After the withdrawal of Russian troops, the town was cleared.", "RETREAT", "RUSMIL",
         "UKR"),
        # but an exercise aims at nobody named, and Ukraine's own moves stay its own
        ("The Russian army held military exercises in the Rostov region.", "MOBILIZE",
         "RUSMIL", None),
        ("Ukrainian troops on the move near Izium", "MOBILIZE", "UKRMIL", None),
    ],
)
def test_usual_target(text: str, event_type: str, actor: str | None,
                      recipient: str | None) -> None:
    mention = _mention(text, event_type)
    assert (mention.actor and mention.actor.code,
            mention.recipient and mention.recipient.code) == (actor, recipient)
    if recipient == "RUS" or (recipient == "UKR" and event_type == "AID"):
        assert mention.recipient.text == "" and "implied" in mention.recipient.name


def test_kremlin_allocations_name_no_target() -> None:
    text = ("Vladimir Putin held a meeting on the economy in the Kremlin. Russia will keep "
            "growing, Putin said. Funding is already stipulated for many aspects.")
    mention = _mention(text, "AID")
    assert mention.recipient is None


def test_a_name_inside_the_trigger_is_the_recipient() -> None:
    mention = _mention("Germany supports Ukraine in defending its sovereignty.", "SUPPORT")
    assert (mention.actor.code, mention.recipient.code) == ("DEUGOV", "UKRGOV")


def test_a_meeting_in_a_capital_is_not_with_it() -> None:
    mention = _mention("Emmanuel Macron discussed the talks in Kyiv.", "CONSULT")
    assert mention.recipient is None


def test_a_pair_with_first_names_unknown_to_the_dictionary() -> None:
    mention = _mention("Volodymyr Zelenskyy and Recep Tayyip Erdoğan exchanged views on the "
                       "Black Sea.", "CONSULT")
    assert (mention.actor.code, mention.recipient.code) == ("UKRGOV", "TURGOV")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the subject suffered the losses: it is the recipient, and nobody is implied
        ("Four thousand Russian soldiers have already been killed.", None, "RUSMIL"),
        ("Ukraine stands. Our warriors have hundreds of wounded.", None, "UKRMIL"),
        # an active verb keeps its subject as the actor
        ("Russian soldiers are killing civilians.", "RUSMIL", "UKR"),
        ("Russian troops killed six civilians.", "RUSMIL", "UKR"),
        # whoever died is the recipient; a cause after the verb is the actor, a place is none
        ("Already 58,500 Russian soldiers have died in Ukraine.", None, "RUSMIL"),
        ("Ukrainian soldiers died defending Bakhmut.", None, "UKRMIL"),
        ("The children died from Russian aggression.", "RUS", "UKR"),
        ("In Kharkiv, 9 people died as a result of Russian artillery strikes.", "RUS", "UKR"),
        # someone named in another clause did not die
        ("He inflicted losses on Russian troops and died.", None, "UKR"),
    ],
)
def test_who_suffered_the_losses(text: str, actor: str | None, recipient: str | None) -> None:
    mention = _mention(text, "ASSAULT")
    assert (mention.actor and mention.actor.code,
            mention.recipient and mention.recipient.code) == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the subject of a verb of defence was attacked; an attacker comes "of" or "by"
        ("Ukrainians resist the aggression heroically.", None, "UKR"),
        ("The Ukrainian army is repelling attacks in key directions.", None, "UKRMIL"),
        ("The Armed Forces of Ukraine repel the attacks of Russian troops in the south.",
         "RUSMIL", "UKRMIL"),
        ("He thanked Ukraine for its support in counteracting aggression.", None, "UKR"),
        # a name between the verb and the attack is the attacker
        ("Ukrainians continue to repel Russian aggression.", "RUS", "UKR"),
        # one stops one's own doing
        ("Russian troops have not stopped the shelling.", "RUSMIL", "UKR"),
        ("Russian forces doesn’t want to stop barbaric aggression against civilians.",
         "RUSMIL", "UKR"),
        ("Russian pilots will never stop bombing.", "RUS", "UKR"),
    ],
)
def test_who_fends_the_attack_off(text: str, actor: str | None, recipient: str | None) -> None:
    # The attack fended off, not the defence (a mention of its own, mode defence).
    mention = next(m for m in extract_events(text, DAY).mentions
                   if m.event_type == "ASSAULT" and m.event_mode != "defence")
    assert (mention.actor and mention.actor.code,
            mention.recipient and mention.recipient.code) == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        # international lenders, organisations and the Holy See are parties too
        ("I spoke with World Bank President David Malpass.", "CONSULT", "WBK"),
        ("The President thanked the IMF for supporting Ukraine's economy.", "SUPPORT", "IMF"),
        ("Volodymyr Zelenskyy spoke with His Holiness Pope Francis.", "CONSULT", "VATGOV"),
        ("The Kremlin hosted a meeting of the Collective Security Treaty Organisation.",
         "CONSULT", "CSTO"),
        ("Zelenskyy had a working meeting with USAID representatives.", "CONSULT", "USAGOV"),
    ],
)
def test_organisations_as_recipients(text: str, event_type: str, recipient: str) -> None:
    mention = _mention(text, event_type)
    assert mention.recipient is not None and mention.recipient.code == recipient


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # an evacuation with nobody named is the article's own side's
        ("Ukraine's government met in Kyiv. Evacuation of people from the Sumy region "
         "continues.", "UKRGOV"),
        # one named after "by" still acts
        ("Ukraine's government met in Kyiv. Civilians were evacuated by the Red Cross.", "ICRC"),
    ],
)
def test_who_evacuates(text: str, actor: str) -> None:
    mention = _mention(text, "AID")
    assert mention.actor is not None and mention.actor.code == actor


def test_martial_law_is_imposed_by_the_voice_on_its_own_country() -> None:
    mention = _mention("Ukraine's government met in Kyiv. Martial law is imposed throughout "
                       "the country.", "COERCE")
    assert (mention.actor.code, mention.recipient.code) == ("UKRGOV", "UKR")
    assert mention.recipient.name == "UKR, implied: the actor's own country"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # an invasion between the listed invader and the invaded runs from the one to the other
        ("36 days of full-scale invasion of the Russian Federation.", "RUS", "UKR"),
        ("The invasion of the occupiers in the south of Ukraine was stopped.", "RUSMIL", "UKR"),
        ("We have been defending Ukraine against the invasion for 12 days.", "RUS", "UKR"),
        # other invasions keep what the text says
        ("The country was not ready for the invasion by Nazi Germany.", "DEU", None),
        ("Russia's invasion of Georgia began in August 2008.", "RUS", "GEO"),
    ],
)
def test_an_invasion_runs_from_the_invader(text: str, actor: str, recipient: str | None
                                           ) -> None:
    invasion = _mention(text, "ASSAULT")
    assert (invasion.actor.code, invasion.recipient and invasion.recipient.code) == (
        actor, recipient)


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "place"),
    [
        # the war named runs from the invader to the invaded, whoever the sentence names
        ("Russia's war in Ukraine continues.", "RUS", "UKR", "Ukraine"),
        ("Ukraine is a victim in this war.", "RUS", "UKR", None),
        ("This war showed who our friends are.", "RUS", "UKR", None),
        # placed only by the words after it, not at any place of its sentence
        ("The war against Ukraine must not let them enjoy life in Switzerland.",
         "RUS", "UKR", None),
        ("After eight years of war in Donbas.", "RUS", "UKR", "Donbas"),
    ],
)
def test_the_war_runs_from_the_invader(text: str, actor: str, recipient: str,
                                       place: str | None) -> None:
    war = _mention(text, "ASSAULT")
    assert (war.event_mode, war.actor.code, war.recipient.code,
            war.place and war.place.name) == ("war", actor, recipient, place)


def test_the_wars_implied_sides_are_no_pair_for_they() -> None:
    """"They also provide assistance" after "this war" is not Russia helping Ukraine."""
    text = "This war showed who our friends are. They also provide practical assistance."
    aid = _mention(text, "AID")
    assert aid.actor is None or aid.actor.country != "RUS"


def test_an_implied_invader_says_so() -> None:
    invasion = next(m for m in extract_events("Ukraine has resisted the invasion for 100 days.",
                                              DAY).mentions if m.event_mode == "invasion")
    assert (invasion.actor.text, invasion.actor.name) == ("", "RUS, implied: the invader")


def test_the_wars_implied_invader_is_no_subject_for_he() -> None:
    text = ("President Zelenskyy spoke to the nation today. This war showed who our friends "
            "are. He thanked the partners.")
    thanks = _mention(text, "SUPPORT")
    assert thanks.actor.code == "UKRGOV"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # forces seen somewhere, as a caption opens, are deployed there
        ("Russian forces in Izyum", [("forces", "MOBILIZE", "RUSMIL", "Izyum")]),
        ("Chechen Russian forces in Popasna", [("forces", "MOBILIZE", "RUSMIL", "Popasna")]),
        # nor beside another event of the caption
        ("Russian forces engaging Ukrainian forces at the outskirts of the city",
         [("engaging", "ASSAULT", "RUSMIL", None)]),
        ("Multiple tanks stationed in field", [("stationed", "MOBILIZE", None, None)]),
        # not forces that are a target, nor the same words in a longer text or further on
        ("Shelling of Russian troops in Novodarivka", [("Shelling", "ASSAULT", None, None)]),
        ("The President said that the Russian forces in Izyum are many. " + "More. " * 70, []),
    ],
)
def test_forces_seen_in_a_caption(text: str, found: list[tuple]) -> None:
    mentions = extract_events(text, DAY).mentions
    assert [(m.trigger_text, m.event_type, m.actor and m.actor.code,
             m.place and m.place.text) for m in mentions] == found


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # a numbered package is the EU's, whoever the sentence counts on ...
        ("We count on Austria's support for the soonest possible approval of the sixth "
         "sanctions package, which should definitely include an oil embargo.",
         "sixth sanctions package", "EU", "RUS"),
        # ... and so are the measures the sentence goes on to list
        ("We count on Austria's support for the soonest possible approval of the sixth "
         "sanctions package, which should definitely include an oil embargo.",
         "oil embargo", "EU", "RUS"),
        # the EU named in it is its actor, not its target
        ("The seventh sanctions package of the European Union is in the final stage of "
         "approval.", "seventh sanctions package", "EU", "RUS"),
        # a new package may be anyone's
        ("The United States has imposed a new package of sanctions against Russia.",
         "sanctions", "USAGOV", "RUSGOV"),
    ],
)
def test_known_actor(text: str, trigger: str, actor: str, recipient: str) -> None:
    mention = next(m for m in extract_events(text, DAY).mentions if m.trigger_text == trigger)
    assert (mention.actor and mention.actor.code,
            mention.recipient and mention.recipient.code) == (actor, recipient)
    if mention.actor.code == "EU":
        assert mention.actor.text == "" and "implied" in mention.actor.name


def test_an_unknown_known_actor_is_a_one_line_error() -> None:
    with pytest.raises(ValueError, match="known_actor 'Nobody Known' is no name in"):
        targets._known_party("Nobody Known")
