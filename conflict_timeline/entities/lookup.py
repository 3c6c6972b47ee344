"""Gazetteer lookups for one n-gram surface, plus the per-gazetteer helpers that let the
scanner skip or reuse most of them (see scan.scan)."""

from __future__ import annotations

from .gazetteer import MIN_EDIT_KEY, MIN_VARIANT_KEY, Gazetteer, Place
from .keys import deletions, exact_key, one_edit_apart, variant_key

_MEMO_MAX = 200_000  # surfaces; a few tens of MB at most, cleared when full

_memo_gz: Gazetteer | None = None  # strong reference, so the identity check below is sound
_memo: dict[str, tuple[list[Place], bool] | None] = {}
_prefixes: frozenset[str] = frozenset()
_edit_heads: frozenset[tuple[int, str]] = frozenset()  # (len, first 3 letters) of gz.edits keys
_edit_tails: frozenset[tuple[int, str]] = frozenset()  # (len, last 3 letters)


def _sync(gz: Gazetteer) -> None:
    global _memo_gz, _prefixes, _edit_heads, _edit_tails
    if gz is not _memo_gz:
        _memo.clear()
        _prefixes = _build_prefixes(gz)
        _edit_heads = frozenset((len(k), k[:3]) for k in gz.edits)
        _edit_tails = frozenset((len(k), k[-3:]) for k in gz.edits)
        _memo_gz = gz


def _build_prefixes(gz: Gazetteer) -> frozenset[str]:
    out: set[str] = set()
    for key in gz.exact:
        out.add(key)
        cut = key.find(" ")
        while cut != -1:
            out.add(key[:cut])
            cut = key.find(" ", cut + 1)
    return frozenset(out)


def exact_prefixes(gz: Gazetteer) -> frozenset[str]:
    """Every exact key, and every part of one that ends just before a space."""
    _sync(gz)
    return _prefixes


def loose_lookup(surface: str, gz: Gazetteer) -> tuple[list[Place], bool] | None:
    """lookup_surface(surface, gz, loose=True), memoised: capitalised names recur across
    articles, and the variant / edit-distance probes are the costly part. Results are shared,
    so callers must not mutate the lists."""
    if gz is not _memo_gz:
        _sync(gz)
    try:
        return _memo[surface]
    except KeyError:
        pass
    if len(_memo) >= _MEMO_MAX:
        _memo.clear()
    hit = _memo[surface] = lookup_surface(surface, gz, loose=True)
    return hit


def lookup_surface(surface: str, gz: Gazetteer, loose: bool) -> tuple[list[Place], bool] | None:
    """Gazetteer entries for one n-gram (before the one-word filter), and whether only the
    variant / edit-distance rule found them."""
    key = exact_key(surface)
    places = gz.exact.get(key)
    fuzzy = False
    if places is None and loose:
        places = fuzzy_lookup(surface, gz)
        fuzzy = True
    if not places:
        return None
    return prefer_primary_names(key, places, gz), fuzzy


def fuzzy_lookup(surface: str, gz: Gazetteer) -> list[Place] | None:
    """Variant key first; then one edit away from a well-known name (regions, countries,
    curated default settlements), e.g. "Donestk", "Belogrod"."""
    vkey = variant_key(surface)
    if len(vkey) < MIN_VARIANT_KEY:
        return None
    hit = gz.variant.get(vkey)
    if hit or len(vkey) < MIN_EDIT_KEY:
        return hit
    if gz is not _memo_gz:
        _sync(gz)
    if not _may_probe(vkey):
        return None
    found: dict[Place, None] = {}
    for probe in (vkey, *deletions(vkey)):
        for known_key, place in gz.edits.get(probe, ()):
            if one_edit_apart(vkey, known_key):
                found[place] = None
    return list(found) or None


def _may_probe(vkey: str) -> bool:
    """False when no probe below can hit gz.edits, judged without building the probes: a probe
    is vkey itself or vkey less one letter, and with len(vkey) >= 6 a deletion keeps either
    the first three letters or the last three."""
    n, head, tail = len(vkey), vkey[:3], vkey[-3:]
    if n < 6:
        return True  # the argument above needs six letters
    return (n, head) in _edit_heads or (n - 1, head) in _edit_heads or (n - 1, tail) in _edit_tails


def prefer_primary_names(key: str, places: list[Place], gz: Gazetteer) -> list[Place]:
    """Drop settlements reached only through a historical/foreign alternate name when another
    settlement carries the name itself ("Oleksandrivka" is also an old name of Donetsk).
    Curated aliases (aliases.csv) count as the name itself."""
    settlements = [p for p in places if p.kind == "settlement"]
    primary = [p for p in settlements if (key, p.geonames_id) in gz.primary]
    if not primary or len(primary) == len(settlements):
        return places
    return [p for p in places if p.kind != "settlement" or p in primary]
