"""Dialogs for user administration: new user, reset password, change role or deactivate.

The dialogs only collect input. On OK they emit ``submitted`` with what was entered; the
caller runs the service call and then closes the dialog (``accept``) or shows the service's
message inside it (``fail``), so a refused change never loses what was typed. They are opened
with ``open()``, never ``exec()``, so tests can fill them in and press OK.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import EmployeeDTO, UserDTO

ERROR_STYLE = "color: #b3261e;"


@dataclass(frozen=True)
class NewUser:
    username: str
    role: str
    employee_id: int | None
    password: str


@dataclass(frozen=True)
class RoleChange:
    role: str
    active: bool


class _Invalid(Exception):
    """Input the dialog itself can refuse (e.g. two passwords differ)."""


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _role_combo(roles: list[tuple[str, str]], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for value, label in roles:
        combo.addItem(label, value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class _UserFormDialog(QDialog):
    """A form, an inline error line and OK/Cancel; subclasses say what OK collects."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def collect(self) -> object:
        raise NotImplementedError

    def submit(self) -> None:
        try:
            value = self.collect()
        except _Invalid as exc:
            self.fail(str(exc))
            return
        self.error.hide()
        self.submitted.emit(value)

    def fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _passwords(self, password: QLineEdit, repeat: QLineEdit) -> str:
        if password.text() != repeat.text():
            repeat.clear()
            repeat.setFocus()
            raise _Invalid(self.tr("The two passwords differ."))
        return password.text()


class NewUserDialog(_UserFormDialog):
    def __init__(self, roles: list[tuple[str, str]], employees: list[EmployeeDTO],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        self.ok_button.setText(self.tr("Create user"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. wangli"))
        self.role = _role_combo(roles, "staff")
        self.employee = QComboBox()
        self.employee.addItem(self.tr("(no employee)"), None)
        for emp in employees:
            label = f"{emp.code} · {emp.name}" + (f" — {emp.post}" if emp.post else "")
            self.employee.addItem(label, emp.id)
        self.password = _password_field()
        self.repeat = _password_field()
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Employee"), self.employee)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Repeat password"), self.repeat)
        self.set_intro(self.tr(
            "Linking the sign-in to an employee lets FloorQC show them their own "
            "team's patrols and rectifications."))
        self.username.setFocus()

    def select_role(self, role: str) -> None:
        self.role.setCurrentIndex(self.role.findData(role))

    def select_employee(self, employee_id: int | None) -> None:
        self.employee.setCurrentIndex(self.employee.findData(employee_id))

    def collect(self) -> NewUser:
        password = self._passwords(self.password, self.repeat)
        return NewUser(self.username.text().strip(), self.role.currentData(),
                       self.employee.currentData(), password)


class ResetPasswordDialog(_UserFormDialog):
    def __init__(self, user: UserDTO, locked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.ok_button.setText(self.tr("Set password"))
        self.user = user
        text = self.tr("Set a new password for {user}. Tell them in person; "
                       "FloorQC does not send it anywhere.").format(user=user.username)
        if locked:
            text += " " + self.tr("This also lifts the lock-out.")
        self.set_intro(text)
        self.password = _password_field()
        self.repeat = _password_field()
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Repeat password"), self.repeat)
        self.password.setFocus()

    def collect(self) -> str:
        return self._passwords(self.password, self.repeat)


class ChangeRoleDialog(_UserFormDialog):
    def __init__(self, user: UserDTO, roles: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role"))
        self.ok_button.setText(self.tr("Save"))
        self.user = user
        self.set_intro(self.tr(
            "Choose what {user} may do. A deactivated user can no longer sign in; "
            "their past records stay.").format(user=user.username))
        self.role = _role_combo(roles, user.role)
        self.active = QCheckBox(self.tr("Active (may sign in)"))
        self.active.setChecked(user.active)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow("", self.active)

    def select_role(self, role: str) -> None:
        self.role.setCurrentIndex(self.role.findData(role))

    def collect(self) -> RoleChange:
        return RoleChange(self.role.currentData(), self.active.isChecked())
