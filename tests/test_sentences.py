import pytest

from conflict_timeline.text import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("The U.S. said so. Then it left.", ["The U.S. said so.", "Then it left."]),
        ("Gen. Zaluzhnyi spoke. Kyiv agreed.", ["Gen. Zaluzhnyi spoke.", "Kyiv agreed."]),
        ("“We are ready,” Putin said. He left.", ["“We are ready,” Putin said.", "He left."]),
        ("Title line\n\nBody one. Body two.", ["Title line", "Body one.", "Body two."]),
        ("price 3.5 percent rose. Yes.", ["price 3.5 percent rose.", "Yes."]),
        # Paragraphs joined with ", " (the addresses corpus), also around an empty one.
        (", Good health to you!, Today I am in Odesa. , Here I thanked them.",
         ["Good health to you!", "Today I am in Odesa.", "Here I thanked them."]),
        ("This morning., The military struck.", ["This morning.", "The military struck."]),
        # but not after an abbreviation, nor a comma inside a sentence
        ("Tanks, guns etc., And more came.", ["Tanks, guns etc., And more came."]),
        ("In 2022, Russia invaded.", ["In 2022, Russia invaded."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_paragraph_index_counts_blocks() -> None:
    sentences = split_sentences("A one. A two.\n\nB one.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]
