"""Registry of the value functions that rules.yaml may call as ``name(args)``."""

from __future__ import annotations

from collections.abc import Callable

FUNCS: dict[str, Callable[..., str | None]] = {}


def fn(f: Callable[..., str | None]) -> Callable[..., str | None]:
    """Register ``f`` under its name (a trailing underscore is dropped)."""
    FUNCS[f.__name__.rstrip("_")] = f
    return f


def num(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None
