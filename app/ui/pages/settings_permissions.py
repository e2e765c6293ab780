"""What each role may do: a read-only table built from ROLE_PERMISSIONS, so the screen can
never disagree with the checks the services make (the README's table comes from the same
source, via scripts/permission_table.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import (
    PERMISSION_LABELS,
    ROLE_LABELS,
    ROLE_PERMISSIONS,
    Permission,
    Role,
)
from app.ui.context import UiContext

MARK = "✓"
OWN_ROLE_COLOUR = QColor("#e8f0fe")


def sentence(text: str) -> str:
    """'change settings' → 'Change settings' (Chinese text is unchanged)."""
    return text[:1].upper() + text[1:]


class PermissionMatrix(QTableWidget):
    """Rows are permissions, columns are roles; the signed-in user's role is highlighted."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(len(Permission), len(Role), parent)
        self.setObjectName("permissionMatrix")
        own = ctx.services.actor.role
        self.setHorizontalHeaderLabels([ctx.translate("roles", ROLE_LABELS[r]) for r in Role])
        self.setVerticalHeaderLabels(
            [sentence(ctx.translate("permissions", PERMISSION_LABELS[p])) for p in Permission])
        for row, permission in enumerate(Permission):
            for column, role in enumerate(Role):
                allowed = permission in ROLE_PERMISSIONS[role]
                item = QTableWidgetItem(MARK if allowed else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if role == own:
                    item.setBackground(QBrush(OWN_ROLE_COLOUR))
                self.setItem(row, column, item)
        header_font = QFont(self.font())
        header_font.setBold(True)
        self.horizontalHeaderItem(list(Role).index(own)).setFont(header_font)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.verticalHeader().setMinimumSectionSize(28)
        self.verticalHeader().setStyleSheet("QHeaderView::section { padding: 0 12px 0 8px; }")
        # As tall as its rows, no grey void below them.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def allowed(self, permission: Permission, role: Role) -> bool:
        row, column = list(Permission).index(permission), list(Role).index(role)
        return self.item(row, column).text() == MARK


class PermissionsPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own = ctx.translate("roles", ROLE_LABELS[ctx.services.actor.role])
        intro = QLabel(self.tr(
            "What each role may do. FloorQC checks these rights on every change, whatever the "
            "screen shows. Your role, {role}, is highlighted. An administrator assigns roles "
            "under Users and roles.").format(role=own))
        intro.setWordWrap(True)
        self.matrix = PermissionMatrix(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.matrix)
        layout.addStretch(1)
