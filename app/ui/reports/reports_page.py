"""The Reports page (报表): the shift, daily and monthly reports and the blank complaint forms
on the left, the chosen one's parameters on the right, and Preview (the system's PDF
viewer), Save as… and Print….

Every PDF is made on the task runner's worker (the page stays usable; a progress bar and a
line of text say what is being made) and written whole or not at all. The PDFs are in the UI
language through ``ctx.translate``, the catalogue the roster's PDF export uses. A role
without VIEW_REPORTS sees why the reports are greyed out and can still print the blank
forms; the report services refuse it anyway.

Defaults: the daily report is yesterday's (the director reads it in the morning), the shift
report the shift under way, the monthly report last month's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermissionDenied
from app.domain.permissions import PERMISSION_LABELS, ROLE_LABELS, Permission
from app.ui.context import UiContext
from app.ui.form_dialog import ERROR_STYLE, fill_combo, select_data
from app.ui.reports import output
from app.ui.reports.catalogue import (
    BY_KEY,
    DAILY,
    DATE,
    KINDS,
    MONTH,
    MONTHLY,
    SHIFT,
    SHIFT_FIELD,
    Request,
    file_name,
    make_pdf,
    running_shift,
)

DIR_KEY = "reports/pdf_dir"  # QSettings: the folder of the last saved report
KEY_ROLE = Qt.ItemDataRole.UserRole
REFUSAL_STYLE = ("background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; "
                 "padding: 8px; color: #6b4400;")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_report = ctx.services.actor.can(Permission.VIEW_REPORTS)
        self.busy = False
        self._printing: output.SystemPrint | None = None

        self.refusal = QLabel(self._refusal_text())
        self.refusal.setObjectName("reportsRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(REFUSAL_STYLE)
        self.refusal.setVisible(not self.can_report)

        self.kinds = QListWidget()
        self.kinds.setObjectName("reportKinds")
        self.kinds.setFixedWidth(260)
        self.kinds.setStyleSheet("QListWidget#reportKinds { font-size: 11pt; }"
                                 "QListWidget#reportKinds::item { padding: 5px 6px; }")
        self._fill_kinds()

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.blurb = QLabel()
        self.blurb.setWordWrap(True)
        self.blurb.setStyleSheet("color: #444;")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.shift = QComboBox()
        self.shift.setMinimumWidth(200)
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Shift"), self.shift)
        self.form.addRow(self.tr("Month"), self.month)
        self._rows = {DATE: self.date, SHIFT_FIELD: self.shift, MONTH: self.month}
        self.period = QLabel()
        self.period.setObjectName("reportPeriod")
        self.hint = QLabel(self.tr(
            "Preview opens the PDF in your PDF viewer. Print sends it to the printer you "
            "choose; where that is not possible, the PDF is kept and opened so you can print "
            "it from the viewer."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        self._set_default_dates()

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Make the PDF and open it in the PDF viewer"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.preview_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress)
        busy_row.addWidget(self.status, 1)

        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.blurb)
        right.addSpacing(8)
        right.addLayout(self.form)
        right.addWidget(self.period)
        right.addSpacing(8)
        right.addLayout(buttons)
        right.addLayout(busy_row)
        right.addStretch(1)
        right.addWidget(self.hint)
        body = QHBoxLayout()
        body.addWidget(self.kinds)
        body.addSpacing(12)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.refusal)
        layout.addLayout(body, 1)

        self.kinds.currentItemChanged.connect(lambda _c, _p: self._kind_changed())
        self.date.dateChanged.connect(lambda _d: self._show_period())
        self.month.dateChanged.connect(lambda _d: self._show_period())
        self.shift.currentIndexChanged.connect(lambda _i: self._show_period())
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_report)
        ctx.signals.changed.connect(self._changed)
        self.select(KINDS[1].key if self.can_report else
                    next(k.key for k in KINDS if not k.is_report))
        self._load_shifts()

    # ---------------------------------------------------------------- the list and parameters

    def _refusal_text(self) -> str:
        actor = self.ctx.services.actor
        refused = PermissionDenied(actor.role.value, PERMISSION_LABELS[Permission.VIEW_REPORTS],
                                   ROLE_LABELS[actor.role]).render(self.ctx.translate)
        return refused + " " + self.tr("The blank forms can still be printed.")

    def _fill_kinds(self) -> None:
        heading_font = QFont(self.kinds.font())
        heading_font.setBold(True)
        previous = None
        for kind in KINDS:
            if kind.is_report != previous:
                heading = QListWidgetItem(self.tr("Reports") if kind.is_report
                                          else self.tr("Blank forms"))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setFont(heading_font)
                heading.setForeground(QColor("#3c4a5c"))
                self.kinds.addItem(heading)
                previous = kind.is_report
            item = QListWidgetItem("   " + self.tr(kind.label))
            item.setData(KEY_ROLE, kind.key)
            if kind.is_report and not self.can_report:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self.refusal_tip())
            self.kinds.addItem(item)

    def refusal_tip(self) -> str:
        return self.tr("Your role may not {what}.").format(
            what=self.ctx.translate("permissions", PERMISSION_LABELS[Permission.VIEW_REPORTS]))

    def select(self, key: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(KEY_ROLE) == key:
                self.kinds.setCurrentRow(row)
                return

    def kind_key(self) -> str | None:
        item = self.kinds.currentItem()
        return None if item is None else item.data(KEY_ROLE)

    def _kind_changed(self) -> None:
        key = self.kind_key()
        kind = BY_KEY.get(key) if key else None
        self.title.setText(self.tr(kind.label) if kind else "")
        self.blurb.setText(self.tr(kind.blurb) if kind else "")
        for field, widget in self._rows.items():
            self.form.setRowVisible(widget, bool(kind) and field in kind.fields)
        self._show_period()
        self._enable_buttons()

    def _show_period(self) -> None:
        """What the chosen report covers, in words."""
        request = self.request()
        text = ""
        if request is not None and request.kind == SHIFT:
            text = self.tr("Covers {shift} on {date}.").format(
                shift=self.shift.currentText(), date=f"{request.day:%Y-%m-%d}")
        elif request is not None and request.kind == DAILY:
            text = self.tr("Covers {date}, with the 7 and 30 days before it for the trend and "
                           "the 30 days up to it for the charts.").format(
                date=f"{request.day:%Y-%m-%d}")
        elif request is not None and request.kind == MONTHLY:
            first = request.month or request.day
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            text = self.tr("Covers {first} to {last}.").format(first=f"{first:%Y-%m-%d}",
                                                              last=f"{last:%Y-%m-%d}")
        self.period.setText(text)
        self.period.setVisible(bool(text))

    def _today(self) -> dt.date:
        return self.ctx.services.daily_report.clock().date()

    def _set_default_dates(self) -> None:
        today = self._today()
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        for edit in (self.date, self.month):
            edit.setMaximumDate(_qdate(today))
        self.date.setDate(_qdate(today - dt.timedelta(days=1)))
        self.month.setDate(_qdate(last_month.replace(day=1)))

    def _load_shifts(self) -> None:
        services = self.ctx.services

        def loaded(shifts) -> None:
            first_load = self.shift.count() == 0
            fill_combo(self.shift, [(f"{s.name}  {s.start:%H:%M}–{s.end:%H:%M}", s.name)
                                    for s in shifts])
            if first_load and shifts:
                name, _day = running_shift(shifts, services.daily_report.clock())
                select_data(self.shift, name)
            self._enable_buttons()

        self.ctx.runner.run(services.shifts.shift_types, loaded, self._show_failure, owner=self)

    def _changed(self, topics: frozenset) -> None:
        if "shifts" in topics:
            self._load_shifts()

    def request(self) -> Request | None:
        key = self.kind_key()
        if key is None:
            return None
        return Request(key, self.date.date().toPython(), self.shift.currentData() or "",
                       self.month.date().toPython().replace(day=1))

    def _ready(self) -> bool:
        key = self.kind_key()
        kind = BY_KEY.get(key) if key else None
        if kind is None or (kind.is_report and not self.can_report):
            return False
        return SHIFT_FIELD not in kind.fields or bool(self.shift.currentData())

    def _enable_buttons(self) -> None:
        ready = self._ready() and not self.busy
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(ready)

    # ---------------------------------------------------------------- the three actions

    def preview(self) -> None:
        """Make the PDF into a fresh preview folder and open it in the system viewer."""
        request = self.request()
        if request is None or not self._ready():
            return
        name = file_name(request, self.ctx.translate)

        def shown(path: Path) -> None:
            if output.open_in_viewer(path):
                self._idle(self.tr("Opened {file} in the PDF viewer.").format(file=path.name))
            else:
                self._idle(self.tr("No PDF viewer could be opened. The PDF is at {path}.")
                           .format(path=path), error=True)

        self._build(request, lambda: output.preview_path(name), shown)

    def save_as(self) -> QFileDialog | None:
        """Ask where to save without blocking (tests select a file on the returned dialog)."""
        request = self.request()
        if request is None or not self._ready():
            return None
        name = file_name(request, self.ctx.translate)
        folder = str(QSettings().value(DIR_KEY, "") or "")
        dialog = QFileDialog(self, self.tr("Save the PDF"),
                             str(Path(folder) / name) if folder else name,
                             self.tr("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda chosen: self.save_to(chosen, request))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def save_to(self, path: str | Path, request: Request | None = None) -> None:
        request = request or self.request()
        if request is None:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")

        def saved(written: Path) -> None:
            QSettings().setValue(DIR_KEY, str(written.parent))
            self._idle(self.tr("Saved {path}.").format(path=written))

        self._build(request, lambda: target, saved)

    def print_report(self) -> Any:
        """Qt's print dialog, then the PDF goes to the chosen printer through the system."""
        request = self.request()
        if request is None or not self._ready():
            return None
        return output.ask_printer(self, lambda choice: self.print_to(choice, request))

    def print_to(self, choice: output.PrintChoice, request: Request | None = None) -> None:
        request = request or self.request()
        if request is None:
            return
        name = file_name(request, self.ctx.translate)

        def made(path: Path) -> None:
            self.status.setText(self.tr("Sending {file} to the printer…").format(file=path.name))
            job = output.SystemPrint(path, choice, self)
            self._printing = job
            job.finished.connect(lambda ok, detail: self._printed(path, choice, ok, detail))
            job.start()

        self._build(request, lambda: output.preview_path(name), made)

    def _printed(self, path: Path, choice: output.PrintChoice, ok: bool, detail: str) -> None:
        self._printing = None
        if ok and choice.output_file:
            self._idle(self.tr("Printed {file} to the file {path}.").format(
                file=path.name, path=detail))
            return
        if ok:
            printer = choice.printer or self.tr("the default printer")
            text = self.tr("Sent {file} to {printer}.").format(file=path.name, printer=printer)
            self._idle(f"{text} {detail}".strip())
            return
        shown = output.open_in_viewer(path)
        text = (self.tr("Could not print from FloorQC ({reason}). The PDF was saved as {path} "
                        "and opened in the PDF viewer: print it from there.") if shown else
                self.tr("Could not print from FloorQC ({reason}). The PDF was saved as {path}: "
                        "open it in a PDF viewer and print it from there."))
        self._idle(text.format(reason=detail, path=path), error=True)

    # ---------------------------------------------------------------- background builds

    def _build(self, request: Request, target: Callable[[], Path],
               done: Callable[[Path], None]) -> None:
        """Make the PDF on the worker and write it to ``target()`` (asked on the worker too,
        after the PDF exists, so a failed build leaves no file). ``done`` ends the busy
        state. A failure goes to the runner's error handler like any other; an idle marker
        queued behind the build (the runner is serial and calls back in order) then clears
        the busy state and says nothing was made."""
        if self.busy:
            return
        services, translate = self.ctx.services, self.ctx.translate
        kind = BY_KEY[request.kind]
        self._set_busy(True, self.tr("Making the PDF of “{what}”…").format(what=self.tr(kind.label)))
        made: list[Path] = []

        def work() -> Path:
            data = make_pdf(services, translate, request)
            return output.write_whole(target(), data)

        def finished(path: Path) -> None:
            made.append(path)
            done(path)

        def marker(_result: object) -> None:
            if not made:
                self._idle(self.tr("The PDF was not made."), error=True)

        self.ctx.runner.run(work, finished, owner=self)
        self.ctx.runner.run(lambda: None, marker, owner=self)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.status.setStyleSheet("")
        if text:
            self.status.setText(text)
        self._enable_buttons()

    def _idle(self, text: str, error: bool = False) -> None:
        self._set_busy(False)
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _show_failure(self, error: BaseException) -> None:
        self.status.setText(self.ctx.message(error))
        self.status.setStyleSheet(ERROR_STYLE)
