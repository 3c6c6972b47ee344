"""``python -m bench`` end to end (quick mode) in a subprocess; no timing assertions."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import CORPORA_DIR, REPO


def _bench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bench", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=300)


def test_missing_corpora_exit_2(tmp_path: Path) -> None:
    proc = _bench("--corpora", str(tmp_path))
    assert proc.returncode == 2
    assert len(proc.stdout.strip().splitlines()) == 1


def test_quick_run_writes_json(tmp_path: Path) -> None:
    if not (CORPORA_DIR / "tbaq.jsonl").is_file():
        pytest.skip("annotated corpora not available")
    out = tmp_path / "r.json"
    proc = _bench("--quick", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["quick"] is True and res["machine"]["cpu_count"]
    for name in ("tbaq", "wikiwars"):
        corpus = res["temporal"]["corpora"][name]
        assert set(corpus["compared"]) >= {"ours"}
        assert corpus["ours_full"]["chars_per_s"] > 0
        assert name in proc.stdout
