"""What the checklist editor's parts share: the service, labels for the vocabulary keys,
colours, and small widget helpers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from app.domain.checklists import CATEGORIES, DIMENSIONS, LEVELS, RESPONSE_TYPES, SEVERITIES
from app.domain.org import AREA_KINDS
from app.ui.context import UiContext

# Vocabulary tables by their translation context.
VOCAB: dict[str, Mapping[str, str]] = {
    "levels": LEVELS,
    "areas": AREA_KINDS,
    "categories": CATEGORIES,
    "dimensions": DIMENSIONS,
    "responses": RESPONSE_TYPES,
    "severities": SEVERITIES,
}

DRAFT_TEXT = QColor("#7a4a00")
PUBLISHED_TEXT = QColor("#1e6b2a")
CRITICAL_TEXT = QColor("#b3261e")
FROZEN_STYLE = ("QLabel#frozenNote { background: #e8f0fe; border: 1px solid #9bb7e8;"
                " border-radius: 4px; padding: 6px 10px; color: #1a3d7a; }")
TITLE_STYLE = "font-size: 13pt; font-weight: 600;"
MUTED_STYLE = "color: #6f6f6f;"
SERVQUAL_DIMENSIONS = ((range(1, 5), "tangibles"), (range(5, 10), "reliability"),
                       (range(10, 14), "responsiveness"), (range(14, 18), "assurance"),
                       (range(18, 23), "empathy"))


def checklist_service(ctx: UiContext):
    """The ChecklistService of the signed-in actor (built here while Services lacks it)."""
    service = getattr(ctx.services, "checklists", None)
    if service is None:
        from app.services.checklists import ChecklistService

        service = ChecklistService(ctx.services.db, ctx.services.actor)
    return service


def label(ctx: UiContext, context: str, key: str | None) -> str:
    """The translated label of a vocabulary key ("" for none, the key itself if unknown)."""
    if not key:
        return ""
    text = VOCAB[context].get(key)
    return ctx.translate(context, text) if text else key


def short_label(ctx: UiContext, context: str, key: str | None) -> str:
    """A label without its bracketed Chinese gloss, for narrow table cells."""
    text = label(ctx, context, key)
    cut = text.find(" (")
    return text[:cut] if cut > 0 else text


def servqual_dimension(number: int) -> str:
    return next((key for numbers, key in SERVQUAL_DIMENSIONS if number in numbers), "")


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class KeyChecks(QWidget):
    """A grid of check boxes, one per vocabulary key; ``keys()`` gives the ticked ones in
    vocabulary order."""

    def __init__(self, ctx: UiContext, context: str, columns: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(VOCAB[context]):
            box = QCheckBox(label(ctx, context, key))
            box.setObjectName(f"{context}_{key}")
            self.boxes[key] = box
            grid.addWidget(box, i // columns, i % columns)
        grid.setColumnStretch(columns, 1)

    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())

    def set_keys(self, keys: Iterable[str]) -> None:
        chosen = set(keys)
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def set_editable(self, editable: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(editable)

    def on_change(self, slot) -> None:
        for box in self.boxes.values():
            box.toggled.connect(lambda _on: slot())
