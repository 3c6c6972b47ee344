"""The inbox as files: what to read, and where each file goes once its rows are committed."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

from conflict_timeline.ingest import manifest_targets
from conflict_timeline.ingest.reader import MANIFEST_SUFFIX

_CHUNK = 1 << 20


def inbox_files(inbox: Path) -> list[Path]:
    """Files waiting in the inbox, in a stable order; hidden files, mapping sidecars and the
    bodies a manifest names (they are read through it) are skipped."""
    candidates = sorted(
        path for path in inbox.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(inbox).parts)
        and not path.name.endswith(".mapping.yaml")
    )
    named: set[Path] = set()
    for path in candidates:
        if path.name.endswith(MANIFEST_SUFFIX):
            named |= manifest_targets(path, inbox)
    return [path for path in candidates if path not in named]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def destination(path: Path, inbox: Path, folder: Path, day: dt.date) -> Path:
    """Where `path` goes under folder/<day>/, keeping its place in the inbox; never overwrites."""
    target = folder / day.isoformat() / path.relative_to(inbox)
    candidate, number = target, 1
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
        number += 1
    return candidate


def move(path: Path, target: Path) -> None:
    """Move a processed file out of the inbox (after its rows are committed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(path, target)
