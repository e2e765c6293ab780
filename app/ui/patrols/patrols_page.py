"""Patrols page (巡查): tabs for the due list, history, findings, disagreements and the
checklist editor; a round, a past round or a round's summary replaces the tabs in the page's
stack until the user goes back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from app.services.checklist_dto import InspectionDTO, RoundSummary
from app.ui.context import UiContext
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import NoticeBanner
from app.ui.patrols.common import TOPIC
from app.ui.patrols.disagreements_tab import DisagreementsTab
from app.ui.patrols.due_tab import DueTab
from app.ui.patrols.findings_tab import FindingsTab
from app.ui.patrols.history_tab import HistoryTab
from app.ui.patrols.round_view import RoundView
from app.ui.patrols.summary_view import SummaryView


def checklists_tab(ctx: UiContext) -> QWidget:
    """The checklist editor, if it is there (it is built separately)."""
    try:
        from app.ui.checklists.checklists_tab import ChecklistsTab
    except ImportError:
        label = QLabel(QCoreApplication.translate("PatrolsPage",
                                                  "The checklist editor is not built yet."))
        label.setMargin(20)
        return label
    return ChecklistsTab(ctx)


class PatrolsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = NoticeBanner()
        self.due = DueTab(ctx, self.banner, self.open_round, self.start_round)
        self.history = HistoryTab(ctx, self.banner, self.open_past)
        self.findings = FindingsTab(ctx, self.banner)
        self.disagreements = DisagreementsTab(ctx, self.banner)
        self.checklists = checklists_tab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.due, self.tr("Due"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.findings, self.tr("Findings"))
        self.tabs.addTab(self.disagreements, self.tr("Disagreements"))
        self.tabs.addTab(self.checklists, self.tr("Checklists"))
        self.round: RoundView | None = None
        self.summary: SummaryView | None = None

        home = QWidget()
        home_layout = QVBoxLayout(home)
        home_layout.setContentsMargins(8, 8, 8, 8)
        home_layout.addWidget(self.banner)
        home_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        ctx.signals.changed.connect(self._changed)
        self.refresh()

    # -- tabs ----------------------------------------------------------------------------
    def show_tab(self, tab: QWidget) -> QWidget:
        self.go_home()
        self.tabs.setCurrentWidget(tab)
        self.refresh()
        return tab

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, PageTab) and tab.stale:
            tab.reload()

    def _changed(self, topics: frozenset) -> None:
        if topics & {TOPIC, "checklists", "org", "roster", "settings"}:
            for i in range(self.tabs.count()):
                tab = self.tabs.widget(i)
                if isinstance(tab, PageTab):
                    tab.stale = True
            if self.stack.currentIndex() == 0:
                self.refresh()

    # -- rounds --------------------------------------------------------------------------
    def start_round(self, area_id: int, version_id: int, level: str) -> None:
        patrols = self.ctx.services.patrols
        self.ctx.runner.run(lambda: patrols.start(area_id, version_id, level), self.show_round,
                            lambda e: self.banner.show_messages([self.ctx.message(e)]),
                            changes={TOPIC})

    def open_round(self, inspection_id: int) -> None:
        patrols = self.ctx.services.patrols
        self.ctx.runner.run(lambda: patrols.inspection(inspection_id), self.show_round,
                            lambda e: self.banner.show_messages([self.ctx.message(e)]))

    def open_past(self, inspection_id: int) -> None:
        patrols = self.ctx.services.patrols
        self.ctx.runner.run(lambda: patrols.inspection(inspection_id),
                            lambda dto: self.show_round(dto, read_only=True),
                            lambda e: self.banner.show_messages([self.ctx.message(e)]))

    def show_round(self, inspection: InspectionDTO, read_only: bool = False) -> RoundView:
        self.banner.hide()
        self._drop_views()
        self.round = RoundView(self.ctx, inspection, read_only)
        self.round.submitted.connect(self.show_summary)
        self.round.closed.connect(self.go_home)
        self.stack.addWidget(self.round)
        self.stack.setCurrentWidget(self.round)
        self.round.list.setFocus()
        return self.round

    def show_summary(self, summary: RoundSummary) -> SummaryView:
        self._drop_views()
        self.summary = SummaryView(self.ctx, summary)
        self.summary.closed.connect(self.go_home)
        self.stack.addWidget(self.summary)
        self.stack.setCurrentWidget(self.summary)
        return self.summary

    def go_home(self) -> None:
        self.stack.setCurrentIndex(0)
        self._drop_views()
        for tab in (self.due, self.history, self.findings, self.disagreements):
            tab.stale = True
        self.refresh()

    def _drop_views(self) -> None:
        for view in (self.round, self.summary):
            if view is not None:
                self.stack.removeWidget(view)
                view.deleteLater()
        self.round = self.summary = None
