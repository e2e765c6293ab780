"""Decompression bombs (issue 8 part 4): an image that would unpack to billions of pixels, in
any format Pillow opens, or that hides a huge compressed text or colour-profile chunk, is
refused with a clear PhotoRejected in well under a second, and nothing is stored. The bound
is loose on purpose (a safety property, not a benchmark): nothing may be decoded at all."""

from __future__ import annotations

import io
import struct
import time
import zlib

import pytest
from PIL import Image

from app.services.photos import PhotoRejected, prepare_photo
from tests.roster_builders import build_floor
from tests.unit.test_hostile_imports import fingerprint


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, depth: int = 8, colour: int = 2, idat: bytes | None = None,
        extra: bytes = b"") -> bytes:
    """A PNG built by hand: its header says width × height, whatever the data holds."""
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64) if idat is None else idat
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + extra + _chunk(b"IDAT", idat)
            + _chunk(b"IEND", b""))


def zeros(rows: int, row_bytes: int) -> bytes:
    """``rows`` rows of zero bytes, deflated as they go: megabytes packed into kilobytes."""
    packer = zlib.compressobj(9)
    row = b"\0" * row_bytes
    return b"".join(packer.compress(row) for _ in range(rows)) + packer.flush()


def _patched(fmt: str, patch) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 40, 40)).save(out, fmt)
    data = bytearray(out.getvalue())
    patch(data)
    return bytes(data)


def jpeg(width: int, height: int) -> bytes:
    def patch(data: bytearray) -> None:
        at = data.index(b"\xff\xc0")  # the frame header holds height, then width
        data[at + 5:at + 9] = struct.pack(">HH", height, width)
    return _patched("JPEG", patch)


def bmp(width: int, height: int) -> bytes:
    def patch(data: bytearray) -> None:
        data[18:26] = struct.pack("<ii", width, height)
    return _patched("BMP", patch)


def gif(width: int, height: int) -> bytes:
    return (b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00,"
            + struct.pack("<HHHH", 0, 0, width, height) + b"\x00\x02\x02\x4c\x01\x00;")


BOMBS = {
    "PNG header 50000 × 50000": lambda: png(50_000, 50_000),
    # 20000 × 20000 one-bit pixels: 50 MB of rows really packed into ~50 KB.
    "PNG with real data, 400 megapixels": lambda: png(20_000, 20_000, 1, 0, zeros(20_000, 2501)),
    "PNG 8000 × 8000 (under Pillow's own limit)": lambda: png(8000, 8000),
    "PNG with a 64 MB zTXt chunk": lambda: png(8, 8, extra=_chunk(
        b"zTXt", b"Comment\x00\x00" + zeros(64, 1 << 20))),
    "PNG with a 64 MB iCCP profile": lambda: png(8, 8, extra=_chunk(
        b"iCCP", b"icc\x00\x00" + zeros(64, 1 << 20))),
    "JPEG 65500 × 65500": lambda: jpeg(65_500, 65_500),
    "BMP 50000 × 50000": lambda: bmp(50_000, 50_000),
    "BMP 50000 × -50000 (top-down)": lambda: bmp(50_000, -50_000),
    "GIF 65535 × 65535": lambda: gif(65_535, 65_535),
}


@pytest.mark.parametrize("name", BOMBS)
def test_decompression_bombs_are_refused_at_once(name):
    bomb = BOMBS[name]()
    assert len(bomb) < 100_000
    began = time.perf_counter()
    with pytest.raises(PhotoRejected) as refused:
        prepare_photo(bomb)
    assert time.perf_counter() - began < 1.0, name
    message = str(refused.value)
    assert "megapixels" in message or "not a photo" in message, message


def test_a_bomb_attached_to_a_finding_or_a_fix_saves_nothing(services):
    floor = build_floor(services)
    finding = services.patrols.ad_hoc_finding(floor["room"].id, "地毯有污渍", "minor")
    rect = services.rectifications.list()[0]
    before = fingerprint(services.db)
    bomb = png(20_000, 20_000, 1, 0, zeros(20_000, 2501))
    with pytest.raises(PhotoRejected):
        services.patrols.ad_hoc_finding(floor["room"].id, "椅子坏了", "major", photo=bomb)
    with pytest.raises(PhotoRejected):
        services.rectifications.submit(rect.id, rect.version, "已清洁", "people",
                                       after_photos=[bomb])
    assert fingerprint(services.db) == before
    assert services.rectifications.rectification(rect.id).rectification.status == "open"
    assert [f.id for f in services.patrols.findings()] == [finding.id]
