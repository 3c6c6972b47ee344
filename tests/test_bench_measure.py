"""A tagger that fails on a document is counted, not fatal; outputs line up with documents."""

import datetime

from bench.corpus import Doc, cut, first_chars, heads
from bench.measure import measure
from bench.taggers import Tagger

DCT = datetime.date(1998, 3, 10)
DOCS = [Doc("a", DCT, "on Friday", []), Doc("b", DCT, "boom", []), Doc("c", DCT, "today", [])]


def _run(text: str, dct: datetime.date, narrative: bool) -> list[tuple[int, int]]:
    if text == "boom":
        raise RuntimeError("peer bug")
    return [(0, len(text)), (0, 0)]


def _convert(text: str, raw: list, dct: datetime.date) -> list[dict]:
    return [{"start": s, "end": e, "text": text[s:e], "type": "DATE", "value": ""}
            for s, e in raw if e > s]


def test_failing_document_is_counted() -> None:
    res = measure(Tagger("fake", _run, _convert, repeats=2), DOCS, False)
    assert res["errors"] == 1 and "peer bug" in res["error_examples"][0]
    assert [p["doc_id"] for p in res["pred"]] == ["a", "b", "c"]
    assert res["pred"][1]["timexes"] == []
    assert res["dropped"] == 2  # the empty match of each of a and c
    assert len(res["runs_s"]) == 2 and res["chars"] == 18


def test_subsets_keep_gold_inside_the_cut() -> None:
    doc = Doc("d", DCT, "In 1998 and in March 1999 too", [
        {"start": 3, "end": 7, "type": "DATE", "value": "1998"},
        {"start": 15, "end": 25, "type": "DATE", "value": "1999-03"}])
    head = cut(doc, 20)
    assert head.text == "In 1998 and in " and [t["value"] for t in head.timexes] == ["1998"]
    assert first_chars([doc], 100) == [doc]
    assert heads([doc, DOCS[0]], 20)[1] is DOCS[0]
