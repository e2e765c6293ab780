"""Preview: the checklist as an inspector will see it, grouped by section, with the response
controls drawn but inert (clicks do nothing, nothing is saved)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.checklist_dto import ItemDTO
from app.ui.checklists.common import CRITICAL_TEXT, MUTED_STYLE, TITLE_STYLE, number_text
from app.ui.context import UiContext

_BUTTON = "QPushButton { min-width: 54px; min-height: 30px; }"


def _inert(widget: QWidget) -> QWidget:
    """Drawn as live but deaf to the mouse and the keyboard."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


class PreviewDialog(QDialog):
    def __init__(self, ctx: UiContext, title: str, items: Sequence[ItemDTO],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preview: {name}").format(name=title))
        self.resize(720, 640)
        body = QWidget()
        column = QVBoxLayout(body)
        heading = QLabel(title)
        heading.setStyleSheet(TITLE_STYLE)
        column.addWidget(heading)
        hint = QLabel(self.tr("As an inspector sees it. P pass, F fail, N not applicable; "
                              "nothing here is saved."))
        hint.setStyleSheet(MUTED_STYLE)
        column.addWidget(hint)
        self.sections: list[QGroupBox] = []
        number = 0
        for section, group in groupby(items, key=lambda i: i.section):
            box = QGroupBox(section or self.tr("Items"))
            rows = QVBoxLayout(box)
            for item in group:
                number += 1
                rows.addWidget(self._item_row(number, item))
            self.sections.append(box)
            column.addWidget(box)
        if not items:
            column.addWidget(QLabel(self.tr("No items yet.")))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _item_row(self, number: int, item: ItemDTO) -> QWidget:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.NoFrame)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 2, 0, 2)
        words = QVBoxLayout()
        text = QLabel(f"{number}. {item.text}")
        text.setWordWrap(True)
        if item.critical:
            mark = self.tr("critical")
            text.setText(f"{number}. {item.text}  <span style='color:{CRITICAL_TEXT.name()}'>"
                         f"● {mark}</span>")
        words.addWidget(text)
        details = [item.guidance] if item.guidance else []
        if item.photo_on_fail:
            details.append(self.tr("Photo required on fail"))
        if details:
            extra = QLabel(" · ".join(details))
            extra.setWordWrap(True)
            extra.setStyleSheet(MUTED_STYLE)
            words.addWidget(extra)
        line.addLayout(words, 1)
        line.addWidget(self._controls(item), 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _controls(self, item: ItemDTO) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        kind = item.response_type
        if kind == "score":
            for n in range(0, (item.max_score or 5) + 1):
                row.addWidget(self._button(str(n), 36))
        elif kind == "number":
            field = _inert(QLineEdit())
            field.setFixedWidth(80)
            field.setPlaceholderText(item.unit)
            row.addWidget(field)
            low, high = number_text(item.min_value), number_text(item.max_value)
            limits = (f"{low}–{high}" if low and high else f"≥ {low}" if low else f"≤ {high}")
            hint = QLabel(f"{limits} {item.unit}".strip())
            hint.setStyleSheet(MUTED_STYLE)
            row.addWidget(hint)
        elif kind == "text":
            field = _inert(QLineEdit())
            field.setFixedWidth(220)
            field.setPlaceholderText(self.tr("Observation"))
            row.addWidget(field)
        else:
            for text in (self.tr("Pass"), self.tr("Fail"), self.tr("N/A")):
                row.addWidget(self._button(text))
        return box

    def _button(self, text: str, width: int = 0) -> QPushButton:
        button = QPushButton(text)
        button.setStyleSheet(_BUTTON if not width else f"min-width: {width}px; "
                             "min-height: 30px;")
        _inert(button)
        return button
