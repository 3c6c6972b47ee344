"""Offset recovery for matches reported without offsets (the dateparser adapter)."""

from bench.offsets import locate, trim


def test_repeated_pieces_map_to_successive_occurrences() -> None:
    text = "Friday was calm. On Friday, and again Friday."
    spans = locate(text, ["Friday", "Friday", "Friday"])
    assert spans == [(0, 6), (20, 26), (38, 44)]
    assert all(text[s:e] == "Friday" for s, e in spans)


def test_piece_out_of_order_is_found_from_the_start() -> None:
    text = "in 1997 and then 1998"
    assert locate(text, ["1998", "1997"]) == [(17, 21), (3, 7)]


def test_loose_match_and_missing_piece() -> None:
    text = "It ended on March\n3, 1998."
    assert locate(text, ["march 3, 1998", "June 5"]) == [(12, 25), None]


def test_trim_drops_edge_punctuation_but_keeps_abbreviation_dots() -> None:
    text = " (Jan. 8,"
    assert trim(text, 0, len(text)) == (2, 8)
    assert trim(text, 0, 2) is None
