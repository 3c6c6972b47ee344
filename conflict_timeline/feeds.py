"""Feeds to poll: a list in the data folder, each fetched into the inbox as a snapshot file."""

from __future__ import annotations

import datetime as dt
import os
import re
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml

# A feed larger than this is refused rather than filling the disk.
MAX_FEED_BYTES = 20 * 1024 * 1024
TIMEOUT_SECONDS = 30
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$")


class FeedListError(ValueError):
    """feeds.yaml cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class FeedSource:
    name: str
    location: str  # an http(s) URL or a local file path

    @property
    def is_url(self) -> bool:
        return self.location.startswith(("http://", "https://"))


def load_feed_list(path: Path) -> list[FeedSource]:
    """The feeds in `path` (`feeds: [{name, url}]`); no file means no feeds."""
    if not path.is_file():
        return []
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as problem:
        first_line = str(problem).splitlines()[0]
        raise FeedListError(f"{path.name} is not valid YAML: {first_line}") from None
    entries = document.get("feeds") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise FeedListError(f"{path.name} needs a top-level 'feeds:' list")
    sources = []
    for number, entry in enumerate(entries, start=1):
        name = entry.get("name") if isinstance(entry, dict) else None
        location = (entry.get("url") or entry.get("path")) if isinstance(entry, dict) else None
        if not isinstance(name, str) or not _SAFE_NAME.match(name) or not isinstance(location, str):
            raise FeedListError(
                f"{path.name} entry {number} needs a 'name' (letters, digits, - _ .) and a 'url'"
            )
        sources.append(FeedSource(name, location))
    return sources


def fetch_feed(source: FeedSource, inbox: Path, now: dt.datetime) -> Path:
    """Write a snapshot of the feed into inbox/feeds/; it appears there only once complete."""
    target = inbox / "feeds" / f"{source.name}-{now:%Y%m%dT%H%M%SZ}.xml"
    target.parent.mkdir(parents=True, exist_ok=True)
    hidden = target.with_name(f".{target.name}.part")  # the inbox listing skips hidden files
    try:
        with _open(source) as stream, open(hidden, "wb") as out:
            copied = _copy(stream, out)
        if copied == 0:
            raise OSError("the feed is empty")
        os.replace(hidden, target)
    finally:
        hidden.unlink(missing_ok=True)
    return target


def _open(source: FeedSource) -> IO[bytes]:
    if source.is_url:
        headers = {"User-Agent": "conflict-timeline"}
        request = urllib.request.Request(source.location, headers=headers)
        return urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS)
    return open(source.location, "rb")


def _copy(stream: IO[bytes], out: IO[bytes]) -> int:
    copied = 0
    while chunk := stream.read(1 << 16):
        copied += len(chunk)
        if copied > MAX_FEED_BYTES:
            raise OSError(f"the feed is larger than {MAX_FEED_BYTES // (1024 * 1024)} MB")
        out.write(chunk)
    return copied
