"""Merging mentions into canonical events: the rules, one case each."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from conflict_timeline.events.canonical import KnownEvent, assign_events

D = dt.date
FALLBACK = "publication-date fallback"


def mention(mention_id: str, **changes: Any) -> dict[str, Any]:
    row = {
        "mention_id": mention_id, "event_type": "ASSAULT", "event_mode": "invasion",
        "modality": "asserted", "date_start": D(2022, 2, 24), "date_end": D(2022, 2, 24),
        "date_basis": "explicit", "actor_code": "RUS", "recipient_code": "UKR",
        "place_geonames_id": None, "place_region_code": None, "published": D(2022, 2, 24),
        "is_reference": False,
    }
    row.update(changes)
    return row


def merged(*rows: dict[str, Any]) -> bool:
    known: list[KnownEvent] = []
    assign_events(list(rows), known)
    return len({row["event_id"] for row in rows}) == 1


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (mention("b", published=D(2022, 3, 1)), True),  # same day, another report
        (mention("b", date_start=D(2022, 2, 1), date_end=D(2022, 2, 28)), True),  # month holds day
        (mention("b", date_start=D(2022, 2, 25), date_end=D(2022, 2, 25)), False),  # other day
        (mention("b", modality="claimed"), True),  # claimed and asserted: same happening
        (mention("b", modality="denied"), False),  # a denial is linked, not merged
        (mention("b", actor_code="USAGOV", recipient_code="IRQ"), False),  # other actors
        (mention("b", actor_code="RUSGOV"), True),  # the government is Russia too
        (mention("b", event_type="CONSULT", event_mode=None), False),
        (mention("b", event_mode=None), True),  # no mode: the more general report
        (mention("b", place_geonames_id=1, place_region_code="UA-23"), True),  # one unspecified
    ],
)
def test_pairs(second: dict[str, Any], expected: bool) -> None:
    assert merged(mention("a"), second) is expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (mention("b", event_type="CONSULT", event_mode=None, actor_code="UKRGOV",
                 recipient_code="DEU"), False),  # talks with another party
        (mention("b", event_type="CONSULT", event_mode=None, actor_code="RUSGOV",
                 recipient_code="UKRGOV"), True),  # the same two parties
    ],
)
def test_two_party_events_share_both_parties(second: dict[str, Any], expected: bool) -> None:
    first = mention("a", event_type="CONSULT", event_mode=None, actor_code="RUSGOV",
                    recipient_code="UKR")
    assert merged(first, second) is expected


@pytest.mark.parametrize(("same_article", "expected"), [(True, True), (False, False)])
def test_unattributed_mention_joins_its_articles_event(same_article: bool, expected: bool):
    first = mention("a", event_type="STATEMENT", event_mode="public-statement",
                    actor_code="RUSGOV", recipient_code=None, article_id="x")
    second = mention("b", event_type="STATEMENT", event_mode="public-statement",
                     actor_code=None, recipient_code=None,
                     article_id="x" if same_article else "y")
    assert merged(first, second) is expected


@pytest.mark.parametrize(("mode", "expected"), [("aerial", False), ("invasion", True)])
def test_places_must_agree_when_both_are_named(mode: str, expected: bool) -> None:
    """Two towns are two strikes; the invasion happens once between two sides, wherever
    a report places it."""
    first = mention("a", event_mode=mode, place_geonames_id=1)
    assert merged(first, mention("b", event_mode=mode, place_geonames_id=2)) is expected


def _talks(mention_id: str, actor: str | None, recipient: str | None, **changes: Any) -> dict:
    return mention(mention_id, event_type="CONSULT", event_mode=None, actor_code=actor,
                   recipient_code=recipient, date_start=D(2022, 3, 29), date_end=D(2022, 3, 29),
                   published=D(2022, 3, 29), **changes)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # Yermak meeting Ukrainian experts is not the talks with Russia, nor another
        # Ukrainian meeting of the day
        (_talks("a", "RUSGOV", "UKRGOV"), _talks("b", "UKRGOV", "UKRGOV"), False),
        (_talks("a", "UKRGOV", None), _talks("b", "UKRGOV", "UKR"), False),
        (_talks("a", "UKRGOV", "UKRGOV"), _talks("b", "UKRGOV", "UKRGOV"), True),
    ],
)
def test_one_side_meeting_itself_is_its_own_happening(
        first: dict, second: dict, expected: bool) -> None:
    assert merged(first, second) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # an undated one-party report ("Ukraine has begun consultations") may be any of
        # that side's meetings of the day: the talks with Russia do not join it
        (_talks("a", "UKRGOV", None, date_basis=FALLBACK), _talks("b", "RUSGOV", "UKRGOV"),
         False),
        (_talks("a", "RUSGOV", "UKRGOV"), _talks("b", "UKRGOV", None, date_basis=FALLBACK),
         False),
        # a date of its own, or the same named place, ties it
        (_talks("a", "UKRGOV", None), _talks("b", "RUSGOV", "UKRGOV"), True),
        (_talks("a", "RUSGOV", "UKRGOV"), _talks("b", "UKRGOV", None), True),
        (_talks("a", "UKRGOV", None, date_basis=FALLBACK, place_geonames_id=745044),
         _talks("b", "RUSGOV", "UKRGOV", place_geonames_id=745044), True),
        # the invasion happens once between two sides: one side named is enough
        (mention("a", recipient_code=None, date_basis=FALLBACK), mention("b"), True),
    ],
)
def test_a_one_party_report_needs_more_than_its_party(
        first: dict, second: dict, expected: bool) -> None:
    assert merged(first, second) is expected


def test_undated_report_joins_the_event_of_its_day_and_keeps_its_date() -> None:
    day = mention("a", date_start=D(2022, 2, 24), date_end=D(2022, 2, 24))
    undated = mention("b", date_basis=FALLBACK, date_start=D(2022, 2, 24),
                      date_end=D(2022, 2, 24), published=D(2022, 2, 24))
    known: list[KnownEvent] = []
    assign_events([day, undated], known)
    assert day["event_id"] == undated["event_id"]
    assert (known[0].date_start, known[0].date_end) == (D(2022, 2, 24), D(2022, 2, 24))
    assert "published within 2022-02-24..2022-02-24" in undated["merge_reason"]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2022, 2, 24), D(2022, 2, 24), True),  # the day it was published
        (D(2022, 2, 23), D(2022, 2, 23), False),  # the day before: it may be another strike
        (D(2022, 2, 21), D(2022, 2, 27), False),  # its week
        (D(2022, 2, 1), D(2022, 2, 28), False),  # its month: every such report of the month
        (D(2022, 1, 1), D(2022, 12, 31), False),  # "in 2022"
        (D(2000, 1, 1), D(2099, 12, 31), False),  # "this century"
    ],
)
def test_undated_report_joins_no_event_wider_than_its_day(
        start: dt.date, end: dt.date, expected: bool) -> None:
    event = mention("a", date_start=start, date_end=end, place_geonames_id=1,
                    published=D(2022, 2, 28))
    undated = mention("b", date_basis=FALLBACK, actor_code=None, recipient_code=None,
                      place_geonames_id=1)
    assert merged(event, undated) is expected


def test_definite_reference_refers_back_to_the_earliest_event() -> None:
    start = mention("a")
    later_reference = mention("b", date_basis=FALLBACK, date_start=D(2022, 6, 1),
                              date_end=D(2022, 6, 1), published=D(2022, 6, 1), is_reference=True)
    known: list[KnownEvent] = []
    assign_events([start, later_reference], known)
    assert later_reference["event_id"] == start["event_id"]
    assert later_reference["merge_reason"] == "refers to the invasion of 2022-02-24 (RUS+UKR)"


def test_a_reference_naming_no_party_founds_its_own_event() -> None:
    start = mention("a")
    vague = mention("b", date_basis=FALLBACK, date_start=D(2022, 6, 1), date_end=D(2022, 6, 1),
                    published=D(2022, 6, 1), is_reference=True, actor_code=None,
                    recipient_code=None)
    assert not merged(start, vague)


def test_ids_are_stable_and_reasons_recorded() -> None:
    rows = [mention("a"), mention("b"), mention("c", date_start=D(2022, 3, 1),
                                                  date_end=D(2022, 3, 1))]
    again = [dict(row) for row in rows]
    assign_events(rows, [])
    assign_events(again, [])
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in again]
    assert rows[0]["merge_reason"] == "founded"
    assert "dates nest in 2022-02-24..2022-02-24" in rows[1]["merge_reason"]
    assert rows[2]["event_id"] != rows[0]["event_id"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # "this year" is too vague to tie to one day's happening
        (mention("a", date_start=D(2022, 1, 1), date_end=D(2022, 12, 31), published=D(2022, 1, 31)),
         mention("b", date_start=D(2022, 6, 29), date_end=D(2022, 6, 29),
                 published=D(2022, 6, 29)), False),
        # a report of 1 February cannot describe a happening of 24 February
        (mention("a", date_start=D(2022, 2, 1), date_end=D(2022, 2, 28), published=D(2022, 2, 1)),
         mention("b", published=D(2022, 2, 24)), False),
        # but a report after the month began may be narrowed by a later one
        (mention("a", date_start=D(2022, 2, 1), date_end=D(2022, 2, 28), published=D(2022, 3, 1)),
         mention("b", published=D(2022, 3, 2)), True),
    ],
)
def test_vague_or_premature_reports_do_not_absorb_days(
    first: dict[str, Any], second: dict[str, Any], expected: bool
) -> None:
    assert merged(first, second) is expected


def _placed(mention_id: str, geonames: int | None, country: str, precision: str) -> dict:
    return mention(mention_id, event_mode="aerial", place_geonames_id=geonames,
                   place_country=country, place_precision=precision)


@pytest.mark.parametrize(
    ("first", "second", "expected", "where"),
    [
        # "in Ukraine" is no place of its own: the same happening, placed more exactly
        (_placed("a", 690791, "UA", "country"), _placed("b", 706483, "UA", "settlement"),
         True, "same country"),
        (_placed("a", 706483, "UA", "settlement"), _placed("b", 690791, "UA", "country"),
         True, "same country"),
        # nor does another country, named as often as a party as a location
        (_placed("a", 2017370, "RU", "country"), _placed("b", 706483, "UA", "settlement"),
         True, "unspecified"),
        (_placed("a", 2017370, "RU", "country"), _placed("b", 690791, "UA", "country"),
         True, "unspecified"),
        # two towns of one country stay apart
        (_placed("a", 703448, "UA", "settlement"), _placed("b", 706483, "UA", "settlement"),
         False, None),
        (_placed("a", 706483, "UA", "settlement"), _placed("b", 706483, "UA", "settlement"),
         True, "same"),
    ],
)
def test_a_country_is_no_place(
        first: dict, second: dict, expected: bool, where: str | None) -> None:
    assert merged(first, second) is expected
    if expected:
        assert second["merge_reason"].endswith(f"place {where}")


def test_an_unattributed_report_is_not_linked_by_its_country_alone() -> None:
    first = _placed("a", 690791, "UA", "country") | {"article_id": "x"}
    second = _placed("b", 690791, "UA", "country") | {
        "actor_code": None, "recipient_code": None, "article_id": "y"}
    assert not merged(first, second)


def test_a_mention_takes_the_event_of_its_own_mode() -> None:
    """An article's undated, unattributed report of that day's fighting founded an event of no
    mode (it could not join the invasion without parties or place); the article's report of
    the invasion may join either, and goes to the invasion, though the other's id sorts first."""
    invasion = mention("a", article_id="y")  # id 74c0...
    fighting = mention("z", event_mode=None, actor_code=None, recipient_code=None,
                       article_id="x")  # id 1ef9...
    report = mention("b", article_id="x")
    known: list[KnownEvent] = []
    assign_events([invasion, fighting, report], known)
    assert fighting["event_id"] < invasion["event_id"]
    assert report["event_id"] == invasion["event_id"]


