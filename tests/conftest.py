"""Shared fixtures: the seed article and paths to the shared corpora beside the checkout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "conflict_timeline" / "data" / "sample"
SEED_PUBLISHED = dt.date(2025, 12, 19)


def seed_body() -> str:
    """The bundled seed article's body (front matter removed)."""
    path = next(SAMPLE.glob("*.txt"))
    text = path.read_text(encoding="utf-8")
    return text.split("---", 2)[2].lstrip("\n")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return seed_body()


@pytest.fixture
def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"shared corpus not found at {corpus}")
    return corpus
