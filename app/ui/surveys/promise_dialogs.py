"""The promise register's edit dialogs: a promise (name, dimension, measurable target) and
one measured outcome. Complaint-response promises take their target from the complaint
setting and their outcomes from the complaint log, so neither can be typed for them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.services.dto import AreaDTO
from app.services.guest_dto import PromiseDraft, PromiseDTO
from app.ui.form_dialog import FormDialog, fill_combo, select_data
from app.ui.surveys.common import DIMENSIONS, dimension_label, minutes_text

COMPLAINT_SOURCE = "complaint_response"
MAX_MINUTES = 7 * 24 * 60
NOTE_STYLE = ("QLabel#automaticNote { background: #e8f0fe; border: 1px solid #9bb7e8;"
              " border-radius: 4px; padding: 6px 10px; color: #1a3d7a; }")


def minutes_box(value: float = 0.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, MAX_MINUTES)
    box.setDecimals(1)
    box.setSingleStep(1.0)
    box.setValue(value)
    return box


def automatic_note(text: str) -> QLabel:
    note = QLabel(text)
    note.setObjectName("automaticNote")
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    return note


class PromiseDialog(FormDialog):
    def __init__(self, promise: PromiseDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit promise") if promise else self.tr("New promise"), parent)
        self.promise = promise
        self.source = promise.source if promise else "manual"
        self.name = QLineEdit(promise.name if promise else "")
        self.name.setPlaceholderText(self.tr("e.g. First dish within 15 minutes"))
        self.dimension = QComboBox()
        fill_combo(self.dimension, [(dimension_label(d), d) for d in DIMENSIONS])
        select_data(self.dimension, promise.dimension if promise else "responsiveness")
        self.target = minutes_box(promise.target_minutes if promise else 15.0)
        self.target.setSuffix(self.tr(" min"))
        self.description = QPlainTextEdit(promise.description if promise else "")
        self.description.setFixedHeight(70)
        self.active = QCheckBox(self.tr("Active (counts in gap 4)"))
        self.active.setChecked(promise.active if promise else True)
        self.form.addRow(self.tr("Promise"), self.name)
        self.form.addRow(self.tr("Dimension"), self.dimension)
        self.form.addRow(self.tr("Kept within"), self.target)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow("", self.active)
        if self.source == COMPLAINT_SOURCE:
            self.target.setEnabled(False)
            self.body.addWidget(automatic_note(self.tr(
                "The limit follows the complaint response setting, and the outcomes come from "
                "the complaint log.")))
        self.finish_layout()

    def check(self) -> bool:
        if not self.name.text().strip():
            self.show_error(self.tr("Name the promise."))
            return False
        return True

    def draft(self) -> PromiseDraft:
        return PromiseDraft(name=self.name.text().strip(), dimension=self.dimension.currentData(),
                            target_minutes=round(self.target.value(), 1),
                            description=self.description.toPlainText().strip(),
                            source=self.source, active=self.active.isChecked())


class OutcomeDialog(FormDialog):
    """One measured outcome of ``promise`` (when, how many minutes, where, a note)."""

    def __init__(self, promise: PromiseDTO, areas: Iterable[AreaDTO], at: dt.datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record outcome"), parent)
        self.promise = promise
        heading = QLabel(self.tr("{promise} — kept within {minutes} min").format(
            promise=promise.name, minutes=minutes_text(promise.target_minutes)))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        self.body.insertWidget(0, heading)
        self.at = QDateTimeEdit(QDateTime(at))
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.minutes = minutes_box()
        self.minutes.setSuffix(self.tr(" min"))
        self.area = QComboBox()
        fill_combo(self.area, [(a.name, a.id) for a in areas], self.tr("No particular area"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("Measured at"), self.at)
        self.form.addRow(self.tr("Measured time"), self.minutes)
        self.form.addRow(self.tr("Area"), self.area)
        self.form.addRow(self.tr("Note"), self.note)
        self.automatic = promise.source == COMPLAINT_SOURCE
        if self.automatic:
            self.body.addWidget(automatic_note(self.tr(
                "Complaint response times are measured automatically from the complaint log; "
                "there is nothing to enter here.")))
            for widget in (self.at, self.minutes, self.area, self.note):
                widget.setEnabled(False)
        self.finish_layout()
        self.ok_button.setEnabled(not self.automatic)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy and not self.automatic)

    def values(self) -> tuple[dt.datetime, float, int | None, str]:
        at = self.at.dateTime().toPython().replace(second=0, microsecond=0)
        return at, round(self.minutes.value(), 1), self.area.currentData(), self.note.text().strip()
