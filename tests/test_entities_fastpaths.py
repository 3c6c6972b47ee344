"""The speed-ups in tokens/scan/lookup/keys must not change results: each fast path is checked
against the plain computation it replaces."""

from __future__ import annotations

import re

import pytest

from conflict_timeline.entities import find_actors, find_places
from conflict_timeline.entities.build import get_gazetteer
from conflict_timeline.entities.cues import AREA_WORDS
from conflict_timeline.entities.keys import exact_key, variant_key
from conflict_timeline.entities.lookup import lookup_surface
from conflict_timeline.entities.scan import _single_token_filter, scan
from conflict_timeline.entities.tokens import Token, Tokens, normalise_gap, tokenize

TEXTS = [
    "Chasiv yar and Chasiv Yar were shelled; Kryvyi Rih's mayor spoke.",
    "Rostov-on-Don, Rostov na Donu, Kamianets-Podilskyi and Bilhorod-Dnistrovskyi.",
    "Dnipro–Kryvyi Rih (en dash), Sloviansk — Kramatorsk, Mariupol' city, Kramatorsk’s port.",
    "Strikes near the Zaporizhzhia Nuclear Power Plant and Velyka novosilka, Nova Kakhovka.",
    "Troops left Donestk and Belogrod; the Sea of Azov, The Hague and New York replied.",
    "Запоріжжя і Харків; Гуляйполе. Kyiv_Kharkiv under_score. May may come to May.",
    "Putin said that the Russian Federation and Ukraine met in Istanbul on Monday.",
    "  leading gap, trailing gap  ",
    "",
]


def _plain_tokens(text: str) -> list[Token]:
    out: list[Token] = []
    prev = 0
    for m in re.finditer(r"[^\W_]+", text):
        gap = normalise_gap(text[prev : m.start()]) if out else ""
        out.append(Token(m.start(), m.end(), m.group(), gap))
        prev = m.end()
    return out


def _plain_scan(text: str) -> list[tuple[int, int, int, int, list, bool]]:
    """Look every capitalised n-gram up, as the scanner did before its shortcuts."""
    gz, toks, fast = get_gazetteer(), tokenize(text), Tokens(text)
    spans, i, n = [], 0, len(toks)
    while i < n:
        if not toks[i].text[:1].isupper():
            i += 1
            continue
        best, j = None, i
        while j < n and j - i < gz.max_tokens:
            tok = toks[j]
            if j > i and tok.gap not in (" ", "-", "'"):
                break
            loose = j == i or tok.gap != " " or tok.text[:1].isupper()
            surface = text[toks[i].start : tok.end]
            hit = None
            if not (tok.gap == "'" and tok.text.lower() == "s"):
                hit = lookup_surface(surface, gz, loose)
            if hit:
                places = hit[0]
                if i == j:
                    after = toks[j + 1].text if j + 1 < n and toks[j + 1].gap == " " else ""
                    area = after.lower() in AREA_WORDS
                    places = _single_token_filter(tok.text, places, gz, fast,
                                                  after[:1].isupper(), hit[1] and not area)
                if places:
                    best = (i, j, toks[i].start, tok.end, list(places), hit[1])
            j += 1
        if best is None:
            i += 1
        else:
            spans.append(best)
            i = best[1] + 1
    return spans


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_match_plain_tokenisation(text: str) -> None:
    assert tokenize(text) == _plain_tokens(text)
    toks = Tokens(text)
    assert toks.capitalised() == [k for k, w in enumerate(toks.words) if w[:1].isupper()]
    assert toks.spaced[1:] == [toks.gap(k) == " " for k in range(1, len(toks))]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_matches_plain_lookup_of_every_ngram(text: str) -> None:
    got = scan(text, Tokens(text), get_gazetteer())
    want = _plain_scan(text)
    assert [(s.first, s.last, s.start, s.end, s.places, s.fuzzy) for s in got] == want


def test_results_do_not_depend_on_call_order() -> None:
    fresh = [(find_actors(t), find_places(t, country_hint="UA")) for t in TEXTS]
    for t, (actors, places) in zip(reversed(TEXTS), reversed(fresh), strict=True):
        find_places(TEXTS[0])  # leaves another text in the shared token cache
        assert find_actors(t) == actors
        assert find_places(t, country_hint="UA") == places


@pytest.mark.parametrize(
    ("name", "exact", "variant"),
    [
        ("Kryvyi  Rih-Ukraine's", "kryvyi rih ukraines", "krivirihukraines"),
        ("Huliai-Pole", "huliai pole", "huliaipole"),
        ("Hulyaipole", "hulyaipole", "huliaipole"),
        ("Гуляйполе", "гуляйполе", "huliaipole"),
        ("  Zaporizhzhia`s 2nd ", "zaporizhzhias 2nd", "zaporizhiasnd"),
    ],
)
def test_keys(name: str, exact: str, variant: str) -> None:
    assert (exact_key(name), variant_key(name)) == (exact, variant)
