"""Organisation page (组织): staff, posts and quotas, departments and ranks, teams, areas and
the org chart, one tab each. The page only assembles the tabs and refreshes them when a
write anywhere in the app reports an "org" change (a hidden tab reloads when next shown)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.pages.org_chart_view import OrgChartView
from app.ui.pages.org_common import NoticeBanner, OrgTab
from app.ui.pages.org_posts_tab import PostsTab
from app.ui.pages.org_staff_tab import StaffTab
from app.ui.pages.org_teams_tab import AreasTab, TeamsTab
from app.ui.pages.org_units_tab import UnitsTab


class OrgPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = NoticeBanner()
        self.staff = StaffTab(ctx, self.banner)
        self.posts = PostsTab(ctx, self.banner)
        self.units = UnitsTab(ctx, self.banner)
        self.teams = TeamsTab(ctx, self.banner)
        self.areas = AreasTab(ctx, self.banner)
        self.chart = OrgChartView(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.posts, self.tr("Posts"))
        self.tabs.addTab(self.units, self.tr("Departments && ranks"))
        self.tabs.addTab(self.teams, self.tr("Teams"))
        self.tabs.addTab(self.areas, self.tr("Areas"))
        self.tabs.addTab(self.chart, self.tr("Org chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        ctx.signals.changed.connect(self._changed)
        self.refresh()

    def all_tabs(self) -> list[OrgTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def show_tab(self, tab: OrgTab) -> OrgTab:
        self.tabs.setCurrentWidget(tab)
        self.refresh()
        return tab

    def refresh(self) -> None:
        """Reload the visible tab if its data changed since it was last loaded."""
        tab = self.tabs.currentWidget()
        if tab is not None and tab.stale:
            tab.reload()

    def _changed(self, topics: frozenset) -> None:
        # Settings hold the default span, which the chart and span warnings use.
        if not topics & {"org", "settings"}:
            return
        for tab in self.all_tabs():
            tab.stale = True
        self.refresh()
