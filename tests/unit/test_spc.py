"""The control-chart, Pareto and sigma arithmetic on hand-computed cases."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.spc import dpmo, p_chart, pareto, sigma_level, vital_few, western_electric


def test_p_chart_centre_line_and_limits_vary_with_the_sample_size():
    # Σd = 40, Σn = 400 → p̄ = 0.1; σ(50) = √(0.09/50) = 0.0424264, σ(100) = 0.03,
    # σ(200) = 0.0212132.
    chart = p_chart([("mon", 50, 5), ("tue", 100, 8), ("wed", 50, 2), ("thu", 200, 25)])
    assert chart.centre == pytest.approx(0.1)
    mon, tue, wed, thu = chart.points
    assert (mon.ucl, mon.lcl) == (pytest.approx(0.2272792), 0.0)  # 0.1 − 0.127 clips at 0
    assert (tue.ucl, tue.lcl) == (pytest.approx(0.19), pytest.approx(0.01))
    assert (thu.ucl, thu.lcl) == (pytest.approx(0.1636396), pytest.approx(0.0363604))
    assert [p.p for p in chart.points] == [0.1, 0.08, 0.04, 0.125]
    assert wed.z == pytest.approx((0.04 - 0.1) / 0.0424264, rel=1e-5)
    assert chart.out_of_control == ()


def test_a_point_beyond_the_upper_limit_breaks_rule_one():
    # p̄ = 30/300 = 0.1, σ = 0.03, UCL = 0.19: 20 of 100 (0.20) is out of control.
    chart = p_chart([("a", 100, 5), ("b", 100, 5), ("c", 100, 20)])
    assert [p.label for p in chart.out_of_control] == ["c"]
    assert 1 in chart.points[2].rules


def test_days_without_inspections_are_left_out_and_no_data_is_none():
    assert p_chart([]).centre is None
    chart = p_chart([("sun", 0, 0), ("mon", 10, 1)])
    assert [p.label for p in chart.points] == ["mon"]
    with pytest.raises(ValueError, match="impossible"):
        p_chart([("x", 5, 6)])


def test_a_perfect_process_has_zero_sigma_and_breaks_no_rule():
    chart = p_chart([("a", 10, 0), ("b", 20, 0)])
    assert chart.centre == 0 and all(p.z is None and p.rules == () for p in chart.points)


def test_western_electric_run_rules():
    assert western_electric([2.5, 0.0, 2.1])[2] == (2,)
    assert western_electric([2.5, 0.0, -2.1])[2] == ()  # opposite sides
    assert 3 in western_electric([1.5, 1.2, 0.2, 1.1, 1.3])[4]
    eight = western_electric([0.5] * 8)
    assert 4 in eight[7] and all(4 not in r for r in eight[:7])
    assert western_electric([3.2])[0] == (1,)


def test_pareto_orders_categories_and_accumulates_to_100():
    bars = pareto({"卫生": 12, "服务": 30, "设施": 6, "着装": 2, "空": 0})
    assert [b.category for b in bars] == ["服务", "卫生", "设施", "着装"]
    assert [round(b.cumulative, 1) for b in bars] == [60.0, 84.0, 96.0, 100.0]
    assert [b.category for b in vital_few(bars)] == ["服务", "卫生"]
    assert pareto({}) == [] and pareto({"a": 0}) == []


def test_dpmo_and_sigma_level():
    # 27 defects in 1,500 inspections of 12 opportunities each: 27 / 18,000 × 10⁶ = 1,500.
    assert dpmo(27, 1500, 12) == pytest.approx(1500.0)
    # The textbook table: 3.4 DPMO ≈ 6σ, 66,807 DPMO ≈ 3σ, 308,537 ≈ 2σ.
    assert sigma_level(3.4) == pytest.approx(6.0, abs=0.01)
    assert sigma_level(66_807) == pytest.approx(3.0, abs=0.001)
    assert sigma_level(308_537) == pytest.approx(2.0, abs=0.001)
    assert sigma_level(0) == math.inf and sigma_level(None) is None
    assert dpmo(0, 0, 12) is None


@given(st.lists(st.tuples(st.integers(1, 500), st.floats(0, 1)), min_size=1, max_size=30))
def test_every_limit_brackets_the_centre_line(samples):
    chart = p_chart([(i, n, round(n * f)) for i, (n, f) in enumerate(samples)])
    for p in chart.points:
        assert 0 <= p.lcl <= chart.centre <= p.ucl
        assert (1 in p.rules) == (p.p > p.ucl + 1e-12 or p.p < p.lcl - 1e-12) or p.z is None
