"""The analytics page's quality tab on the hand-built floor of tests/unit/test_analytics.py:
the charts hold the service's figures, the out-of-control day is marked, and every chart
saves as a PNG and as an .xlsx (file dialogs replaced)."""

from __future__ import annotations

import datetime as dt
import math

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.domain.permissions import Role
from app.services.analytics_dto import AnalyticsFilter
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services
from app.ui.analytics.quality_tab import QualityTab
from app.ui.context import UiContext
from app.ui.form_dialog import select_data
from app.ui.tasks import AppSignals, TaskRunner
from tests.unit.test_analytics import MON, NOW, PERIOD, WED, add_ordinary_days, build_world


@pytest.fixture
def world(db, services):
    return build_world(db, services)


@pytest.fixture
def make_tab(db, qtbot, ui_errors):
    def build(actor: Actor = SYSTEM, standalone: bool = False) -> QualityTab:
        services = Services.bind(db, actor, clock=lambda: NOW)
        runner = TaskRunner(AppSignals(), ui_errors, synchronous=True)
        ctx = UiContext(services, runner, runner.signals, lambda _ctx, text: text)
        tab = QualityTab(ctx, standalone=standalone)
        qtbot.addWidget(tab)
        tab.resize(1200, 1500)
        return tab

    return build


def _y(curve) -> list[float | None]:
    return [None if math.isnan(v) else round(float(v), 6) for v in curve.getData()[1]]


def test_the_charts_hold_the_service_figures(world, make_tab):
    tab = make_tab()
    tab.set_filter(PERIOD)
    x, _ = tab.trends.score_curve.getData()
    assert list(x) == [0, 1, 2]
    assert _y(tab.trends.score_curve) == [90.0, None, 90.0]  # Tuesday: a hole, not a 0
    assert _y(tab.trends.rate_curve) == [round(400 / 14, 6), None, round(100 / 15, 6)]
    assert list(tab.pareto.bars.opts["height"]) == [2, 2, 1, 1, 1]
    assert _y(tab.pareto.cumulative) == [round(100 * n / 7, 6) for n in (2, 4, 5, 6, 7)]
    assert tab.pareto.plot.getAxis("bottom")._tickLevels[0][4][1].startswith("Slow")
    chart = tab.overview.p_chart
    assert tab.p_chart.centre.value() == pytest.approx(100 * 5 / 29)
    assert [round(p.pos().y(), 6) for p in tab.p_chart.points.points()] == [
        round(100 * p.p, 6) for p in chart.points]
    ucl = [v for v in _y(tab.p_chart.ucl) if v is not None]
    assert ucl == [round(100 * chart.points[0].ucl, 6)] * 2 + [
        round(100 * chart.points[1].ucl, 6)] * 2
    assert tab.sigma.dpmo.text() == "172,414"
    assert tab.sigma.sigma.text().endswith("σ")
    assert [r.team for r in tab.team_model.rows] == ["=2+3组", "二楼包房一组", "空组"]
    assert tab.inspector_model.rows[0].inspector == "s1"
    assert "7 inspections" in tab.summary.text()
    family = QApplication.font().family()  # the bundled CJK font, so Chinese is no boxes
    for axis in (tab.pareto.plot.getAxis("bottom"), tab.p_chart.plot.getAxis("left"),
                 tab.trends.score_plot.getAxis("bottom")):
        assert axis.style["tickFont"].family() == family


def test_the_out_of_control_day_is_marked_with_its_rule(db, world, make_tab):
    add_ordinary_days(db, world["room"])
    tab = make_tab()
    first = MON - dt.timedelta(days=12)
    tab.set_filter(AnalyticsFilter(first, WED))
    spots = tab.p_chart.out.points()
    assert [(p.pos().x(), round(p.pos().y(), 6)) for p in spots] == [
        ((MON - first).days, round(400 / 14, 6))]
    assert [label.toPlainText() for label in tab.p_chart.labels] == ["Rule 1"]
    tip = tab.p_chart._tip(0, 0, spots[0].data())
    assert tip.startswith("2026-11-23: 4 of 14 failed") and tip.endswith("Rule 1")
    assert tab.p_chart.points.points()[0].brush().color() != spots[0].brush().color()


