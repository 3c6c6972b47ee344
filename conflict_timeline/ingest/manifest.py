"""Manifests (``*.manifest.jsonl``): metadata for plain-text bodies that have no front matter.

Each line is ``{"path": ..., "title": ..., "published": ..., "source": ..., "url": ...}``;
the path is relative to the manifest's folder and must stay inside the inbox (see README.md).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath

from .build import make_article
from .decode import NotText, read_text
from .fields import PUBLISHED_KEYS, pick
from .jsonfile import json_type
from .jsonlines import BadLine, json_lines
from .limits import quote
from .model import Article, Rejection
from .text import split_front_matter

BODY_SUFFIXES = (".txt", ".md")
_DATE_HINT = "add a 'published' key (YYYY-MM-DD or an ISO datetime) to this manifest line"
_MAX_PATH_IN_RECORD = 100


def read_manifest(
    path: Path, source_file: str, today: dt.date | None, inbox: Path | None = None
) -> Iterator[Article | Rejection]:
    root = inbox or path.parent
    for n, item in json_lines(path):
        record = f"line {n}"
        if isinstance(item, BadLine):
            yield Rejection(source_file, record, item.reason)
            continue
        if not isinstance(item, dict):
            reason = f"expected a JSON object with a 'path' key, got {json_type(item)}"
            yield Rejection(source_file, record, reason)
            continue
        raw = item.get("path")
        if isinstance(raw, str) and raw.strip():
            record += f" ({raw.strip()[:_MAX_PATH_IN_RECORD]})"
        target = resolve_target(path, raw, root)
        if isinstance(target, str):
            yield Rejection(source_file, record, target)
        else:
            yield _article(target[1], item, source_file, record, today)


def manifest_targets(manifest_path: Path, inbox: Path) -> set[Path]:
    """The inbox files a manifest names (as ``manifest folder / path``, normalized).

    The inbox listing skips these: they are read through the manifest. Never raises.
    """
    targets: set[Path] = set()
    try:
        for _, item in json_lines(manifest_path):
            if isinstance(item, dict):
                target = resolve_target(manifest_path, item.get("path"), inbox)
                if not isinstance(target, str):
                    targets.add(target[0])
    except (NotText, OSError, ValueError):
        pass  # an unreadable manifest names nothing; reading it will say why
    return targets


def resolve_target(manifest: Path, raw: object, inbox: Path) -> tuple[Path, Path] | str:
    """(path as named, real path) of a manifest entry, or a reason to refuse it.

    The real path (symlinks followed) must lie inside ``inbox``.
    """
    if not isinstance(raw, str) or not raw.strip():
        return "no 'path': each line needs the path of a .txt or .md file, relative to the manifest"
    raw = raw.strip()
    if "\x00" in raw:
        return "the path contains a NUL character: not a file name"
    if PurePosixPath(raw).is_absolute() or PureWindowsPath(raw).is_absolute() or raw[0] == "\\":
        return f"absolute path {quote(raw)} refused: give it relative to the manifest's folder"
    named = Path(os.path.normpath(manifest.parent / raw))
    try:
        real = named.resolve()
    except (OSError, RuntimeError):
        return f"path {quote(raw)} cannot be resolved (a symlink loop?)"
    if not real.is_relative_to(inbox.resolve()):
        # Checked on the real path, so a symlink cannot lead out of the inbox either.
        inside = Path(os.path.abspath(named)).is_relative_to(os.path.abspath(inbox))
        how = "is a symlink to a place" if inside else "leads"
        return f"path {quote(raw)} {how} outside the inbox: refused; put the file in the inbox"
    if not named.name.lower().endswith(BODY_SUFFIXES):
        return f"path {quote(raw)} is not a .txt or .md file: manifests only describe plain text"
    if not real.is_file():
        return f"file {quote(raw)} not found (paths are relative to the manifest's folder)"
    return named, real


def _article(
    body_path: Path, item: dict[str, object], source_file: str, record: str, today: dt.date | None
) -> Article | Rejection:
    try:
        text = read_text(body_path)
    except NotText as exc:
        return Rejection(source_file, record, f"the body file is unusable: {exc}")
    meta: dict[str, str] = {}
    lines = text.split("\n")
    if lines[0].strip() == "---" and (split := split_front_matter(lines)) is not None:
        meta, text = split  # front matter fills in what the manifest leaves out
    return make_article(
        title=pick(item, ("title", "headline")) or meta.get("title"),
        text=text,
        published=pick(item, PUBLISHED_KEYS) or pick(meta, PUBLISHED_KEYS),
        source=pick(item, ("source",)) or meta.get("source"),
        url=pick(item, ("url", "link")) or meta.get("url"),
        source_file=source_file,
        record=record,
        today=today,
        date_hint=_DATE_HINT,
    )
