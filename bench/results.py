"""The results file: every figure plus the machine it was measured on."""

from __future__ import annotations

import datetime
import json
import os
import platform
import resource
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from .corpus import REPO

BENCH_DIR = REPO / ".bench"
_PACKAGES = ("conflict-timeline", "dateparser", "recognizers-text-date-time")


def utc_stamp() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _version(pkg: str) -> str | None:
    try:
        return metadata.version(pkg)
    except metadata.PackageNotFoundError:
        return None


def _git_head() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True,
                             text=True, timeout=5, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None


def machine_info() -> dict:
    """Enough to judge whether two runs are comparable."""
    return {"python": sys.version.split()[0], "implementation": platform.python_implementation(),
            "platform": platform.platform(), "machine": platform.machine(),
            "processor": platform.processor(), "cpu_count": os.cpu_count(),
            "load_avg_1m": os.getloadavg()[0], "max_rss_kib":
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "git_head": _git_head(),
            "packages": {p: _version(p) for p in _PACKAGES}}


def write(result: dict, path: Path) -> None:
    """Write ``result`` as JSON, atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)


def read(path: Path) -> dict | None:
    """A previous result, or None if absent or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
