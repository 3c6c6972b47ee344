"""Load lexicon.yaml and rules.yaml and compile them, once per process."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from conflict_timeline.text.firstchars import CharGate
from conflict_timeline.text.openings import guarded, opening_words, trie_alternation

from .cover import cover

_DATA = "conflict_timeline.data.temporal"
WINDOW = 48  # characters a rule may reach on either side of its trigger key (scan.py)
_WORD_KEY = re.compile(r"[a-z]{2,}")  # the words trigger_re can find
_REF = re.compile(r"(?<!\?P)<([A-Z][A-Z0-9]*)(?::(\w+))?>")


def norm_key(s: str) -> str:
    """Lookup key shared by lexicon aliases and matched text."""
    return re.sub(r"[\s-]+", " ", s.strip().lower()).rstrip(".")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    type: str
    regex: re.Pattern[str]
    value: str
    order: int
    keys: frozenset[str]  # trigger words or "#" (date-shaped digits); each match holds one
    cs_groups: tuple[tuple[str, str], ...]  # (group, class) whose case must be checked
    openings: frozenset[str] | None  # digit_key of every word a match can open with (or None)


@dataclass(frozen=True, slots=True)
class Resources:
    rules: tuple[Rule, ...]
    lexicon: dict[str, dict[str, str]]  # class -> normalized alias -> value (as text)
    cue_re: re.Pattern[str]  # tense cues: group F (future) or P (past)
    not_past: frozenset[str]  # -ed words that are no verbs
    adjective_before: frozenset[str]  # words after which an -ed word is an adjective
    trigger_re: re.Pattern[str]  # date-shaped digit runs (group D) and words
    trigger_words: frozenset[str]  # lower-case words that wake up some rule
    # The same hits found faster (scan._hits): the digit runs alone (None when one could
    # start with a letter, inside a word trigger_re would take whole), and the trigger
    # words as whole [a-z] runs.
    trigger_digits: CharGate | None
    trigger_words_re: re.Pattern[str]
    trigger_words_set: frozenset[str]  # the words trigger_words_re finds
    key_rules: dict[str, tuple[int, ...]]  # trigger key -> indices of rules that need it
    case_sensitive: dict[str, frozenset[str]]  # class -> aliases (norm_key) that need capitals
    # digit_key of a word -> indices of the rules a match of which can open with it; rules
    # whose openings are unknown are in no entry but in `ungated`.
    opening_rules: dict[str, tuple[int, ...]]
    ungated: frozenset[int]


def _load(name: str) -> dict:
    return yaml.safe_load(resources.files(_DATA).joinpath(name).read_text(encoding="utf-8"))


def _alias_regex(alias: str, dot: bool) -> str:
    alias = alias.lower()  # rules run on lower-cased text; see Rule.cs_groups for case
    body = re.escape(alias.rstrip(".")) if alias.endswith(".") else re.escape(alias)
    body = body.replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
    if alias.endswith("."):
        body += r"\." if dot else r"\.?"
    return body


def lower_pattern(p: str) -> str:
    """Lower-case the letters of a regex, leaving escapes and group names alone."""
    out, i = [], 0
    while i < len(p):
        if p[i] == "\\":
            out.append(p[i:i + 2])
            i += 2
        elif p.startswith(("(?P<", "(?P="), i):
            j = p.index(">" if p[i + 3] == "<" else ")", i) + 1
            out.append(p[i:j])
            i = j
        else:
            out.append(p[i].lower())
            i += 1
    return "".join(out)


def _class_regexes(lex: dict) -> dict[str, str]:
    out = {}
    dots = {k: {a.lower() for a in v} for k, v in (lex.get("dot_required") or {}).items()}
    for name, entries in lex["classes"].items():
        # Longest first without the optional dot, so "june" is tried before "jun\.?".
        aliases = sorted(entries, key=lambda a: (-len(str(a).rstrip(".")), -len(str(a)), str(a)))
        parts = [_alias_regex(a, a.lower() in dots.get(name, ())) for a in aliases]
        out[name] = "(?:" + "|".join(parts) + ")"
    blockers = sorted(lex["year_blockers"], key=len, reverse=True)
    out["BLOCK"] = r"(?:" + "|".join(re.escape(b) for b in blockers) + r")(?!\w)"
    return out


def _expand(pattern: str, frags: dict[str, str], named: bool) -> str:
    def sub(m: re.Match[str]) -> str:
        name, tag = m[1], m[2]
        body = frags[name]
        if not named:
            return body
        return f"(?P<{name}_{tag}>{body})" if tag else f"(?P<{name}>{body})"

    return _REF.sub(sub, pattern)


def _keys(pattern: str, macros: dict, lex: dict, vocab: set[str]) -> frozenset[str]:
    """Trigger keys a rule's matches may contain (each match holds at least one).

    Keys are single lower-case words (every word of a multi-word alias counts) and "#"
    for a date-shaped digit run.
    """
    text = pattern + " ".join(macros[m[1]] for m in _REF.finditer(pattern) if m[1] in macros)
    skip = set(lex["triggers"]["optional_classes"])
    keys = {_key_word(str(a)) for m in _REF.finditer(text)
            if m[1] in lex["classes"] and m[1] not in skip
            for a in lex["classes"][m[1]]} & vocab
    keys |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)} & vocab
    if "\\d" in text:
        keys.add("#")
    return frozenset(keys)


def _key_word(alias: str) -> str:
    """The word of an alias that wakes its rules (the longest: rarest, never "the")."""
    return max(_words(alias), key=len, default="")


def _words(s: str) -> list[str]:
    return re.findall(r"[a-z]{2,}", s.lower())  # one letter ("s" of "year's") is no key


@cache
def load() -> Resources:
    lex, spec = _load("lexicon.yaml"), _load("rules.yaml")
    frags = _class_regexes(lex)
    trig = lex["triggers"]
    vocab = {_key_word(str(a)) for c in trig["classes"] for a in lex["classes"][c]}
    vocab |= {w for t in trig["words"] for w in _words(t)}
    cs = {k: frozenset(norm_key(a) for a in v)
          for k, v in (lex.get("case_sensitive") or {}).items()}
    for name, body in spec["macros"].items():  # macros may use classes, not other macros
        if any(m[1] in cs for m in _REF.finditer(body)):
            raise ValueError(f"rules.yaml: macro {name!r} uses a case-sensitive class")
        frags[name] = "(?:" + _expand(body, frags, named=False) + ")"
    trig_classes = set(trig["classes"]) - set(trig["optional_classes"])

    def group_keys(group: str) -> frozenset[str] | None:
        """One word of each alias of a trigger class (any word of an alias is in its match)."""
        cls = group.split("_", 1)[0]
        if cls not in trig_classes:
            return None
        return frozenset(_key_word(str(a)) for a in lex["classes"][cls])

    rules = []
    for i, r in enumerate(spec["rules"]):
        body = _expand(r["pattern"], frags, named=True)
        pattern = lower_pattern(r"(?<!\w)(?:" + body + r")(?!\w)")
        keys = cover(pattern, 0, group_keys, frozenset(vocab), WINDOW) or _keys(
            r["pattern"], spec["macros"], lex, vocab)
        if not keys:
            raise ValueError(f"rules.yaml: rule {r['name']!r} has no trigger word "
                             "(add one to lexicon.yaml `triggers`)")
        try:
            plain = re.compile(pattern)
        except re.error as e:
            raise ValueError(f"rules.yaml: rule {r['name']!r}: {e}") from e
        regex = guarded(plain)  # same matches, fewer futile attempts
        groups = tuple((g, g.split("_", 1)[0]) for g in regex.groupindex
                       if g.split("_", 1)[0] in cs)
        rules.append(Rule(r["name"], r["type"], regex, str(r["value"]), i, keys, groups,
                          opening_words(plain, fold=False, digits=True)))
    lexicon = {
        name: {norm_key(str(a)): str(v) for a, v in entries.items()}
        for name, entries in lex["classes"].items()
    }
    tense = lex["tense"]
    future = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in tense["future"]),
                    key=len, reverse=True)
    past = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in tense["past"]),
                  key=len, reverse=True)
    past += [rf"[a-z]+{re.escape(x)}" for x in tense["past_suffix"]]
    cue_re = re.compile(r"(?<![\w'])(?:(?P<F>" + "|".join(future) + r")|(?P<P>"
                        + "|".join(past) + r"))(?!\w)")  # run on lower-cased text
    # Lower-case text is scanned: date-shaped digit runs, or any word (looked up in vocab).
    trigger_re = re.compile(r"(?P<D>" + trig["digits"] + r")|[a-z]{2,}")
    digits = CharGate.of(re.compile(trig["digits"]))
    if digits.opening is None or digits.opening.search(string.ascii_lowercase):
        digits = None
    letter_words = frozenset(w for w in vocab if _WORD_KEY.fullmatch(w))
    words_re = re.compile(r"(?<![a-z])(?:" + trie_alternation(letter_words) + r")(?![a-z])")
    key_rules: dict[str, list[int]] = {}
    opening_rules: dict[str, list[int]] = {}
    for i, r in enumerate(rules):
        for k in r.keys:
            key_rules.setdefault(k, []).append(i)
        for word in r.openings or ():
            opening_rules.setdefault(word, []).append(i)
    return Resources(tuple(rules), lexicon, cue_re,
                     frozenset(w.lower() for w in tense["not_past"]),
                     frozenset(w.lower() for w in tense["adjective_before"]), trigger_re,
                     frozenset(vocab), digits, words_re, letter_words,
                     {k: tuple(v) for k, v in key_rules.items()}, cs,
                     {k: tuple(v) for k, v in opening_rules.items()},
                     frozenset(i for i, r in enumerate(rules) if r.openings is None))
