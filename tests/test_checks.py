"""Blocking checks stop bad rows before they reach the analysts' database."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from dagster import materialize

from assets.checks import ALL_CHECKS
from conflict_timeline.home import data_home
from pipelines.definitions import ALL_ASSETS
from pipelines.resources import build_resources

TAMPERING = {
    "mention_offsets_reproduce_evidence": (
        "update event_mentions set evidence = 'not what the article says' "
        "where mention_id = (select min(mention_id) from event_mentions)"
    ),
    "mention_dates_match_precision": (
        "update event_mentions set date_end = date_start - 1 "
        "where mention_id = (select min(mention_id) from event_mentions)"
    ),
    "events_not_after_first_report": (
        "update event_mentions set date_start = date '2099-01-01', date_end = date '2099-01-01', "
        "modality = 'asserted', date_precision = 'day' "
        "where mention_id = (select min(mention_id) from event_mentions)"
    ),
}


def run(root: Path):
    return materialize(
        [*ALL_ASSETS, *ALL_CHECKS], resources=build_resources(str(root)), raise_on_error=False
    )


@pytest.mark.parametrize("check_name", sorted(TAMPERING))
def test_a_failing_check_blocks_publication(tmp_path: Path, check_name: str) -> None:
    assert run(tmp_path).success
    home = data_home(tmp_path)
    published_before = home.analyst_database.read_bytes()
    with duckdb.connect(str(home.warehouse)) as con:
        con.execute(TAMPERING[check_name])
    result = run(tmp_path)
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    failed = evaluations[check_name]
    assert not failed.passed
    assert failed.metadata["failing_rows"].value >= 1
    assert "offending_rows" in failed.metadata
    assert home.analyst_database.read_bytes() == published_before, "nothing bad was published"