@pytest.mark.parametrize(
    ("recipient_name", "expected"),
    [
        # a side implied by the attacker or the place is the text's: it ties reports
        ("UKR, implied as the side attacked", True),
        # one guessed from the article's theatre alone ties no two articles' reports
        ("UKR, implied as the side attacked, guessed from the article's theatre", False),
    ],
)
def test_a_recipient_guessed_from_the_theatre_ties_nothing(recipient_name: str,
                                                            expected: bool) -> None:
    rows = [mention(name, event_mode="damage", actor_code=None, recipient_code="UKR",
                    recipient_name=recipient_name, article_id=name, date_basis=FALLBACK)
            for name in ("a", "b")]
    assert merged(*rows) is expected


def test_a_general_report_joins_the_attack_not_its_deaths() -> None:
    """The missile strike on a town and the deaths it caused are known events of their own
    modes; "the attack on" the town that day is the strike, though more reports date the
    deaths."""
    def at_town(mention_id: str, mode: str) -> dict[str, Any]:
        return mention(mention_id, event_mode=mode, place_geonames_id=704508)
    strike = at_town("a", "aerial")
    deaths = [at_town("c1", "casualties"), at_town("c2", "casualties")]
    report = at_town("g", "strike")
    known: list[KnownEvent] = []
    assign_events([strike, *deaths, report], known)
    assert deaths[0]["event_id"] == deaths[1]["event_id"] != strike["event_id"]
    assert report["event_id"] == strike["event_id"]
