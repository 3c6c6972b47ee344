"""Microsoft Recognizers-Text (recognizers-text-date-time) as a temporal tagger.

``recognize_datetime(text, Culture.English, reference=...)`` builds a model and calls its
``parse``, which preprocesses, extracts, then parses each extraction inside one
``try: ... except Exception: pass``. A parser bug on one expression (1.0.2a2 raises
UnboundLocalError on "by early October") therefore silently drops every later result of the
document: 3 of 169 expressions in WikiWars' first document. ``run`` does the same steps
with the model built once (rebuilding costs ~25 ms a call, unfair to the peer) and the
``try`` around each expression, so one bug costs one expression and is counted as an error.
Results are the library's ``ModelResult``, built as its ``parse`` builds them: ``end`` is
inclusive (text[start:end + 1] is the match), and matches can start with a space
(" after ten years"), which is trimmed. Types and values: see ``rt_timex``.
"""

from __future__ import annotations

import datetime
from functools import cache
from typing import Any

from . import rt_timex
from .offsets import trim


@cache
def _model() -> Any:
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_text import Culture

    return DateTimeRecognizer(Culture.English).get_datetime_model(Culture.English)


def _result(parsed: Any) -> Any:
    from recognizers_text.model import ModelResult

    res = ModelResult()
    res.start, res.end = parsed.start, parsed.start + parsed.length - 1
    res.text, res.type_name, res.resolution = parsed.text, parsed.type, parsed.value
    return res


def run(text: str, dct: datetime.date, narrative: bool) -> tuple[list[Any], list[str]]:
    """The library's work (timed): ModelResults and the expressions its parser failed on."""
    from recognizers_text.utilities import QueryProcessor

    model, ref = _model(), datetime.datetime.combine(dct, datetime.time())
    out, errors = [], []
    for extracted in model.extractor.extract(QueryProcessor.preprocess(text), ref):
        try:
            parsed = model.parser.parse(extracted, ref)
        except Exception as exc:  # the library's own parse() swallows these, see above
            errors.append(f"{extracted.text.strip()!r}: {type(exc).__name__}")
            continue
        out += [_result(p) for p in (parsed.value if isinstance(parsed.value, list)
                                     else [parsed])]
    return out, errors


def errors(raw: tuple[list[Any], list[str]]) -> list[str]:
    return raw[1]


def found(raw: tuple[list[Any], list[str]]) -> int:
    return len(raw[0])


def convert_one(text: str, start: int, end: int, type_name: str, resolution: dict | None,
                dct: datetime.date) -> dict | None:
    """One Timex dict from one result's fields; ``end`` inclusive as the library gives it."""
    span = trim(text, start, end + 1)
    if span is None:
        return None
    cands = (resolution or {}).get("values") or []
    timex = cands[0].get("timex", "") if cands else ""
    # Unresolved matches keep an empty value: they still count for extraction.
    val = rt_timex.value(timex, cands, dct) if timex else ""
    return {"start": span[0], "end": span[1], "text": text[span[0]:span[1]],
            "type": rt_timex.timex_type(type_name, timex), "value": val}


def convert(text: str, raw: Any, dct: datetime.date) -> list[dict]:
    """Timex dicts for ``run``'s output (or a plain ModelResult list), in text order."""
    results = raw[0] if isinstance(raw, tuple) else raw
    out = [convert_one(text, r.start, r.end, r.type_name, r.resolution, dct) for r in results]
    return sorted((t for t in out if t is not None), key=lambda t: t["start"])
