"""Load lexicon.yaml and rules.yaml and compile them, once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

_DATA = "conflict_timeline.data.temporal"
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
    keys: frozenset[str]  # trigger words (norm_key) or "#" (digits) its matches contain


@dataclass(frozen=True, slots=True)
class Resources:
    rules: tuple[Rule, ...]
    lexicon: dict[str, dict[str, str]]  # class -> normalized alias -> value (as text)
    future_re: re.Pattern[str]
    past_re: re.Pattern[str]
    not_past: frozenset[str]
    trigger_re: re.Pattern[str]  # trigger words and digit runs


def _load(name: str) -> dict:
    return yaml.safe_load(resources.files(_DATA).joinpath(name).read_text(encoding="utf-8"))


def _alias_regex(alias: str, case_sensitive: bool, dot: bool) -> str:
    body = re.escape(alias.rstrip(".")) if alias.endswith(".") else re.escape(alias)
    body = body.replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
    if alias.endswith("."):
        body += r"\." if dot else r"\.?"
    if case_sensitive:  # capitalized or all-caps only
        return f"(?-i:{body[0].upper()}{body[1:]}|{body.upper()})"
    return body


def _class_regexes(lex: dict) -> dict[str, str]:
    out = {}
    cs = {k: {a.lower() for a in v} for k, v in (lex.get("case_sensitive") or {}).items()}
    dots = {k: {a.lower() for a in v} for k, v in (lex.get("dot_required") or {}).items()}
    for name, entries in lex["classes"].items():
        aliases = sorted(entries, key=lambda a: (-len(a), a))
        parts = [_alias_regex(a, a.lower() in cs.get(name, ()), a.lower() in dots.get(name, ()))
                 for a in aliases]
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


def _cue_regex(words: list[str]) -> re.Pattern[str]:
    alts = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alts) + r")(?!\w)", re.I)


def _keys(pattern: str, macros: dict, lex: dict, vocab: set[str]) -> frozenset[str]:
    """Trigger words a rule's matches may contain (each match holds at least one)."""
    text = pattern + " ".join(macros[m[1]] for m in _REF.finditer(pattern) if m[1] in macros)
    skip = set(lex["triggers"]["optional_classes"])
    keys = {norm_key(str(a)) for m in _REF.finditer(text)
            if m[1] in lex["classes"] and m[1] not in skip
            for a in lex["classes"][m[1]]} & vocab
    keys |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)} & vocab
    if "\\d" in text:
        keys.add("#")
    return frozenset(keys)


@cache
def load() -> Resources:
    lex, spec = _load("lexicon.yaml"), _load("rules.yaml")
    frags = _class_regexes(lex)
    trig = lex["triggers"]
    vocab = {norm_key(str(a)) for c in trig["classes"] for a in lex["classes"][c]}
    vocab |= {norm_key(w) for w in trig["words"]}
    for name, body in spec["macros"].items():  # macros may use classes, not other macros
        frags[name] = "(?:" + _expand(body, frags, named=False) + ")"
    rules = []
    for i, r in enumerate(spec["rules"]):
        keys = _keys(r["pattern"], spec["macros"], lex, vocab)
        body = _expand(r["pattern"], frags, named=True)
        try:
            regex = re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.I)
        except re.error as e:
            raise ValueError(f"rules.yaml: rule {r['name']!r}: {e}") from e
        rules.append(Rule(r["name"], r["type"], regex, str(r["value"]), i, keys))
    lexicon = {
        name: {norm_key(str(a)): str(v) for a, v in entries.items()}
        for name, entries in lex["classes"].items()
    }
    tense = lex["tense"]
    past_re = re.compile(
        r"(?<![\w'])(?:" + "|".join(sorted(map(re.escape, tense["past"]), key=len, reverse=True))
        + "|" + "|".join(rf"[a-z]+{re.escape(s)}" for s in tense["past_suffix"]) + r")(?!\w)",
        re.I,
    )
    words = sorted(trig["words"], key=len, reverse=True)
    trigger_re = re.compile(
        r"(?P<D>\d+)|(?<!\w)(?:" + "|".join([frags[c] for c in trig["classes"]]
                                     + [re.escape(w) for w in words]) + r")(?!\w)",
        re.I,
    )
    return Resources(tuple(rules), lexicon, _cue_regex(tense["future"]), past_re,
                     frozenset(w.lower() for w in tense["not_past"]), trigger_re)
