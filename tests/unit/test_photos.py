"""Photo limits: what a patrol may attach, and what never gets decoded."""

from __future__ import annotations

import datetime as dt
import io
import struct
import time
import zlib

import pytest
from PIL import Image

from app.db.models_patrol import Attachment
from app.services.photos import MAX_BYTES, PhotoRejected, prepare_photo, store_photo

NOW = dt.datetime(2026, 11, 23, 17, 0)


def encoded(fmt: str, size=(3000, 2000), mode="RGB", **save) -> bytes:
    image = Image.new(mode, size, (10, 120, 200) if mode == "RGB" else 0)
    out = io.BytesIO()
    image.save(out, fmt, **save)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny valid PNG whose header then claims width × height pixels (CRC fixed up)."""
    data = bytearray(encoded("PNG", (8, 8)))
    ihdr = 8 + 8  # signature, then length + b'IHDR'
    data[ihdr:ihdr + 8] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr - 4:ihdr + 13]))
    data[ihdr + 13:ihdr + 17] = struct.pack(">I", crc)
    return bytes(data)


def stored_image(row: Attachment) -> Image.Image:
    return Image.open(io.BytesIO(row.data))


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_real_photo_is_stored_downscaled_as_jpeg(db, fmt):
    with db.write() as s:
        row = store_photo(s, encoded(fmt), NOW)
        assert (row.mime, row.width, row.height) == ("image/jpeg", 1600, 1067)
        image = stored_image(row)
        assert image.format == "JPEG" and max(image.size) <= 1600
        assert row.size == len(row.data)


def test_same_photo_is_stored_once(db):
    data = encoded("PNG", (800, 600))
    with db.write() as s:
        first = store_photo(s, data, NOW)
        again = store_photo(s, data, NOW)
        assert first.id == again.id
        assert s.query(Attachment).count() == 1


def test_exif_orientation_applied_and_metadata_dropped():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    exif[0x010F] = "PhoneMaker"
    data = encoded("JPEG", (400, 200), exif=exif.tobytes())
    photo = prepare_photo(data)
    assert (photo.width, photo.height) == (200, 400)
    assert not Image.open(io.BytesIO(photo.data)).getexif()


def test_transparent_png_becomes_white_jpeg():
    image = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    photo = prepare_photo(out.getvalue())
    assert Image.open(io.BytesIO(photo.data)).convert("RGB").getpixel((10, 10)) >= (250, 250, 250)


@pytest.mark.parametrize("data", [b"%PDF-1.7 not a photo", b"hello world" * 10,
                                  encoded("PNG", (50, 50))[:60]])
def test_non_image_is_refused_with_a_message(data):
    with pytest.raises(PhotoRejected) as refused:
        prepare_photo(data)
    assert "not a photo" in str(refused.value) or "damaged" in str(refused.value)


def test_empty_file_is_refused():
    with pytest.raises(PhotoRejected, match="empty"):
        prepare_photo(b"")


@pytest.mark.parametrize("size", [(50_000, 50_000), (9000, 5000), (200_000, 200_000)])
def test_decompression_bomb_is_refused_before_decoding(size):
    bomb = png_claiming(*size)
    assert len(bomb) < 200
    started = time.perf_counter()
    with pytest.raises(PhotoRejected) as refused:
        prepare_photo(bomb)
    assert time.perf_counter() - started < 1.0  # sanity bound: nothing was decoded
    assert "megapixels" in str(refused.value)


def test_over_size_file_is_refused():
    started = time.perf_counter()
    with pytest.raises(PhotoRejected, match="the limit is 20 MB"):
        prepare_photo(b"\xff\xd8\xff" + b"\0" * MAX_BYTES)
    assert time.perf_counter() - started < 1.0
