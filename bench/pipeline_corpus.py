"""Corpora for the pipeline benchmark, built from the real articles of ../shared/corpus/.

The CSVs are read through the project's own ingestion (their column mappings), one article at
a time. A size above the corpus's ~10k distinct articles replicates it: copy r is published r
quarters later and carries a marker "[bench copy r]" in title and text, so its content hash
(the article id) differs. Articles are picked by systematic sampling, so every size mixes the
five sources in their natural proportions. Everything streams: nothing holds the texts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from conflict_timeline.ingest import Article, read_file

from .corpus import REPO

SHARED_CORPUS = REPO.parent / "shared" / "corpus"
SOURCES = ("kremlin_press_releases.csv", "zelenskyy_press_releases.csv",
           "zelenskyy_addresses.csv", "warline_events.csv", "cir_events.csv")
BATCH = 500  # articles per JSONL file: a user's daily export, not one giant file
SHIFT_DAYS = 91  # copy r is published r * 91 days later (less if today comes too soon)
MARGIN_DAYS = 2  # the extra day must still be in the past: ingestion refuses future dates


@dataclass(frozen=True, slots=True)
class Base:
    """What one pass over the shared corpus found."""

    articles: int
    chars: int
    first_day: dt.date
    last_day: dt.date


@dataclass(slots=True)
class Written:
    """What was written to an inbox: counts, dates, and articles per publication day."""

    articles: int = 0
    chars: int = 0
    files: int = 0
    copies: int = 1
    shift_days: int = 0
    days: Counter[dt.date] = field(default_factory=Counter)
    day_chars: Counter[dt.date] = field(default_factory=Counter)  # to split work evenly

    def summary(self) -> dict:
        return {"articles": self.articles, "chars": self.chars, "files": self.files,
                "copies": self.copies, "shift_days": self.shift_days,
                "publication_days": len(self.days),
                "first_day": min(self.days).isoformat() if self.days else None,
                "last_day": max(self.days).isoformat() if self.days else None}


def base_articles(corpus: Path = SHARED_CORPUS) -> Iterator[Article]:
    """Distinct articles of the shared corpus in a fixed order (file, then row)."""
    seen: set[str] = set()  # ids only (16 chars each): the corpus has a few duplicate rows
    for name in SOURCES:
        for item in read_file(corpus / name):
            if isinstance(item, Article) and item.article_id not in seen:
                seen.add(item.article_id)
                yield item


def survey(corpus: Path = SHARED_CORPUS) -> Base:
    """Count the distinct articles and their date range (one streaming pass, ~1 s)."""
    n = chars = 0
    first = last = None
    for a in base_articles(corpus):
        n, chars = n + 1, chars + len(a.text)
        first = a.published if first is None else min(first, a.published)
        last = a.published if last is None else max(last, a.published)
    if not n or first is None or last is None:
        raise FileNotFoundError(f"no articles could be read from {corpus}")
    return Base(n, chars, first, last)


def picked(j: int, want: int, total: int) -> bool:
    """Systematic sampling: exactly `want` of `total` positions, evenly spread."""
    return (j + 1) * want // total > j * want // total


def shift_days(copies: int, base: Base, today: dt.date) -> int:
    """Days between copies, so the last copy still ends MARGIN_DAYS before today."""
    if copies <= 1:
        return 0
    room = (today - dt.timedelta(days=MARGIN_DAYS) - base.last_day).days // (copies - 1)
    if room < 1:
        raise ValueError(f"{copies} copies of the corpus do not fit before {today}")
    return min(SHIFT_DAYS, room)


def record(article: Article, published: dt.date, tag: str | None) -> dict:
    """The JSONL object a user would drop in the inbox; `tag` varies the text (and the id)."""
    title, text = article.title, article.text
    if tag:
        title, text = f"{title} [{tag}]", f"{text}\n\n[{tag}]"
    return {"title": title, "published": published.isoformat(), "text": text,
            "source": article.source, "url": article.url}


class _Batches:
    """JSONL files of at most BATCH lines under one folder; one file open at a time."""

    def __init__(self, folder: Path, prefix: str, out: Written) -> None:
        self.folder, self.prefix, self.out = folder, prefix, out
        self.fh: TextIO | None = None
        self.lines = 0
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, rec: dict, day: dt.date) -> None:
        if self.fh is None or self.lines >= BATCH:
            self.close()
            self.out.files += 1
            name = f"{self.prefix}-{self.out.files:05d}.jsonl"
            self.fh = (self.folder / name).open("w", encoding="utf-8")
            self.lines = 0
        self.fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self.lines += 1
        self.out.articles += 1
        self.out.chars += len(rec["text"])
        self.out.days[day] += 1
        self.out.day_chars[day] += len(rec["text"])

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


def fold(day: dt.date, last: dt.date, history_days: int | None) -> dt.date:
    """`day` moved into the last `history_days` days before `last`: only ever later, so no
    date the text states comes after its publication (a blocking check refuses that)."""
    if not history_days:
        return day
    return last - dt.timedelta(days=(last - day).days % history_days)


def write_corpus(folder: Path, size: int, base: Base, today: dt.date,
                 corpus: Path = SHARED_CORPUS, history_days: int | None = None) -> Written:
    """`size` distinct articles as JSONL batches in `folder` (inside an inbox).

    `history_days` squeezes the history into that many days (tests: Dagster's cost grows with
    the number of daily partitions, whatever they hold)."""
    copies = -(-size // base.articles)
    out = Written(copies=copies, shift_days=shift_days(copies, base, today))
    batches = _Batches(folder, "corpus", out)
    j, total = 0, copies * base.articles
    last = base.last_day + dt.timedelta(days=(copies - 1) * out.shift_days)
    try:
        for copy in range(copies):
            for article in base_articles(corpus):
                if picked(j, size, total):
                    day = article.published + dt.timedelta(days=copy * out.shift_days)
                    day = fold(day, last, history_days)
                    batches.add(record(article, day, f"bench copy {copy}" if copy else None), day)
                j += 1
    finally:
        batches.close()
    return out


def write_day(folder: Path, day: dt.date, size: int, base: Base,
              corpus: Path = SHARED_CORPUS) -> Written:
    """`size` articles all published on `day`, the same texts whatever the history is."""
    out = Written()
    batches = _Batches(folder, f"day-{day.isoformat()}", out)
    try:
        for j, article in enumerate(base_articles(corpus)):
            if picked(j, min(size, base.articles), base.articles):
                batches.add(record(article, day, f"bench day {day.isoformat()}"), day)
    finally:
        batches.close()
    return out


def sample(size: int, base: Base, corpus: Path = SHARED_CORPUS) -> list[Article]:
    """`size` articles spread over the corpus (for throughput measurements; kept in memory)."""
    want = min(size, base.articles)
    return [a for j, a in enumerate(base_articles(corpus)) if picked(j, want, base.articles)]
