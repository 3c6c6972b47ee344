"""`make run`: ingest the inbox, extract the days that need it, publish. One line per step.

Runs go through the Dagster instance in $DAGSTER_HOME, so they show in the UI like scheduled
ones. A run of ours that was killed (SIGKILL, power loss) is marked failed first and its pool
slot given back, so the work it left undone is simply done again.
"""

import os
import socket
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from dagster import (
    AssetKey,
    DagsterInstance,
    DagsterRunStatus,
    ExecuteInProcessResult,
    JobDefinition,
    RunsFilter,
    execute_job,
    reconstructable,
)
from dagster._core.execution.execution_result import ExecutionResult

from assets.ingestion import PENDING_ARTICLES, PENDING_RANGES
from conflict_timeline.home import data_home
from pipelines.definitions import build_definitions
from pipelines.sensors import RANGE_END, RANGE_START

PID_TAG, HOST_TAG = "conflict_timeline/pid", "conflict_timeline/host"
# Dagster's step-by-step log stays in the instance (the UI shows it); the console gets our lines.
QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
# From this many articles awaiting extraction, extraction lanes run in parallel processes.
PARALLEL_FROM = int(os.environ.get("CONFLICT_TIMELINE_PARALLEL_FROM", "2000"))
# Dagster's switch for recording a range run's planned materializations as one event per asset.
PLANNED_AS_RANGE = "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS"


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


def backfill_job() -> JobDefinition:
    """backfill_job of the data folder in $CONFLICT_TIMELINE_HOME (rebuilt in each process)."""
    return build_definitions().resolve_job_def("backfill_job")


def _outcome(job: str, result: ExecutionResult) -> tuple[str | None, dict[str, Any]]:
    problem = None if result.success else _problem(job, result)
    return problem, _metadata(result, "events", "events")


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """Set environment variables for the block; put back what the caller had after."""
    before = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _execute(
    job: str, root: str, instance: DagsterInstance, tags: dict[str, str], config: Any
) -> tuple[str | None, dict[str, Any]]:
    """Run a job: in this process, except backfill_job, whose executor starts processes of its
    own. Returns (one line on what failed or None, the events step's metadata)."""
    # A run over several days is created with one planned event per asset rather than one per
    # asset and day (a minute per 1,500 days here); the UI then marks no day of it "failed",
    # only the run, and the next run extracts whatever it left pending. A one-day run keeps
    # Dagster's per-day marks.
    several = tags.get(RANGE_START, "") != tags.get(RANGE_END, "")
    planned = {PLANNED_AS_RANGE: "true"} if several else {}
    if job != "backfill_job":
        with _environment(planned):
            return _outcome(job, build_definitions(root).resolve_job_def(job).execute_in_process(
                instance=instance, tags=tags, raise_on_error=False, run_config=config
            ))
    # The executor's processes find the data folder in the environment.
    with _environment({"CONFLICT_TIMELINE_HOME": root, **planned}):
        with execute_job(reconstructable(backfill_job), instance=instance, tags=tags,
                         run_config=config, raise_on_error=False) as result:
            return _outcome(job, result)


def pending_ranges(ingest: ExecuteInProcessResult) -> list[tuple[str, str]]:
    """The publication-day ranges the ingestion step found awaiting extraction."""
    for materialization in ingest.asset_materializations_for_node("ingested_articles"):
        if materialization.asset_key == AssetKey("articles"):
            entry = materialization.metadata.get(PENDING_RANGES)
            return [(first, last) for first, last in entry.value] if entry else []
    return []


def _metadata(result: ExecutionResult, node: str, asset: str) -> dict[str, Any]:
    for materialization in result.asset_materializations_for_node(node):
        if materialization.asset_key == AssetKey(asset):
            return {key: entry.value for key, entry in materialization.metadata.items()}
    return {}


def _problem(job: str, result: ExecutionResult) -> str:
    """One line on what stopped the run: failed checks by name, else the failed steps."""
    failed = [
        f"{e.asset_key.to_user_string()}.{e.check_name}"
        for e in result.get_asset_check_evaluations() if not e.passed
    ]
    if failed:
        return f"{job}: blocking check(s) failed, nothing was published: {', '.join(failed)}"
    failures = [event for event in result.all_events if event.is_step_failure]
    steps = ", ".join(event.step_key for event in failures if event.step_key) or "(none)"
    # The first line of the error our code raised says what to do (e.g. which day to redo).
    causes = [event.step_failure_data.error.cause for event in failures
              if event.step_failure_data and event.step_failure_data.error]
    reason = next((cause.message.strip().splitlines()[-1] for cause in causes if cause), "")
    return f"{job} failed in step(s) {steps}" + (f": {reason}" if reason else "")


def refresh(
    root: str | None, instance: DagsterInstance, tags: dict[str, str], quiet: bool = False
) -> str | None:
    """Ingest, extract the pending days, publish. Returns None on success, else one line on
    what failed. `quiet` leaves Dagster's own log to the UI and prints a line per step."""
    home = data_home(root)
    defs = build_definitions(str(home.root))
    config = QUIET if quiet else None
    ingest = defs.resolve_job_def("ingest_job").execute_in_process(
        instance=instance, tags=tags, raise_on_error=False, run_config=config
    )
    if not ingest.success:
        return _problem("ingest_job", ingest)
    read = _metadata(ingest, "ingested_articles", "articles")
    refused = _metadata(ingest, "ingested_articles", "rejected_articles")
    print(f"ingested {read.get('inbox_files', 0)} file(s): {read.get('read_this_run', 0)} "
          f"article(s) read, {refused.get('refused_this_run', 0)} refusal(s) recorded, "
          f"{refused.get('files_quarantined', 0)} file(s) quarantined")
    many = read.get(PENDING_ARTICLES, 0) >= PARALLEL_FROM
    extract = "backfill_job" if many else "extract_job"
    runs = [(extract, {**tags, RANGE_START: first, RANGE_END: last})
            for first, last in pending_ranges(ingest)] + [("publish_job", tags)]
    for job, run_tags in runs:
        if job == extract:
            print(f"extracting publication days {run_tags[RANGE_START]} .. {run_tags[RANGE_END]}"
                  + (" in parallel processes" if many else ""))
        problem, events = _execute(job, str(home.root), instance, run_tags, config)
        if problem:
            return problem
    print(f"{events.get('dagster/row_count', 0)} canonical event(s) published")
    return None


def main() -> int:
    # Dagster's preview notices are for us, not for whoever runs the pipeline.
    warnings.filterwarnings("ignore", module="dagster")
    tags = {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}
    with DagsterInstance.get() as instance:
        if recovered := recover_killed_runs(instance):
            print(f"recovered {recovered} run(s) killed earlier; redoing their work")
        problem = refresh(None, instance, tags, quiet=True)
    if problem:
        print(f"{problem} (details: make dev, then the run's page)", file=sys.stderr)
        return 1
    print(f"published {data_home().analyst_database}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
