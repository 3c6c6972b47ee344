"""The shared annotated temporal corpora (../shared/temporal/*.jsonl) and fixed subsets."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA_DIR = REPO.parent / "shared" / "temporal"
# Corpus name -> narrative mode (WikiWars dates move with the story, not the document date).
CORPORA = {"tbaq": False, "wikiwars": True}


@dataclass(frozen=True, slots=True)
class Doc:
    doc_id: str
    dct: datetime.date
    text: str
    timexes: list[dict]

    def gold(self) -> dict:
        """The scorer's document form."""
        return {"doc_id": self.doc_id, "timexes": self.timexes}


def load(path: Path) -> list[Doc]:
    """Documents of one corpus, sorted by doc_id so that subsets are stable."""
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs.append(Doc(d["doc_id"], datetime.date.fromisoformat(d["dct"][:10]),
                                d["text"], d["timexes"]))
    return sorted(docs, key=lambda d: d.doc_id)


def cut(doc: Doc, budget: int) -> Doc:
    """The document's head up to a space within ``budget`` chars, with the gold inside it.

    The cut moves back before any gold expression it would split, so that no tagger is asked
    to find half an expression.
    """
    end = doc.text.rfind(" ", 0, budget + 1)
    end = budget if end <= 0 else end
    for t in sorted(doc.timexes, key=lambda t: -t["start"]):
        if t["start"] < end < t["end"]:
            end = t["start"]
    return Doc(f"{doc.doc_id}[:{end}]", doc.dct, doc.text[:end],
               [t for t in doc.timexes if t["end"] <= end])


def first_chars(docs: list[Doc], budget: int) -> list[Doc]:
    """Leading documents (doc_id order) whose text fits in ``budget`` characters.

    If the first document alone is longer, its head (``cut``) stands in: quick runs stay quick.
    """
    if docs and len(docs[0].text) > budget:
        return [cut(docs[0], budget)]
    out, total = [], 0
    for d in docs:
        if out and total + len(d.text) > budget:
            break
        out.append(d)
        total += len(d.text)
    return out


def heads(docs: list[Doc], budget: int) -> list[Doc]:
    """Every document, each cut to its head of at most ``budget`` characters."""
    return [d if len(d.text) <= budget else cut(d, budget) for d in docs]


def subset(docs: list[Doc], how: str, budget: int) -> tuple[list[Doc], str]:
    """A fixed subset and its description: "all", "first" (first_chars) or "heads"."""
    if how == "all":
        return docs, "the whole corpus"
    if how == "heads":
        return heads(docs, budget), f"every document cut to its first {budget:,} characters"
    out = first_chars(docs, budget)
    if out[0].doc_id != docs[0].doc_id:
        return out, f"the first document by doc_id, cut to {n_chars(out):,} characters"
    return out, f"the first documents by sorted doc_id within {budget:,} characters"


def n_chars(docs: list[Doc]) -> int:
    return sum(len(d.text) for d in docs)
