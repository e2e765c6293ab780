"""The item dialog: every field of a checklist item. It edits a copy held by the editor;
nothing is written until the editor saves the draft. Read-only for a published version."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.services.checklist_dto import ItemDTO
from app.ui.checklists.common import VOCAB, label, servqual_dimension
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, fill_combo, select_data


def blank_item(section: str = "", section_en: str = "") -> ItemDTO:
    return ItemDTO(id=None, position=0, section=section, section_en=section_en, text="",
                   text_en="", guidance="", category="service", dimension="reliability",
                   servqual_item=None, weight=1.0, critical=False, response_type="pass_fail",
                   max_score=None, min_value=None, max_value=None, unit="",
                   photo_on_fail=False, default_severity="minor")


def _text_box(text: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(12 + 20 * lines)
    return box


class ItemDialog(FormDialog):
    def __init__(self, ctx: UiContext, item: ItemDTO | None, sections: Sequence[str] = (),
                 read_only: bool = False, parent: QWidget | None = None) -> None:
        title = (self.tr("Checklist item") if read_only
                 else self.tr("Edit item") if item and item.text else self.tr("New item"))
        super().__init__(title, parent)
        self.setMinimumWidth(560)
        self.ctx = ctx
        self.read_only = read_only
        self.item = item or blank_item()
        it = self.item
        self.section = QComboBox()
        self.section.setEditable(True)
        self.section.addItems([s for s in dict.fromkeys(sections) if s])
        self.section.setEditText(it.section)
        self.section_en = QLineEdit(it.section_en)
        self.text = _text_box(it.text, 2)
        self.text_en = _text_box(it.text_en, 2)
        self.guidance = _text_box(it.guidance, 2)
        self.guidance.setPlaceholderText(self.tr("What the inspector looks at; how to judge"))
        self.category, self.dimension = self._combo("categories"), self._combo("dimensions")
        self.response, self.severity = self._combo("responses"), self._combo("severities")
        self.servqual = QComboBox()
        fill_combo(self.servqual, ((self.tr("{n} · {dimension}").format(
            n=n, dimension=label(ctx, "dimensions", servqual_dimension(n))), n)
            for n in range(1, 23)), none_label=self.tr("None"))
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.1, 100.0)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.critical = QCheckBox(self.tr("Critical: a failure flags the whole round"))
        self.photo_on_fail = QCheckBox(self.tr("A photo is required when it fails"))
        self.max_score = QSpinBox()
        self.max_score.setRange(1, 100)
        self.min_value, self.max_value = QLineEdit(), QLineEdit()
        for edit in (self.min_value, self.max_value):
            edit.setValidator(QDoubleValidator(-1e9, 1e9, 3, edit))
            edit.setPlaceholderText(self.tr("no limit"))
        self.unit = QLineEdit(it.unit)
        self.unit.setPlaceholderText(self.tr("e.g. °C, min"))
        self._fill(it)
        self._layout()
        self.response.currentIndexChanged.connect(lambda _i: self._update())
        self._update()
        if read_only:
            self._freeze()
        self.finish_layout()

    def _combo(self, context: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{context}Combo")
        fill_combo(combo, ((label(self.ctx, context, key), key) for key in VOCAB[context]))
        return combo

    def _fill(self, it: ItemDTO) -> None:
        for combo, key in ((self.category, it.category), (self.dimension, it.dimension),
                           (self.response, it.response_type),
                           (self.severity, it.default_severity),
                           (self.servqual, it.servqual_item)):
            select_data(combo, key)
        self.weight.setValue(it.weight)
        self.critical.setChecked(it.critical)
        self.photo_on_fail.setChecked(it.photo_on_fail)
        self.max_score.setValue(it.max_score or 5)
        self.min_value.setText("" if it.min_value is None else f"{it.min_value:g}")
        self.max_value.setText("" if it.max_value is None else f"{it.max_value:g}")

    def _layout(self) -> None:
        section = QWidget()
        row = QGridLayout(section)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.section, 0, 0)
        row.addWidget(QLabel(self.tr("English")), 0, 1)
        row.addWidget(self.section_en, 0, 2)
        limits = QWidget()
        grid = QGridLayout(limits)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Min")), 0, 0)
        grid.addWidget(self.min_value, 0, 1)
        grid.addWidget(QLabel(self.tr("Max")), 0, 2)
        grid.addWidget(self.max_value, 0, 3)
        grid.addWidget(QLabel(self.tr("Unit")), 0, 4)
        grid.addWidget(self.unit, 0, 5)
        self.limits = limits
        f = self.form
        f.addRow(self.tr("Section"), section)
        f.addRow(self.tr("Text"), self.text)
        f.addRow(self.tr("English text"), self.text_en)
        f.addRow(self.tr("Guidance"), self.guidance)
        f.addRow(self.tr("Category"), self.category)
        f.addRow(self.tr("SERVQUAL dimension"), self.dimension)
        f.addRow(self.tr("SERVQUAL item"), self.servqual)
        f.addRow(self.tr("Weight"), self.weight)
        f.addRow("", self.critical)
        f.addRow(self.tr("Response"), self.response)
        f.addRow(self.tr("Highest score"), self.max_score)
        f.addRow(self.tr("Limits"), limits)
        f.addRow("", self.photo_on_fail)
        f.addRow(self.tr("Default severity"), self.severity)

    def _update(self) -> None:
        kind = self.response.currentData()
        self.max_score.setEnabled(kind == "score" and not self.read_only)
        self.limits.setEnabled(kind == "number" and not self.read_only)

    def _freeze(self) -> None:
        for edit in (self.section_en, self.min_value, self.max_value, self.unit):
            edit.setReadOnly(True)
        for box in (self.text, self.text_en, self.guidance):
            box.setReadOnly(True)
        for widget in (self.section, self.category, self.dimension, self.response,
                       self.severity, self.servqual, self.weight, self.critical,
                       self.photo_on_fail, self.max_score, self.limits):
            widget.setEnabled(False)
        self.ok_button.hide()
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))

    @staticmethod
    def _number(edit: QLineEdit) -> float | None:
        text = edit.text().strip().replace(",", ".")
        try:
            return float(text) if text else None
        except ValueError:
            return None

    def check(self) -> bool:
        if not self.text.toPlainText().strip():
            self.show_error(self.tr("Write the item's text."))
            return False
        if self.response.currentData() == "number":
            low, high = self._number(self.min_value), self._number(self.max_value)
            if low is None and high is None:
                self.show_error(self.tr("A number item needs a lower or an upper limit."))
                return False
            if low is not None and high is not None and low > high:
                self.show_error(self.tr("The lower limit is above the upper limit."))
                return False
        return True

    def value(self) -> ItemDTO:
        kind = self.response.currentData()
        number = kind == "number"
        return ItemDTO(
            id=self.item.id, position=self.item.position,
            section=self.section.currentText().strip(),
            section_en=self.section_en.text().strip(),
            text=self.text.toPlainText().strip(), text_en=self.text_en.toPlainText().strip(),
            guidance=self.guidance.toPlainText().strip(),
            category=self.category.currentData(), dimension=self.dimension.currentData(),
            servqual_item=self.servqual.currentData(), weight=round(self.weight.value(), 2),
            critical=self.critical.isChecked(), response_type=kind,
            max_score=self.max_score.value() if kind == "score" else None,
            min_value=self._number(self.min_value) if number else None,
            max_value=self._number(self.max_value) if number else None,
            unit=self.unit.text().strip() if number else "",
            photo_on_fail=self.photo_on_fail.isChecked(),
            default_severity=self.severity.currentData())
