"""What every edit dialog shares: a form, an inline error line, OK/Cancel, and a
``submitted`` signal instead of closing on OK, so a refused save keeps the dialog open with
the service's message. Also a non-blocking yes/no question and small combo helpers.

Dialogs are shown with ``open()`` (window-modal, returns at once) rather than ``exec()``:
the event loop keeps running, the task runner's results arrive, and tests can drive them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b3261e;"
NO_DATE = QDate(1900, 1, 1)  # QDateEdit's minimum, shown as "no date"


class FormDialog(QDialog):
    submitted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        """Subclasses call this after adding their own rows and widgets."""
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def check(self) -> bool:
        """Checks that need no database (e.g. a name typed into a searchable combo)."""
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def _on_ok(self) -> None:
        self.show_error("")
        if self.check():
            self.submitted.emit()


def ask(parent: QWidget, title: str, text: str, on_yes: Callable[[], None],
        yes_text: str = "", no_text: str = "") -> QMessageBox:
    """A yes/no question that does not block: ``on_yes`` runs if the user agrees.
    Callers pass translated button texts (this module has no translation context)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    yes = box.button(QMessageBox.StandardButton.Yes)
    if yes_text:
        yes.setText(yes_text)
    if no_text:
        box.button(QMessageBox.StandardButton.No).setText(no_text)
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, object]],
               none_label: str | None = None) -> None:
    """Replace a combo's items with (label, data) pairs, keeping the current data if it is
    still offered; ``none_label`` adds a first item whose data is None."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for label, data in items:
        combo.addItem(label, data)
    select_data(combo, keep)
    combo.blockSignals(False)


def select_data(combo: QComboBox, value: object) -> bool:
    """Select the item whose data equals ``value`` (None included); False if none does."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return True
    return False


class OptionalDateEdit(QDateEdit):
    """A QDateEdit whose minimum means "no date". Opening the calendar or stepping from
    "no date" starts at today, not in 1900."""

    def _start_from_today(self) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._start_from_today()
        super().mousePressEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.date() == NO_DATE:
            self._start_from_today()
            return
        super().stepBy(steps)


def date_edit(none_text: str, clear_text: str) -> tuple[QWidget, QDateEdit]:
    """A date field that can be empty: its minimum date reads ``none_text``; a button clears it."""
    edit = OptionalDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setDate(NO_DATE)
    clear = QPushButton(clear_text)
    clear.setAutoDefault(False)
    clear.clicked.connect(lambda: edit.setDate(NO_DATE))
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(clear)
    return box, edit


def date_value(edit: QDateEdit):
    """The date in ``edit`` as a ``datetime.date``, or None for "no date"."""
    qdate = edit.date()
    return None if qdate == NO_DATE else qdate.toPython()


def set_date_value(edit: QDateEdit, value) -> None:
    edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


def present(dialog: FormDialog, on_submit: Callable[[], None] | None = None) -> FormDialog:
    """Show a dialog window-modally without blocking (open(), never exec()) and return it,
    so tests can fill it and press OK."""
    if on_submit is not None:
        dialog.submitted.connect(on_submit)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def run_write(ctx, work: Callable[[], Any], *, on_saved: Callable[[Any], None] | None = None,
              dialog: FormDialog | None = None,
              on_failed: Callable[[BaseException], None] | None = None,
              changes: Iterable[str] = ()) -> None:
    """Run a write through the task runner. With a dialog, a refusal shows inline and the
    dialog stays open (nothing typed is lost); success closes it. Without one, a refusal goes
    to ``on_failed``, else to the runner's default handler."""
    def ok(result: Any) -> None:
        if dialog is not None:
            dialog.set_busy(False)
            dialog.accept()
        if on_saved is not None:
            on_saved(result)

    def failed(error: BaseException) -> None:
        if dialog is not None:
            dialog.set_busy(False)
            dialog.show_error(ctx.message(error))
        else:
            on_failed(error)

    if dialog is not None:
        dialog.set_busy(True)
    ctx.runner.run(work, ok, failed if dialog is not None or on_failed else None,
                   changes=changes)
