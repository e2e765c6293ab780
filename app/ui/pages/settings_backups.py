"""Settings › Backups: the backups of this database (time, why, size), Back up now, Verify,
Restore… and Open folder. After a restore the window's services point at a replaced file,
so the panel emits ``restored`` and the main window reopens the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.services.backups import BackupDTO, RestoreDTO
from app.ui.context import UiContext
from app.ui.form_dialog import ask
from app.ui.pages.org_common import make_table
from app.ui.table_model import Column

NOTE_STYLE = "color: #8a5a00;"
BAD_STYLE = "color: #b3261e;"


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def when_text(dto: BackupDTO) -> str:
    return dto.at.strftime("%Y-%m-%d %H:%M")


class BackupsPanel(QWidget):
    restored = Signal(object)  # RestoreDTO: reopen the database, sign in again

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups = ctx.services.backups
        self._checked: dict[Path, BackupDTO] = {}  # verified on demand, kept across reloads
        intro = QLabel(self.tr(
            "FloorQC backs up this database when it closes, every 30 minutes while something "
            "changes, and before every upgrade, import and restore. It keeps the 10 newest, "
            "the newest of each of the last 12 days, 10 weeks and 9 months, and every backup "
            "made by hand or before a change for at least 30 days."))
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)

        self.view, self.model = make_table([
            Column(self.tr("Time"), when_text),
            Column(self.tr("Reason"), lambda d: ctx.translate("backups", d.reason_label)),
            Column(self.tr("Size"), lambda d: size_text(d.size)),
            Column(self.tr("Check"), self._check_text, tooltip=lambda d: d.problem or None),
        ], widths=(150, 180, 90))
        self.view.setObjectName("backupsTable")
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.backup_button = self._button(self.tr("Back up now"), self.backup_now)
        self.verify_button = self._button(self.tr("Verify"), self.verify_selected)
        self.restore_button = self._button(self.tr("Restore…"), self.restore_selected)
        self.folder_button = self._button(self.tr("Open folder"), self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.verify_button, self.restore_button,
                       self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._folder: Path | None = None
        self._select_after: Path | None = None
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        backups = self.backups
        self.ctx.runner.run(lambda: (backups.folder(), backups.list()), self._show,
                            lambda error: self.ctx.show_error(self, error), owner=self)

    def _show(self, result: tuple[Path | None, list[BackupDTO]]) -> None:
        self._folder, rows = result
        if self._folder is None:
            self.folder_label.setText(self.tr(
                "This database is on a PostgreSQL server: back it up with pg_dump and restore "
                "it with pg_restore (see \"Several laptops\" in the README)."))
            self.folder_label.setStyleSheet(NOTE_STYLE)
            self.backup_button.setEnabled(False)
            self.folder_button.setEnabled(False)
        else:
            self.folder_label.setText(self.tr("Backups are kept in {folder}").format(
                folder=self._folder))
        selected = self.selected()
        chosen = self._select_after or (selected.path if selected else None)
        self._select_after = None
        self.model.set_rows([self._checked.get(d.path, d) for d in rows])
        self._select(chosen)
        self._update_buttons()

    def selected(self) -> BackupDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select(self, path: Path | None) -> None:
        row = self.model.find(lambda d: d.path == path) if path is not None else -1
        if row >= 0:
            self.view.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def _check_text(self, dto: BackupDTO) -> str:
        if dto.verified is None:
            return ""
        return self.tr("OK") if dto.verified else self.tr("Damaged")

    # -- actions -------------------------------------------------------------------------
    def backup_now(self) -> None:
        backups = self.backups
        self.status.setText(self.tr("Backing up…"))
        self.ctx.runner.run(backups.backup_now, self._backed_up, self._error, owner=self)

    def _backed_up(self, dto: BackupDTO) -> None:
        self._checked[dto.path] = dto
        self._say(self.tr("Backed up to {file}.").format(file=dto.path.name))
        self._select_after = dto.path
        self.refresh()  # rotation may have removed older ones

    def verify_selected(self) -> None:
        dto = self.selected()
        if dto is None:
            return
        backups = self.backups
        self.ctx.runner.run(lambda: backups.verify(dto.path), self._verified, self._error,
                            owner=self)

    def _verified(self, dto: BackupDTO) -> None:
        self._checked[dto.path] = dto
        rows = [dto if d.path == dto.path else d for d in self.model.rows]
        self.model.set_rows(rows)
        self._select(dto.path)
        if dto.verified:
            self._say(self.tr("The backup of {date} passes its check.").format(
                date=when_text(dto)))
        else:
            self._say(self.tr("The backup of {date} is damaged ({problem}). Do not restore "
                              "it.").format(date=when_text(dto), problem=dto.problem), BAD_STYLE)
        self._update_buttons()

    def restore_selected(self) -> QMessageBox | None:
        """Asks first, naming the backup's date; returns the question (tests answer it)."""
        dto = self.selected()
        if dto is None:
            return None
        text = self.tr(
            "Restore the backup of {date}? The database is replaced by this backup; what was "
            "saved after it is kept in a new backup (\"Before a restore\"), not lost. FloorQC "
            "then reopens the database and you sign in again.").format(date=when_text(dto))
        return ask(self, self.tr("Restore a backup"), text, lambda: self._restore(dto),
                   self.tr("Restore"), self.tr("Cancel"))

    def _restore(self, dto: BackupDTO) -> None:
        backups = self.backups
        self.status.setText(self.tr("Restoring…"))
        self.ctx.runner.run(lambda: backups.restore(dto.path), self._restored, self._error,
                            owner=self)

    def _restored(self, done: RestoreDTO) -> None:
        # The services now point at a replaced file: nothing here may touch them again.
        for button in (self.backup_button, self.verify_button, self.restore_button):
            button.setEnabled(False)
        self.view.setEnabled(False)
        self._say(self.tr("Restored. FloorQC reopens the database."))
        self.restored.emit(done)

    def open_folder(self) -> None:
        if self._folder is None:
            return
        self._folder.mkdir(parents=True, exist_ok=True)  # none yet before the first backup
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def _error(self, error: BaseException) -> None:
        self.status.clear()
        self.ctx.show_error(self, error)

    def _say(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
