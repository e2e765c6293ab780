"""The Complaints page (投诉处理): the complaint log with its first-response clock, and guest
comments. ``open_complaint(id)`` is the way in from elsewhere (My work, the rectification
detail): it shows the log tab with that complaint's detail."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.complaints.comments_tab import GuestCommentsTab
from app.ui.complaints.detail_panel import ComplaintDetailPanel
from app.ui.complaints.log_tab import ComplaintLogTab
from app.ui.context import UiContext
from app.ui.page_tab import PageTab


class ComplaintsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.log = ComplaintLogTab(ctx)
        self.comments = GuestCommentsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.log, self.tr("Complaint log"))
        self.tabs.addTab(self.comments, self.tr("Guest comments"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, PageTab) and tab.stale:
            tab.reload()

    def show_tab(self, tab: QWidget) -> QWidget:
        self.tabs.setCurrentWidget(tab)
        self.refresh()
        return tab

    def open_complaint(self, complaint_id: int) -> ComplaintDetailPanel:
        """Show the log with this complaint chosen (whatever the filters) and its detail."""
        self.show_tab(self.log)
        return self.log.show_complaint(complaint_id)
