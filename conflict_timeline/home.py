"""The data folder: where the inbox, the warehouse, the analysts' DuckDB file and timelines live."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

SAMPLE_DIR = Path(__file__).parent / "data" / "sample"


@dataclass(frozen=True)
class DataHome:
    """Paths under one data folder; `CONFLICT_TIMELINE_HOME` moves all of them at once."""

    root: Path

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def archive(self) -> Path:
        """Inbox files already ingested, by ingestion day: the inbox holds only new work."""
        return self.root / "archive"

    @property
    def timelines(self) -> Path:
        return self.root / "timelines"

    @property
    def warehouse(self) -> Path:
        """The pipeline's private working database: only the pipeline opens it."""
        return self.root / "warehouse" / "pipeline.duckdb"

    @property
    def shards(self) -> Path:
        """Per-day Parquet hand-offs between steps: articles in, extracted mentions out.
        Extraction reads and writes only these, so any number of workers can run it;
        $CONFLICT_TIMELINE_SHARDS puts them on a path that every worker shares."""
        shared = os.environ.get("CONFLICT_TIMELINE_SHARDS")
        return Path(shared).expanduser().resolve() if shared else self.root / "shards"

    @property
    def analyst_database(self) -> Path:
        """The published read-only copy that analysts open."""
        return self.root / "conflict.duckdb"

    def prepare(self) -> bool:
        """Create the folders; on a fresh data folder put the bundled sample in the inbox.

        Returns True when the sample was placed (first run only).
        """
        fresh = not self.inbox.exists()
        for folder in (self.inbox, self.archive, self.quarantine, self.timelines,
                       self.warehouse.parent, self.shards):
            folder.mkdir(parents=True, exist_ok=True)
        if not fresh:
            return False
        for sample in sorted(SAMPLE_DIR.iterdir()):
            if sample.is_file():
                shutil.copy2(sample, self.inbox / sample.name)
        return True


def data_home(root: str | os.PathLike[str] | None = None) -> DataHome:
    """The data folder: `root`, else $CONFLICT_TIMELINE_HOME, else ./data."""
    chosen = root or os.environ.get("CONFLICT_TIMELINE_HOME") or "data"
    return DataHome(Path(chosen).expanduser().resolve())
