"""Import the staff list from Excel/CSV: choose a file, see every problem in a table, import
only a clean file. Also the export helper. Service calls are fast, so they run inline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from app.services.staff_io import ImportFailed, ImportReport, StaffIOService
from app.services.staff_sheet import Problem

Translate = Callable[[str, str], str]


class ProblemTableModel(QAbstractTableModel):
    """Row, column and reason of each problem, as the spreadsheet names them."""

    def __init__(self, translate: Translate, parent=None) -> None:
        super().__init__(parent)
        self._translate = translate
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self._problems[index.row()]
        return (p.row, p.column, p.reason(self._translate))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]


class StaffImportDialog(QDialog):
    """``imported`` carries the ImportReport after a successful import."""

    imported = Signal(object)

    def __init__(self, staff_io: StaffIOService, translate: Translate, parent=None) -> None:
        super().__init__(parent)
        self._io, self._translate = staff_io, translate
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import staff from a spreadsheet"))
        self.resize(720, 480)

        intro = QLabel(self.tr(
            "Columns: 工号 code, 姓名 name, 部门 department, 岗位 post, 上级工号 leader code, "
            "电话 phone, 入职日期 hire date, 兼岗 extra posts, 在职 active; headers in Chinese or "
            "English. Every row is checked first: nothing is imported until the whole file is "
            "correct."))
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

        self.create_missing = QCheckBox(self.tr("Create missing departments and posts"))
        self.create_missing.toggled.connect(lambda _on: self.check())
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
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        for w in (self.create_missing, self.status, self.error, self.table):
            layout.addWidget(w)
        layout.addWidget(buttons)

    # -- steps -------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the staff list"), str(self.path.parent if self.path else ""),
            self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.recheck_button.setEnabled(True)
        self.report = None
        self.check()

    def check(self) -> None:
        """Preview the import: fill the problem table, enable Import only for a clean file."""
        self.import_button.setEnabled(False)
        if self.path is None:
            return
        self._clear_error()
        try:
            preview = self._io.preview(self.path, self.create_missing.isChecked())
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
        else:
            self.status.setText(self.tr(
                "Ready to import {rows} rows: {created} new, {updated} updated, {unchanged} "
                "unchanged; {departments} new departments, {posts} new posts.").format(
                rows=preview.rows, created=preview.created, updated=preview.updated,
                unchanged=preview.unchanged, departments=len(preview.departments),
                posts=len(preview.posts)))
            self.import_button.setEnabled(True)

    def do_import(self) -> None:
        if self.path is None:
            return
        self.import_button.setEnabled(False)
        self._clear_error()
        try:
            report = self._io.import_file(self.path, self.create_missing.isChecked())
        except ImportFailed as exc:  # the database changed since the check
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


def export_staff(parent: QWidget | None, staff_io: StaffIOService,
                 translate: Translate | None = None, path: str | Path | None = None) -> int | None:
    """Ask where to save (unless ``path`` is given), export, and say how many were written.
    Returns the count, or None if cancelled or failed."""
    title = QCoreApplication.translate("StaffExport", "Export staff")
    if path is None:
        xlsx = QCoreApplication.translate("StaffExport", "Excel workbook (*.xlsx)")
        csv_ = QCoreApplication.translate("StaffExport", "CSV UTF-8 (*.csv)")
        chosen, selected = QFileDialog.getSaveFileName(
            parent, title, f"staff-{dt.date.today():%Y%m%d}.xlsx", f"{xlsx};;{csv_}")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if selected == csv_ else ".xlsx"))
    path = Path(path)
    try:
        count = staff_io.export_file(path)
    except (FloorQCError, OSError) as exc:
        text = exc.render(translate) if isinstance(exc, FloorQCError) else str(exc)
        QMessageBox.warning(parent, title, text)
        return None
    QMessageBox.information(parent, title, QCoreApplication.translate("StaffExport", "Exported {count} employees to {file}.").format(count=count, file=path))
    return count
