"""Users and roles (用户与权限): who may sign in, with which role, linked to which employee.

Shown only to roles with MANAGE_USERS; the UserService checks the permission again on every
call, so hiding the panel is a convenience, not the protection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FloorQCError
from app.domain.permissions import ROLE_LABELS, Role
from app.services.dto import EmployeeDTO, UserDTO
from app.ui.context import UiContext
from app.ui.user_dialog import (
    ChangeRoleDialog,
    NewUser,
    NewUserDialog,
    ResetPasswordDialog,
    RoleChange,
)

LOCKED_COLOUR = QColor("#b3261e")
INACTIVE_COLOUR = QColor("#8a8a8a")


def is_locked(user: UserDTO, at: dt.datetime) -> bool:
    return user.locked_until is not None and user.locked_until > at


class UserTableModel(QAbstractTableModel):
    """A thin adapter over a list of UserDTOs."""

    USERNAME, ROLE, EMPLOYEE, ACTIVE, LOCKED = range(5)

    def __init__(self, role_label: Callable[[str], str],
                 clock: Callable[[], dt.datetime] = dt.datetime.now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role_label = role_label
        self._clock = clock
        self._rows: list[UserDTO] = []
        self._headers = [self.tr("User name"), self.tr("Role"), self.tr("Employee"),
                         self.tr("Active"), self.tr("Locked until")]

    def set_rows(self, rows: list[UserDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def user_at(self, row: int) -> UserDTO:
        return self._rows[row]

    def row_of(self, user_id: int) -> int | None:
        return next((i for i, u in enumerate(self._rows) if u.id == user_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        user, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.LOCKED:
                return QBrush(LOCKED_COLOUR)
            if not user.active:
                return QBrush(INACTIVE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ACTIVE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return user.id
        return None

    def _text(self, user: UserDTO, column: int) -> str:
        if column == self.USERNAME:
            return user.username
        if column == self.ROLE:
            return self._role_label(user.role)
        if column == self.EMPLOYEE:
            return user.employee_name or "—"
        if column == self.ACTIVE:
            return self.tr("Yes") if user.active else self.tr("No")
        if is_locked(user, self._clock()):
            return user.locked_until.strftime("%Y-%m-%d %H:%M")
        return ""


class UsersAdminPanel(QWidget):
    """The table of users and the three actions on them. ``dialog`` is the open dialog, if any
    (dialogs are opened with ``open()`` so nothing blocks)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self._select_after: int | None = None

        intro = QLabel(self.tr(
            "Who may sign in to FloorQC and with which role. A user locked out after too many "
            "failed sign-ins is unlocked by resetting their password."))
        intro.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New user…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.role_button = QPushButton(self.tr("Change role / deactivate…"))
        self.new_button.clicked.connect(self.new_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.reset_button, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.model = UserTableModel(self.role_label, parent=self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (UserTableModel.ACTIVE, UserTableModel.LOCKED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        ctx.signals.changed.connect(self._on_changed)
        self._update_buttons()
        self.refresh()

    # -- helpers ---------------------------------------------------------------------
    def role_label(self, role: str) -> str:
        return self.ctx.translate("roles", ROLE_LABELS[Role(role)])

    def roles(self) -> list[tuple[str, str]]:
        return [(role.value, self.role_label(role)) for role in Role]

    def selected_user(self) -> UserDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_user() is not None
        self.reset_button.setEnabled(chosen)
        self.role_button.setEnabled(chosen)

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.runner.run(self.ctx.services.users.list_users, self._show_rows,
                            lambda error: self.ctx.show_error(self, error))

    def _show_rows(self, rows: list[UserDTO]) -> None:
        current = self.selected_user()
        chosen = self._select_after or (current.id if current else None)
        self._select_after = None
        self.model.set_rows(rows)
        if chosen is not None:
            self.select_user(chosen)
        self._update_buttons()

    def _on_changed(self, topics: frozenset) -> None:
        if topics & {"users", "org"}:
            self.refresh()

    # -- dialogs ---------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run(self, dialog, work: Callable[[], object], select: Callable[[object], int]) -> None:
        """Run a user change; close the dialog on success, keep it open with the message if
        the service refuses."""

        def done(result: object) -> None:
            self._select_after = select(result)
            if self.dialog is dialog:  # it may have been closed while the work ran
                dialog.accept()

        def failed(error: BaseException) -> None:
            if self.dialog is not dialog:
                self.ctx.show_error(self, error)
                return
            dialog.ok_button.setEnabled(True)
            if isinstance(error, FloorQCError):
                dialog.fail(self.ctx.message(error))
            else:
                self.ctx.show_error(dialog, error)

        dialog.ok_button.setEnabled(False)  # one submission at a time
        self.ctx.runner.run(work, done, failed, changes={"users"})

    def new_user(self) -> None:
        self.ctx.runner.run(self.ctx.services.staff.employees, self._open_new_user,
                            lambda error: self.ctx.show_error(self, error))

    def _open_new_user(self, employees: list[EmployeeDTO]) -> None:
        dialog = NewUserDialog(self.roles(), employees, self)
        users = self.ctx.services.users

        def submit(data: NewUser) -> None:
            self._run(dialog, lambda: users.create_user(data.username, data.password,
                                                        data.role, data.employee_id),
                      lambda dto: dto.id)

        dialog.submitted.connect(submit)
        self._open(dialog)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(user, is_locked(user, dt.datetime.now()), self)
        users = self.ctx.services.users
        dialog.submitted.connect(lambda password: self._run(
            dialog, lambda: users.reset_password(user.id, password), lambda _r: user.id))
        self._open(dialog)

    def change_role(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ChangeRoleDialog(user, self.roles(), self)
        users = self.ctx.services.users

        def submit(change: RoleChange) -> None:
            self._run(dialog, lambda: users.set_role(user.id, change.role, change.active),
                      lambda _r: user.id)

        dialog.submitted.connect(submit)
        self._open(dialog)
