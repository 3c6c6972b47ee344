"""The committed data dictionary is exactly what the schema's comments say today."""

from pipelines.dictionary import TARGET, render_dictionary


def test_data_dictionary_matches_the_schema() -> None:
    assert TARGET.read_text(encoding="utf-8") == render_dictionary(), (
        "docs/data_dictionary.md is stale: run .venv/bin/python -m pipelines.dictionary"
    )


def test_every_column_has_a_meaning() -> None:
    rows = [line for line in render_dictionary().splitlines() if line.startswith("| `")]
    assert rows and all(not line.endswith("|  |") for line in rows)
