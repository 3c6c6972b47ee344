"""Value functions that need no anchor: durations, spelled-out years, eras, clock times."""

from __future__ import annotations

from .context import Ctx
from .registry import fn, num

_DUR = {"D": ("", "D", 1), "W": ("", "W", 1), "F": ("", "W", 2), "M": ("", "M", 1),
        "Y": ("", "Y", 1), "Q": ("", "Q", 1), "DE": ("", "DE", 1), "CE": ("", "CE", 1),
        "H": ("T", "H", 1), "MIN": ("T", "M", 1), "S": ("T", "S", 1), "WE": ("", "WE", 1)}
# A fraction is spelled in the next smaller unit, after the whole units: "2 1/2 years" is
# P2Y6M, "5 1/2 hours" PT5H30M, "half an hour" PT30M (the ISO 8601 way TimeBank writes them).
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
            "MIN": ("S", 60)}


def _n(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


@fn
def dur(ctx: Ctx, n: str, unit: str) -> str | None:
    t, code, mult = _DUR[unit]
    x = num(n)
    if x is None:
        return f"P{t}X{code}"
    x *= mult
    key = "MIN" if unit == "MIN" else code
    if x == int(x) or key not in _SMALLER:
        return f"P{t}{_n(x)}{code}"
    small, k = _SMALLER[key]
    whole, part = int(x), (x - int(x)) * k
    head = f"{whole}{code}" if whole else ""
    if code == "W":  # ISO 8601 mixes weeks with nothing: all in days
        return f"P{_n(x * k)}{small}"
    if code == "D":  # days, then hours: P1DT12H
        return f"P{head}T{_n(part)}{small}"
    return f"P{t}{head}{_n(part)}{small}"


@fn
def year(ctx: Ctx, c: str, n: str) -> str | None:
    century = {"nineteen": 19, "twenty": 20}.get(c.lower(), int(c) if c.isdigit() else 0)
    rest = num(n) if n else 0
    if rest is None or (not c.isdigit() and c and rest < 10):
        return None  # "twenty six percent" is no year
    y = century * 100 + int(rest) if century else int(rest)
    return f"{y:04d}" if 0 < y < 10000 else None


@fn
def shortyear(ctx: Ctx, first: str, yy: str) -> str | None:
    """End of a range written short ("1915-17"); it must lie after the start ("2022-02" is
    a month, not a range)."""
    start = int(first)
    y = start // 100 * 100 + int(yy)
    y += 100 if y <= start else 0  # "1999-00"
    return f"{y:04d}" if y <= start + 30 else None


@fn
def bc(ctx: Ctx, n: str) -> str | None:
    return f"BC{int(n):04d}" if 0 < int(n) <= 5000 else None


@fn
def bcdate(ctx: Ctx, n: str, m: str, d: str) -> str | None:
    """Month (and day) of a year before Christ: "BC0480-08", "BC0490-09-12"."""
    year = bc(ctx, n)
    return year and f"{year}-{int(m):02d}" + (f"-{int(d):02d}" if d else "")


@fn
def bcdecade(ctx: Ctx, n: str) -> str | None:
    """"The 470s BC" -> BC047."""
    return f"BC{int(n):03d}"


@fn
def bccentury(ctx: Ctx, n: str) -> str | None:
    """"The 4th century BC" (400-301 BC) -> BC03."""
    return f"BC{int(n) - 1:02d}" if 0 < int(n) < 100 else None


@fn
def century(ctx: Ctx, n: str) -> str | None:
    return f"{int(n) - 1:02d}" if 0 < int(n) < 100 else None


@fn
def clock(ctx: Ctx, h: str, m: str, ampm: str, named: str) -> str | None:
    if named:
        return "12:00" if named.lower() == "noon" else "00:00"
    hh = int(h)
    if ampm == "pm" and hh < 12:
        hh += 12
    elif ampm == "am" and hh == 12:
        hh = 0
    return f"{hh:02d}:{int(m or 0):02d}"


@fn
def everyyear(ctx: Ctx, m: str) -> str | None:
    """A month of every year ("each July"): XXXX-07."""
    return f"XXXX-{int(m):02d}"
