"""A fingerprint of everything that decides what the extractor outputs."""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).parent
# Code and data that shape extraction; ingestion, the CLI and the bundled sample do not.
_SHAPING = ("events", "temporal", "entities", "text", "data", "resources.py")
_NOT_SHAPING = ("data/sample", "data/csv_mappings")
_SUFFIXES = {".py", ".yaml", ".yml", ".csv", ".txt", ".json", ".tsv"}


def rules_fingerprint(package: Path = PACKAGE) -> str:
    """8 hex digits over the shaping files' paths and bytes."""
    digest = hashlib.sha256()
    for entry in _SHAPING:
        base = package / entry
        paths = [base] if base.is_file() else sorted(base.rglob("*"))
        for path in paths:
            relative = path.relative_to(package).as_posix()
            if (
                path.is_file()
                and path.suffix in _SUFFIXES
                and "__pycache__" not in path.parts
                and not relative.startswith(_NOT_SHAPING)
            ):
                digest.update(relative.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:8]


def extractor_version(release: str, package: Path = PACKAGE) -> str:
    return f"{release}+{rules_fingerprint(package)}"
