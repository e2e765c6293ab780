"""The gap charts on the analytics page: after loading a small known world the bars are the
service's figures, "no data" is written (never a bar) where a figure is None, clicking a bar
lists what the service says lies behind it, the weekly trend leaves weeks without data
as holes, and every chart saves as a PNG and its data as an .xlsx (file dialogs replaced)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from app.domain.permissions import Role
from app.domain.servqual import DIMENSIONS, ITEMS
from app.services.base import Actor
from app.services.guest_dto import PromiseDraft
from app.ui.analytics.analytics_page import AnalyticsPage
from app.ui.analytics.chart_common import signed
from app.ui.analytics.gaps_tab import GapsTab
from app.ui.analytics.period import CUSTOM, LAST_4_WEEKS, THIS_MONTH, THIS_WEEK, period_range
from tests.ui.survey_ui_builders import PERIOD, WEEKS, small_world

OVERALL = "overall"


@pytest.fixture
def world(services):
    small_world(services)
    dish = services.promises.save(PromiseDraft("首道菜15分钟内上桌", "reliability", 15))
    for minutes in (10, 12, 20):
        services.promises.record_outcome(dish.id, dt.datetime(2026, 11, 4, 12), minutes)
    return services


@pytest.fixture
def tab(qtbot, ctx, world) -> GapsTab:
    widget = GapsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 1000)
    widget.show()
    widget.load(*PERIOD, None)
    QApplication.processEvents()
    return widget


def _no_data_keys(bars) -> set:
    assert {t.toPlainText() for t in bars.no_data} <= {"no data"}
    return {t.bar_key for t in bars.no_data}


def test_bars_are_the_service_figures_and_none_is_written_not_drawn(tab, world):
    five = world.gaps.five_gaps(*PERIOD)
    gap5 = five.gap5
    assert gap5.dimensions["empathy"].value is None  # the world never answers empathy

    drawn = tab.evp.bars.drawn()
    for d in DIMENSIONS:
        e, p = gap5.expectation[d].value, gap5.perception[d].value
        if e is None:
            assert ("E", d) not in drawn and ("P", d) not in drawn
        else:
            assert drawn[("E", d)] == pytest.approx(e) and drawn[("P", d)] == pytest.approx(p)
    assert _no_data_keys(tab.evp.bars) == {"empathy"}
    assert tab.evp.gap_labels() == {d: signed(gap5.dimensions[d].value)
                                    for d in DIMENSIONS if d != "empathy"}

    drawn = tab.items.bars.drawn()
    with_data = [i for i in ITEMS if gap5.items[i].value is not None]
    assert {key for _, key in drawn} == set(with_data)
    for i in with_data:
        assert drawn[("", i)] == pytest.approx(gap5.items[i].value)
    shown = [drawn[("", i)] for i in tab.items.order if ("", i) in drawn]
    assert shown == sorted(shown) and tab.items.order[0] == 5  # worst first: Q5 at the top
    assert _no_data_keys(tab.items.bars) == {18, 19, 20, 21, 22}

    for number, gap in enumerate(five.gaps, start=1):
        plot = tab.five_chart.gaps[number]
        drawn = plot.bars.drawn()
        expected = {d: gap.dimensions[d].value for d in DIMENSIONS}
        expected[OVERALL] = gap.overall.value
        for key, value in expected.items():
            if value is None:
                assert ("", key) not in drawn
            else:
                assert drawn[("", key)] == pytest.approx(value)
        assert _no_data_keys(plot.bars) == {k for k, v in expected.items() if v is None}
    assert tab.five_chart.gaps[3].values()[OVERALL] is None  # no patrols: all "no data"
    assert tab.five_chart.gaps[4].bars.drawn()[("", "reliability")] == pytest.approx(-100 / 3)
    assert "−0.81 from 3 guest forms" in tab.summary.text()


def test_clicking_a_bar_lists_what_lies_behind_it(tab, world):
    tab.evp.click("reliability")
    assert tab.behind_title.text() == "Gap 5 · Service quality — Reliability"
    assert list(tab.behind_model.rows) == world.gaps.behind(5, *PERIOD,
                                                            dimension="reliability")
    assert tab.behind_model.index(0, 0).data().startswith("Q5 ")

    tab.five_chart.click(5, OVERALL)
    assert tab.behind_title.text() == "Gap 5 · Service quality — Overall"
    assert list(tab.behind_model.rows) == world.gaps.behind(5, *PERIOD)

    tab.five_chart.click(1, "tangibles")
    assert list(tab.behind_model.rows) == world.gaps.behind(1, *PERIOD,
                                                            dimension="tangibles")


def _click_at(qtbot, chart, bars, key) -> None:
    spec = next(s for s in bars.specs if s.key == key)
    point = chart.mapFromScene(bars.scene_point(spec))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_real_mouse_click_on_a_bar(qtbot, tab, world):
    _click_at(qtbot, tab.items, tab.items.bars, 11)
    assert tab.behind_title.text().startswith("Gap 5 · Service quality — Q11 ")
    assert list(tab.behind_model.rows) == world.gaps.behind(5, *PERIOD, item=11)
    # mean E and P as plain values, then the gap with its sign
    assert [tab.behind_model.index(r, 1).data() for r in range(3)] == ["6.00", "5.67", "−0.33"]

    promises = tab.five_chart.gaps[4]
    _click_at(qtbot, tab.five_chart, promises.bars, "reliability")
    assert tab.behind_title.text() == "Gap 4 · Promises — Reliability"
    rows = list(tab.behind_model.rows)
    assert rows == world.gaps.behind(4, *PERIOD, dimension="reliability")
    assert [(r.label, r.value, r.n) for r in rows] == [
        ("首道菜15分钟内上桌", pytest.approx(-100 / 3), 3)]
    assert tab.behind_model.index(0, 1).data() == "−33.3"

    _click_at(qtbot, tab.evp, tab.evp.bars, "empathy")  # "no data" is clickable too
    assert tab.behind_title.text() == "Gap 5 · Service quality — Empathy"


def test_the_trend_leaves_weeks_without_data_as_holes(tab, world):
    weekly = world.gaps.weekly(*PERIOD)
    assert [monday for monday, _ in weekly] == list(WEEKS)
    values = [five.gap5.overall.value for _, five in weekly]
    assert values[1] is None and None not in (values[0], values[2])
    trend = tab.five_chart.trends[5]
    assert trend.segments == [[(0, pytest.approx(values[0]))], [(2, pytest.approx(values[2]))]]
    assert len(trend.items) == 2  # two separate marks, no line across week 2
    assert trend.weeks == list(WEEKS)
    assert tab.five_chart.trends[3].segments == []  # no patrols at all
    assert [t.toPlainText() for t in tab.five_chart.trends[3].items] == ["no data"]
    assert [len(s) for s in tab.five_chart.trends[2].segments] == [3]  # every week, one line


def test_charts_use_the_bundled_cjk_font(tab):
    family = QApplication.font().family()
    assert "Noto Sans SC" in family
    axis = tab.items.plot.getAxis("left")
    assert axis.style["tickFont"].family() == family
    assert tab.five_chart.gaps[1].plot.getAxis("left").style["tickFont"].family() == family
    assert all(t.textItem.font().family() == family for t in tab.items.bars.no_data)


def test_the_page_picks_period_and_area(qtbot, ctx, world, monkeypatch):
    world.teams.save_area("二楼大厅", "hall", "2", None, None)
    calls = []
    real = ctx.services.gaps.five_gaps
    monkeypatch.setattr(ctx.services.gaps, "five_gaps",
                        lambda start, end, area=None: calls.append((start, end, area))
                        or real(start, end, area))
    page = AnalyticsPage(ctx)
    qtbot.addWidget(page)
    today = ctx.services.gaps.clock().date()
    assert page.period.key() == LAST_4_WEEKS and page.tabs.tabText(0) == "Five gaps"
    assert calls[-1] == (*period_range(LAST_4_WEEKS, today), None)
    page.period.set_custom(*PERIOD)
    assert page.period.key() == CUSTOM and calls[-1] == (*PERIOD, None)
    page.area.setCurrentIndex(1)
    page.area.activated.emit(1)
    area_id = world.teams.areas()[0].id
    assert calls[-1] == (*PERIOD, area_id)
    page.show()
    count = len(calls)
    ctx.signals.changed.emit(frozenset({"surveys"}))  # a saved form redraws the charts
    assert len(calls) == count + 1


def test_periods_end_today_and_weeks_start_on_monday():
    today = dt.date(2026, 11, 26)  # a Thursday
    assert period_range(THIS_WEEK, today) == (dt.date(2026, 11, 23), today)
    assert period_range(LAST_4_WEEKS, today) == (dt.date(2026, 11, 2), today)
    assert period_range(THIS_MONTH, today) == (dt.date(2026, 11, 1), today)
    assert period_range(CUSTOM, today, (today, dt.date(2026, 11, 1))) == (
        dt.date(2026, 11, 1), today)


def test_save_png_writes_each_chart(tab, tmp_path, monkeypatch):
    asked = []

    def dialog(*args):
        asked.append(args[2])
        return str(tmp_path / "chart"), ""  # the suffix is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    for key, chart in (("five", tab.five_chart), ("ep", tab.evp), ("items", tab.items)):
        tab.boxes[key].png_button.click()
        image = QImage(str(tmp_path / "chart.png"))
        assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
        assert (image.width(), image.height()) == (chart.width(), chart.height())
        assert tab.boxes[key].status.text() == "Saved chart.png."
        (tmp_path / "chart.png").unlink()
    assert asked == [f"gaps_{key}_2026-11-02_2026-11-22.png" for key in ("five", "ep", "items")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert tab.save_png("items") is None  # cancelled
    assert not (tmp_path / "chart.png").exists()


def _rows(path) -> list[list]:
    book = openpyxl.load_workbook(path)
    rows = [[c.value for c in row] for row in book.active.iter_rows()]
    book.close()
    return rows


def test_save_data_writes_the_service_figures(tab, world, tmp_path, monkeypatch):
    asked = []

    def dialog(*args):
        asked.append(args[2])
        return str(tmp_path / args[2]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    five = world.gaps.five_gaps(*PERIOD)
    gap5 = five.gap5
    box = tab.boxes["ep"]
    box.data_button.click()
    assert asked[-1] == "gaps_ep_2026-11-02_2026-11-22.xlsx"
    rows = _rows(tmp_path / asked[-1])
    assert [r[1:4] for r in rows[1:]] == [
        [None, None, None] if gap5.expectation[d].value is None else
        [pytest.approx(gap5.expectation[d].value, abs=1e-4),
         pytest.approx(gap5.perception[d].value, abs=1e-4),
         pytest.approx(gap5.dimensions[d].value, abs=1e-4)] for d in DIMENSIONS]
    assert rows[5][1:4] == [None, None, None]  # empathy: no data, never 0
    assert box.status.text() == f"Saved 5 rows to {asked[-1]}."

    tab.boxes["items"].data_button.click()
    items = _rows(tmp_path / asked[-1])
    assert items[1][0] == "Q5" and items[1][5] == pytest.approx(gap5.items[5].value)
    assert [r[0] for r in items[-5:]] == ["Q18", "Q19", "Q20", "Q21", "Q22"]
    assert all(r[5] is None for r in items[-5:])

    box = tab.boxes["five"]
    box.data_button.click()
    table = _rows(tmp_path / asked[-1])
    assert asked[-1] == "gaps_five_2026-11-02_2026-11-22.xlsx"
    assert [r[7] for r in table[1:]] == [
        None if g.overall.value is None else pytest.approx(g.overall.value, abs=1e-4)
        for g in five.gaps]
    assert table[3][2:8] == [None] * 6  # gap 3: no patrols in the small world

    assert box.data_buttons["trend"].text() == "Save weekly trend (.xlsx)…"
    box.data_buttons["trend"].click()
    assert asked[-1] == "gaps_trend_2026-11-02_2026-11-22.xlsx"
    trend = _rows(tmp_path / asked[-1])
    weekly = world.gaps.weekly(*PERIOD)
    assert [r[6] for r in trend[1:]] == [
        None if f.gap5.overall.value is None else pytest.approx(f.gap5.overall.value, abs=1e-4)
        for _, f in weekly]
    assert trend[2][6] is None  # week 2 has no guest forms
    assert box.status.text() == f"Saved 3 rows to {asked[-1]}."


def test_save_data_without_reports_permission_says_why(qtbot, make_ctx, world, tmp_path,
                                                       monkeypatch):
    ctx = make_ctx(Actor("test-leader", Role.LEADER))
    widget = GapsTab(ctx)
    qtbot.addWidget(widget)
    widget.load(*PERIOD, None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "five.xlsx"), ""))
    widget.save_data("five")
    assert not (tmp_path / "five.xlsx").exists()
    assert widget.boxes["five"].status.text() == "Your role (Team leader) may not see reports."
