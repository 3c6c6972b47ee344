"""Articles of the shared corpus (all five sources) picked by id, for the labelled samples."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from conflict_timeline.ingest import Article, read_file

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SOURCES = ("kremlin_press_releases.csv", "zelenskyy_press_releases.csv",
           "zelenskyy_addresses.csv", "warline_events.csv", "cir_events.csv")


def corpus_articles(article_ids: Iterable[str]) -> list[Article]:
    """The articles with these ids; skips the test when the corpus is not beside the checkout,
    fails it when an article is missing."""
    if not all((CORPUS / name).is_file() for name in SOURCES):
        pytest.skip(f"shared corpus not found in {CORPUS}")
    wanted = set(article_ids)
    found = []
    for name in SOURCES:
        for item in read_file(CORPUS / name):
            if isinstance(item, Article) and item.article_id in wanted:
                found.append(item)
                wanted.discard(item.article_id)
    assert not wanted, f"articles of the sample not found in the corpus: {sorted(wanted)}"
    return found
