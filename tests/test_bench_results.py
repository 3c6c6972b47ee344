"""The results file round-trips and the comparison with a previous run reads it."""

import json
from pathlib import Path

from bench import compare, results


def _result(f1: float, cps: float) -> dict:
    row = {"date_relaxed_f1": f1, "date_value_f1": f1, "all_value_f1": f1, "chars_per_s": cps,
           "docs": 2}
    corpus = {"subset": {"doc_ids": ["a", "b"]}, "compared": {"ours": row}, "ours_full": row}
    return {"created_utc": "20250101T000000Z", "machine": results.machine_info(),
            "temporal": {"corpora": {"tbaq": corpus}}}


def test_write_read_round_trip(tmp_path: Path) -> None:
    res = _result(0.9, 1234.5)
    path = tmp_path / "sub" / "r.json"
    results.write(res, path)
    assert results.read(path) == json.loads(json.dumps(res))
    assert not list(path.parent.glob("*.tmp"))


def test_read_missing_or_broken(tmp_path: Path) -> None:
    assert results.read(tmp_path / "none.json") is None
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert results.read(tmp_path / "bad.json") is None


def test_changes_against_previous() -> None:
    lines = compare.changes(_result(0.8, 1000.0), _result(0.9, 2000.0))
    assert any("tbaq subset ours" in ln and "+0.100" in ln and "x2.00" in ln for ln in lines)