def test_save_png_writes_an_image(world, make_tab, tmp_path, monkeypatch):
    tab = make_tab()
    tab.show()
    tab.set_filter(PERIOD)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "pchart"), ""))
    assert tab.save_png("p_chart") == tmp_path / "pchart.png"
    assert (tmp_path / "pchart.png").read_bytes().startswith(b"\x89PNG")
    assert tab.save_png("teams") == tmp_path / "pchart.png"  # a table saves too
    assert tab.boxes["teams"].status.text() == "Saved pchart.png."
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert tab.save_png("pareto") is None  # cancelled


def test_save_data_writes_the_xlsx(world, make_tab, tmp_path, monkeypatch):
    tab = make_tab()
    tab.set_filter(PERIOD)
    asked = []

    def dialog(*args):
        asked.append(args[2])
        return str(tmp_path / "pareto.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    tab.boxes["pareto"].data_button.click()
    assert asked == ["pareto_2026-11-23_2026-11-25.xlsx"]
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(
        tmp_path / "pareto.xlsx").active.iter_rows()]
    assert rows[0][:3] == ["Category", "Category key", "Defects"]
    assert [r[1:3] for r in rows[1:]] == [["grooming", 2], ["hygiene", 2], ["safety", 1],
                                          ["service", 1], ["slow_service", 1]]
    assert tab.boxes["pareto"].status.text() == "Saved 5 rows to pareto.xlsx."


def test_the_page_gives_period_and_area_the_tab_adds_team_and_department(world, make_tab):
    tab = make_tab()
    assert select_data(tab.department, world["outdoor"])
    tab.load(MON, WED, None)  # the analytics page's call
    assert tab.flt == AnalyticsFilter(MON, WED, department_id=world["outdoor"])
    assert [r.team for r in tab.team_model.rows] == ["=2+3组", "空组"]
    select_data(tab.team, world["t1"])
    tab.team.activated.emit(tab.team.currentIndex())
    assert tab.flt.team_id == world["t1"] and tab.flt.department_id == world["outdoor"]
    assert tab.overview.sigma.units == 0  # T1's areas are not the outdoor department's


def test_standalone_tab_has_its_own_period_and_area(world, make_tab):
    tab = make_tab(standalone=True)
    assert tab.period_picker is not None and tab.area is not None
    tab.set_filter(AnalyticsFilter(MON, WED, area_id=world["room"]))
    assert tab.period_picker.range() == (MON, WED)
    assert tab.area.currentData() == world["room"]
    assert tab.overview.sigma.units == 4
    select_data(tab.area, None)
    tab.area.activated.emit(tab.area.currentIndex())
    assert tab.flt == PERIOD and tab.overview.sigma.units == 7


def test_a_role_without_reports_sees_why(db, world, make_tab):
    tab = make_tab(Actor("s", Role.STAFF))
    tab.set_filter(PERIOD)
    assert "may not see reports" in tab.summary.text()
    assert tab.overview is None


def test_an_empty_period_draws_no_data_rather_than_zeros(world, make_tab):
    tab = make_tab()
    tab.show()
    tab.set_filter(AnalyticsFilter(dt.date(2026, 10, 1), dt.date(2026, 10, 1)))
    assert tab.trends.score_curve.getData()[1] is None or not len(
        tab.trends.score_curve.getData()[1])
    assert tab.pareto.empty.isVisible() and list(tab.pareto.bars.opts["height"]) == []
    assert not tab.p_chart.centre.isVisible()
    assert tab.p_chart.legend.toPlainText() == "No scored results in this period."
    assert tab.sigma.dpmo.text() == "—"
    assert tab.sigma.detail.text() == "No submitted inspections in this period."
