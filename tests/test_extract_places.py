"""Which place an event mention gets when a name is both a party and a location."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.events.extract import extract_events

DAY = dt.date(2022, 3, 15)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A country's possessive is the party, even after "of": the place is the recipient's.
        ("The children became refugees because of Russia's invasion of Ukraine.", "Ukraine"),
        ("It lies at the heart of Russia’s full-scale invasion of Ukraine.", "Ukraine"),
        # A city's possessive after a preposition is still where it happened.
        ("Russian troops shelled the outskirts of Kyiv's northern suburbs.", "Kyiv"),
        # The preposition makes the country the place ("the war in Ukraine").
        ("Russian troops shelled positions in Ukraine on Monday.", "Ukraine"),
        ("Russian troops shelled Kharkiv on Monday.", "Kharkiv"),
        # an address: the town, then its region ("Kharkiv" is the oblast here)
        ("Fire at a church school in Kupyansk, Kharkiv after shelling.", "Kupyansk"),
        ("Okhtyrka, Sumy region, was shelled by Uragans.", "Okhtyrka"),
        # a list of three towns stays a list; the nearest is the place
        ("Russian troops shelled Izium, Kharkiv and Odesa.", "Izyum"),
        # a town located by a nearer one is the place, not the town that locates it
        ("Urban-type settlement Sartana near Mariupol: 4 civilians killed, 9 injured.", "Sartana"),
        ("The village of Pisky outside Avdiivka was shelled.", "Pisky"),
    ],
)
def test_place_of_the_mention(text: str, place: str) -> None:
    mentions = extract_events(text, DAY).mentions
    assert mentions and all(m.place is not None and m.place.name == place for m in mentions)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a visit happens where it goes
        ("The President of Austria visited Ukraine with several ministers.", "Ukraine"),
        ("Prime Minister Nikol Pashinyan made an official visit to Russia in April.", "Russia"),
        # names that only look like places
        ("The meeting was attended by Interior Minister Vladimir Kolokoltsev.", None),
        ("He met Ambassador Larisa Galadza.", None),
        ("Canadian Prime Minister Justin Trudeau held talks with President Bill Clinton.", None),
        ("The President signed a decree against Gender-Based Violence.", None),
        ("He thanked Turkey for its part in the Crimea Platform.", None),
        ("I congratulated Mozambique, and I believe Africa should get more seats.", None),
        # a surname after a given name (data/places/given_names.txt), and the given name
        ("Kyrylo Tymoshenko thanked the British government.", None),
        ("I spoke with Prime Minister of Bulgaria Kiril Petkov.", None),
        ("He met President Maia Sandu.", None),
        ("She met the Minister of Social Policy.", None),
        # a part of the place ("in central Kyiv") still names where
        ("Damage from a strike in central Kyiv near residences.", "Kyiv"),
        ("Russian troops shelled villages in north-eastern Kharkiv region.", "Kharkiv Oblast"),
        # a talk, a thanks or a demand happened where the text says it did, not where its topic
        # lies; a happening on the ground is where its sentence's town is
        ("Putin and Sall will hold talks in Sochi on the situation in Donbas.", "Sochi"),
        ("He thanked Canada for its support for the people of Donbas.", None),
        ("The IAEA demands that Russia leave the Zaporizhzhia nuclear power plant.", None),
        ("Dozens of world leaders attended the Bucha Summit.", "Bucha"),
        # the country invaded is where the invasion happened
        # an invitation to visit, or thanks for a visit, happen where they are made
        ("The President invited the Federal Chancellor to pay a visit to Ukraine.", None),
        ("Andriy Yermak thanked the actress for her recent visit to Ukraine.", None),
        # a meeting with a visitor does happen where the visit goes
        ("Zelenskyy met with Boris Johnson, who is on a visit to Ukraine.", "Ukraine"),
        ("Putin invaded sovereign Ukraine.", "Ukraine"),
        ("Russia invaded Ukraine on February 24.", "Ukraine"),
        # a place after the talk's topic is what it was about
        ("The presidents discussed the security situation in Ukraine.", None),
        ("Zelenskyy informed him about the developments in Donbas.", None),
        ("Putin discussed the situation in Kazakhstan with Tokayev in Moscow.", "Moscow"),
        # ... wherever the talk is told: before it, or inside its topic
        ("When discussing the situation in Afghanistan, Putin informed his counterpart about "
         "the outcomes.", None),
        ("The United States could help Ukraine find a format for talks with Russia on peace "
         "in Donbas.", None),
        ("Russian troops shelled the people of Mariupol.", "Mariupol"),
    ],
)
def test_place_or_none(text: str, place: str | None) -> None:
    mention = extract_events(text, DAY).mentions[0]
    assert (mention.place and mention.place.name) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # where another talk was held places that talk, not the next one nor a talk about it
        ("Zhovkva informed him of the results of the Ukraine-EU Summit held in Kyiv on October "
         "12, and of the expectations from the Eastern Partnership Summit scheduled for "
         "December 15.", "informed him", None),
        ("Climate issues were discussed in light of the preparations for the World Leaders "
         "Summit to be held in Glasgow on November 1-2.", "discussed", None),
        ("Climate issues were discussed in light of the preparations for the World Leaders "
         "Summit to be held in Glasgow on November 1-2.", "Summit", "Glasgow"),
        # the battles discussed are where they are; the talk is not there
        ("The battles in Donetsk region were discussed separately.", "discussed", None),
        ("The battles in Donetsk region were discussed separately.", "battles",
         "Donetsk Oblast"),
        # what happens at the meeting the article opens with happens where it took place
        ("Volodymyr Zelenskyy met with Justin Trudeau in Glasgow. The parties discussed "
         "defence cooperation. The President thanked Canada for its support.", "thanked",
         "Glasgow"),
        # a call has no venue, whatever earlier talks it recalls
        ("Vladimir Putin had a telephone conversation with Naftali Bennett. Following up on the "
         "talks held in Sochi, both leaders exchanged opinions. They agreed to stay in touch.",
         "agreed", None),
        # nor does a meeting only hoped for take place there
        ("Volodymyr Zelenskyy met with Justin Trudeau in Glasgow. We will hold talks again in "
         "Kyiv.", "hold talks", "Kyiv"),
        ("Volodymyr Zelenskyy met with Justin Trudeau in Glasgow. We will hold talks again "
         "soon.", "hold talks", None),
        # an attack told in a release about a meeting happens where it happens
        ("Volodymyr Zelenskyy met with Justin Trudeau in Glasgow. Russian troops shelled "
         "Kharkiv.", "shelled", "Kharkiv"),
    ],
)
def test_the_meeting_places_what_happens_at_it(text: str, trigger: str, place: str | None
                                               ) -> None:
    mention = next(m for m in extract_events(text, DAY).mentions if m.trigger_text == trigger)
    assert (mention.place and mention.place.name) == place


UKRAINE_SITE = "President of Ukraine (president.gov.ua)"
KREMLIN = "Kremlin (en.kremlin.ru)"


@pytest.mark.parametrize(
    ("text", "source", "trigger", "place"),
    [
        # "our country" is where a visit goes: the speaker's country
        ("The Prime Minister of Croatia is on a visit to our country.", UKRAINE_SITE, "visit",
         "Ukraine"),
        ("You have visited our country four times.", KREMLIN, "visited", "Russia"),
        ("Russian troops continued to strike at the territory of our state.", UKRAINE_SITE,
         "strike at", "Ukraine"),
        # ... but not the topic of talks, nor "our people", and a town named is more precise
        ("The presidents discussed the security situation in our country.", UKRAINE_SITE,
         "discussed", None),
        ("The President thanked our people for their resilience.", UKRAINE_SITE, "thanked",
         None),
        ("The Russian army continued its offensive in the east of our country, in Donbas.",
         UKRAINE_SITE, "offensive", "Donbas"),
    ],
)
def test_our_country_is_the_speakers(text: str, source: str, trigger: str, place: str | None
                                     ) -> None:
    mention = next(m for m in extract_events(text, DAY, source=source).mentions
                   if m.trigger_text == trigger)
    assert (mention.place and mention.place.name) == place
