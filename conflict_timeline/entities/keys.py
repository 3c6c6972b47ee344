"""Name normalisation: an exact key (case/accent/apostrophe folding) and a looser variant key.

The variant key merges the usual transliteration differences of Ukrainian and Russian names
(Huliaipole / Hulyaipole / Gulyaipole / Гуляйполе, Mariupol' / Mariupol) and doubled-letter
typos (Huliaiipole). A match found only through it is reported as fuzzy.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from functools import lru_cache

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ё": "e",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}  # fmt: skip
_TRANSLIT = str.maketrans(_CYRILLIC)
_APOS = re.compile(r"['’ʼ‘`′]")
_SEP = re.compile(r"[\s\-‐‑–]+")
# Order matters: multi-letter clusters first, then single-letter merges.
_VARIANT_RULES = [
    ("shch", "sh"), ("zhzh", "zh"), ("kh", "h"), ("g", "h"), ("ye", "e"), ("ie", "e"),
    ("j", "i"), ("y", "i"), ("w", "v"), ("ck", "k"),
]  # fmt: skip
_RUNS = re.compile(r"(.)\1+")
_FIRST_GROUP = operator.itemgetter(1)
# Deletes every ASCII character but a-z (str.translate: faster than a regex substitution).
_NON_LETTER = str.maketrans("", "", "".join(chr(c) for c in range(128) if not "a" <= chr(c) <= "z"))


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def exact_key(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive key; hyphens count as spaces."""
    if name.isascii():  # NFC and accent stripping leave ASCII unchanged; most keys are ASCII
        # As the regexes below, in plain string methods (two to three times as fast): ASCII
        # has no apostrophe but ' and `, no dash but -, and \s is what split() splits at.
        return " ".join(name.lower().replace("'", "").replace("`", "").replace("-", " ").split())
    s = unicodedata.normalize("NFC", name).lower()
    s = _APOS.sub("", s)
    s = _SEP.sub(" ", s).strip()
    # Cyrillic short i / yi would lose their marks in NFKD; protect them first.
    s = s.replace("й", "\x01").replace("ї", "\x02")
    s = _strip_accents(s).replace("\x01", "й").replace("\x02", "ї")
    return s


@lru_cache(maxsize=200_000)
def variant_key(name: str) -> str:
    """Loose spelling-independent key: transliterated, letters only, clusters merged."""
    if name.isascii():  # exact_key only lower-cases ASCII letters: keep a-z, drop the rest
        s = name.lower().translate(_NON_LETTER)
    else:
        s = exact_key(name).translate(_TRANSLIT)
        s = "".join(c for c in _strip_accents(s) if c.isalpha() and c.isascii())
    for old, new in _VARIANT_RULES:
        if old in s:
            s = s.replace(old, new)
    return _RUNS.sub(_FIRST_GROUP, s)  # a C callable: a "\1" template calls into Python


def deletions(key: str) -> set[str]:
    """All strings one character shorter than key (symmetric-delete edit-distance index)."""
    return {key[:k] + key[k + 1 :] for k in range(len(key))}


def within_two_edits(a: str, b: str) -> bool:
    """Levenshtein distance <= 2: common ends stripped, then only the diagonal band of the
    table within two of it, stopping once a whole row exceeds two (build time only)."""
    if abs(len(a) - len(b)) > 2:
        return False
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    a, b = a[head:], b[head:]
    tail = 0
    while tail < len(a) and tail < len(b) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if tail:
        a, b = a[:-tail], b[:-tail]
    if len(a) <= 2 and len(b) <= 2:
        return True
    far = 3  # any value above two
    prev = [j if j <= 2 else far for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        cur = [far] * (len(b) + 1)
        cur[0] = i if i <= 2 else far
        for j in range(max(1, i - 2), min(len(b), i + 2) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]), far)
        if min(cur) > 2:
            return False
        prev = cur
    return prev[-1] <= 2


def one_edit_apart(a: str, b: str) -> bool:
    """Optimal-string-alignment distance exactly 1 (substitution, insertion, deletion or an
    adjacent swap), excluding pure suffix growth ("American" is not "America")."""
    if a == b or a.startswith(b) or b.startswith(a) or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))
