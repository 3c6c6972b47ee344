"""A run over several publication days is created with one planned event per asset, holding the
range; a one-day run keeps Dagster's planned event for that day. The switch does not outlive
the run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dagster import DagsterEventType, DagsterInstance, EventRecordsFilter

from conflict_timeline.home import data_home
from pipelines.run import PLANNED_AS_RANGE, refresh

TEXT = "Russian forces shelled Kharkiv on Monday, the regional governor said."


def _planned(instance: DagsterInstance, job: str) -> list:
    """The planned-materialization data of event_mentions in the job's runs."""
    jobs = {run.run_id: run.job_name for run in instance.get_runs()}
    records = instance.get_event_records(
        EventRecordsFilter(event_type=DagsterEventType.ASSET_MATERIALIZATION_PLANNED)
    )
    return [r.event_log_entry.dagster_event.event_specific_data for r in records
            if jobs.get(r.run_id) == job and r.asset_key.to_user_string() == "event_mentions"]


@pytest.mark.parametrize(
    ("days", "partition", "keys"),
    [(["2022-03-07"], "2022-03-07", None),
     (["2022-03-07", "2022-03-08", "2022-03-10"], None,
      ["2022-03-07", "2022-03-08", "2022-03-09", "2022-03-10"])],
)
def test_planned_events_per_run(
    tmp_path: Path, days: list[str], partition: str | None, keys: list[str] | None
) -> None:
    home = data_home(tmp_path)
    home.prepare()
    for day in days:
        (home.inbox / f"{day}.txt").write_text(
            f"---\ntitle: Shelling {day}\npublished: {day}\n---\n{TEXT} ({day})\n",
            encoding="utf-8")
    with DagsterInstance.ephemeral() as instance:
        assert refresh(str(tmp_path), instance, {}, quiet=True) is None
        # The data folder starts with the seed article (2025-12-19): a run of its own.
        (planned,) = [p for p in _planned(instance, "extract_job")
                      if (p.partition or "").startswith("2022")
                      or (p.partitions_subset and "2022-03-07" in p.partitions_subset)]
    assert planned.partition == partition
    subset = planned.partitions_subset
    assert (sorted(subset.get_partition_keys()) if subset else None) == keys
    assert PLANNED_AS_RANGE not in os.environ
