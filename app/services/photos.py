"""Patrol photos: checked before decoding, re-encoded as a small JPEG, stored once by hash.

A phone photo or a pasted screenshot must never take the application down: the size and the
pixel count are read from the header (Pillow's ``Image.open`` decodes nothing) and refused
before a single pixel is decoded; what is stored is a fresh JPEG whose longest side is at most
1600 px, turned upright by its EXIF orientation and without any of its metadata."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models_patrol import Attachment

if TYPE_CHECKING:
    from PIL import Image
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.services.checklist_dto import PhotoDTO

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 1600
JPEG_QUALITY = 85


class PhotoRejected(ValidationError):
    """The file is not a photo we accept; nothing was stored."""


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes
    sha256: str
    width: int
    height: int
    mime: str = "image/jpeg"


def prepare_photo(data: bytes) -> PreparedPhoto:
    """The stored form of ``data``, or PhotoRejected. CPU work only: call it outside a write
    transaction."""
    # Pillow is loaded with the first photo, not with every start of the app.
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not data:
        raise PhotoRejected(QT_TRANSLATE_NOOP("errors", "The photo is empty."))
    if len(data) > MAX_BYTES:
        raise PhotoRejected(
            QT_TRANSLATE_NOOP("errors", "The photo is {size} MB; the limit is {limit} MB."),
            size=round(len(data) / 1024 / 1024, 1), limit=MAX_BYTES // 1024 // 1024)
    with warnings.catch_warnings():
        # Pillow warns above MAX_IMAGE_PIXELS and raises above twice that; both are refusals.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))  # reads the header only
        except (UnidentifiedImageError, Image.DecompressionBombWarning,
                Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
            if isinstance(exc, Image.DecompressionBombWarning | Image.DecompressionBombError):
                raise _too_many_pixels() from exc
            raise PhotoRejected(QT_TRANSLATE_NOOP(
                "errors", "This file is not a photo (JPEG, PNG or another image).")) from exc
        with image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _too_many_pixels(width, height)
            try:
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced scale
                image.load()
                upright = ImageOps.exif_transpose(image)
            except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
                raise _too_many_pixels(width, height) from exc
            except (OSError, ValueError, SyntaxError) as exc:
                raise PhotoRejected(QT_TRANSLATE_NOOP(
                    "errors", "The photo could not be read; the file may be damaged.")) from exc
    rgb = _flatten(upright)
    rgb.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)  # no exif= → no metadata
    stored = out.getvalue()
    return PreparedPhoto(stored, hashlib.sha256(stored).hexdigest(), rgb.width, rgb.height)


def _too_many_pixels(width: int | None = None, height: int | None = None) -> PhotoRejected:
    if width is None:
        return PhotoRejected(QT_TRANSLATE_NOOP(
            "errors", "The photo has too many pixels; the limit is {limit} megapixels."),
            limit=MAX_PIXELS // 1_000_000)
    return PhotoRejected(QT_TRANSLATE_NOOP(
        "errors", "The photo is {width} × {height} pixels; the limit is {limit} megapixels."),
        width=width, height=height, limit=MAX_PIXELS // 1_000_000)


def _flatten(image: Image.Image) -> Image.Image:
    """RGB for JPEG; transparency becomes white, as on paper."""
    from PIL import Image

    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def save_prepared(session: Session, photo: PreparedPhoto, now: dt.datetime) -> Attachment:
    """The attachment holding these bytes: the existing one when the hash is known."""
    existing = session.scalar(select(Attachment).where(Attachment.sha256 == photo.sha256))
    if existing is not None:
        return existing
    row = Attachment(sha256=photo.sha256, mime=photo.mime, size=len(photo.data),
                     width=photo.width, height=photo.height, data=photo.data, created_at=now)
    session.add(row)
    session.flush()
    return row


def store_photo(session: Session, data: bytes, now: dt.datetime) -> Attachment:
    return save_prepared(session, prepare_photo(data), now)


def photo_dto(session: Session, attachment_id: int) -> PhotoDTO:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such photo."))
    return PhotoDTO(row.id, row.sha256, row.mime, row.width, row.height, row.data)
