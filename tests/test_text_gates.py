"""The gated scans (text.openings, text.firstchars) find exactly what plain re scans find."""

from __future__ import annotations

import random
import re

import pytest

from conflict_timeline.entities.tokens import Tokens
from conflict_timeline.events.lexicon import _compiled
from conflict_timeline.events.modality import _cues
from conflict_timeline.events.words import ArticleWords
from conflict_timeline.temporal import scan
from conflict_timeline.temporal.resources import load
from conflict_timeline.text.firstchars import CharGate, opening_class
from conflict_timeline.text.openings import (
    WordGate,
    WordStarts,
    digit_key,
    guard_of,
    guarded,
    opening_words,
    trie_alternation,
)

# Words that open triggers and cues, their neighbours, and characters whose case folding or
# word-ness is unusual (Kelvin sign, long s, dotted I, "_", digits, curly quotes).
_VOCAB = (
    "invaded invasion full-scale air strikes missiles hit the capture of Bakhmut said says "
    "according to claimed would require not ready for news conference Putin Kyiv attack "
    "attacked withdrew pulled back talks with met with demanded sanctions aid peace plan "
    "unverified could not be independently verified disputed denied by in 2022 '90s 5pm "
    "May March on Monday Invaded SAID ſaid \u212aILLED İnvasion naïve café x_y 12th"
).split()
_GLUE = [" ", " ", " ", ", ", ". ", "-", "'", "’", "\n", "\n\n", "“", "", "_", "5"]


def _texts(seed: int, count: int = 300) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_VOCAB) + rng.choice(_GLUE) for _ in range(rng.randint(1, 40)))
        for _ in range(count)
    ]


def _words(text: str) -> WordStarts:
    toks = Tokens(text)
    non_ascii = sorted({s for s, w in zip(toks.starts, toks.words, strict=True)
                        if not w.isascii()})
    return WordStarts(text, toks.starts, toks.ends, toks.lower, non_ascii)


def _spans(matches) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


_GATED = {
    "triggers": lambda: _compiled()[0].pattern,
    "speech": lambda: _cues().speech,
    "claimed": lambda: _cues().families["claimed"],
    "unverified": lambda: _cues().unverified,
    "disputed": lambda: _cues().disputed,
}


@pytest.mark.parametrize("name", sorted(_GATED))
def test_word_gate_finds_what_finditer_finds(name: str) -> None:
    gate = _compiled()[0] if name == "triggers" else WordGate.of(_GATED[name]())
    assert gate.words, "the shipped patterns must be gateable"
    rng = random.Random(7)
    fixed = [
        "missile hit a depot; missiles struck; air strikes on Kyiv; the capture of Bakhmut "
        "and the fall of Avdiivka; would require; not ready for talks; talks with Kyiv",
        "According to Putin, he said that Russia claimed it; says Zelensky; as claimed",
    ]
    for text in fixed + _texts(sum(map(ord, name))):
        text = text.replace("_", "-")  # Tokens split there; ArticleWords does not gate them
        words = _words(text)
        positions = gate.positions(words)
        ranges = [(0, len(text))]
        for _ in range(5):
            start = rng.randint(0, len(text))
            ranges.append((start, rng.randint(start, len(text))))
        for start, end in ranges:
            expected = _spans(gate.pattern.finditer(text, start, end))
            assert _spans(gate.matches(text, start, end, words, positions)) == expected


def test_article_words_fall_back_without_gate() -> None:
    text = "x_y: Russia invaded Ukraine, Putin said."
    gate = _compiled()[0]
    pattern = gate.pattern
    words = ArticleWords(text)
    got = _spans(words.matches(gate, 0, len(text)))
    assert got == _spans(pattern.finditer(text))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<!\w)(?:invade[sd]?|air (?:strikes?|raids?))(?!\w)",
         {"invade", "invades", "invaded", "air"}),
        (r"(?<!\w)(?:didn't|full-scale|expell?ed)(?!\w)", {"didn", "full", "expeled", "expelled"}),
        (r"(?<!\w)(?:the\s+(?:\w+)|now)(?!\w)", {"the", "now"}),
        (r"(?<!\w)(?:\w+ed)(?!\w)", None),  # open-ended first word
        (r"(?:said)(?!\w)", None),  # may start inside a word
        (r"(?<!\w)(?:said|says)", None),  # may end inside a word
        (r"(?<!\w)(?:, said)(?!\w)", None),  # opens with no word
        (r"(?<!\w)(?:caf\u00e9)(?!\w)", None),  # non-ASCII folding is not modelled
    ],
)
def test_opening_words(pattern: str, expected: set[str] | None) -> None:
    got = opening_words(re.compile(pattern, re.IGNORECASE))
    assert got == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<!\w)(?:\d{4}|in \d+)(?!\w)", {"#", "in"}),
        (r"(?<!\w)(?:1st|mid-?\d{4}s)(?!\w)", {"#", "mid", "mid#"}),
        (r"(?<!\w)(?:[12]\d|fy\d\d)(?!\w)", {"#", "fy#"}),
        (r"(?<!\w)(?:'\d0s)(?!\w)", None),  # opens with no word
    ],
)
def test_opening_words_with_digits(pattern: str, expected: set[str] | None) -> None:
    got = opening_words(re.compile(pattern), fold=False, digits=True)
    assert got == (None if expected is None else frozenset(expected))
    assert opening_words(re.compile(pattern), fold=False) is None  # digits need the flag


