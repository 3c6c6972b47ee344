"""The seed article's events, through the Dagster-free core."""

import datetime as dt

import pytest

from conflict_timeline.events import EventMention, extract_events
from tests.conftest import SEED_PUBLISHED, seed_body

D = dt.date


@pytest.fixture(scope="module")
def mentions() -> list[EventMention]:
    return extract_events(seed_body(), SEED_PUBLISHED).mentions


def _find(mentions: list[EventMention], event_type: str, phrase: str) -> EventMention:
    found = [m for m in mentions if m.event_type == event_type and phrase in m.evidence]
    assert found, f"no {event_type} mention in a sentence containing {phrase!r}"
    return found[0]


@pytest.mark.parametrize(
    ("event_type", "phrase", "start", "end", "precision", "basis"),
    [
        ("ASSAULT", "full-scale invasion", D(2022, 2, 1), D(2022, 2, 28), "month", "explicit"),
        ("REQUEST", "peace terms", D(2024, 6, 1), D(2024, 6, 30), "month", "explicit"),
        ("STATEMENT", "news conference, a high-profile", D(2025, 12, 19), D(2025, 12, 19), "day",
         "relative-to-publication"),
    ],
)
def test_seed_events_have_their_own_dates(
    mentions: list[EventMention], event_type: str, phrase: str,
    start: dt.date, end: dt.date, precision: str, basis: str,
) -> None:
    mention = _find(mentions, event_type, phrase)
    assert (mention.date.date_start, mention.date.date_end) == (start, end)
    assert mention.date.date_precision == precision
    assert mention.date.date_basis == basis


def test_invasion_is_russia_against_ukraine(mentions: list[EventMention]) -> None:
    invasion = _find(mentions, "ASSAULT", "full-scale invasion")
    assert invasion.event_mode == "invasion"
    assert invasion.actor is not None and invasion.actor.country == "RUS"
    assert invasion.recipient is not None and invasion.recipient.country == "UKR"


def test_conference_is_putins(mentions: list[EventMention]) -> None:
    conference = _find(mentions, "STATEMENT", "news conference, a high-profile")
    assert conference.actor is not None and conference.actor.code == "RUSGOV"


def test_peace_terms_name_the_four_regions(mentions: list[EventMention]) -> None:
    demand = _find(mentions, "REQUEST", "any agreement would require")
    assert {"UA-14", "UA-09", "UA-23", "UA-65"} <= {p.region_code for p in demand.places}
    assert demand.date.date_precision == "month" and demand.date.date_start == D(2024, 6, 1)


def test_claimed_capture_is_flagged_unverified(mentions: list[EventMention]) -> None:
    capture = _find(mentions, "ASSAULT", "Huliaiipole")
    assert capture.modality == "claimed"
    assert capture.verification == "unverified"
    assert capture.place is not None and capture.place.region_code == "UA-23"
    assert capture.place.fuzzy
    assert capture.attributed_to is not None and capture.attributed_to.code == "RUSGOV"


def test_no_event_takes_the_report_date_silently(mentions: list[EventMention]) -> None:
    for mention in mentions:
        if mention.date.timex is None:
            assert mention.date.date_basis == "publication-date fallback"


def test_offsets_reproduce_the_evidence(mentions: list[EventMention]) -> None:
    text = seed_body()
    assert mentions
    for mention in mentions:
        assert text[mention.char_start : mention.char_end] == mention.evidence
        assert text[mention.trigger_start : mention.trigger_end] == mention.trigger_text


@pytest.mark.parametrize(
    ("text", "published", "modality"),
    [
        ("Leaders will hold a summit in Brussels on 15 December 2021.", D(2021, 12, 10),
         "predicted"),
        ("Leaders held a summit in Brussels on 15 December 2021.", D(2021, 12, 20), "asserted"),
        # "no." before a number abbreviates it: no negation
        ("School no. 8 was destroyed in Druzhkivka.", D(2022, 8, 30), "asserted"),
        ("No troops attacked the town.", D(2022, 8, 30), "negated"),
        # "would like to" is politeness; "would" alone a hypothesis
        ("I would like to thank Canada for its support.", D(2022, 8, 30), "asserted"),
        ("Russia would attack Moldova next.", D(2022, 8, 30), "hypothetical"),
        # plans in progress are predictions
        ("Russia is planning to attack Ukraine.", D(2021, 12, 23), "predicted"),
        ("They are preparing to resume an active offensive.", D(2022, 8, 30), "predicted"),
        ("The G20 summit in Bali in November 2022 agreed on a statement.", D(2022, 5, 27),
         "predicted"),
    ],
)
def test_events_dated_after_the_report_are_predictions(
    text: str, published: dt.date, modality: str
) -> None:
    mentions = extract_events(text, published).mentions
    assert mentions and {m.modality for m in mentions} == {modality}


def test_peace_terms_are_demands_of_russias_government(mentions: list[EventMention]) -> None:
    terms = _find(mentions, "REQUEST", "peace terms")
    assert (terms.cameo_root, terms.modality) == ("10", "demanded")
    assert terms.actor is not None and terms.actor.code == "RUSGOV"
    conditions = _find(mentions, "REQUEST", "any agreement would require")
    assert conditions.recipient is not None and conditions.recipient.code == "UKRGOV"
    assert conditions.modality == "demanded"


@pytest.mark.parametrize(
    ("event_type", "phrase", "status"),
    [
        ("ASSAULT", "full-scale invasion", "historical"),
        ("REQUEST", "peace terms", "historical"),
        ("STATEMENT", "news conference, a high-profile", "current"),
    ],
)
def test_historical_events_are_marked(
    mentions: list[EventMention], event_type: str, phrase: str, status: str
) -> None:
    assert _find(mentions, event_type, phrase).temporal_status == status


@pytest.mark.parametrize(
    ("event_type", "phrase", "actor_code"),
    [
        ("REJECT", "Kyiv has firmly rejected", "UKRGOV"),
        ("CONSULT", "renewed push for talks", "USAGOV"),
    ],
)
def test_who_acts(mentions: list[EventMention], event_type: str, phrase: str, actor_code: str):
    mention = _find(mentions, event_type, phrase)
    assert mention.actor is not None and mention.actor.code == actor_code


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("I will discuss this in more detail later during our news conference today.", "asserted"),
        ("If I provide full answers at today's news conference, we will be here all night.",
         "asserted"),
        ("There was no news conference today.", "negated"),
        ("The president will hold a news conference on 20 December 2025.", "predicted"),
    ],
)
def test_a_named_happening_is_not_framed_by_its_clause(text: str, modality: str) -> None:
    [conference] = [m for m in extract_events(text, D(2025, 12, 19)).mentions
                    if m.event_type == "STATEMENT"]
    assert conference.modality == modality
