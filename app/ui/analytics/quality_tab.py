"""The "Quality" tab of the analytics page: score and defect-rate trends, the Pareto of defect
categories, the p-chart of the daily defect rate, DPMO and sigma level, the team ranking and
how often each inspector was contradicted by a higher layer — for a period and the areas
chosen (AnalyticsFilter: area, team, department). Every chart saves as a PNG and its data as
an .xlsx (services.analytics.export_xlsx) through chart_export.ChartBox.

On the analytics page the page's own bar gives the period and the area (``load``); the tab's
bar adds team and department. ``standalone=True`` gives the tab a full bar of its own."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.analytics import category_source
from app.services.analytics_dto import (
    AnalyticsFilter,
    InspectorRow,
    QualityOverview,
)
from app.ui.analytics.chart_export import ChartBox, file_name
from app.ui.analytics.period import PeriodPicker
from app.ui.analytics.quality_charts import (
    MUTED_STYLE,
    ParetoChart,
    PChartWidget,
    SigmaPanel,
    TrendCharts,
    number_text,
)
from app.ui.context import UiContext
from app.ui.form_dialog import fill_combo, select_data
from app.ui.pages.org_common import RIGHT, make_table
from app.ui.table_model import Column

# Writes that move a quality figure: rounds and findings, rectifications, areas and teams.
RELOAD_TOPICS = frozenset({"patrols", "rectifications", "complaints", "checklists", "org"})
TITLE_STYLE = "font-weight: 600; font-size: 10.5pt;"


def _percent(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{100.0 * value:.{digits}f} %"


class TitledPanel(QWidget):
    """A title over a widget, so the PNG of a table or a figure carries its title too."""

    def __init__(self, title: str, content: QWidget, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.title = QLabel(title)
        self.title.setStyleSheet(TITLE_STYLE)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        self.note.setVisible(bool(note))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(content, 1)


class QualityTab(QWidget):
    def __init__(self, ctx: UiContext, standalone: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.services.analytics.clock().date()
        self.flt: AnalyticsFilter | None = None
        self.overview: QualityOverview | None = None
        self.period_picker: PeriodPicker | None = None
        self.area: QComboBox | None = None
        self.team, self.department = QComboBox(), QComboBox()
        fill_combo(self.team, [], self.tr("All teams"))
        fill_combo(self.department, [], self.tr("All departments"))
        if standalone:
            self.period_picker = PeriodPicker(lambda: ctx.services.analytics.clock().date())
            self.area = QComboBox()
            fill_combo(self.area, [], self.tr("Whole venue"))
            start, end = self.period_picker.range()
            self.flt = AnalyticsFilter(start or today, end or today)
        self.summary = QLabel()
        self.summary.setObjectName("qualitySummary")
        self.summary.setWordWrap(True)
        self.trends = TrendCharts()
        self.pareto = ParetoChart(self.category_label)
        self.p_chart = PChartWidget()
        self.sigma = SigmaPanel()
        self.team_view, self.team_model = make_table(self._team_columns(),
                                                     widths=(44, 150, 80, 90, 70))
        self.inspector_view, self.inspector_model = make_table(
            self._inspector_columns(), widths=(150, 80, 90, 80))
        self.boxes = {
            "trends": ChartBox("trends", self.trends),
            "pareto": ChartBox("pareto", self.pareto),
            "p_chart": ChartBox("p_chart", self.p_chart),
            "sigma": ChartBox("sigma", TitledPanel(self.tr("Six Sigma"), self.sigma)),
            "teams": ChartBox("teams", TitledPanel(
                self.tr("Team ranking"), self.team_view,
                self.tr("Rounds and scores in the areas a team is responsible for; findings "
                        "and overdue rectifications of its members. Best first."))),
            "inspectors": ChartBox("inspectors", TitledPanel(
                self.tr("Inspector disagreement"), self.inspector_view,
                self.tr("Share of an inspector's rounds in which a higher layer failed an "
                        "item they had passed (same area and shift). Highest first."))),
        }
        for box in self.boxes.values():
            box.connect(self.save_png, self.save_data)
        self._layout()
        self.team.activated.connect(lambda _i: self._scope_changed())
        self.department.activated.connect(lambda _i: self._scope_changed())
        if self.period_picker is not None:
            self.period_picker.changed.connect(self._scope_changed)
            self.area.activated.connect(lambda _i: self._scope_changed())
        ctx.signals.changed.connect(self._changed)
        self._load_choices()
        if standalone:
            self.reload()

    def _changed(self, topics: frozenset) -> None:
        """New teams, departments or areas come into the combos; the data itself is
        reloaded by the page (or, standalone, here) when patrols or rectifications change."""
        if "org" in topics:
            self._load_choices()
        if self.period_picker is not None and topics & RELOAD_TOPICS:
            self.reload()

    # -- layout ------------------------------------------------------------------------
    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        if self.period_picker is not None:
            bar.addWidget(QLabel(self.tr("Period")))
            bar.addWidget(self.period_picker)
            bar.addSpacing(12)
            bar.addWidget(QLabel(self.tr("Area")))
            bar.addWidget(self.area)
            bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Department")))
        bar.addWidget(self.department)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Team")))
        bar.addWidget(self.team)
        bar.addStretch(1)
        return bar

    def _layout(self) -> None:
        self.trends.setMinimumHeight(400)
        for key in ("pareto", "p_chart"):
            self.boxes[key].body.setMinimumSize(420, 340)
        for key in ("teams", "inspectors"):
            self.boxes[key].body.setMinimumHeight(390)  # ten rows without scrolling
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.addWidget(self.boxes["trends"], 0, 0, 1, 2)
        grid.addWidget(self.boxes["pareto"], 1, 0)
        grid.addWidget(self.boxes["p_chart"], 1, 1)
        grid.addWidget(self.boxes["sigma"], 2, 0, 1, 2)
        grid.addWidget(self.boxes["teams"], 3, 0)
        grid.addWidget(self.boxes["inspectors"], 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        # On the analytics page the page has margins; alone, the tab needs its own.
        edge = 8 if self.period_picker is not None else 0
        layout.setContentsMargins(edge, 6, edge, edge)
        layout.addLayout(self._filter_bar())
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def _team_columns(self) -> list[Column]:
        return [
            Column(self.tr("Rank"), lambda r: r.rank, alignment=RIGHT),
            Column(self.tr("Team"), lambda r: r.team, tooltip=lambda r: r.team),
            Column(self.tr("Inspections"), lambda r: r.inspections, alignment=RIGHT),
            Column(self.tr("Average score"), lambda r: number_text(r.average_score),
                   alignment=RIGHT),
            Column(self.tr("Findings"), lambda r: r.findings, alignment=RIGHT),
            Column(self.tr("Overdue"), lambda r: r.overdue, alignment=RIGHT,
                   tooltip=self.tr("Rectifications overdue at the end of the period")),
        ]

    def _inspector_columns(self) -> list[Column]:
        return [
            Column(self.tr("Inspector"), self.inspector_name,
                   tooltip=lambda r: r.inspector),
            Column(self.tr("Inspections"), lambda r: r.inspections, alignment=RIGHT),
            Column(self.tr("Contradicted"), lambda r: r.contradicted, alignment=RIGHT),
            Column(self.tr("Items"), lambda r: r.items, alignment=RIGHT,
                   tooltip=self.tr("Items a higher layer failed after this inspector "
                                   "passed them")),
            Column(self.tr("Rate"), lambda r: _percent(r.rate), alignment=RIGHT),
        ]

    @staticmethod
    def inspector_name(row: InspectorRow) -> str:
        return f"{row.name} ({row.inspector})" if row.name else row.inspector

    def category_label(self, key: str) -> str:
        context, text = category_source(key)
        return self.ctx.translate(context, text) if context else text

    # -- choices -----------------------------------------------------------------------
    def _load_choices(self) -> None:
        services = self.ctx.services

        def loaded(result) -> None:
            teams, departments, areas = result
            fill_combo(self.team, [(t.name, t.id) for t in teams], self.team.itemText(0))
            fill_combo(self.department, [(d.name, d.id) for d in departments],
                       self.department.itemText(0))
            if self.area is not None:
                fill_combo(self.area, [(a.name, a.id) for a in areas], self.area.itemText(0))
            self._show_filter()

        self.ctx.runner.run(lambda: (services.teams.teams(), services.org.departments(),
                                     services.teams.areas()),
                            loaded, lambda _e: None, owner=self)

    def _show_filter(self) -> None:
        """Put the combos on the filter's values (they may arrive before the choices)."""
        if self.flt is None:
            return
        select_data(self.team, self.flt.team_id)
        select_data(self.department, self.flt.department_id)
        if self.area is not None:
            select_data(self.area, self.flt.area_id)

    # -- loading -----------------------------------------------------------------------
    def load(self, start: dt.date, end: dt.date, area_id: int | None) -> None:
        """The analytics page's call: its period and area, with this tab's team and
        department."""
        self.set_filter(AnalyticsFilter(start, end, area_id, self.team.currentData(),
                                        self.department.currentData()))

    def set_filter(self, flt: AnalyticsFilter) -> None:
        """Show ``flt`` in the bar and load the charts for it."""
        self.flt = flt
        self._show_filter()
        if self.period_picker is not None:
            self.period_picker.blockSignals(True)
            self.period_picker.set_custom(flt.date_from, flt.date_to)
            self.period_picker.blockSignals(False)
        self.reload()

    def _scope_changed(self) -> None:
        base = self.flt or AnalyticsFilter(*([self.ctx.services.analytics.clock().date()] * 2))
        changes = {"team_id": self.team.currentData(),
                   "department_id": self.department.currentData()}
        if self.period_picker is not None:
            start, end = self.period_picker.range()
            changes.update(date_from=start or base.date_from, date_to=end or base.date_to,
                           area_id=self.area.currentData())
        self.flt = dataclasses.replace(base, **changes)
        self.reload()

    def reload(self) -> None:
        if self.flt is None:
            return
        flt, analytics = self.flt, self.ctx.services.analytics
        self.ctx.runner.run(lambda: analytics.overview(flt), self._loaded, self._failed,
                            owner=self)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.ctx.message(error))

    def _loaded(self, overview: QualityOverview) -> None:
        if overview.filter != self.flt:  # an older load finishing after a newer choice
            return
        self.overview = overview
        flt = overview.filter
        self.trends.set_rows(flt.date_from, overview.trends)
        self.pareto.set_bars(overview.pareto)
        self.p_chart.set_chart(flt.date_from, overview.p_chart, flt.days)
        self.sigma.set_figures(overview.sigma)
        self.team_model.set_rows(list(overview.teams))
        self.inspector_model.set_rows(list(overview.inspectors))
        self.summary.setText(self._summary_text(overview))

    def _summary_text(self, overview: QualityOverview) -> str:
        flt, sigma = overview.filter, overview.sigma
        rate = sigma.defects / sigma.opportunities if sigma.opportunities else None
        return self.tr("{start} – {end}: {inspections} inspections, {failed} of {units} "
                       "scored results failed ({rate}); {out} days out of control.").format(
            start=flt.date_from.isoformat(), end=flt.date_to.isoformat(),
            inspections=sigma.units, failed=sigma.defects, units=sigma.opportunities,
            rate=_percent(rate, 2), out=len(overview.p_chart.out_of_control))

    # -- saving ------------------------------------------------------------------------
    def _period(self) -> tuple[dt.date, dt.date] | None:
        return None if self.flt is None else (self.flt.date_from, self.flt.date_to)

    def save_png(self, key: str) -> Path | None:
        """Save the chart (as drawn now) as a PNG; returns the path, None if cancelled."""
        return self.boxes[key].save_png(file_name(key, self._period(), ".png"))

    def save_data(self, key: str) -> None:
        """Save the data behind the chart as an .xlsx (through the service, off the UI)."""
        if self.flt is None:
            return
        flt, analytics, translate = self.flt, self.ctx.services.analytics, self.ctx.translate
        self.boxes[key].save_data(
            file_name(key, self._period(), ".xlsx"),
            lambda path: analytics.export_xlsx(flt, key, path, translate),
            self.ctx.runner, self.ctx.message)
