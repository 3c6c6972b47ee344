"""Step timings from Dagster's own event log, keyed by step name.

Reading the instance's records (not a list of our asset names) keeps the figures true when
assets are renamed or split: whatever steps a run had are reported. Besides STEP_START and
STEP_SUCCESS, a step's first STEP_OUTPUT marks where our code returned: what follows is Dagster
recording the output (one ASSET_MATERIALIZATION per partition of a partitioned asset).
Likewise the ASSET_MATERIALIZATION_PLANNED events before RUN_START are the run's creation.
"""

from __future__ import annotations

from dagster import DagsterEventType, DagsterInstance, RunsFilter

PHASE_TAG = "bench/phase"
_T = DagsterEventType
_STEP_END = {_T.STEP_SUCCESS: "success", _T.STEP_FAILURE: "failure"}
_RUN_END = {_T.RUN_SUCCESS, _T.RUN_FAILURE}
_PLANNED = {_T.ASSET_MATERIALIZATION_PLANNED, _T.ASSET_CHECK_EVALUATION_PLANNED}
_KINDS = {_T.RUN_START, _T.STEP_START, _T.STEP_SKIPPED, _T.STEP_OUTPUT, _T.ASSET_MATERIALIZATION,
          _T.ASSET_CHECK_EVALUATION, *_STEP_END, *_RUN_END, *_PLANNED}


def _new_step(at: float | None, status: str) -> dict:
    return {"start": at, "output": None, "end": None, "seconds": None, "compute_s": None,
            "status": status, "materializations": 0}


def _step_event(steps: dict, kind: DagsterEventType, at: float, key: str | None) -> None:
    if kind == _T.STEP_START and key:
        steps[key] = _new_step(at, "started")
    elif kind == _T.STEP_SKIPPED and key:
        steps[key] = _new_step(None, "skipped")
    elif key in steps and steps[key]["start"] is not None:
        step = steps[key]
        if kind == _T.STEP_OUTPUT and step["output"] is None:
            step["output"] = at
        elif kind == _T.ASSET_MATERIALIZATION:
            step["materializations"] += 1
        elif kind in _STEP_END:
            step.update(end=at, seconds=at - step["start"], status=_STEP_END[kind],
                        compute_s=(step["output"] or at) - step["start"])


def run_timeline(instance: DagsterInstance, run_id: str) -> dict:
    """One run: creation, start, end, steps (start, end, seconds, compute_s, status,
    materializations) and the names of failed checks."""
    run = instance.get_run_by_id(run_id)
    out: dict = {"run_id": run_id, "job": run.job_name if run else None,
                 "status": run.status.value if run else None, "created": None, "start": None,
                 "end": None, "steps": {}, "failed_checks": []}
    for entry in instance.all_logs(run_id, of_type=_KINDS):
        kind, at = entry.dagster_event_type, entry.timestamp
        if kind in _PLANNED:
            out["created"] = at if out["created"] is None else min(out["created"], at)
        elif kind == _T.RUN_START:
            out["start"] = at
        elif kind in _RUN_END:
            out["end"] = at
        elif kind == _T.ASSET_CHECK_EVALUATION:
            check = entry.asset_check_evaluation
            if check is not None and not check.passed:
                out["failed_checks"].append(
                    f"{check.asset_key.to_user_string()}.{check.check_name}")
        else:
            _step_event(out["steps"], kind, at, entry.step_key)
    return out


def phase_runs(instance: DagsterInstance, phase: str) -> list[dict]:
    """Timelines of every run tagged with this benchmark phase, oldest first."""
    runs = instance.get_runs(filters=RunsFilter(tags={PHASE_TAG: phase}), ascending=True)
    timelines = [run_timeline(instance, run.run_id) for run in runs]
    return sorted(timelines, key=lambda t: t["start"] or 0.0)
