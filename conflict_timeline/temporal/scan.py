"""Find rule matches fast: one trigger scan, then each rule runs only near its trigger keys
and, there, only at the words its matches can open with (text.openings)."""

from __future__ import annotations

import operator
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress

from conflict_timeline.entities.tokens import tokens_of
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


@dataclass(frozen=True, slots=True)
class _Words:
    """The words (maximal \\w runs) of the lower-cased text: ``lower[k] == low[starts[k]:
    ends[k]]``. Lower-casing keeps every character a word character or not, so they are
    where the original text's words are: the actor and place matchers' tokens (built here
    first, then reused by them)."""

    starts: list[int]
    ends: list[int]
    lower: list[str]
    odd: list[int]  # indices of the words that are not all ASCII letters ("24th", "kyïv")

    @classmethod
    def of(cls, text: str, low: str) -> _Words:
        if "_" in text:  # the shared tokens split at "_"; \w does not
            spans = [m.span() for m in _WORDS.finditer(low)]
            starts, ends = [s for s, _e in spans], [e for _s, e in spans]
            lower = [low[s:e] for s, e in spans]
        else:
            toks = tokens_of(text)
            starts, ends = toks.starts, toks.ends
            # Lower-casing a word alone is lower-casing it in the text, unless a character
            # lower-cases to two ("İ": lower() keeps it) or is a capital sigma (a word's last
            # one becomes "ς", which depends on what follows).
            if len(low) == len(text) and "Σ" not in text:
                lower = toks.lower
            else:
                lower = list(map(low.__getitem__, map(slice, starts, ends)))
        # bytes.isalpha: ASCII letters only (UTF-8 encodes any other character as non-ASCII).
        plain = map(bytes.isalpha, map(str.encode, lower))
        return cls(starts, ends, lower, list(compress(range(len(lower)),
                                                       map(operator.not_, plain))))


def _hits(low: str, words: _Words) -> list[tuple[int, int, str]]:
    """Trigger keys in text order: (start, end, key), key "#" for a date-shaped digit run.

    The same keys as scanning ``trigger_re`` and keeping the words of the vocabulary, but
    without visiting every position: the digit runs are found by a regex that ``re`` scans
    quickly (resources.load), and the vocabulary words, whole [a-z] runs, by looking the
    text's words up (a word of plain letters is one such run; the regex runs inside the
    other words). They agree with the one-regex scan as long as no digit run holds a letter,
    since a letter run then starts after it.
    """
    res = load()
    if res.trigger_digits is not None:
        digits = [(m.start(), m.end(), "#") for m in res.trigger_digits.finditer(low)]
        if not any(_LETTER.search(low, s, e) for s, e, _k in digits):
            starts, ends, lower = words.starts, words.ends, words.lower
            found = [(starts[k], ends[k], lower[k]) for k in compress(
                range(len(lower)), map(res.trigger_words_set.__contains__, lower))]
            finditer = res.trigger_words_re.finditer
            for k in words.odd:  # "24th", "covid19": the regex within the word
                found.extend((m.start(), m.end(), m[0]) for m in finditer(low, starts[k], ends[k]))
            return sorted(digits + found)
    hits = []
    for m in res.trigger_re.finditer(low):
        key = "#" if m.lastgroup == "D" else m[0]
        if key == "#" or key in res.trigger_words:
            hits.append((m.start(), m.end(), key))
    return hits


def _clusters(low: str, words: _Words) -> list[tuple[int, int, set[int]]]:
    """Merged windows around trigger hits, each with the indices of the rules it wakes up."""
    key_rules = load().key_rules
    out: list[tuple[int, int, set[int]]] = []
    lo = hi = -1
    rules: set[int] = set()
    for start, end, key in _hits(low, words):
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


def _openers(words: _Words) -> tuple[list[int], list[tuple[int, ...]]]:
    """Starts of the words that can open a gated rule's match, and those rules' indices."""
    get = load().opening_rules.get
    lower = words.lower
    rules = list(map(get, lower))
    for k in words.odd:  # "1990s" opens what "#" opens (a word of letters is its own key)
        rules[k] = get(digit_key(lower[k]))
    chosen = list(compress(range(len(lower)), rules))
    return [words.starts[k] for k in chosen], [rules[k] for k in chosen]  # type: ignore[misc]


def _keep(text: str, m: re.Match[str], rule: Rule, found: list[Candidate]) -> None:
    if m.end() > m.start() and (not rule.cs_groups or _case_ok(text, m, rule)):
        found.append((m.start(), m.end(), rule, m))


def candidates(text: str, *, full: bool = False) -> list[Candidate]:
    """Non-overlapping rule matches in text order: longest first, then rule order.

    ``full=True`` runs every rule over the whole text (slow; the reference for tests).
    """
    res = load()
    all_rules = res.rules
    found: list[Candidate] = []
    n = len(text)
    low = lower(text)
    if full:
        for rule in all_rules:
            for m in rule.regex.finditer(low):
                _keep(text, m, rule, found)
        return _settle(found, n)
    words = _Words.of(text, low)
    opener_starts, opener_rules = _openers(words)
    for lo, hi, rules in _clusters(low, words):
        # End windows at a word end so that (?!\w) cannot fire inside a word.
        hi = _WORD.match(low, min(hi, n)).end()
        for i in sorted(rules & res.ungated):
            rule = all_rules[i]
            for m in rule.regex.finditer(low, lo, hi):
                _keep(text, m, rule, found)
        # The other rules run only at the window's words their matches can open with: a
        # dictionary lookup per word instead of every rule at every position (finditer). A
        # word that the window cuts at ``lo`` opens no match: every gated rule opens with
        # (?<!\w), which sees the text before ``lo``.
        resume: dict[int, int] = {}
        first, last = bisect_left(opener_starts, lo), bisect_left(opener_starts, hi)
        for start, openers in zip(opener_starts[first:last], opener_rules[first:last], strict=True):
            for i in openers:
                if i in rules and start >= resume.get(i, 0):
                    rule = all_rules[i]
                    m = rule.regex.match(low, start, hi)
                    if m is not None:
                        resume[i] = m.end()
                        _keep(text, m, rule, found)
    return _settle(found, n)


def _settle(found: list[Candidate], n: int) -> list[Candidate]:
    """The longest matches first, then the earlier rule: those that overlap none taken."""
    found.sort(key=lambda c: (c[0] - c[1], c[2].order, c[0]))
    taken = bytearray(n)
    chosen = []
    for c in found:
        if not any(taken[c[0]:c[1]]):
            taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen
