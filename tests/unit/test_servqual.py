"""The SERVQUAL gap formulas of DESIGN.md §4 on hand-computed cases."""

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.servqual import (
    DIMENSION_ITEMS,
    DIMENSIONS,
    EMPTY,
    ITEM_DIMENSION,
    PERCENTAGE_POINTS,
    SCALE_POINTS,
    Measure,
    Response,
    dimension_gaps,
    expectation_perception,
    five_gaps,
    gap1,
    gap2,
    gap3,
    gap4,
    item_gaps,
    mean_or_none,
    score,
    servqual_score,
    sub_or_none,
    weighted_score,
)

DAY = dt.date(2024, 5, 1)


def guest(name, e, p, weights=None):
    return Response(name, "guest", DAY, e, p, weights)


def manager(name, e):
    return Response(name, "manager", DAY, e, {})


def test_instrument_split():
    assert DIMENSIONS == ("tangibles", "reliability", "responsiveness", "assurance", "empathy")
    assert [len(DIMENSION_ITEMS[d]) for d in DIMENSIONS] == [4, 5, 4, 4, 5]
    assert sorted(ITEM_DIMENSION) == list(range(1, 23))
    assert ITEM_DIMENSION[4] == "tangibles" and ITEM_DIMENSION[5] == "reliability"
    assert ITEM_DIMENSION[13] == "responsiveness" and ITEM_DIMENSION[14] == "assurance"
    assert ITEM_DIMENSION[18] == "empathy" and ITEM_DIMENSION[22] == "empathy"


def test_score_and_reverse_scoring():
    assert score(1, 6) == 6
    assert score(1, 6, frozenset({1})) == 2  # 8 - 6
    with pytest.raises(ValueError):
        score(1, 0)
    with pytest.raises(ValueError):
        score(23, 4)


def test_no_data_helpers():
    assert mean_or_none([]) is None
    assert mean_or_none([1, 2]) == 1.5
    assert sub_or_none(None, 1.0) is None and sub_or_none(3.0, 1.0) == 2.0
    assert not EMPTY.has_data and EMPTY.to_json() == {"value": None, "n": 0}


def test_item_gaps_with_skips_and_reversal():
    a = guest("A", {1: 6, 2: 5}, {1: 4, 2: 7})  # item 1: 4-6 = -2; item 2: 7-5 = +2
    b = guest("B", {1: 7, 3: 5}, {1: 7})        # item 1: 0; item 3 has no P -> skipped
    gaps = item_gaps([a, b])
    assert gaps[1] == Measure(-1.0, 2)  # (-2 + 0) / 2
    assert gaps[2] == Measure(2.0, 1)
    assert gaps[3] == Measure(None, 0)  # E without P is no data, not 0
    assert len(gaps) == 22
    rev = item_gaps([a, b], frozenset({1}))
    # reversed item 1: A: E 8-6=2, P 8-4=4 -> +2; B: 1, 1 -> 0; mean (2 + 0) / 2 = 1
    assert rev[1] == Measure(1.0, 2)
    assert rev[2] == Measure(2.0, 1)


def test_manager_forms_do_not_count_in_gap5():
    m = Response("M", "manager", DAY, {1: 1}, {1: 7})
    assert item_gaps([m])[1] == Measure(None, 0)


