"""Words that report an event, and look-alikes that do not (data/event_types.yaml)."""

from __future__ import annotations

import pytest

from conflict_timeline.events import lexicon
from conflict_timeline.events.lexicon import (
    Trigger,
    expand_fragments,
    find_triggers,
    triggers_by_sentence,
)
from conflict_timeline.events.words import ArticleWords
from conflict_timeline.ingest import Article, read_file
from conflict_timeline.text import Sentence, split_sentences
from tests.corpus_articles import CORPUS, SOURCES


def _kinds(text: str) -> list[tuple[str, str]]:
    # caption-only triggers count only where a caption opens (tests/test_extract_targets.py)
    return [(t.text, t.kind.event_type) for t in find_triggers(text) if not t.kind.caption]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ukraine liberated 41 settlements in Kherson Oblast.",
         [("liberated 41 settlements", "ASSAULT")]),
        ("Russia has become the most sanctioned country.", [("sanctioned", "SANCTION")]),
        ("A shell hit a residential building.", [("shell hit", "ASSAULT")]),
        ("Regular conscription will take place in April.",
         [("Regular conscription", "MOBILIZE")]),
        ("I spoke with the President of Mozambique.", [("spoke with", "CONSULT")]),
        # "meet" with someone, somewhere or again; not demand, needs or evacuees met
        ("Putin, Aliyev and Pashinyan will meet in Sochi.", [("meet", "CONSULT")]),
        ("He is ready to meet with Putin at any time.", [("meet", "CONSULT")]),
        ("I will soon meet the new Chancellor of Germany Olaf Scholz.", [("meet", "CONSULT")]),
        ("We meet regularly and exchange information.", [("meet", "CONSULT"),
                                                         ("exchange information", "CONSULT")]),
        ("This will make it possible to meet domestic demand.", []),
        # blackmail and the threat of using a weapon threaten
        ("Some oligarchs are trying to blackmail the government.", [("blackmail", "THREATEN")]),
        ("Russia resorts to the threat of using nuclear weapons.",
         [("threat of using", "THREATEN")]),
        # a commitment to closer ties is cooperation to come
        ("Both leaders reaffirmed their mutual commitment to further strengthening "
         "Russia-Uzbekistan relations.", [("commitment to further strengthening", "COOPERATE")]),
        ("They reaffirmed the importance of implementing the agreements.",
         [("reaffirmed", "AGREE"), ("agreements", "AGREE")]),
        ("They expressed the intention to develop political dialogue.",
         [("intention to develop", "COOPERATE")]),
        # crimes investigated, and a tribunal for them, accuse
        ("He spoke about the investigation of crimes against children committed by the "
         "aggressor.", [("investigation of crimes", "ACCUSE")]),
        ("The enemy is subject to an international tribunal.",
         [("international tribunal", "ACCUSE")]),
        ("We will create a special tribunal for the crime of aggression.",
         [("special tribunal", "ACCUSE"), ("aggression", "ASSAULT")]),
        # reports received are a briefing
        ("As always, today I received reports on restoration work in the energy sector.",
         [("received reports", "CONSULT")]),
        ("Our team will meet them there.", []),
        ("The leaders will meet with media representatives.",
         [("meet with media representatives", "STATEMENT")]),
        ("Troops advanced in the offensive on Kharkiv.",
         [("advanced", "ASSAULT"), ("offensive", "ASSAULT")]),
        # briefings and talks in other words
        ("The Head of State heard information from the Head of the Regional Administration.",
         [("heard information", "CONSULT")]),
        ("Oleksandr Starukh reported to the President that fighting is underway.",
         [("reported to the President", "CONSULT"), ("fighting", "ASSAULT")]),
        ("There was a discussion of the humanitarian policy concept.",
         [("discussion of", "CONSULT")]),
        ("They will also exchange views on the current international agenda.",
         [("exchange views", "CONSULT")]),
        # support for a cause or a step; material support stays aid
        ("The President praised Turkey's support for the sovereignty of Ukraine.",
         [("praised", "SUPPORT"), ("support for the sovereignty", "SUPPORT")]),
        ("I urge you to support the Ukrainian Peace Formula.",
         [("support the Ukrainian Peace Formula", "SUPPORT")]),
        ("Canada announced military support for the Ukrainian army.",
         [("military support", "AID")]),
        # deaths and injuries in war words; coercion of people
        ("Reports of 30 fatalities; 12 people were injured.",
         [("fatalities", "ASSAULT"), ("injured", "ASSAULT")]),
        ("He offered condolences over the death of Ukrainian soldiers.",
         [("condolences", "SUPPORT"), ("death of Ukrainian soldiers", "ASSAULT")]),
        ("Civilians were held captive and children forcibly deported.",
         [("held captive", "COERCE"), ("forcibly deported", "COERCE")]),
        # proposals, instructions, topics of a call, contacts kept, martial law
        ("The President proposed updating the Joint Declaration.", [("proposed", "REQUEST")]),
        ("The Government was given instructions.", [("instructions", "REQUEST")]),
        ("We call upon Russia to halt.", [("call upon", "REQUEST")]),
        ("They touched upon the situation in Syria.", [("touched upon", "CONSULT")]),
        ("The leaders agreed to maintain contacts.", [("agreed", "AGREE"),
                                                       ("maintain contacts", "CONSULT")]),
        ("I congratulate you on Victory Day.", [("congratulate", "SUPPORT")]),
        # troops advance somewhere or by some distance; territory is occupied
        ("Our defenders are advancing in the Kyiv region.", [("advancing", "ASSAULT")]),
        ("Ukraine has advanced about 36.5 kilometers.", [("advanced", "ASSAULT")]),
        # ... but advances in something are progress
        ("You will bring about further advances in our bilateral relations.", []),
        ("Ukraine advances in the Luhansk region", [("advances", "ASSAULT")]),
        ("They blew up a dam to slow Russian advances.",
         [("blew up", "ASSAULT"), ("Russian advances", "ASSAULT")]),
        ("It concerns the future of the temporarily occupied Crimea.",
         [("occupied Crimea", "ASSAULT")]),
        ("He signed the decree on the imposition of martial law in Ukraine.",
         [("signed", "AGREE"), ("imposition of martial law", "COERCE")]),
        # weapons handed over, evacuations and their corridors are aid
        ("Give us air defense systems.", [("Give us air defense systems", "AID")]),
        ("The speed of supplying tanks to Ukraine matters.", [("supplying tanks", "AID")]),
        ("Civilians were evacuated from Mariupol.", [("evacuated", "AID")]),
        ("Eight humanitarian corridors worked on Saturday.",
         [("humanitarian corridors", "AID")]),
        # dialogue sought or held, appreciation and tributes, insistence
        ("Ukraine is ready to hold a dialogue with Russia.", [("hold a dialogue", "CONSULT")]),
        ("Putin should sit at the negotiating table.",
         [("sit at the negotiating table", "CONSULT")]),
        ("I am thankful to Slovakia for the aircraft.", [("thankful", "SUPPORT")]),
        ("Those present honored the memory of the fallen.", [("honored the memory", "SUPPORT")]),
        ("Estonia reaffirms its unwavering support for Ukraine.",
         [("unwavering support", "SUPPORT")]),
        ("That is why we insist on the Tribunal creation.", [("insist on", "REQUEST")]),
        # people released from captivity, concessions made to someone
        ("Another 116 Ukrainians were released from Russian captivity.",
         [("were released from Russian captivity", "CONCEDE")]),
        ("Any concessions to a terrorist state are unacceptable.",
         [("Any concessions", "CONCEDE")]),
        # deaths undergone
        ("At least 53 prisoners died.", [("died", "ASSAULT")]),
        ("Protecting civilians, they lose their lives.", [("lose their lives", "ASSAULT")]),
        ("He perished in Mariupol.", [("perished", "ASSAULT")]),
        # talks announced, and praise for work done
        ("The two leaders will discuss bilateral issues.", [("discuss", "CONSULT")]),
        ("Everyone involved did a great job.", [("did a great job", "SUPPORT")]),
        # fire at a target; land freed without a town named
        ("At night the invaders fired at Mykolaiv.", [("fired at", "ASSAULT")]),
        ("LNR forces firing an ATGM at Ukrainian positions.", [("firing an ATGM at", "ASSAULT")]),
        ("We will liberate our land.", [("liberate our land", "ASSAULT")]),
        ("It is the liberation of our territory.", [("liberation of our territory", "ASSAULT")]),
        # an occupation told with its occupier
        ("About 18 percent of Ukraine's territory is occupied by Russia.",
         [("occupied", "ASSAULT")]),
        ("They have occupied it.", [("have occupied", "ASSAULT")]),
        ("It is Russia's occupation of part of our territory.", [("occupation", "ASSAULT")]),
        ("They died during the Russian occupation.", [("died", "ASSAULT"),
                                                     ("occupation", "ASSAULT")]),
        # briefing the other side
        ("Andriy Yermak informed European diplomats about the reconstruction plan.",
         [("informed European diplomats", "CONSULT")]),
        ("The President briefed the Prime Minister of Canada on the situation.",
         [("briefed the Prime Minister of Canada", "CONSULT")]),
        ("Ihor Zhovkva informed his interlocutor of the latest steps.",
         [("informed his interlocutor", "CONSULT")]),
        ("The President and the Prime Minister exchanged assessments of bilateral relations.",
         [("exchanged assessments", "CONSULT")]),
        # what the sides of a call went through
        ("The leaders also covered issues of a peace treaty.", [("covered issues", "CONSULT")]),
        ("The interlocutors paid special attention to reforms.",
         [("paid special attention to", "CONSULT")]),
        # the same in the passive, with the group unnamed, and a call held with one's own
        ("During the conversation, special attention was paid to energy.",
         [("special attention was paid to", "CONSULT")]),
        ("Zelenskyy held a daily conference call with the members of the Cabinet.",
         [("held a daily conference call", "CONSULT")]),
        # giving in, and a step welcomed
        ("If we give up — we will not exist tomorrow.", [("give up", "CONCEDE")]),
        ("Ukraine once gave up nuclear weapons.", [("gave up", "CONCEDE")]),
        ("They say we have to give in to nuclear blackmail.", [("give in", "CONCEDE"),
                                                            ("blackmail", "THREATEN")]),
        ("The defenders are not going to surrender.", [("surrender", "CONCEDE")]),
        ("Boris Johnson welcomed Russia's plans to achieve carbon neutrality.",
         [("welcomed", "SUPPORT")]),
        # honours given
        ("195 combatants were awarded state awards.", [("awarded", "SUPPORT")]),
        ("Zelenskyy presented the Golden Star Orders to the servicemen.",
         [("presented", "SUPPORT")]),
        ("The decree on awarding our heroes is ready.", [("awarding", "SUPPORT")]),
        # missiles launched in numbers, and a blockade
        ("Russia launched at least 2100 missiles at Ukraine.",
         [("launched at least 2100 missiles", "ASSAULT")]),
        ("Since February, more than two thousand missiles were launched.",
         [("missiles were launched", "ASSAULT")]),
        ("Russia's blockade of Ukrainian ports continues.", [("blockade", "ASSAULT")]),
        ("The closure of ports by the Russian army hurts.", [("closure of ports", "ASSAULT")]),
        # defence against a named attacker
        ("Ukraine is resisting Russia's aggression.", [("resisting", "ASSAULT"),
                                                      ("aggression", "ASSAULT")]),
        ("The Armed Forces of Ukraine repel the invaders.", [("repel", "ASSAULT")]),
        ("It must be able to continue to resist.", [("continue to resist", "ASSAULT")]),
        # land freed without a town named
        ("We will free our land and all our people.", [("free our land", "ASSAULT")]),
        ("Ukraine is returning its lands.", [("returning its lands", "ASSAULT")]),
        # shots at people, threats to do something, talks as exchanges, support continued
        ("The occupiers opened fire on him.", [("opened fire on", "ASSAULT")]),
        ("A Russian soldier shot an unarmed civilian.", [("shot an unarmed civilian",
                                                         "ASSAULT")]),
        ("The Russians are openly threatening to blow up the plant.",
         [("threatening", "THREATEN")]),
        ("There was a wide exchange of views on ways to intensify joint work.",
         [("exchange of views", "CONSULT")]),
        ("Croatia will also continue to support our efforts.", [("continue to support",
                                                                 "SUPPORT")]),
        # thanks for an invitation are thanks, no request
        ("Thank you very much for the invitation.", [("Thank", "SUPPORT")]),
        # a sanctions package and the measures it is made of
        ("He stressed the importance of sanctions, including an oil embargo and disconnection "
         "from SWIFT.", [("sanctions", "SANCTION"), ("oil embargo", "SANCTION"),
                         ("disconnection from SWIFT", "SANCTION")]),
        # weapons supplied, as a noun
        ("The supply of heavy weapons to Ukraine is the best investment.",
         [("supply of heavy weapons", "AID")]),
        ("We have discussed future arms supplies to our army.",
         [("discussed", "CONSULT"), ("arms supplies", "AID")]),
        # the wounded among the dead and wounded of an attack
        ("Among the wounded is a child.", [("wounded", "ASSAULT")]),
        # the war itself, named, also as the Kremlin words it
        ("Putin outlined his approach to resolving the internal Ukraine conflict.",
         [("internal Ukraine conflict", "ASSAULT")]),
        ("They discussed the settlement of the conflict in Donbass.",
         [("discussed", "CONSULT"), ("conflict in Donbass", "ASSAULT")]),
        ("Russia's war in Ukraine continues.", [("war", "ASSAULT")]),
        ("We have been at war for eight years.", [("war", "ASSAULT")]),
        # thanks to someone, and a request to an organisation written in capitals
        ("Marines and paratroopers – I thank you all!", [("thank", "SUPPORT")]),
        ("Thank you, Poland!", [("Thank", "SUPPORT")]),
        ("She also asked WHO to set up such a program.", [("asked", "REQUEST")]),
        # calls told with their kind, visas refused, movements, seizures and donations
        ("Andriy Yermak had a video conversation with Angelina Jolie.",
         [("had a video conversation", "CONSULT")]),
        ("During the preliminary conversation, he invited her.",
         [("preliminary conversation", "CONSULT"), ("invited", "REQUEST")]),
        ("I call on all states to stop issuing visas to Russians.",
         [("call on", "REQUEST"), ("stop issuing visas", "SANCTION")]),
        ("Visa restrictions are also needed for Russian citizens.",
         [("Visa restrictions", "SANCTION")]),
        ("Russian military movements crossing the river", [("military movements", "MOBILIZE")]),
        ("Russian Forces grouping across from Enerhodar City Council",
         [("grouping", "MOBILIZE")]),
        ("The aggression began with the seizure of Crimea.",
         [("aggression", "ASSAULT"), ("seizure of Crimea", "ASSAULT")]),
        ("Bayraktar to donate drones Ukrainians wanted to buy.", [("donate drones", "AID")]),
        # support of a side, or in support of something
        ("Thank you for the support of our struggle for freedom.",
         [("Thank", "SUPPORT"), ("support of our struggle", "SUPPORT")]),
        ("They came out yesterday in support of Ukraine.", [("in support of", "SUPPORT")]),
        # people exchanged
        ("Ukraine is ready for various formats of exchanging its people for the military.",
         [("exchanging its people", "CONCEDE")]),
        ("We are ready for any format of exchange.", [("format of exchange", "CONCEDE")]),
        ("The leaders continued the exchange of views on Afghanistan.",
         [("exchange of views", "CONSULT")]),
        # trains of equipment and forces concentrated
        ("Train with heavy military equipment", [("Train with heavy military equipment",
                                                  "MOBILIZE")]),
        ("Russia has concentrated an armed group along the border.",
         [("concentrated", "MOBILIZE")]),
        # the monitors' captions: movements, targets, bombardments, gunfire and the dead
        ("Heavy weaponry and logistics being transported through the city",
         [("logistics being transported", "MOBILIZE")]),
        ("Train transporting russian military equipment",
         [("transporting russian military equipment", "MOBILIZE")]),
        ("Russian VDV battalion tactical group moving south west",
         [("moving south", "MOBILIZE")]),
        ("Movement of heavy weaponry", [("Movement", "MOBILIZE")]),
        ("TV tower targeted in Lisichansk", [("targeted", "ASSAULT")]),
        ("Residential buildings bombarded", [("bombarded", "ASSAULT")]),
        ("Video showing the airborne assault on Antonovo airport", [("assault", "ASSAULT")]),
        ("Gunfire in the streets", [("Gunfire", "ASSAULT")]),
        ("Russian MRLS firing in the direction of Mariupol", [("firing", "ASSAULT")]),
        ("Russian military equipment being hit in Staryi Krym", [("being hit", "ASSAULT")]),
        ("Destruction after strike", [("Destruction after", "ASSAULT")]),
        ("Man interviewed in Mariupol with a deceased civilian body next to him",
         [("deceased civilian body", "ASSAULT")]),
        ("Civilian casualty in Donetsk", [("casualty", "ASSAULT")]),
        ("Bodies lie in the street following the strike", [("Bodies lie", "ASSAULT")]),
        ("Civilians protesting in Kherson near armed Russian forces",
         [("protesting", "PROTEST")]),
        ("A Russian missile striking a residential building in Odesa", [("striking", "ASSAULT")]),
        ("Impact of missile in Taras Shevchenko Park", [("Impact of missile", "ASSAULT")]),
        ("Russian forces overrun a Ukrainian checkpoint",
         [("overrun a Ukrainian checkpoint", "ASSAULT")]),
        ("Anti-Russian protestors appear to be tear gassed",
         [("protestors", "PROTEST"), ("tear gassed", "COERCE")]),
        ("It is, in fact, the mass murder of Ukrainian civilians.", [("mass murder", "ASSAULT")]),
        ("Fox News cameraman Pierre Zakrzewski shot dead outside of Kyiv.",
         [("shot dead", "ASSAULT")]),
        ("Russia has lost almost 27,000 soldiers.", [("lost almost 27,000 soldiers", "ASSAULT")]),
        ("Losses of the Russian armed forces in Ukraine, March 14", [("Losses", "ASSAULT")]),
        ("Germany is delaying the delivery of such necessary weapons.",
         [("delivery of such necessary weapons", "AID")]),
        ("Rocket motor impacted into garden area of hospital.", [("impacted", "ASSAULT")]),
        ("Artillery shell landed near a soldier", [("landed", "ASSAULT")]),
        ("2 Russian tanks hit in Spirne, Donetsk Oblast.", [("hit", "ASSAULT")]),
        ("Ukrainian military attacking a Russian mechanized column",
         [("attacking", "ASSAULT")]),
        ("Ukrainian forces fire an RPG at a Russian tank", [("fire an RPG at", "ASSAULT")]),
        ("A mass grave discovered in Bucha", [("mass grave", "ASSAULT")]),
        ("Russian forces looting in Hostomel", [("looting", "COERCE")]),
        ("Russia special forces entering city", [("entering", "ASSAULT")]),
        # documents adopted or approved
        ("People's deputies approved the document by 300 votes.",
         [("approved the document", "AGREE")]),
        ("A number of important documents have been adopted.",
         [("documents have been adopted", "AGREE")]),
        ("The EU adopted the sixth package of sanctions.",
         [("sixth package of sanctions", "SANCTION")]),
        # damage told as a noun, artillery fire, and what a strike leaves
        ("Hospital suffered damage due to strike.", [("suffered damage", "ASSAULT")]),
        # cooperation begun, deepened or going well; not cooperation only discussed, nor a
        # body's name
        ("The interlocutors agreed on further cooperation.", [("agreed", "AGREE"),
                                                              ("further cooperation",
                                                               "COOPERATE")]),
        ("Fruitful cooperation in various areas is progressing successfully.",
         [("Fruitful cooperation", "COOPERATE")]),
        ("We are preparing to strengthen our defense cooperation.",
         [("strengthen our defense cooperation", "COOPERATE")]),
        ("The Presidents discussed the issues of cooperation in the defense sphere.",
         [("discussed", "CONSULT")]),
        ("The Fund for the Development of Bilateral Cooperation is based in Kyiv.", []),
        # support or help provided is aid, of its mode where one is named; support for a
        # country's sovereignty is support
        ("We will continue to provide support.", [("provide support", "AID")]),
        ("Canada provided additional military support.", [("military support", "AID")]),
        ("It enshrines readiness to provide mutual support for the sovereignty of our states.",
         [("support for the sovereignty", "SUPPORT")]),
        ("Images of widespread damage caused to village", [("widespread damage", "ASSAULT")]),
        ("Destruction to Shandrigolovsky Village Council", [("Destruction to", "ASSAULT")]),
        ("Russian artillery fire on Ukrainian positions", [("artillery fire", "ASSAULT")]),
        ("Impact marks consistent with submunition.", [("Impact marks", "ASSAULT")]),
        ("Remnants of a missile in middle of road", [("Remnants of a missile", "ASSAULT")]),
        ("Missile remnant across from the Memorial", [("Missile remnant", "ASSAULT")]),
        # asked in the first person, invitations and suggestions
        ("I ask the Government to draft the legislation.", [("ask", "REQUEST")]),
        ("So I am asking you to support us on several levels.", [("asking", "REQUEST")]),
        ("We invite construction companies to take part.", [("invite", "REQUEST")]),
        ("Mashovets suggested that Germany take steps.", [("suggested", "REQUEST")]),
        ("I suggest creating industrial mortgages.", [("suggest", "REQUEST")]),
        ("The President raised the issue of permits for hauliers.",
         [("raised the issue of", "REQUEST")]),
        # a leader facing the press, an address or an interview is a public statement
        ("He said this during a meeting with media representatives.",
         [("meeting with media representatives", "STATEMENT")]),
        ("Today, it's the night address, so I will be brief.", [("night address", "STATEMENT")]),
        # the monitors' captions: fires, burning and wreckage, coming under fire, forces
        # engaging, movements and equipment stationed
        ("Fire at Donetsk railway station", [("Fire", "ASSAULT")]),
        ("Apartment building on fire", [("on fire", "ASSAULT")]),
        ("Abandoned and burnt military equipment", [("burnt military equipment", "ASSAULT")]),
        ("Wreckage of Russian Mi-8AMTSh helicopter", [("Wreckage", "ASSAULT")]),
        ("People in civilian vehicle come under fire on a road",
         [("come under fire", "ASSAULT")]),
        ("Russian forces engaging Ukrainian forces at the outskirts of the city",
         [("engaging", "ASSAULT")]),
        ("Russian troops movement in Mazyr, Belarus", [("troops movement", "MOBILIZE")]),
        ("Movement of logistical supplies", [("Movement", "MOBILIZE")]),
        ("SAM missiles on the move", [("missiles on the move", "MOBILIZE")]),
        ("Russian BM-21 Grad MLRS fire at the Izyum front.", [("fire at", "ASSAULT")]),
        ("They are destroying universities.", [("destroying", "ASSAULT")]),
        ("Aftermath of clash with Russian forces", [("clash", "ASSAULT")]),
        ("Russian forces storming the Ilich factory in Mariupol", [("storming", "ASSAULT")]),
        ("Ukrainian forces shell a Russian equipment depot in Tokmak", [("shell", "ASSAULT")]),
        ("Drone images of civilian on bike being shot by Russian soldiers",
         [("shot", "ASSAULT")]),
        ("Russian rockets launched towards Ukraine", [("launched", "ASSAULT")]),
        ("Rocket booster in a residential area of Kharkiv", [("booster", "ASSAULT")]),
        ("Smerch rocket embedded in the ground", [("embedded in the ground", "ASSAULT")]),
        ("Body visible in the street", [("Body", "ASSAULT")]),
        ("Transportation of tanks", [("Transportation of tanks", "MOBILIZE")]),
        # talks had, contact to be made, reports given
        ("We managed to discuss all the key issues of our relations.",
         [("discuss", "CONSULT")]),
        ("I think that Yermak will contact them soon.", [("contact", "CONSULT")]),
        ("Reports were presented.", [("Reports were presented", "CONSULT")]),
        # an escalation by a party of the war, not escalation feared in general
        ("He spoke of the possibility of escalation by Russia.", [("escalation", "ASSAULT")]),
        # where a leader's day took him, and keeping in touch
        ("Today I was in Irpin, Kyiv region.", [("was in", "CONSULT")]),
        ("We were in positions.", [("were in", "CONSULT")]),
        ("I am in constant contact with the commanders.",
         [("am in constant contact with", "CONSULT")]),
        ("And today I had a long substantive conversation with him.",
         [("had a long substantive conversation", "CONSULT")]),
        # a fire reported, a train of armour
        ("04/04/2022 A fire at the oil depot on Vapnyan Street", [("fire", "ASSAULT")]),
        ("Train carrying numerous BMP-2 infantry fighting vehicles stopped in Orsha.",
         [("Train carrying numerous BMP-2 infantry fighting vehicles", "MOBILIZE")]),
        # the drill, wherever it is held
        ("NATO is conducting an exercise right at our borders.", [("exercise", "MOBILIZE")]),
    ],
)
def test_reports(text: str, found: list[tuple[str, str]]) -> None:
    assert _kinds(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "She is Minister for Reintegration of the Temporarily Occupied Territories.",
        "About captured Ukrainians, about those in the occupied cities.",
        "Every city that is still under occupation will be free.",
        "Small fires visible on the side of the road.",
        "Artillery firing positions were seen.",
        "The de-occupation of Crimea is our goal.",
        "The Russian occupation authorities announced it.",
        "This reduces the offensive potential of the Russian army.",
        "The anti-sanctions agenda was on the table.",
        "Students of conscription age are not subject to conscription.",
        "We need to discuss this matter separately.",
        "Grant support for lecturers is the second aspect.",
        "The death of the poet was mourned.",
        "Troops stood along the line of contact.",
        "According to well-informed sources, it was quiet.",
        "Martial law remains in force.",
        "We must introduce advanced technologies.",
        "They expressed interest in advancing cooperation.",
        "Troops captured Russian soldiers near the river.",
        "They captured HMMWV trucks.",
        "It was done without the UN Security Council's sanction.",
        "Hollywood has regularly released films.",
        "The ports will be transferred to concession.",
        # a prize given for work in general, and what is presented that is no honour
        "The prize is awarded for contributions to science.",
        "Foreign Minister Sergey Lavrov presented a report on the topic.",
        # one official's own focus is no talk
        "The President paid special attention to the issue of release of citizens.",
        "Constant attention is paid to the training of recruits.",
        # what threatens is no threat made; a danger to life is no threat either
        "Any delays threaten stagnation on the front.",
        "He spoke out against what was life-threatening to him.",
        # a salutation, thanks for an invitation, a speaker concluding, a rhetorical question
        "Greetings from Kyiv!",
        "We are definitely not friends for them, he concluded.",
        "Kuleba rhetorically asks: what exactly is Berlin afraid of?",
        # free land is no land freed
        "Russia does not release people into the free territory of Ukraine.",
        # the gathering a greeting addresses
        "Your traditional meetings bring together respected scholars.",
        # a habit or a hope given up, and a guest welcomed
        "We will just give up high-speed railways.",
        "The occupiers do not give up trying to gain a victory.",
        "I am glad to welcome you to the Kremlin.",
        # being informed is no briefing of another side
        "I have been informed that proceedings have been opened.",
        "She made an informed decision on the matter.",
        # a land or values defended with no attacker named, an operation's stated purpose
        "Eternal glory to all who defend the state!",
        "We will defend our values and democracy.",
        "Putin explained the operation to defend the Donbass republics from the enemy.",
        # rockets for space, blockades of the last war or of banks, and the wounded cared for
        "A man who launches rockets into space.",
        "They survived the blockade of Leningrad.",
        "A complete blockade of all Russian banks is needed.",
        "Medics are helping wounded servicemen.",
        "He wished a speedy recovery to all those injured.",
        "Doctors save the wounded day and night.",
        # other wars, and compounds that name no fighting
        "Veterans of the Great Patriotic War and of World War II were honoured.",
        "The Cold War ended long ago; nuclear war would end everything.",
        "Each war criminal will face justice for these war crimes.",
        "The post-war reconstruction and the anti-war coalition.",
        "The trade war hurt them, and the information war goes on.",
        "He returned the prisoners of war.",
        # obituaries and figures of speech
        "The former director died at the age of 78.",
        "He died of a heart condition in Moscow.",
        "The rush has already died down.",
        # a speech's closing politeness, questions, and what is sought after
        "Thank you.",
        "Vladimir Putin: Thank you very much!",
        "Margarita Simonyan: Thank you, Mr President.",
        "I thank you for your attention!",
        "Thank you for the opportunity to address you.",
        # being somewhere is no visit unless "I" or "we" were there
        "The city was in ruins.",
        "Where there is no freedom of speech, there is no freedom of choice.",
        "This fear of escalation is understandable.",
        "Our countries cooperate in fighting fires in Greece.",
        "While we protect freedom, another person is destroying it.",
        "We must act to prevent the escalation of the food crisis.",
        "They were in Kherson.",
        # "thanks to" as a cause, even before a group of one's own people
        "But thanks to our brave warriors who are changing the balance, exports resumed.",
        "Our freedom will stand, thanks to those who work for it.",
        "The President asked about the mood of citizens.",
        "When asked why, he answered.",
        "I would like to ask you a philosophical, economic and technical question.",
        "I would like to ask you when production can be expected.",
        "Sometimes we ask ourselves whether it was worth it.",
        "He suggested that this would be a grave error.",
        "The solution is to place a register of damage in The Hague.",
        "Their experience was soon in demand all over the country.",
        "The enterprise manufactured goods that enjoyed high demand.",
        "The consumer demand dynamic has declined.",
        "Targeted measures and assault rifles were on the agenda.",
        "The army has no shortage of means of mass destruction.",
        "Freedom was moving towards victory.",
        "Artillery firing positions in a field.",
        "Government bodies in the regions.",
        "Tourism, which has been hit the hardest, will recover.",
        "The occupiers prevent the trucks from entering the city.",
        "Our firefighters are fighting fires in Greece.",
        "In the intercepted call of Russian commanders, they ordered it.",
        "The project consolidates society on the values of solidarity and mutual assistance.",
        "The draft Russian-US treaty on security guarantees was published.",
        # visas given back, power seized in a coup, gifts to a fund, a conversation recalled
        "The abolition of visa restrictions took effect.",
        "This happened after the illegal seizure of power.",
        "Everyone can donate to United24.",
        "During the conversation, the leaders were frank.",
        # a document named for the support it declares
        "The Declaration in support of Ukraine's European perspective is a confirmation.",
        # a market's demand
        "Supply and demand for goods and services drastically fell on a global scale.",
        "Over the past year, we have met the demand of more than 2,600 Russian companies.",
        "Long-term programmes are necessary to support the demand for Russian metals.",
        "We need to restore demand and bank financing in the economy.",
        "As a result, there has been more demand for train tickets.",
        # what fights, and what a war qualifies
        "These are infantry fighting vehicles of the BMP-2 type.",
        "Your impressive fighting qualities helped you score a victory.",
        "The plane took part in fire-fighting operations.",
        "Fighting skyrocketing inflation is our common challenge.",
        "We treat war prisoners under the Geneva Convention.",
        "They are not used for war propaganda.",
        "People were leaving cities in the war zone.",
        # units that stop a retreat, values that proved themselves
        "They are actually playing the role of anti-retreat units.",
        # where evacuees gather
        "Meeting place - House of Culture on 2 Shevchenko Street.",
        # a fire put out, an agreement scrapped or sabotaged
        "They were involved in extinguishing the fire at the Chornobyl nuclear power plant.",
        "The government abolished the agreement on visa-free regime with the Russian Federation.",
        "Kiev continued its destructive policy of sabotaging the Minsk agreements.",
        # a ceremony that ended
        "The ceremony concluded with the national anthem and a march by the Guard of Honour.",
        # exercise the verb
        "She is working hard to exercise her paralyzed right arm.",
        "They work hard to provide for their children and exercise their rights.",
        "These traditions have reaffirmed themselves throughout our history.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert _kinds(text) == []


def test_a_violated_ceasefire_is_no_concession() -> None:
    assert ("ceasefire", "CONCEDE") not in _kinds("He reported the violation of the ceasefire.")


def _per_sentence(text: str, sentences: list[Sentence]) -> list[list[Trigger]]:
    words = ArticleWords(text)
    return [find_triggers(text, s.start, s.end, words) for s in sentences]


@pytest.mark.parametrize("source", SOURCES)
def test_one_scan_finds_what_each_sentence_finds(source: str) -> None:
    path = CORPUS / source
    if not path.is_file():
        pytest.skip(f"shared corpus not found in {CORPUS}")
    articles = [a for a in read_file(path) if isinstance(a, Article)][:400]
    for article in articles:
        sentences = split_sentences(article.text)
        got = triggers_by_sentence(article.text, sentences)
        assert got == _per_sentence(article.text, sentences), article.article_id


def test_a_match_across_a_boundary_rescans_those_sentences() -> None:
    text = "Russian troops held talks with Ukraine. Then Russia attacked Kharkiv."
    cut = text.index("talks")  # a boundary inside "held talks with"
    sentences = [Sentence(0, 0, 0, cut - 1, text[: cut - 1]),
                 Sentence(1, 0, cut, len(text), text[cut:])]
    whole = [t.text for t in find_triggers(text)]
    assert "held talks with" in whole or "held talks" in whole  # the one scan crosses the cut
    got = triggers_by_sentence(text, sentences)
    assert got == _per_sentence(text, sentences)
    assert [t.text for t in got[1]][:1] == ["talks with"]


def test_a_pattern_takes_shared_fragments_by_name() -> None:
    fragments = {"thanked": "(?:thank(?:ed)?|grateful)"}
    assert expand_fragments("{{thanked}} for", fragments) == "(?:thank(?:ed)?|grateful) for"
    assert expand_fragments("a{1,3}", fragments) == "a{1,3}"  # a quantifier is no fragment
    with pytest.raises(ValueError, match="event_types.yaml.*{{missing}}"):
        expand_fragments("{{missing}}", fragments)


def test_every_trigger_is_gated_by_its_opening_words() -> None:
    """A pattern whose opening words cannot be proven (one opening with a digit) turns the
    gate off for all triggers, and the scan runs several times slower."""
    gate, _ = lexicon._compiled()
    assert gate.words is not None and gate.by_word
