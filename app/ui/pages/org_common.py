"""Pieces the Organisation tabs share: the notice banner, warning colours, and a base for a
tab that is a table of DTOs with buttons, loaded and written through the task runner."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from app.domain.permissions import Permission
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, present, run_write
from app.ui.page_tab import PageTab
from app.ui.table_model import Column, DtoTableModel

# Warning colours: amber for "look at this" (span or quota exceeded), red for "missing".
AMBER_BG = QColor("#ffe3a3")
AMBER_TEXT = QColor("#7a4a00")
RED_TEXT = QColor("#b3261e")
MUTED_TEXT = QColor("#8c8c8c")
BANNER_STYLE = ("QFrame#noticeBanner { background: #fff1c7; border: 1px solid #e2b13c;"
                " border-radius: 4px; } QLabel#noticeText { color: #5c3a00; }")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class NoticeBanner(QFrame):
    """Amber strip above the tabs for warnings that did not stop a save (e.g. a span of
    one-leads-three exceeded). It stays until dismissed or the next save replaces it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(QLabel("⚠"))
        row.addWidget(self.text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_messages(self, messages: Iterable[str]) -> None:
        """Show these lines, or hide the banner when there are none."""
        lines = [m for m in messages if m]
        self.text.setText("\n".join(lines))
        self.setVisible(bool(lines))


def make_table(columns: Sequence[Column], widths: Sequence[int] = (),
               stretch: int | None = None) -> tuple[QTableView, DtoTableModel]:
    """A read-only, row-selecting table over a DtoTableModel. Fixed starting widths and one
    stretching column, the last unless ``stretch`` names another (no ResizeToContents: it
    measures every row)."""
    model = DtoTableModel(columns)
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    for section, width in enumerate(widths):
        header.resizeSection(section, width)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view, model


class OrgTab(PageTab):
    """Base for the Organisation tabs. Edit buttons exist only for those who may change the
    organisation (the services refuse the rest anyway)."""

    def __init__(self, ctx: UiContext, banner: NoticeBanner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.banner = banner
        self.can_edit = ctx.services.actor.can(Permission.EDIT_ORG)
        self.edit_buttons: list[QPushButton] = []

    def edit_button(self, text: str, slot: Callable[[], Any],
                    permission: Permission = Permission.EDIT_ORG) -> QPushButton:
        """A button that changes data: hidden and disabled without the permission."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return self.guard(button, permission)

    def guard(self, button: QPushButton,
              permission: Permission = Permission.EDIT_ORG) -> QPushButton:
        allowed = self.ctx.services.actor.can(permission)
        button.setProperty("editAction", True)
        button.setProperty("allowed", allowed)
        if not allowed:  # never setVisible(True) here: a parentless widget would pop up
            button.hide()
        button.setEnabled(allowed)
        self.edit_buttons.append(button)
        return button

    def write(self, work: Callable[[], Any], on_saved: Callable[[Any], None] | None = None,
              dialog: FormDialog | None = None) -> None:
        """A write that changes the organisation (see run_write)."""
        run_write(self.ctx, work, on_saved=on_saved, dialog=dialog, changes={"org"})

    @staticmethod
    def present(dialog: FormDialog, on_submit: Callable[[], None]) -> FormDialog:
        return present(dialog, on_submit)
