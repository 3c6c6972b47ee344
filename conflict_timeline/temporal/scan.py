"""Find rule matches fast: one trigger scan, then each rule runs only near its trigger keys
and, there, only at the words its matches can open with (text.openings)."""

from __future__ import annotations

import re

from conflict_timeline.text.openings import digit_key

from .resources import WINDOW, Rule, load, norm_key

_BACK = _FWD = WINDOW  # context a rule may need around its trigger word
_WORD = re.compile(r"\w*")
_WORDS = re.compile(r"\w+")
_LETTER = re.compile(r"[a-z]")

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


def _hits(low: str) -> list[tuple[int, int, str]]:
    """Trigger keys in text order: (start, end, key), key "#" for a date-shaped digit run.

    The same keys as scanning ``trigger_re`` and keeping the words of the vocabulary, but
    without visiting every word: the digit runs and the vocabulary words are found by two
    regexes that ``re`` scans quickly (resources.load). They agree with the one-regex scan
    as long as no digit run holds a letter, since a letter run then starts after it.
    """
    res = load()
    if res.trigger_digits is not None:
        digits = [(m.start(), m.end(), "#") for m in res.trigger_digits.finditer(low)]
        if not any(_LETTER.search(low, s, e) for s, e, _k in digits):
            words = [(m.start(), m.end(), m[0]) for m in res.trigger_words_re.finditer(low)]
            return sorted(digits + words) if digits else words
    hits = []
    for m in res.trigger_re.finditer(low):
        key = "#" if m.lastgroup == "D" else m[0]
        if key == "#" or key in res.trigger_words:
            hits.append((m.start(), m.end(), key))
    return hits


def _clusters(low: str) -> list[tuple[int, int, set[int]]]:
    """Merged windows around trigger hits, each with the indices of the rules it wakes up."""
    key_rules = load().key_rules
    out: list[tuple[int, int, set[int]]] = []
    lo = hi = -1
    rules: set[int] = set()
    for start, end, key in _hits(low):
        start -= _BACK
        if start > hi:
            if rules:
                out.append((lo, hi, rules))
            lo, rules = max(0, start), set()
        hi = end + _FWD
        rules.update(key_rules.get(key, ()))
    if rules:
        out.append((lo, hi, rules))
    return out


def _keep(text: str, m: re.Match[str], rule: Rule, found: list[Candidate]) -> None:
    if m.end() > m.start() and (not rule.cs_groups or _case_ok(text, m, rule)):
        found.append((m.start(), m.end(), rule, m))


def candidates(text: str, *, full: bool = False) -> list[Candidate]:
    """Non-overlapping rule matches in text order: longest first, then rule order.

    ``full=True`` runs every rule over the whole text (slow; the reference for tests).
    """
    res = load()
    all_rules, opening_rules = res.rules, res.opening_rules
    found: list[Candidate] = []
    n = len(text)
    low = lower(text)
    clusters = [(0, n, set(range(len(all_rules))))] if full else _clusters(low)
    for lo, hi, rules in clusters:
        # End windows at a word end so that (?!\w) cannot fire inside a word.
        hi = _WORD.match(low, min(hi, n)).end()
        for i in sorted(rules & res.ungated) if not full else sorted(rules):
            rule = all_rules[i]
            for m in rule.regex.finditer(low, lo, hi):
                _keep(text, m, rule, found)
        if full:
            continue
        # The other rules run only at the window's words their matches can open with: a
        # dictionary lookup per word instead of every rule at every position (finditer).
        resume: dict[int, int] = {}
        for word in _WORDS.finditer(low, lo, hi):
            key = word[0]
            openers = opening_rules.get(key if key.isalpha() else digit_key(key))
            if openers is None:
                continue  # most words open no rule
            start = word.start()
            for i in openers:
                if i in rules and start >= resume.get(i, 0):
                    rule = all_rules[i]
                    m = rule.regex.match(low, start, hi)
                    if m is not None:
                        resume[i] = m.end()
                        _keep(text, m, rule, found)
    found.sort(key=lambda c: (c[0] - c[1], c[2].order, c[0]))
    taken = bytearray(n)
    chosen = []
    for c in found:
        if not any(taken[c[0]:c[1]]):
            taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen
