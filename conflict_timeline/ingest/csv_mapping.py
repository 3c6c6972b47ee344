"""CSV column mappings: YAML data files, one per CSV layout (adding a layout never touches code).

A mapping names the columns for title, published, text (one column or a list joined with blank
lines), url and source (``{column: name}`` or ``{constant: "text"}``), the date formats
(strptime patterns or ``iso``), an optional time zone for naive times, and the header columns
that identify the layout (``match_columns``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

MAPPINGS_DIR = Path(__file__).resolve().parent.parent / "data" / "csv_mappings"


class MappingError(ValueError):
    """A mapping file that cannot be used; the message is user-facing."""


@dataclass(frozen=True, slots=True)
class CsvMapping:
    name: str
    title: tuple[str, ...]
    published: tuple[str, ...]
    text: tuple[str, ...]
    url: tuple[str, ...]
    source_column: str | None
    source_constant: str | None
    date_formats: tuple[str, ...]
    timezone: dt.tzinfo | None
    match_columns: frozenset[str]

    @property
    def columns(self) -> frozenset[str]:
        """Every column the mapping needs in a CSV header (compared case-insensitively)."""
        used = {*self.title, *self.published, *self.text, *self.url, *self.match_columns}
        if self.source_column:
            used.add(self.source_column)
        return frozenset(c.lower() for c in used)


def _cols(raw: object, key: str, required: bool) -> tuple[str, ...]:
    if raw in (None, "", []):
        if required:
            raise MappingError(f"'{key}' is required")
        return ()
    if isinstance(raw, str):
        return (raw.strip(),)
    if isinstance(raw, list) and all(isinstance(c, str) for c in raw):
        return tuple(c.strip() for c in raw)
    raise MappingError(f"'{key}' must be a name or a list of names")


def parse_mapping(data: object, name: str) -> CsvMapping:
    if not isinstance(data, dict):
        raise MappingError("expected a YAML mapping of keys to values")
    source = data.get("source")
    if isinstance(source, str):
        source = {"column": source}
    if source is not None and not (
        isinstance(source, dict)
        and source.keys() <= {"column", "constant"}
        and all(isinstance(v, str) for v in source.values())
    ):
        raise MappingError("'source' must be {column: name} or {constant: text}")
    source = source or {}
    formats = _cols(data.get("date_formats"), "date_formats", required=False) or ("iso",)
    tz_name = data.get("timezone")
    try:
        tz = ZoneInfo(str(tz_name)) if tz_name else None
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise MappingError(f"unknown timezone {tz_name!r}") from exc
    return CsvMapping(
        name=str(data.get("name") or name),
        title=_cols(data.get("title"), "title", required=True),
        published=_cols(data.get("published"), "published", required=True),
        text=_cols(data.get("text"), "text", required=True),
        url=_cols(data.get("url"), "url", required=False),
        source_column=source.get("column"),
        source_constant=source.get("constant"),
        date_formats=formats,
        timezone=tz,
        match_columns=frozenset(_cols(data.get("match_columns"), "match_columns", required=False)),
    )


def load_mapping(path: Path) -> CsvMapping:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return parse_mapping(data, path.stem)
    except yaml.YAMLError as exc:
        raise MappingError(f"mapping {path.name} is unusable: {_yaml_problem(exc)}") from exc
    except OSError as exc:
        raise MappingError(f"mapping {path.name} is unusable: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise MappingError(f"mapping {path.name} is unusable: not UTF-8 text") from exc
    except MappingError as exc:
        raise MappingError(f"mapping {path.name} is unusable: {exc}") from exc


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """PyYAML's messages span several lines with a code excerpt; keep the problem and line."""
    problem = getattr(exc, "problem", None) or "invalid YAML"
    mark = getattr(exc, "problem_mark", None)
    return f"invalid YAML, {problem} (line {mark.line + 1})" if mark else f"invalid YAML, {problem}"


@lru_cache(maxsize=8)
def bundled_mappings(
    directory: Path = MAPPINGS_DIR,
) -> tuple[tuple[CsvMapping, ...], tuple[str, ...]]:
    """All mappings in ``directory``, plus a message per file that could not be loaded."""
    mappings: list[CsvMapping] = []
    problems: list[str] = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            mappings.append(load_mapping(path))
        except MappingError as exc:
            problems.append(str(exc))
    return tuple(mappings), tuple(problems)
