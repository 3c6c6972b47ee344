"""Big files stream with bounded memory (peak RSS measured in a fresh interpreter)."""

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

BODY = "Russian forces struck the city overnight, officials said. " * 16
MEASURE = """
import datetime as dt, resource, sys
from pathlib import Path
from conflict_timeline.ingest import Article, read_file
path = Path(sys.argv[1])
next(read_file(path.with_name("warm" + path.suffix), today=dt.date(2024, 6, 1)))  # imports
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
n = sum(isinstance(r, Article) for r in read_file(path, today=dt.date(2024, 6, 1)))
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def jsonl_line(n: int) -> str:
    return json.dumps({"title": f"T{n}", "published": "2022-02-14", "text": f"{BODY}{n}"}) + "\n"


def csv_line(n: int) -> str:
    return f'14 February 2022 - 20:53,T{n},"{BODY}{n}"\n'


def fill(path: Path, head: str, line: Callable[[int], str], size: int) -> int:
    """Write numbered lines until the file reaches ``size`` bytes; returns how many."""
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write(head)
        while fh.tell() < size:
            fh.write(line(n))
            n += 1
    return n


def peak_growth_kb(path: Path) -> tuple[int, int]:
    """(articles read, growth of peak RSS in KB) reading ``path`` in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]), int(out[1])


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KB on Linux")
@pytest.mark.parametrize(
    ("name", "head", "line", "size_mb"),
    [
        # 50 MB of JSON Lines takes ~3 s; CSV rows cost more (time-zone dates), so 5 MB.
        ("big.jsonl", "", jsonl_line, 50),
        ("big.csv", "timestamp,title,speech\n", csv_line, 5),
    ],
)
def test_big_files_stream_with_bounded_memory(
    tmp_path: Path, name: str, head: str, line: Callable[[int], str], size_mb: int
) -> None:
    path = tmp_path / name
    rows = fill(path, head, line, size_mb * 1024 * 1024)
    fill(path.with_name("warm" + path.suffix), head, line, 1)
    articles, growth_kb = peak_growth_kb(path)
    assert articles == rows
    # Measured: +3 MB for 50 MB of JSON Lines, +4.5 MB for 50 MB of CSV. Holding the file
    # would cost at least its size; 20 MB leaves room for allocator noise.
    assert growth_kb < 20 * 1024, f"peak RSS grew by {growth_kb} KB"
