"""Shown at start when the database file failed its check: say where the damaged file was
kept, and offer the newest good backup, an empty database, or quitting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.domain.errors import DatabaseDamaged, FloorQCError


class RecoveryDialog(QDialog):
    """``choice`` is "restore" (the backup is already in place) or "empty" after accept;
    reject means quit. ``restore(backup, db)`` puts the backup in place of the database."""

    def __init__(self, damaged: DatabaseDamaged, translate: Callable[[str, str], str],
                 restore: Callable[[Path, Path], None], parent=None) -> None:
        super().__init__(parent)
        self._damaged, self._translate, self._restore = damaged, translate, restore
        self.choice = ""
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(520)

        self.message = QLabel(self.tr(
            "The database file {path} is damaged, so FloorQC did not open it. The damaged file "
            "was kept, unchanged, as {kept}.").format(path=damaged.path, kept=damaged.kept))
        self.date = damaged.backup_taken.strftime("%Y-%m-%d %H:%M") if damaged.backup else ""
        if damaged.backup:
            offer = self.tr("The newest good backup is from {date}. Restore it to carry on with "
                            "the data saved up to then.").format(date=self.date)
        else:
            offer = self.tr("No good backup of it was found. You can start with an empty "
                            "database; the damaged file stays where it was kept.")
        self.offer = QLabel(offer)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        for label in (self.message, self.offer, self.error):
            label.setWordWrap(True)
            # The paths are there to be copied into a file manager.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.restore_button = QPushButton(self.tr("Restore the backup from {date}").format(
            date=self.date))
        self.restore_button.setVisible(damaged.backup is not None)
        self.empty_button = QPushButton(self.tr("Start with an empty database"))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.restore_button.clicked.connect(self.restore)
        self.empty_button.clicked.connect(self.start_empty)
        self.quit_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.restore_button, self.empty_button, self.quit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for w in (self.message, self.offer, self.error):
            layout.addWidget(w)
        layout.addLayout(buttons)
        (self.restore_button if damaged.backup else self.empty_button).setDefault(True)

    def restore(self) -> None:
        try:
            self._restore(self._damaged.backup, self._damaged.path)
        except (FloorQCError, OSError) as exc:
            # Say why here and stay: the user may free space and press Restore again.
            self.error.setText(exc.render(self._translate) if isinstance(exc, FloorQCError)
                               else str(exc))
            self.error.show()
            return
        self.choice = "restore"
        self.accept()

    def start_empty(self) -> None:
        self.choice = "empty"
        self.accept()
