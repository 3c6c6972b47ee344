"""Find rule matches fast: one trigger scan, then each rule runs only near its trigger keys."""

from __future__ import annotations

import re

from .resources import WINDOW, Rule, load, norm_key

_BACK = _FWD = WINDOW  # context a rule may need around its trigger word
_WORD = re.compile(r"\w*")

Candidate = tuple[int, int, Rule, re.Match[str]]


def lower(text: str) -> str:
    """Lower-cased text of the same length (rules run on it without re.IGNORECASE)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # e.g. "İ"


def _case_ok(text: str, m: re.Match[str], rule: Rule) -> bool:
    """Case-sensitive aliases ("May", "March") must be capitalized or all capitals."""
    cs = load().case_sensitive
    for group, cls in rule.cs_groups:
        s, e = m.span(group)
        if s >= 0 and norm_key(m[group]) in cs[cls]:
            word = text[s:e]
            if not (word[0].isupper() and (word[1:].islower() or word.isupper()
                                           or not word[1:].isalpha())):
                return False
    return True


def _clusters(low: str) -> list[tuple[int, int, set[int]]]:
    """Merged windows around trigger hits, each with the indices of the rules it wakes up."""
    res = load()
    words, key_rules = res.trigger_words, res.key_rules
    out: list[tuple[int, int, set[int]]] = []
    lo = hi = -1
    rules: set[int] = set()
    for m in res.trigger_re.finditer(low):
        if m.lastgroup == "D":
            key = "#"
        else:
            key = m[0]
            if key not in words:
                continue
        start = m.start() - _BACK
        if start > hi:
            if rules:
                out.append((lo, hi, rules))
            lo, rules = max(0, start), set()
        hi = m.end() + _FWD
        rules.update(key_rules.get(key, ()))
    if rules:
        out.append((lo, hi, rules))
    return out


def candidates(text: str, *, full: bool = False) -> list[Candidate]:
    """Non-overlapping rule matches in text order: longest first, then rule order.

    ``full=True`` runs every rule over the whole text (slow; the reference for tests).
    """
    all_rules = load().rules
    found: list[Candidate] = []
    n = len(text)
    low = lower(text)
    clusters = [(0, n, set(range(len(all_rules))))] if full else _clusters(low)
    for lo, hi, rules in clusters:
        # End windows at a word end so that (?!\w) cannot fire inside a word.
        hi = _WORD.match(low, min(hi, n)).end()
        for i in sorted(rules):
            rule = all_rules[i]
            for m in rule.regex.finditer(low, lo, hi):
                if m.end() > m.start() and (not rule.cs_groups or _case_ok(text, m, rule)):
                    found.append((m.start(), m.end(), rule, m))
    found.sort(key=lambda c: (c[0] - c[1], c[2].order, c[0]))
    taken = bytearray(n)
    chosen = []
    for c in found:
        if not any(taken[c[0]:c[1]]):
            taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen
