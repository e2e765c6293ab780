"""Import the staff list from Excel/CSV: choose a file, see every problem in a table, import
only a clean file. Also the export helper. Service calls are fast, so they run inline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from app.services.staff_io import ImportReport, StaffIOService
from app.services.staff_sheet import Problem
from app.ui.spreadsheet_import_dialog import SpreadsheetImportDialog, export_file

Translate = Callable[[str, str], str]


class StaffImportDialog(SpreadsheetImportDialog):
    """``imported`` carries the ImportReport after a successful import."""

    report: ImportReport | None

    def __init__(self, staff_io: StaffIOService, translate: Translate, parent=None) -> None:
        super().__init__(translate, parent)
        self._io = staff_io
        self.setWindowTitle(self.tr("Import staff from a spreadsheet"))
        self.resize(720, 480)

    def _intro(self) -> str:
        return self.tr(
            "Columns: 工号 code, 姓名 name, 部门 department, 岗位 post, 上级工号 leader code, "
            "电话 phone, 入职日期 hire date, 兼岗 extra posts, 在职 active; headers in Chinese or "
            "English. Every row is checked first: nothing is imported until the whole file is "
            "correct.")

    def _options(self) -> QWidget:
        self.create_missing = QCheckBox(self.tr("Create missing departments and posts"))
        self.create_missing.toggled.connect(lambda _on: self.check())
        return self.create_missing

    def _file_prompt(self) -> tuple[str, str]:
        return self.tr("Choose the staff list"), self.tr("Spreadsheets (*.xlsx *.csv)")

    def _preview(self, path: Path) -> tuple[Sequence[Problem], str]:
        preview = self._io.preview(path, self.create_missing.isChecked())
        return preview.problems, self.tr(
            "Ready to import {rows} rows: {created} new, {updated} updated, {unchanged} "
            "unchanged; {departments} new departments, {posts} new posts.").format(
            rows=preview.rows, created=preview.created, updated=preview.updated,
            unchanged=preview.unchanged, departments=len(preview.departments),
            posts=len(preview.posts))

    def _import(self, path: Path) -> ImportReport:
        return self._io.import_file(path, self.create_missing.isChecked())


def export_staff(parent: QWidget | None, staff_io: StaffIOService,
                 translate: Translate | None = None, path: str | Path | None = None) -> int | None:
    """Ask where to save (unless ``path`` is given), export, and say how many were written.
    Returns the count, or None if cancelled or failed."""
    xlsx = QCoreApplication.translate("StaffExport", "Excel workbook (*.xlsx)")
    csv_ = QCoreApplication.translate("StaffExport", "CSV UTF-8 (*.csv)")
    return export_file(
        parent, QCoreApplication.translate("StaffExport", "Export staff"),
        f"staff-{dt.date.today():%Y%m%d}.xlsx", {".xlsx": xlsx, ".csv": csv_},
        staff_io.export_file,
        lambda count, file: QCoreApplication.translate(
            "StaffExport", "Exported {count} employees to {file}.").format(count=count, file=file),
        translate, path)
