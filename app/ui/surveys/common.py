"""What the survey and promise screens share: labels of dimensions, items, kinds and
sources in the UI language, the topics their writes announce, and number formats."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.promises import SOURCES
from app.domain.servqual import DIMENSION_ITEMS, DIMENSIONS, ITEM_DIMENSION, ITEMS
from app.domain.servqual_instrument import DIMENSION_LABELS, ITEM_TEXTS

SURVEYS_TOPIC = "surveys"
PROMISES_TOPIC = "promises"

__all__ = ["DIMENSIONS", "DIMENSION_ITEMS", "ITEMS", "ITEM_DIMENSION", "PROMISES_TOPIC",
           "SURVEYS_TOPIC", "dimension_label", "item_label", "item_text", "kind_label",
           "minutes_text", "percent_text", "source_label"]


def dimension_label(dimension: str | None) -> str:
    """有形性 / Tangibles; "" for None."""
    if not dimension:
        return ""
    text = DIMENSION_LABELS.get(dimension)
    return QCoreApplication.translate("servqual", text) if text else dimension


def item_text(item: int) -> str:
    return QCoreApplication.translate("servqual", ITEM_TEXTS[item])


def item_label(item: int) -> str:
    """"Q11 Staff give prompt service." """
    return f"Q{item} {item_text(item)}"


def kind_label(kind: str) -> str:
    if kind == "manager":
        return QCoreApplication.translate("Surveys", "Manager")
    return QCoreApplication.translate("Surveys", "Guest")


def source_label(source: str) -> str:
    text = SOURCES.get(source)
    return QCoreApplication.translate("promises", text) if text else source


def minutes_text(minutes: float | None) -> str:
    return "" if minutes is None else f"{minutes:g}"


def percent_text(share: float | None) -> str:
    """"87.5 %", or "no data" (never 0) when nothing was measured."""
    if share is None:
        return QCoreApplication.translate("Surveys", "no data")
    return f"{share:.1f} %"
