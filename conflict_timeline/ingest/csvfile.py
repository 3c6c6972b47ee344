"""CSV files, streamed row by row and read through a column mapping (see csv_mapping)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from .build import make_article
from .csv_mapping import MAPPINGS_DIR, CsvMapping, MappingError, bundled_mappings, load_mapping
from .csvrows import BadRow, csv_records
from .limits import quote
from .model import Article, Rejection, normalize_ws

_MAX_HEADER_NAMES = 12


def read_csv_file(
    path: Path, source_file: str, today: dt.date | None
) -> Iterator[Article | Rejection]:
    records = csv_records(path)
    _, header = next(records, (0, []))
    if isinstance(header, BadRow):
        yield Rejection(source_file, None, f"unreadable CSV header: {header}")
        return
    if not header:
        yield Rejection(source_file, None, "no CSV header in the first line")
        return
    mapping = choose_mapping(path, header)
    if isinstance(mapping, str):
        yield Rejection(source_file, None, mapping)
        return
    index = {name.strip().lower(): i for i, name in enumerate(header)}
    count = 0  # "row N" is the N-th data row under the header; blank lines do not count
    for count, (line, row) in enumerate(records, 1):
        record = f"row {count}"
        if isinstance(row, BadRow):
            yield Rejection(source_file, record, f"malformed CSV row: {row}")
        elif len(row) != len(header):
            yield Rejection(source_file, record, _field_count_reason(len(row), len(header), line))
        else:
            yield _row_article(row, index, mapping, source_file, record, today)
    if count == 0:
        yield Rejection(source_file, None, "the CSV has a header but no rows")


def _field_count_reason(got: int, want: int, line: int) -> str:
    fix = "a comma inside an unquoted value? quote such values" if got > want else "missing cells?"
    return f"the row on line {line} has {got} fields but the header has {want}: {fix}"


def _row_article(
    row: list[str],
    index: dict[str, int],
    mapping: CsvMapping,
    source_file: str,
    record: str,
    today: dt.date | None,
) -> Article | Rejection:
    def values(columns: tuple[str, ...]) -> list[str]:
        cells = (row[index[c.lower()]].strip() for c in columns)
        return [cell for cell in cells if cell]

    source = mapping.source_constant
    if mapping.source_column:
        source = " ".join(values((mapping.source_column,))) or source
    return make_article(
        title=" ".join(values(mapping.title)),
        text="\n\n".join(_drop_repeats(values(mapping.text))),
        published=" ".join(values(mapping.published)),
        source=source,
        url=" ".join(values(mapping.url)),
        source_file=source_file,
        record=record,
        today=today,
        formats=mapping.date_formats,
        tz=mapping.timezone,
        date_hint=f"the {'/'.join(mapping.published)} column is empty",
    )


def _drop_repeats(parts: list[str]) -> list[str]:
    """Leave out a part already contained in another (a summary repeated in the body)."""
    flat = [normalize_ws(p) for p in parts]

    def repeated(i: int) -> bool:
        # Contained in another part; of identical parts the first one stays.
        return any(
            j != i and flat[i] in flat[j] and (flat[i] != flat[j] or j < i)
            for j in range(len(parts))
        )

    return [p for i, p in enumerate(parts) if not repeated(i)]


def choose_mapping(path: Path, header: list[str]) -> CsvMapping | str:
    """The sidecar mapping if there is one, else the most specific bundled mapping that fits.

    Returns a user-facing reason instead when no mapping fits.
    """
    have = {h.strip().lower() for h in header}
    for sidecar in (path.with_name(path.name + ".mapping.yaml"), path.with_suffix(".mapping.yaml")):
        if sidecar.is_file():
            try:
                mapping = load_mapping(sidecar)
            except MappingError as exc:
                return str(exc)
            missing = mapping.columns - have
            if missing:
                return _missing_reason(mapping, missing)
            return mapping
    mappings, problems = bundled_mappings(MAPPINGS_DIR)
    fitting = [m for m in mappings if m.columns <= have]
    if fitting:
        return max(fitting, key=lambda m: len(m.columns))
    reason = (
        f"no CSV mapping fits the header ({_names(header)}): add a YAML "
        f"file to conflict_timeline/data/csv_mappings/ or a sidecar {path.name}.mapping.yaml"
    )
    if mappings:
        closest = max(mappings, key=lambda m: len(m.columns & have) / len(m.columns))
        if closest.columns & have:
            reason += f"; closest is {_missing_reason(closest, closest.columns - have)}"
    if problems:
        reason += "; also " + "; ".join(problems)
    return reason


def _missing_reason(mapping: CsvMapping, missing: frozenset[str]) -> str:
    return f"mapping '{mapping.name}' names columns the CSV lacks: {', '.join(sorted(missing))}"


def _names(header: list[str]) -> str:
    names = [quote(h.strip())[1:-1] for h in header[:_MAX_HEADER_NAMES]]
    more = len(header) - _MAX_HEADER_NAMES
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")
