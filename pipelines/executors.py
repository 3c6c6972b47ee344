"""The executor, chosen by environment: in-process (default), multiprocess, or Celery.

CONFLICT_TIMELINE_EXECUTOR=celery sends each step to Celery workers through the broker in
CONFLICT_TIMELINE_CELERY_BROKER (e.g. redis://host:6379/0), with results in
CONFLICT_TIMELINE_CELERY_BACKEND (e.g. redis://host:6379/1). The workers are started with
deploy/celery.yaml, which reads the same variables.
"""

from __future__ import annotations

import os

from dagster import ExecutorDefinition, in_process_executor, multiprocess_executor

EXECUTOR = "CONFLICT_TIMELINE_EXECUTOR"
BROKER = "CONFLICT_TIMELINE_CELERY_BROKER"
BACKEND = "CONFLICT_TIMELINE_CELERY_BACKEND"


# References, not values: each process resolves them (a URL may hold a password).
CELERY_CONFIG = {"broker": {"env": BROKER}, "backend": {"env": BACKEND}}


def build_executor() -> ExecutorDefinition:
    """The executor $CONFLICT_TIMELINE_EXECUTOR names (default: in_process)."""
    choice = os.environ.get(EXECUTOR, "in_process")
    # One process by default: the chain is sequential and start-up dominates small runs
    # (~3 s vs ~12 s).
    if choice == "in_process":
        return in_process_executor
    if choice == "multiprocess":
        return multiprocess_executor
    if choice == "celery":
        missing = [name for name in (BROKER, BACKEND) if not os.environ.get(name)]
        if missing:
            raise SystemExit(f"{EXECUTOR}=celery needs {' and '.join(missing)} (Redis URLs)")
        # Imported only when chosen, so the default path does not load Celery.
        from dagster_celery import celery_executor

        return celery_executor.configured(CELERY_CONFIG, name="celery")
    raise SystemExit(f"{EXECUTOR} must be in_process, multiprocess or celery, not {choice!r}")