def test_dimension_gaps_respondent_first_with_skipped_items_and_dimension():
    # A: tangibles items 1-3 answered both ways (P4 skipped): gaps -2, 0, +1 -> mean -1/3;
    #    A skipped reliability entirely.
    a = guest("A", {1: 7, 2: 6, 3: 5, 4: 7}, {1: 5, 2: 6, 3: 6})
    # B: tangibles item 1: 6-4 = +2; reliability items 5, 6: 4-7 = -3, 6-6 = 0 -> -1.5
    b = guest("B", {1: 4, 5: 7, 6: 6}, {1: 6, 5: 4, 6: 6})
    dims = dimension_gaps([a, b])
    # tangibles: (-1/3 + 2) / 2 = 5/6 (pooling items would give (-2+0+1+2)/4 = 0.25)
    assert dims["tangibles"].value == pytest.approx(5 / 6)
    assert dims["tangibles"].n == 2
    assert dims["reliability"] == Measure(-1.5, 1)  # only B answered it
    for d in ("responsiveness", "assurance", "empathy"):
        assert dims[d] == Measure(None, 0)
    sq = servqual_score(dims)
    # mean over the dimensions with data: (5/6 + -1.5) / 2 = (5/6 - 9/6) / 2 = -1/3
    assert sq.value == pytest.approx(-1 / 3)
    assert sq.dimensions_with_data == 2
    e, p = expectation_perception([a, b])
    # tangibles E: A (7+6+5)/3 = 6, B 4 -> 5; P: A (5+6+6)/3 = 17/3, B 6 -> (17/3 + 6)/2
    assert e["tangibles"].value == pytest.approx(5.0)
    assert p["tangibles"].value == pytest.approx((17 / 3 + 6) / 2)
    assert p["tangibles"].value - e["tangibles"].value == pytest.approx(5 / 6)
    assert e["empathy"].value is None


def test_dimension_gaps_with_reversed_items():
    # item 5 reversed: E 2 -> 6, P 6 -> 2: gap 2 - 6 = -4; item 6 plain: 5 - 5 = 0 -> -2
    r = guest("R", {5: 2, 6: 5}, {5: 6, 6: 5})
    assert dimension_gaps([r], frozenset({5}))["reliability"] == Measure(-2.0, 1)
    # not reversed: (6-2 + 0) / 2 = +2
    assert dimension_gaps([r])["reliability"] == Measure(2.0, 1)


def one_each(gaps, weights=None):
    """A guest answering items 1, 5, 10, 14, 18 (one per dimension) with the given gaps."""
    e = {i: 4 for i in (1, 5, 10, 14, 18)}
    p = {i: 4 + g for i, g in zip((1, 5, 10, 14, 18), gaps, strict=True) if g is not None}
    return guest(str(gaps), {i: e[i] for i in p}, p, weights)


def test_weighted_score_with_renormalisation_and_skips():
    r1 = one_each([1, -2, 0, 3, -1], {"tangibles": 20, "reliability": 30,
                                       "responsiveness": 10, "assurance": 25, "empathy": 15})
    # 0.20*1 + 0.30*(-2) + 0.10*0 + 0.25*3 + 0.15*(-1) = 0.2 - 0.6 + 0 + 0.75 - 0.15 = 0.2
    r2 = one_each([2, -1, None, None, None], {"tangibles": 10, "reliability": 30,
                                              "responsiveness": 20, "assurance": 20,
                                              "empathy": 20})
    # only tangibles and reliability have data: weights renormalised over 10 + 30 = 40:
    # (10*2 + 30*(-1)) / 40 = -10/40 = -0.25
    r3 = one_each([3, 3, 3, 3, 3])  # no weights: skipped
    r4 = one_each([1, None, None, None, None], {"tangibles": 0, "reliability": 0,
                                                "responsiveness": 0, "assurance": 0,
                                                "empathy": 100})
    # all weight on empathy, where r4 has no data: skipped
    ws = weighted_score([r1, r2, r3, r4])
    assert ws.value == pytest.approx((0.2 - 0.25) / 2)  # -0.025
    assert ws.n == 2
    assert weighted_score([r3]) == Measure(None, 0)


