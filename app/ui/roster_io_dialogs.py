"""Roster export (.xlsx or PDF) and import (.xlsx, all-or-nothing) for the roster page, which
imports this module only when the user asks. The service calls take well under a second for a
venue's week, so they run inline, as the staff import does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FloorQCError
from app.services.roster_io import RosterImportFailed, RosterImportReport, RosterIOService
from app.services.roster_sheet import iso_week
from app.ui.staff_import_dialog import ProblemTableModel

Translate = Callable[[str, str], str]


def export_roster(parent: QWidget | None, roster_io: RosterIOService, monday: dt.date,
                  translate: Translate | None = None,
                  path: str | Path | None = None) -> Path | None:
    """Ask where to save the week (unless ``path`` is given): .xlsx to edit, .pdf to print.
    Returns the path written, or None if cancelled or failed."""
    title = QCoreApplication.translate("RosterExport", "Export roster")
    if path is None:
        xlsx = QCoreApplication.translate("RosterExport", "Excel workbook (*.xlsx)")
        pdf = QCoreApplication.translate("RosterExport", "PDF for printing (*.pdf)")
        chosen, selected = QFileDialog.getSaveFileName(
            parent, title, f"roster-{iso_week(monday)}.xlsx", f"{xlsx};;{pdf}")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".pdf"):
            path = path.with_name(path.name + (".pdf" if selected == pdf else ".xlsx"))
    path = Path(path)
    try:
        count = roster_io.export(monday, path, translate)
    except (FloorQCError, OSError) as exc:
        text = exc.render(translate) if isinstance(exc, FloorQCError) else str(exc)
        QMessageBox.warning(parent, title, text)
        return None
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "RosterExport", "Exported the roster of {week} ({count} employees) to {file}.").format(
        week=iso_week(monday), count=count, file=path))
    return path


class RosterImportDialog(QDialog):
    """Choose a file, see every problem (row, column, reason), import only a clean file.
    ``imported`` carries the RosterImportReport after a successful import."""

    imported = Signal(object)

    def __init__(self, roster_io: RosterIOService, translate: Translate, parent=None) -> None:
        super().__init__(parent)
        self._io, self._translate = roster_io, translate
        self.path: Path | None = None
        self.report: RosterImportReport | None = None
        self.setWindowTitle(self.tr("Import a roster week"))
        self.resize(760, 480)

        intro = QLabel(self.tr(
            "Use the layout of a roster export: the week (周次 2026-W48) above the header, then "
            "工号 and one column per day and shift such as 周一 11-23 早班; a cell holds a post "
            "or post@area. The employees in the file get their week replaced; everyone else "
            "stays as is. Nothing is imported until the whole file is correct and breaks no "
            "roster rule."))
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setEnabled(False)
        self.recheck_button.clicked.connect(self.check)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.recheck_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        self.problems = ProblemTableModel(translate, self)
        self.table = QTableView()
        self.table.setModel(self.problems)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        for w in (self.status, self.error, self.table):
            layout.addWidget(w)
        layout.addWidget(buttons)

    # -- steps -------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the roster file"), str(self.path.parent if self.path else ""),
            self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.recheck_button.setEnabled(True)
        self.report = None
        self.check()

    def check(self) -> None:
        """Try the import and roll it back: fill the problem table, enable Import if clean."""
        self.import_button.setEnabled(False)
        if self.path is None:
            return
        self._clear_error()
        try:
            preview = self._io.preview(self.path)
        except (FloorQCError, OSError) as exc:
            self.problems.set_problems([])
            self.status.clear()
            self._fail(exc)
            return
        self.problems.set_problems(preview.problems)
        if preview.problems:
            self.status.setText(self.tr(
                "{count} problems found; nothing can be imported until they are fixed in the "
                "file. Then choose Check again.").format(count=len(preview.problems)))
            return
        self.status.setText(self.tr(
            "Ready to import {week} for {employees} employees: {added} cells added, {changed} "
            "changed, {removed} removed, {unchanged} unchanged.").format(
            week=iso_week(preview.week_start) if preview.week_start else "",
            employees=preview.employees, added=preview.added, changed=preview.changed,
            removed=preview.removed, unchanged=preview.unchanged))
        self.import_button.setEnabled(True)

    def do_import(self) -> None:
        if self.path is None:
            return
        self.import_button.setEnabled(False)
        self._clear_error()
        try:
            report = self._io.import_week(self.path)
        except RosterImportFailed as exc:  # the roster changed since the check
            self.problems.set_problems(exc.problems)
            self.status.setText(exc.render(self._translate).splitlines()[0])
            return
        except (FloorQCError, OSError) as exc:
            self._fail(exc)
            return
        self.report = report
        self.problems.set_problems([])
        self.status.setText(report.render(self._translate))
        self.imported.emit(report)

    def _fail(self, exc: BaseException) -> None:
        text = exc.render(self._translate) if isinstance(exc, FloorQCError) else str(exc)
        self.error.setText(text)
        self.error.show()

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
