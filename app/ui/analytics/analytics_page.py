"""The Analytics page (分析): a period (this week, the last four weeks by default, this month
or custom) and an area, over tabs of charts: the five gaps and the quality charts."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.ui.analytics.gaps_tab import GapsTab
from app.ui.analytics.period import PeriodPicker
from app.ui.analytics.quality_tab import QualityTab
from app.ui.context import UiContext
from app.ui.form_dialog import fill_combo

# Every write that moves a gap: forms, promises and complaints (gaps 1, 4, 5), checklists and
# patrols (gaps 2, 3), settings (reversed items, the complaint limit) and areas.
TOPICS = {"surveys", "promises", "complaints", "checklists", "patrols", "rectifications",
          "settings", "org"}


class AnalyticsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.period = PeriodPicker(lambda: ctx.services.gaps.clock().date())
        self.area = QComboBox()
        fill_combo(self.area, [], self.tr("Whole venue"))
        self.gaps = GapsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.gaps, self.tr("Five gaps"))
        self.quality = QualityTab(ctx)
        self.tabs.addTab(self.quality, self.tr("Quality"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Area")))
        top.addWidget(self.area)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.period.changed.connect(self.reload)
        self.area.activated.connect(lambda _i: self.reload())
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        ctx.signals.changed.connect(self._changed)
        self._load_areas()
        self.reload()

    def _load_areas(self) -> None:
        def loaded(areas) -> None:
            fill_combo(self.area, [(a.name, a.id) for a in areas], self.area.itemText(0))

        self.ctx.runner.run(self.ctx.services.teams.areas, loaded, lambda _e: None, owner=self)

    def reload(self) -> None:
        """Load the current tab for the chosen period and area."""
        self.stale = False
        start, end = self.period.range()
        if start is None or end is None:
            return
        tab = self.tabs.currentWidget()
        if hasattr(tab, "load"):
            tab.load(start, end, self.area.currentData())

    def _changed(self, topics: frozenset) -> None:
        if "org" in topics:
            self._load_areas()
        if topics & TOPICS:
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.reload()