def test_gap1_managers_vs_guests():
    g1 = guest("G1", {1: 6, 2: 7}, {})
    g2 = guest("G2", {1: 7}, {})
    m1 = manager("M1", {1: 5, 2: 5})
    res = gap1([g1, g2], [m1])
    assert res.items[1] == Measure(-1.5, 3)  # 5 - (6+7)/2 = 5 - 6.5
    assert res.items[2] == Measure(-2.0, 2)  # 5 - 7
    assert res.items[3] == Measure(None, 0)
    # tangibles: guests per respondent G1 (6+7)/2 = 6.5, G2 7 -> 6.75; manager 5 -> -1.75
    assert res.dimensions["tangibles"] == Measure(-1.75, 3)
    assert res.dimensions["reliability"] == Measure(None, 0)
    rev = gap1([g1, g2], [m1], frozenset({2}))
    # item 2 reversed: G1 8-7 = 1, M1 8-5 = 3 -> 3 - 1 = 2
    assert rev.items[2] == Measure(2.0, 2)
    # tangibles: G1 (6+1)/2 = 3.5, G2 7 -> 5.25; M1 (5+3)/2 = 4 -> 4 - 5.25 = -1.25
    assert rev.dimensions["tangibles"] == Measure(-1.25, 3)
    # guests only: no manager side, so no data (not 0)
    assert gap1([g1, g2], []).dimensions["tangibles"] == Measure(None, 0)


def test_gap2_coverage():
    res = gap2({"tangibles": {1, 2, 4}, "reliability": set(), "empathy": {3, 18, 19, 20, 21, 22}})
    assert res["tangibles"] == Measure(-25.0, 4)    # 3/4 = 75 % -> 75 - 100
    assert res["reliability"] == Measure(-100.0, 5)  # standards exist, cover none: 0 - 100
    assert res["empathy"] == Measure(0.0, 5)       # 5/5; item 3 is not empathy's: ignored
    assert res["responsiveness"] == Measure(None, 0)
    assert all(m == Measure(None, 0) for m in gap2({}).values())


def test_gap3_compliance():
    res = gap3({"tangibles": (7.5, 10.0, 4), "reliability": (0.0, 0.0), "assurance": (3, 4)})
    assert res["tangibles"] == Measure(-25.0, 4)  # 7.5/10 = 75 % -> -25
    assert res["reliability"] == Measure(None, 0)  # total 0: no data, not -100 or 0
    assert res["assurance"] == Measure(-25.0, 1)  # 3/4 = 75 %
    assert res["empathy"] == Measure(None, 0)
    assert all(m == Measure(None, 0) for m in gap3({}).values())
    with pytest.raises(ValueError):
        gap3({"tangibles": (5, 4)})


def test_gap4_promises_kept():
    res = gap4({"responsiveness": [True, True, False, True], "empathy": []})
    assert res["responsiveness"] == Measure(-25.0, 4)  # 3/4 = 75 % -> -25
    assert res["empathy"] == Measure(None, 0)
    assert all(m == Measure(None, 0) for m in gap4({}).values())


def test_five_gaps_summary_and_json():
    a = guest("A", {1: 7, 2: 6, 3: 5, 4: 7}, {1: 5, 2: 6, 3: 6})
    b = guest("B", {1: 4, 5: 7, 6: 6}, {1: 6, 5: 4, 6: 6})
    m = manager("M", {1: 5, 5: 6})
    fg = five_gaps([a, b, m],
                   coverage={"tangibles": {1, 2, 4}, "reliability": set(),
                             "empathy": {18, 19, 20, 21, 22}},
                   compliance={"tangibles": (7.5, 10.0, 4)},
                   outcomes={"responsiveness": [True, False]},
                   period=(DAY, DAY + dt.timedelta(days=6)), area="Hall A")
    assert fg.gap5.overall.value == pytest.approx(-1 / 3)  # as in the dimension test
    assert fg.gap5.overall.n == 2
    assert fg.gap2.overall.value == pytest.approx((-25 - 100 + 0) / 3)  # -41.67
    assert fg.gap2.overall.n == 4 + 5 + 5
    assert fg.gap3.overall == fg.gap3.overall.__class__(-25.0, 4, 1)
    assert fg.gap4.overall.value == -50.0  # 1/2 kept
    # gap 1 tangibles: manager 5 - guests (A (7+6+5+7)/4 = 6.25, B 4 -> 5.125) = -0.125
    assert fg.gap1.dimensions["tangibles"].value == pytest.approx(-0.125)
    # reliability: manager 6 - guest B (7+6)/2 = 6.5 -> -0.5
    assert fg.gap1.dimensions["reliability"].value == pytest.approx(-0.5)
    assert fg.gap1.overall.value == pytest.approx((-0.125 - 0.5) / 2)
    assert [g.unit for g in fg.gaps] == [SCALE_POINTS, PERCENTAGE_POINTS, PERCENTAGE_POINTS,
                                         PERCENTAGE_POINTS, SCALE_POINTS]
    data = json.loads(json.dumps(fg.to_json()))
    assert data["period"] == {"from": "2024-05-01", "to": "2024-05-07"}
    assert data["area"] == "Hall A"
    assert set(data["gaps"]) == {"gap1", "gap2", "gap3", "gap4", "gap5"}
    g5 = data["gaps"]["gap5"]
    assert g5["unit"] == "scale_points"
    assert g5["overall"] == {"value": -0.3333, "n": 2, "dimensions_with_data": 2}
    assert g5["dimensions"]["empathy"] == {"value": None, "n": 0}
    assert g5["items"]["1"] == {"value": 0.0, "n": 2}  # (-2 + 2) / 2: a real zero
    assert set(g5) >= {"expectation", "perception"}
    assert "items" not in data["gaps"]["gap2"]
    assert data["gaps"]["gap2"]["unit"] == "percentage_points"


