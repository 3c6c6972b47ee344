"""The extractor version follows its rules and dictionaries, so stale data is visible."""

import shutil
from pathlib import Path

import pytest

from conflict_timeline import EXTRACTOR_VERSION
from conflict_timeline.version import PACKAGE, extractor_version, rules_fingerprint


@pytest.fixture
def package(tmp_path: Path) -> Path:
    copy = tmp_path / "conflict_timeline"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.mark.parametrize(
    ("edited", "changes"),
    [
        ("data/event_types.yaml", True),
        ("data/actors/actors.csv", True),
        ("data/temporal/rules.yaml", True),
        ("events/extract.py", True),
        ("data/csv_mappings/warline_events.yaml", False),
        ("cli/main.py", False),
    ],
)
def test_fingerprint_follows_what_shapes_extraction(package: Path, edited: str, changes: bool):
    before = rules_fingerprint(package)
    with (package / edited).open("a", encoding="utf-8") as handle:
        handle.write("\n# edited\n")
    assert (rules_fingerprint(package) != before) is changes


def test_version_is_release_plus_fingerprint() -> None:
    assert EXTRACTOR_VERSION == extractor_version("0.2.0")
    assert EXTRACTOR_VERSION.startswith("0.2.0+") and len(EXTRACTOR_VERSION) == len("0.2.0+") + 8
