"""Bytes to text: UTF-8 or UTF-16 (BOM or not), the declared encoding, then common legacy ones."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import TextIO

from charset_normalizer import from_bytes

from .limits import too_large_reason

_HEAD = 64 * 1024
_GUESS_SAMPLE = 1024 * 1024
_CHUNK = 1024 * 1024
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive, .docx or .xlsx",
    b"PK\x05\x06": "an empty ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\xd0\xcf\x11\xe0": "an old Word/Excel document",
    b"\x7fELF": "a program",
    b"SQLite format 3\x00": "an SQLite database",
    b"PAR1": "a Parquet file",
    b"RIFF": "an audio or video file",
}
# Single-byte encodings this corpus meets: Cyrillic first, then Western European.
_LEGACY = ["cp1251", "koi8_r", "koi8_u", "cp1252", "latin_1"]
_DECLARED = re.compile(
    rb"""(?:<\?xml[^>]*encoding|<meta[^>]*charset)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I
)


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


class NotText(Exception):
    """The file cannot be read (empty, binary, undecodable or too large); message is the reason."""


def detect_encoding(path: Path) -> tuple[str, str]:
    """Return (encoding, errors) to open ``path`` with; raise NotText for unreadable files."""
    if path.stat().st_size == 0:
        raise NotText("empty file: it has no content at all")
    encoding, errors = _encoding(path)
    if _blank(path, encoding):
        raise NotText("empty file: it holds only whitespace")
    return encoding, errors


def _encoding(path: Path) -> tuple[str, str]:
    with path.open("rb") as fh:
        head = fh.read(_HEAD)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", _strictness(path, "utf-8-sig")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", _strictness(path, "utf-16")
    kind = next((name for magic, name in _MAGIC.items() if head.startswith(magic)), None)
    if kind:
        raise NotText(f"binary file ({kind}), not text: export the article as text first")
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 and _decodes(path, utf16):
            return utf16, "strict"
        raise NotText("binary file (it contains NUL bytes), not text")
    if _decodes(path, "utf-8"):
        return "utf-8", "strict"
    declared = _declared(head)
    if declared and _decodes(path, declared):
        return declared, "strict"
    if _mostly_utf8(path):
        return "utf-8", "replace"
    with path.open("rb") as fh:
        best = from_bytes(fh.read(_GUESS_SAMPLE), cp_isolation=_LEGACY).best()
    if best is None:
        raise NotText(
            "not UTF-8, UTF-16 or a common legacy encoding (cp1251, KOI8, cp1252): "
            "binary or corrupt file; if it is text, save it as UTF-8"
        )
    # A guess from a sample: tolerate a stray undecodable byte later on rather than fail.
    return best.encoding, "replace"


def _strictness(path: Path, encoding: str) -> str:
    return "strict" if _decodes(path, encoding) else "replace"


def _utf16_without_bom(head: bytes) -> str | None:
    """Text in UTF-16 has NULs (spaces, digits, Latin letters) on one byte parity only,
    and decodes to no control characters; binary data fails one or the other."""
    if len(head) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    encoding = "utf-16-le" if even == 0 and odd * 10 >= len(head) // 2 else None
    if odd == 0 and even * 10 >= len(head) // 2:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    sample = head.decode(encoding, errors="replace")
    return None if _CONTROL.search(sample) else encoding


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


def _mostly_utf8(path: Path) -> bool:
    """UTF-8 text with a few corrupt bytes: legacy encodings almost never form valid UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    good = bad = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            text = decoder.decode(chunk)
            broken = text.count("\ufffd")
            bad += broken
            good += len(text) - len(text.encode("ascii", "ignore")) - broken
    return good > 0 and bad <= max(1, good // 20)


def _blank(path: Path, encoding: str) -> bool:
    """Only whitespace (and BOMs)? Stops at the first real character, so big files are cheap."""
    with path.open(encoding=encoding, errors="replace") as fh:
        while chunk := fh.read(_CHUNK):
            if chunk.replace("\ufeff", "").strip():
                return False
    return True


def open_text(path: Path) -> TextIO:
    """Open for streaming; ``newline=''`` keeps embedded newlines in CSV fields intact."""
    encoding, errors = detect_encoding(path)
    return path.open(encoding=encoding, errors=errors, newline="")


def read_text(path: Path) -> str:
    """The whole file as text; refuses files over the size limit (see limits)."""
    too_large = too_large_reason(path, path.stat().st_size)
    if too_large:
        raise NotText(too_large)
    encoding, errors = detect_encoding(path)
    text = path.read_text(encoding=encoding, errors=errors)
    return text.replace("\r\n", "\n").replace("\r", "\n")
