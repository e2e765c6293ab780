"""The Surveys page (顾客调查): the SERVQUAL forms entered and the promise register."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import NoticeBanner
from app.ui.surveys.common import PROMISES_TOPIC, SURVEYS_TOPIC
from app.ui.surveys.promises_tab import PromisesTab
from app.ui.surveys.surveys_tab import SurveysTab

# Promise outcomes also come from the complaint log and the area names from the organisation.
TOPICS = {SURVEYS_TOPIC, PROMISES_TOPIC, "complaints", "settings", "org"}


class SurveysPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = NoticeBanner()
        self.surveys = SurveysTab(ctx, self.banner)
        self.promises = PromisesTab(ctx, self.banner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.surveys, self.tr("Surveys"))
        self.tabs.addTab(self.promises, self.tr("Promise register"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        ctx.signals.changed.connect(self._changed)
        self.refresh()

    def show_tab(self, tab: QWidget) -> QWidget:
        self.tabs.setCurrentWidget(tab)
        self.refresh()
        return tab

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, PageTab) and tab.stale:
            tab.reload()

    def _changed(self, topics: frozenset) -> None:
        if topics & TOPICS:
            for tab in (self.surveys, self.promises):
                tab.stale = True
            self.refresh()  # the open tab only; the other reloads when it is shown

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
