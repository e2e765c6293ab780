"""What the staff and roster spreadsheet dialogs share: the import dialog (choose a file, see
every problem in a table, import only a clean file) and the export helper (ask where to save,
write, say what was written). Service calls are fast, so they run inline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FloorQCError
from app.services.staff_io import ImportFailed
from app.services.staff_sheet import Problem

Translate = Callable[[str, str], str]
T = TypeVar("T")


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


class SpreadsheetImportDialog(QDialog):
    """Choose a file, check it (every problem in the table), import only a clean file; the
    service refuses the whole file at the slightest problem. ``imported`` carries the report
    after a successful import. Subclasses supply the texts and the two service calls."""

    imported = Signal(object)

    def __init__(self, translate: Translate, parent=None) -> None:
        super().__init__(parent)
        self._translate = translate
        self.path: Path | None = None
        self.report: object | None = None

        intro = QLabel(self._intro())
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

        options = self._options()
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

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        for w in ([] if options is None else [options]) + [self.status, self.error, self.table]:
            layout.addWidget(w)
        layout.addWidget(buttons)

    # -- what a subclass supplies --------------------------------------------------------
    def _intro(self) -> str:
        """The text above the file row: the columns the file needs."""
        raise NotImplementedError

    def _file_prompt(self) -> tuple[str, str]:
        """The file chooser's title and filter."""
        raise NotImplementedError

    def _options(self) -> QWidget | None:
        """A widget between the file row and the status, if the import has options."""
        return None

    def _preview(self, path: Path) -> tuple[Sequence[Problem], str]:
        """Check the file without importing: its problems, and what a clean file would do."""
        raise NotImplementedError

    def _import(self, path: Path) -> object:
        """Import the file and return the report; ImportFailed if it has problems."""
        raise NotImplementedError

    # -- steps -------------------------------------------------------------------------
    def choose_file(self) -> None:
        title, file_filter = self._file_prompt()
        path, _filter = QFileDialog.getOpenFileName(
            self, title, str(self.path.parent if self.path else ""), file_filter)
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
            problems, ready = self._preview(self.path)
        except (FloorQCError, OSError) as exc:
            self.problems.set_problems([])
            self.status.clear()
            self._fail(exc)
            return
        self.problems.set_problems(problems)
        if problems:
            self.status.setText(self.tr(
                "{count} problems found; nothing can be imported until they are fixed in the "
                "file. Then choose Check again.").format(count=len(problems)))
            return
        self.status.setText(ready)
        self.import_button.setEnabled(True)

    def do_import(self) -> None:
        if self.path is None:
            return
        self.import_button.setEnabled(False)
        self._clear_error()
        try:
            report = self._import(self.path)
        except ImportFailed as exc:  # the data changed since the check
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
        self.error.setText(_message(exc, self._translate))
        self.error.show()

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


def _message(exc: BaseException, translate: Translate | None) -> str:
    return exc.render(translate) if isinstance(exc, FloorQCError) else str(exc)


def export_file(parent: QWidget | None, title: str, default_name: str,
                filters: dict[str, str], write: Callable[[Path], T],
                done: Callable[[T, Path], str], translate: Translate | None = None,
                path: str | Path | None = None) -> T | None:
    """Ask where to save (unless ``path`` is given), call ``write(path)`` and show
    ``done(result, path)``. ``filters`` maps each suffix (".xlsx") to its file-dialog filter,
    the first being the default. Returns write's result, or None if cancelled or failed."""
    if path is None:
        chosen, selected = QFileDialog.getSaveFileName(
            parent, title, default_name, ";;".join(filters.values()))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in filters:
            suffix = next((s for s, f in filters.items() if f == selected), next(iter(filters)))
            path = path.with_name(path.name + suffix)
    path = Path(path)
    try:
        result = write(path)
    except (FloorQCError, OSError) as exc:
        QMessageBox.warning(parent, title, _message(exc, translate))
        return None
    QMessageBox.information(parent, title, done(result, path))
    return result
