"""Sentence and paragraph boundaries with exact character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import quick_init

# A full stop after one of these is not a sentence end.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt maj sgt capt adm gov sen rep st jr sr prof no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx".split()
)
# "., " before a capital also ends one: exports that join paragraphs with ", " (the
# presidential addresses) would otherwise run a whole speech into a few "sentences".
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=(?:\s*,)?\s+[\"'“‘«(\[]?[A-ZА-ЯІЇЄҐ0-9])")
_LONGEST = max(map(len, _ABBREVIATIONS))
_LEADING = " \t\r\n\f\v,"  # what a sentence never starts with (the joining ", " above)
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str


def _sentence_ends(text: str, start: int, stop: int) -> list[int]:
    """Where the sentences of the paragraph text[start:stop] end (offsets into text). The
    regexes run on text within [start, stop), which they read as the paragraph alone: none
    looks behind its start or past its end."""
    ends = []
    for match in _BOUNDARY.finditer(text, start, stop):
        dot = match.start()
        if text[dot] == ".":
            # Only the word before the full stop matters, and only if it is no longer than
            # an abbreviation: looking back one character further tells.
            word = _LAST_WORD.search(text, max(start, dot - _LONGEST - 1), dot + 1)
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
        ends.append(match.end())
    ends.append(stop)
    return ends


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences; every sentence satisfies text[s.start:s.end] == s.text."""
    sentences: list[Sentence] = []
    paragraph_start = 0
    bounds = [m.span() for m in _PARAGRAPH.finditer(text)] + [(len(text), len(text))]
    for paragraph_index, (gap_start, gap_end) in enumerate(bounds):
        begin = paragraph_start
        for end in _sentence_ends(text, paragraph_start, gap_start):
            chunk = text[begin:end]
            opened = chunk.lstrip(_LEADING)
            stripped = opened.rstrip()
            if stripped:
                offset = end - len(opened)
                sentences.append(
                    Sentence(len(sentences), paragraph_index, offset, offset + len(stripped),
                             stripped)
                )
            begin = end
        paragraph_start = gap_end
    return sentences
