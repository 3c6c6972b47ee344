"""Precision and recall of event mentions against hand-labelled events.

A gold event names its article, the offset of the word that expresses it (its anchor), its
type, actor, recipient, place, date and modality (tests/data/extraction_sample.csv shows the
layout). A predicted mention reports a gold event when it is of the same type and its sentence
holds the anchor; each is used once, the nearest trigger first. A match is correct when the
actor and recipient (by country or organisation), the place and the date agree too.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from conflict_timeline.entities import find_places
from conflict_timeline.events.canonical import actor_stem
from conflict_timeline.events.dating import FALLBACK
from conflict_timeline.events.mention import EventMention
from conflict_timeline.temporal.intervals import value_to_interval

# The text gives no date for the event (a past one, or a plan with no time): right is a mention
# that says so (dated by the publication-date fallback), wrong one that claims a date.
UNDATED = ("undated", "")
FIELDS = ("actor", "recipient", "place", "date", "modality")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    article_id: str
    anchor_start: int
    event_type: str
    actor: str | None
    recipient: str | None
    place: str | None
    date: str
    modality: str


def read_gold(path: Path) -> list[GoldEvent]:
    """Gold events from a CSV file with the columns of GoldEvent (empty cells are None)."""
    return parse_gold(path.read_text(encoding="utf-8"))


def parse_gold(text: str) -> list[GoldEvent]:
    """Gold events from CSV text; a missing column raises KeyError, a bad offset ValueError."""
    return [
        GoldEvent(
            article_id=_cell(row, "article_id"), anchor_start=int(_cell(row, "anchor_start")),
            event_type=_cell(row, "event_type"), actor=_cell(row, "actor") or None,
            recipient=_cell(row, "recipient") or None, place=_cell(row, "place") or None,
            date=_cell(row, "date"), modality=_cell(row, "modality"),
        )
        for row in csv.DictReader(io.StringIO(text, newline=""))
    ]


def _cell(row: dict[str, str | None], column: str) -> str:
    """A cell, stripped; a short row's missing cells are empty."""
    return (row[column] or "").strip()


@dataclass
class ExtractionScores:
    n_gold: int = 0
    n_predicted: int = 0
    matched: int = 0  # same type, same sentence
    correct: int = 0  # matched, and actors, place and date agree
    field_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)  # one line per disagreement, to read

    def precision(self, correct_only: bool = True) -> float:
        hits = self.correct if correct_only else self.matched
        return hits / self.n_predicted if self.n_predicted else 1.0

    def recall(self, correct_only: bool = True) -> float:
        hits = self.correct if correct_only else self.matched
        return hits / self.n_gold if self.n_gold else 1.0

    def report(self) -> str:
        fields = ", ".join(f"{name} {self.field_hits[name] / max(self.matched, 1):.3f}"
                           for name in FIELDS)
        return (
            f"{self.n_gold} gold events, {self.n_predicted} predicted mentions\n"
            f"type and sentence: precision {self.precision(False):.3f}, "
            f"recall {self.recall(False):.3f}\n"
            f"type, actors, place and date: precision {self.precision():.3f}, "
            f"recall {self.recall():.3f}\n"
            f"agreement on the {self.matched} matched: {fields}"
        )


def _stem(code: str | None) -> str | None:
    return actor_stem(code) if code else None


def _folded(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(w for w in plain.casefold().replace("-", " ").split() if w != "oblast")


def place_agrees(gold: str | None, mention: EventMention) -> bool:
    """The same place: both none, the same name, or the gold name resolves to it."""
    place = mention.place
    if gold is None or place is None:
        return gold is None and place is None
    if _folded(gold) in (_folded(place.name), _folded(place.text)):
        return True
    resolved = find_places(gold)
    return bool(resolved) and (
        (resolved[0].geonames_id or resolved[0].region_code)
        == (place.geonames_id or place.region_code)
    )


def date_agrees(gold: str, mention: EventMention) -> bool:
    if gold in UNDATED:
        return mention.date.date_basis == FALLBACK
    interval = value_to_interval(gold)
    return interval is not None and (interval.start, interval.end) == (
        mention.date.date_start, mention.date.date_end)


def _agreement(gold: GoldEvent, mention: EventMention) -> dict[str, bool]:
    return {
        "actor": _stem(gold.actor) == _stem(mention.actor and mention.actor.code),
        "recipient": _stem(gold.recipient) == _stem(mention.recipient and mention.recipient.code),
        "place": place_agrees(gold.place, mention),
        "date": date_agrees(gold.date, mention),
        "modality": gold.modality == mention.modality,
    }


def _match(gold: list[GoldEvent], mentions: list[EventMention]
           ) -> Iterable[tuple[GoldEvent, EventMention | None]]:
    """Each gold event with the unused mention of its type whose sentence holds the anchor
    and whose trigger lies nearest to it, or None."""
    used: set[int] = set()
    for event in sorted(gold, key=lambda g: g.anchor_start):
        candidates = [
            (abs(m.trigger_start - event.anchor_start), i) for i, m in enumerate(mentions)
            if i not in used and m.event_type == event.event_type
            and m.char_start <= event.anchor_start < m.char_end
        ]
        if not candidates:
            yield event, None
            continue
        _, best = min(candidates)
        used.add(best)
        yield event, mentions[best]


def score(gold: list[GoldEvent], predicted: Mapping[str, list[EventMention]]
          ) -> ExtractionScores:
    """Scores of the mentions predicted for each article (by article id) against `gold`."""
    scores = ExtractionScores(n_gold=len(gold),
                              n_predicted=sum(len(found) for found in predicted.values()))
    by_article: dict[str, list[GoldEvent]] = {}
    for event in gold:
        by_article.setdefault(event.article_id, []).append(event)
    for article_id, events in by_article.items():
        for event, mention in _match(events, predicted.get(article_id, [])):
            where = f"{article_id}@{event.anchor_start} {event.event_type}"
            if mention is None:
                scores.misses.append(f"{where}: not found")
                continue
            scores.matched += 1
            agreement = _agreement(event, mention)
            for name, agrees in agreement.items():
                scores.field_hits[name] += agrees
            wrong = [name for name in FIELDS[:4] if not agreement[name]]
            if wrong:
                scores.misses.append(f"{where}: {', '.join(wrong)} differ")
            else:
                scores.correct += 1
    return scores