@pytest.mark.parametrize(
    ("word", "key"),
    [("may", "may"), ("1990s", "#"), ("mid1990s", "mid#"), ("fy2024", "fy#"), ("x_1", "x_#"),
     ("\u0663rd", "#"), ("café", "café")],
)
def test_digit_key(word: str, key: str) -> None:
    assert digit_key(word) == key


def test_gated_rules_find_what_a_full_scan_finds() -> None:
    """Rules tried only at the words they can open with (scan.candidates) against every
    rule over the whole text: random texts with digits, odd letters and punctuation."""
    assert sum(rule.openings is not None for rule in load().rules) > len(load().rules) // 2
    extra = ["On 24.02.2022 at 5 p.m.", "the 1990s and mid-1990s", "FY2024 Q3", "3 days later",
             "the year before", "in 987 AD", "a week ago", "\u0663 days",
                 "May52022-12th", "June 23-24, 2022"]
    for text in [*_texts(11, 200), *extra]:
        got = [(s, e, r.name) for s, e, r, _m in scan.candidates(text)]
        assert got == [(s, e, r.name) for s, e, r, _m in scan.candidates(text, full=True)]


def test_char_gate_finds_what_finditer_finds() -> None:
    digits = re.compile(load().trigger_re.pattern.split("(?P<D>", 1)[1].rsplit(")|", 1)[0])
    samples = [*_texts(3), "in 987 AD, '90s, 1914-17, 12:30 p.m., 2022-03-01, $2022"]
    for pattern in (digits, re.compile(r"(?<![a-z])(?:ab|b\d)"), re.compile(r"x*y|\d")):
        gate = CharGate.of(pattern)
        assert gate.opening is not None
        for text in samples:
            assert _spans(gate.finditer(text)) == _spans(pattern.finditer(text))


@pytest.mark.parametrize("pattern", [r"a?", r"(?:x|)", r"[^a]b", r"\b"])
def test_opening_class_refuses_what_it_cannot_prove(pattern: str) -> None:
    assert opening_class(re.compile(pattern)) is None


def test_trie_alternation_matches_exactly_its_words() -> None:
    words = ["sep", "sept", "september", "a", "ab", "b.c", "may"]
    regex = re.compile("(?:" + trie_alternation(words) + r")\Z")
    probes = words + ["se", "septe", "abc", "bxc", "", "mays", "b"]
    assert [p for p in probes if regex.match(p)] == words


def _reference_clusters(low: str) -> list[tuple[int, int, set[int]]]:
    """The one-regex scan that scan._hits speeds up."""
    res = load()
    out: list[tuple[int, int, set[int]]] = []
    lo = hi = -1
    rules: set[int] = set()
    for m in res.trigger_re.finditer(low):
        key = "#" if m.lastgroup == "D" else m[0]
        if key != "#" and key not in res.trigger_words:
            continue
        start = m.start() - scan.WINDOW
        if start > hi:
            if rules:
                out.append((lo, hi, rules))
            lo, rules = max(0, start), set()
        hi = m.end() + scan.WINDOW
        rules.update(res.key_rules.get(key, ()))
    if rules:
        out.append((lo, hi, rules))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "In the '90s it rained; the '90snow later, then in 987 AD at 5pm on Monday",
        "May 2022; mayday on the 3rd of March 2023 at 10:30 a.m. two years ago",
        *_texts(11, 100),
    ],
)
def test_trigger_hits_match_the_one_regex_scan(text: str) -> None:
    low = scan.lower(text)
    assert scan._clusters(low, scan._Words.of(text, low)) == _reference_clusters(low)


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A shipped, already guarded regex without its guard."""
    guard = guard_of(pattern)
    if guard is None or guard not in pattern.pattern:
        return pattern
    return re.compile(pattern.pattern.replace(guard, "", 1), pattern.flags)


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"(?<!\w)(?:May|June|mid-(?:May|June))(?!\w)"),  # case-sensitive capitals
        re.compile(r"(?<!\w)(?:may|(?i:june))(?!\w)"),  # scoped (?i): no word guard
        re.compile(r"(?<!\w)(?:the\s+\w+|\d+\s*(?:am|pm))(?!\w)"),  # words, then a class
        re.compile(r"(?i)(?<!\w)(?:said)(?!\w)"),  # global inline flag: left as it is
        _unguarded(_cues().speech),
        *(_unguarded(rule.regex) for rule in load().rules),
    ],
)
def test_guarded_regex_matches_the_same(pattern: re.Pattern[str]) -> None:
    guard = guarded(pattern)
    samples = [*_texts(5, 150), "May 5, mid-June, the MAY and 10 pm or 7am", "may June"]
    for text in samples:
        for string in (text, scan.lower(text)):
            assert _spans(guard.finditer(string)) == _spans(pattern.finditer(string))


def test_shipped_rules_are_guarded() -> None:
    rules = load().rules
    assert sum(guard_of(r.regex) is not None for r in rules) == len(rules)
    assert all(_unguarded(r.regex) is not r.regex for r in rules)


def test_alternatives_with_group_references_are_not_split() -> None:
    gate = WordGate.of_alternatives([r"(?P<t0>said)", r"(?P<t1>says (?P=t0))", r"(x)\3"])
    assert gate.words is None or not gate.by_word
    trigger_gate = _compiled()[0]
    assert trigger_gate.by_word["the"] is not trigger_gate.pattern.match  # dispatches
