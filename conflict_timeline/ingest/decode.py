"""Bytes to text: UTF-8 (with or without BOM), the declared encoding, then a best guess."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import TextIO

from charset_normalizer import from_bytes

_HEAD = 64 * 1024
_GUESS_SAMPLE = 1024 * 1024
_CHUNK = 1024 * 1024
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"RIFF")
_DECLARED = re.compile(
    rb"""(?:<\?xml[^>]*encoding|<meta[^>]*charset)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I
)


class NotText(Exception):
    """The file cannot be read as text; the message is the user-facing reason."""


def detect_encoding(path: Path) -> tuple[str, str]:
    """Return (encoding, errors) to open ``path`` with; raise NotText for empty or binary files."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(_HEAD)
    if not head.strip() and size <= len(head):
        raise NotText("empty file")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", "strict" if _decodes(path, "utf-8-sig") else "replace"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", "replace"
    if head.startswith(_MAGIC) or b"\x00" in head:
        raise NotText("binary file, not text")
    if _decodes(path, "utf-8"):
        return "utf-8", "strict"
    declared = _declared(head)
    if declared and _decodes(path, declared):
        return declared, "strict"
    with path.open("rb") as fh:
        best = from_bytes(fh.read(_GUESS_SAMPLE)).best()
    if best is None:
        raise NotText("not UTF-8 and no text encoding fits it: binary or corrupt file")
    # A guess from a sample: tolerate a stray undecodable byte later on rather than fail.
    return best.encoding, "replace"


def _declared(head: bytes) -> str | None:
    match = _DECLARED.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decodes(path: Path, encoding: str) -> bool:
    """Check the whole file in chunks, so a big file is never held in memory."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def open_text(path: Path) -> TextIO:
    """Open for streaming; ``newline=''`` keeps embedded newlines in CSV fields intact."""
    encoding, errors = detect_encoding(path)
    return path.open(encoding=encoding, errors=errors, newline="")


def read_text(path: Path) -> str:
    encoding, errors = detect_encoding(path)
    text = path.read_text(encoding=encoding, errors=errors)
    return text.replace("\r\n", "\n").replace("\r", "\n")
