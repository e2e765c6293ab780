"""First start on an empty database: build the demo venue, or create the first administrator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FloorQCError
from app.services.auth import create_first_admin
from app.services.bootstrap import Database


class FirstRunDialog(QDialog):
    """``choice`` is "demo" or "admin" after accept; for "admin" the admin exists already."""

    def __init__(self, db: Database, translate: Callable[[str, str], str],
                 build_demo: Callable[[], object], parent=None) -> None:
        super().__init__(parent)
        self._db, self._translate, self._build_demo = db, translate, build_demo
        self.choice = ""
        self.setWindowTitle(self.tr("Welcome to FloorQC"))
        self.setMinimumWidth(460)

        intro = QLabel(self.tr(
            "This database is empty. Start with a demo venue to look around, "
            "or create the first administrator to set up your own venue."))
        intro.setWordWrap(True)
        self.demo = QRadioButton(self.tr(
            "Create the demo venue (a Chinese restaurant with about 60 staff, one sign-in per role)"))
        self.admin = QRadioButton(self.tr("Create the first administrator account"))
        self.admin.setChecked(True)

        self.admin_box = QWidget()
        form = QFormLayout(self.admin_box)
        self.username = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        self.demo.toggled.connect(lambda on: self.admin_box.setEnabled(not on))

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for w in (intro, self.demo, self.admin, self.admin_box, self.error, buttons):
            layout.addWidget(w)

    def confirm(self) -> None:
        try:
            if self.demo.isChecked():
                self._build_demo()
                self.choice = "demo"
            else:
                if self.password.text() != self.repeat.text():
                    self._fail(self.tr("The two passwords differ."))
                    return
                create_first_admin(self._db, self.username.text(), self.password.text())
                self.choice = "admin"
        except FloorQCError as exc:
            self._fail(exc.render(self._translate))
            return
        self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


