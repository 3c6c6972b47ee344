"""Decode a PNG with the stdlib (zlib) to check a screenshot is a real picture, not a blank."""

from __future__ import annotations

import struct
import zlib

import numpy as np  # already here as pandas' dependency

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> samples per pixel (8-bit, no palette)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def _unfilter(kind: int, line: bytearray, prior: bytes, bpp: int) -> bytes:
    # None, Sub and Up (most of Chromium's rows) vectorised; uint8 arithmetic wraps mod 256.
    if kind == 0:
        return bytes(line)
    if kind == 1:
        pixels = np.frombuffer(bytes(line), np.uint8).reshape(-1, bpp)
        return np.cumsum(pixels, axis=0, dtype=np.uint8).tobytes()
    if kind == 2:
        return (np.frombuffer(bytes(line), np.uint8) + np.frombuffer(prior, np.uint8)).tobytes()
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = prior[i]
        upleft = prior[i - bpp] if i >= bpp else 0
        predictor = (0, left, up, (left + up) // 2, _paeth(left, up, upleft))[kind]
        line[i] = (line[i] + predictor) & 0xFF
    return bytes(line)


def decode(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the unfiltered scanlines of an 8-bit, non-interlaced PNG."""
    assert data[:8] == SIGNATURE, "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in CHANNELS and not interlace, (depth, colour, interlace)
    bpp = CHANNELS[colour]
    raw, stride = zlib.decompress(idat), width * bpp + 1
    rows, prior = [], bytes(width * bpp)
    for y in range(height):
        line = raw[y * stride:(y + 1) * stride]
        prior = _unfilter(line[0], bytearray(line[1:]), prior, bpp)
        rows.append(prior)
    return width, height, rows


def colour_stats(data: bytes, step: int = 4) -> tuple[int, int, int, float]:
    """Width, height, distinct colours and the share of non-white pixels (every step-th)."""
    width, height, rows = decode(data)
    bpp = len(rows[0]) // width
    seen, ink, total = set(), 0, 0
    for row in rows[::step]:
        for x in range(0, width * bpp, bpp * step):
            pixel = row[x:x + min(bpp, 3)]
            seen.add(pixel)
            ink += pixel != b"\xff" * len(pixel)
            total += 1
    return width, height, len(seen), ink / total