def test_period_with_no_data_at_all():
    fg = five_gaps()
    for g in fg.gaps:
        assert g.overall.value is None and g.overall.n == 0
        assert g.overall.dimensions_with_data == 0
        assert all(m.value is None for m in g.dimensions.values())
    assert all(m.value is None for m in fg.gap5.items.values())
    assert all(m.value is None for m in fg.gap1.items.values())
    assert fg.weighted_score == Measure(None, 0)
    text = json.dumps(fg.to_json())
    data = json.loads(text)
    assert data["period"] is None
    assert data["weighted_score"] == {"value": None, "n": 0}
    for g in data["gaps"].values():
        assert g["overall"]["value"] is None
        assert all(v["value"] is None for v in g["dimensions"].values())
    assert "0.0" not in text  # nothing that looks like a real zero


# ---------------------------------------------------------------- properties

answers = st.integers(min_value=1, max_value=7)
items = st.sampled_from(range(1, 23))


@st.composite
def responses(draw):
    answered = draw(st.sets(items, min_size=0, max_size=22))
    e = {i: draw(answers) for i in answered}
    p = {i: draw(answers) for i in answered}
    skip_p = draw(st.sets(st.sampled_from(sorted(answered)), max_size=3)) if answered else set()
    return guest(draw(st.text(min_size=1, max_size=4)), e,
                 {i: x for i, x in p.items() if i not in skip_p})


reversed_sets = st.frozensets(items, max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(responses(), max_size=8), reversed_sets)
def test_gaps_are_bounded(rs, rev):
    for m in item_gaps(rs, rev).values():
        assert m.value is None or -6 <= m.value <= 6
        assert (m.value is None) == (m.n == 0)
    for m in dimension_gaps(rs, rev).values():
        assert m.value is None or -6 <= m.value <= 6
    w = weighted_score(rs, rev)
    assert w.value is None or -6 <= w.value <= 6


@settings(max_examples=150, deadline=None)
@given(st.lists(responses(), max_size=8), reversed_sets,
       st.lists(answers, min_size=22, max_size=22))
def test_a_respondent_with_p_equal_e_moves_every_dimension_gap_toward_zero(rs, rev, xs):
    before = dimension_gaps(rs, rev)
    neutral = {i: x for i, x in zip(range(1, 23), xs, strict=True)}
    after = dimension_gaps([*rs, guest("neutral", neutral, dict(neutral))], rev)
    for d in DIMENSIONS:
        b, a = before[d].value, after[d].value
        assert a is not None
        if b is None:
            assert a == 0.0  # the only respondent is neutral
        else:
            assert abs(a) <= abs(b) + 1e-12
            assert a * b >= 0  # same side of zero (or zero)
            if b != 0:
                assert abs(a) < abs(b)
