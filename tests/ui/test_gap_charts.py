"""The gap charts on the analytics page: after loading a small known world the bars are the
service's figures, "no data" is written (never a bar) where a figure is None, clicking a bar
lists what the service says lies behind it, and the weekly trend leaves weeks without data
as holes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.servqual import DIMENSIONS, ITEMS
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
