"""Roster export (.xlsx or PDF) and import (.xlsx, all-or-nothing) for the roster page, which
imports this module only when the user asks. The service calls take well under a second for a
venue's week, so they run inline, as the staff import does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QWidget

from app.services.roster_io import RosterImportReport, RosterIOService
from app.services.roster_sheet import iso_week
from app.services.staff_sheet import Problem
from app.ui.spreadsheet_import_dialog import SpreadsheetImportDialog, export_file

Translate = Callable[[str, str], str]


def export_roster(parent: QWidget | None, roster_io: RosterIOService, monday: dt.date,
                  translate: Translate | None = None,
                  path: str | Path | None = None) -> Path | None:
    """Ask where to save the week (unless ``path`` is given): .xlsx to edit, .pdf to print.
    Returns the path written, or None if cancelled or failed."""
    xlsx = QCoreApplication.translate("RosterExport", "Excel workbook (*.xlsx)")
    pdf = QCoreApplication.translate("RosterExport", "PDF for printing (*.pdf)")
    written = export_file(
        parent, QCoreApplication.translate("RosterExport", "Export roster"),
        f"roster-{iso_week(monday)}.xlsx", {".xlsx": xlsx, ".pdf": pdf},
        lambda file: (file, roster_io.export(monday, file, translate)),
        lambda result, file: QCoreApplication.translate(
            "RosterExport", "Exported the roster of {week} ({count} employees) to {file}.").format(
            week=iso_week(monday), count=result[1], file=file),
        translate, path)
    return None if written is None else written[0]


class RosterImportDialog(SpreadsheetImportDialog):
    """Choose a file, see every problem (row, column, reason), import only a clean file.
    ``imported`` carries the RosterImportReport after a successful import."""

    report: RosterImportReport | None

    def __init__(self, roster_io: RosterIOService, translate: Translate, parent=None) -> None:
        super().__init__(translate, parent)
        self._io = roster_io
        self.setWindowTitle(self.tr("Import a roster week"))
        self.resize(760, 480)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)

    def _intro(self) -> str:
        return self.tr(
            "Use the layout of a roster export: the week (周次 2026-W48) above the header, then "
            "工号 and one column per day and shift such as 周一 11-23 早班; a cell holds a post "
            "or post@area. The employees in the file get their week replaced; everyone else "
            "stays as is. Nothing is imported until the whole file is correct and breaks no "
            "roster rule.")

    def _file_prompt(self) -> tuple[str, str]:
        return self.tr("Choose the roster file"), self.tr("Excel workbook (*.xlsx)")

    def _preview(self, path: Path) -> tuple[Sequence[Problem], str]:
        """Try the import and roll it back."""
        preview = self._io.preview(path)
        return preview.problems, self.tr(
            "Ready to import {week} for {employees} employees: {added} cells added, {changed} "
            "changed, {removed} removed, {unchanged} unchanged.").format(
            week=iso_week(preview.week_start) if preview.week_start else "",
            employees=preview.employees, added=preview.added, changed=preview.changed,
            removed=preview.removed, unchanged=preview.unchanged)

    def _import(self, path: Path) -> RosterImportReport:
        return self._io.import_week(path)
