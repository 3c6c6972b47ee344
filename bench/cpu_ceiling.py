"""What two processes can gain on this machine right now: the same pure-Python work done by one
process twice, then by two processes at once. Measured in the same run as the pipeline's
speed-up, so a shared machine's limit is printed beside it."""

from __future__ import annotations

import multiprocessing
import time

# About half a second of interpreter work per unit here; no memory traffic to speak of.
UNIT = 6_000_000


def _unit(n: int = UNIT) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def _one_process() -> float:
    began = time.perf_counter()
    _unit()
    _unit()
    return time.perf_counter() - began


def _two_processes(pool: multiprocessing.pool.Pool) -> float:
    began = time.perf_counter()
    pool.map(_unit, [UNIT, UNIT])
    return time.perf_counter() - began


def measure(repeats: int = 5) -> dict:
    """Best-of-`repeats` seconds for one process and for two, and their ratio."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(_unit, [1, 1])  # start both workers before timing
        ones, twos = [], []
        for _ in range(repeats):
            ones.append(_one_process())
            twos.append(_two_processes(pool))
    return {"one_process_s": ones, "two_processes_s": twos,
            "speedup": min(ones) / min(twos), "speedup_median": _median(ones) / _median(twos)}


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
