"""`make run`: ingest the inbox, extract the days that need it, publish. One line per step.

Runs go through the Dagster instance in $DAGSTER_HOME, so they show in the UI like scheduled
ones. A run of ours that was killed (SIGKILL, power loss) is marked failed first and its pool
slot given back, so the work it left undone is simply done again.
"""

import os
import socket
import sys
import warnings

from dagster import AssetKey, DagsterInstance, DagsterRunStatus, ExecuteInProcessResult, RunsFilter

from assets.ingestion import PENDING_RANGES
from conflict_timeline.home import data_home
from pipelines.definitions import build_definitions
from pipelines.sensors import RANGE_END, RANGE_START

PID_TAG, HOST_TAG = "conflict_timeline/pid", "conflict_timeline/host"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_killed_runs(instance: DagsterInstance) -> int:
    """Fail our runs whose process is gone on this host, and free their pool slots."""
    active = instance.get_runs(
        filters=RunsFilter(statuses=[DagsterRunStatus.STARTED, DagsterRunStatus.STARTING],
                           tags={HOST_TAG: socket.gethostname()})
    )
    recovered = 0
    for run in active:
        pid = int(run.tags.get(PID_TAG, "0"))
        if pid and not _alive(pid):
            instance.report_run_failed(run, message=f"process {pid} ended without finishing")
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
            recovered += 1
    return recovered


def pending_ranges(ingest: ExecuteInProcessResult) -> list[tuple[str, str]]:
    """The publication-day ranges the ingestion step found awaiting extraction."""
    for materialization in ingest.asset_materializations_for_node("ingested_articles"):
        if materialization.asset_key == AssetKey("articles"):
            entry = materialization.metadata.get(PENDING_RANGES)
            return [(first, last) for first, last in entry.value] if entry else []
    return []


def refresh(root: str | None, instance: DagsterInstance, tags: dict[str, str]) -> str | None:
    """Ingest, extract the pending days, publish. Returns None on success, else what failed."""
    home = data_home(root)
    defs = build_definitions(str(home.root))
    ingest = defs.resolve_job_def("ingest_job").execute_in_process(
        instance=instance, tags=tags, raise_on_error=False
    )
    if not ingest.success:
        return "ingestion failed"
    runs = [("extract_job", {**tags, RANGE_START: first, RANGE_END: last})
            for first, last in pending_ranges(ingest)] or [("publish_job", tags)]
    for job, run_tags in runs:
        if job == "extract_job":
            print(f"extracting publication days {run_tags[RANGE_START]} .. {run_tags[RANGE_END]}")
        result = defs.resolve_job_def(job).execute_in_process(
            instance=instance, tags=run_tags, raise_on_error=False
        )
        if not result.success:
            return f"{job} failed or a check blocked publication"
    return None


def main() -> int:
    # Dagster's preview notices are for us, not for whoever runs the pipeline.
    warnings.filterwarnings("ignore", module="dagster")
    tags = {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}
    with DagsterInstance.get() as instance:
        if recovered := recover_killed_runs(instance):
            print(f"recovered {recovered} run(s) killed earlier; redoing their work")
        problem = refresh(None, instance, tags)
    if problem:
        print(f"{problem}: see the run in the Dagster UI (make dev)", file=sys.stderr)
        return 1
    print(f"published {data_home().analyst_database}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
