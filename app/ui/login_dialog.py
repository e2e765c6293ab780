"""Sign-in dialog: user name and password, with the lock-out message from the service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.domain.errors import FloorQCError
from app.services.auth import sign_in
from app.services.base import Actor
from app.services.bootstrap import Database


class LoginDialog(QDialog):
    def __init__(self, db: Database, translate: Callable[[str, str], str], venue: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self._db, self._translate = db, translate
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in to FloorQC"))
        self.setMinimumWidth(380)

        title = QLabel(self.tr("FloorQC · Floor quality control"))
        title.setObjectName("loginTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        subtitle = QLabel(venue or self.tr("Layered inspection · one leads three"))
        subtitle.setStyleSheet("color: palette(mid);")

        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_sign_in(self) -> None:
        try:
            self.actor = sign_in(self._db, self.username.text(), self.password.text())
        except FloorQCError as exc:
            self.error.setText(exc.render(self._translate))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
