"""The report charts draw what they are given: Pareto bars and the cumulative line, p-chart
limits as steps with out-of-control points marked, "no data" as text (never a zero bar), and
nothing in a font other than the bundled one."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Circle, Drawing, PolyLine, Rect, String

from app.domain.spc import p_chart, pareto
from app.reports import report_charts as charts
from app.reports.fonts import register_fonts


def shapes(d: Drawing, kind) -> list:
    return [c for c in d.getContents() if isinstance(c, kind)]


def strings(d: Drawing) -> list[str]:
    return [s.text for s in shapes(d, String)]


def assert_font(d: Drawing) -> None:
    assert d.initialFontName == register_fonts()
    assert {s.fontName for s in shapes(d, String)} == {register_fonts()}


def test_pareto_bars_cumulative_line_and_cut():
    bars = pareto({"仪容仪表": 6, "卫生": 3, "安全": 1})
    d = charts.pareto_chart(bars, lambda c: c, "次数", "累计 %", "无数据")
    assert_font(d)
    filled = [r for r in shapes(d, Rect) if r.fillColor == charts.BAR]
    heights = [r.height for r in filled]
    assert len(filled) == 3 and heights == sorted(heights, reverse=True)
    assert abs(heights[0] / heights[1] - 2.0) < 1e-9  # 6 against 3
    line = next(p for p in shapes(d, PolyLine) if p.strokeColor == charts.LINE)
    ys = line.points[1::2]
    assert len(ys) == 3 and ys == sorted(ys) and ys[-1] > ys[0]  # cumulative rises to 100 %
    assert {"仪容仪表", "卫生", "安全", "6", "3", "1", "80%", "100%"} <= set(strings(d))


def test_pareto_without_defects_says_no_data():
    d = charts.pareto_chart([], str, "n", "%", "无数据")
    assert strings(d) == ["无数据"] and not shapes(d, Rect)


def test_p_chart_steps_limits_per_point_and_marks_rule_breakers():
    day = dt.date(2026, 11, 1)
    samples = [(day + dt.timedelta(days=i), n, d) for i, (n, d) in
               enumerate([(100, 5), (50, 3), (200, 9), (100, 40), (80, 4)])]
    chart = p_chart(samples)
    d = charts.p_chart_drawing(chart, lambda x: f"{x:%m-%d}", ["rate", "centre", "limits",
                                                                 "out"], "无数据")
    assert_font(d)
    ucl, lcl = [p for p in shapes(d, PolyLine) if p.strokeColor == charts.LIMIT]
    # two corners per point: a horizontal step for each day, at that day's own limit
    assert len(ucl.points) == 4 * len(chart.points)
    steps = [ucl.points[4 * i + 1] for i in range(len(chart.points))]
    assert steps[1] > steps[0] > steps[2]  # n = 50 is widest, n = 200 narrowest
    assert all(ucl.points[4 * i + 1] == ucl.points[4 * i + 3] for i in range(5))
    red = [c for c in shapes(d, Circle) if c.fillColor == charts.OUT]
    assert len(red) == len(chart.out_of_control) >= 1
    marks = ["".join(charts.RULE_MARKS[r] for r in p.rules) for p in chart.out_of_control]
    assert "①" in marks  # day 4: 40 of 100 is beyond 3σ
    assert [m for m in strings(d) if m and m[0] in "①②③④"] == marks
    assert "11-01" in strings(d)


def test_p_chart_without_units_says_no_data():
    d = charts.p_chart_drawing(p_chart([]), str, ["a", "b", "c", "d"], "无数据")
    assert strings(d) == ["无数据"]


def test_grouped_bars_write_a_dash_for_none():
    d = charts.grouped_bars(["有形性", "可靠性"], [("当日", [90.0, None]), ("近7天", [80.0, 70.0])])
    assert_font(d)
    bars = [r for r in shapes(d, Rect) if r.fillColor in charts.SERIES and r.width > 7]
    assert len(bars) == 3  # the None is not a bar
    assert "—" in strings(d) and "90" in strings(d)


def test_five_gaps_each_with_its_own_zero_line_and_no_data_text():
    panels = [charts.GapPanel("差距1", "分", [0.5, -0.5, None, 0.2, -0.1], "−0.0"),
              charts.GapPanel("差距2", "百分点", [0.0, -20.0, -50.0, 0.0, -40.0], "−22"),
              charts.GapPanel("差距3", "百分点", [-8.0, -12.0, -20.0, -5.0, -3.0], "−9.6"),
              charts.GapPanel("差距4", "百分点", [None] * 4 + [-15.0], "−15"),
              charts.GapPanel("差距5", "分", [None] * 5, "—")]
    d = charts.five_gaps_panel(panels, ["有形性", "可靠性", "响应性", "保证性", "移情性"], "无数据")
    assert_font(d)
    texts = strings(d)
    assert texts.count("无数据") == 1  # gap 5: no bar at all, the words instead
    assert texts.count("—") == 1 + 4  # gap 1 responsiveness, gap 4's four dimensions
    bars = [r for r in shapes(d, Rect) if r.fillColor in charts.SERIES and r.width > 7
            and r.y > 14]
    # gap1 4 + gap2 5 (zeros are data: drawn, flat) + gap3 5 + gap4 1
    assert len(bars) == 4 + 5 + 5 + 1
    assert {"差距1", "差距5", "−0.0  (分)", "—  (分)"} <= set(texts)


def test_fit_breaks_long_labels_and_marks_the_cut():
    assert charts.fit("设施设备", 6, 100) == ["设施设备"]
    lines = charts.fit("Facilities and equipment of the whole venue", 6, 40, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert charts.nice_ticks(0, 455) == [0, 200, 400, 600]
    assert charts.nice_ticks(-7.2, 0, 3)[0] <= -7.2 and charts.nice_ticks(-7.2, 0, 3)[-1] == 0
