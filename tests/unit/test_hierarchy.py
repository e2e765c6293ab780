from hypothesis import given
from hypothesis import strategies as st

from app.domain.hierarchy import cycle_if_led_by, leader_chain, span_checks
from app.domain.org import staffing_flag


def test_leader_chain_walks_up_to_the_top():
    leader_of = {1: None, 2: 1, 3: 2, 4: 3}
    assert leader_chain(4, leader_of) == [3, 2, 1]
    assert leader_chain(1, leader_of) == []


def test_cycle_is_reported_as_the_closed_loop():
    leader_of = {1: None, 2: 1, 3: 2}
    assert cycle_if_led_by(1, 3, leader_of) == [1, 3, 2, 1]
    assert cycle_if_led_by(3, 1, leader_of) is None
    assert cycle_if_led_by(2, None, leader_of) is None


def test_spans_count_direct_reports_against_each_leaders_limit():
    leader_of = {1: None, 2: 1, 3: 1, 4: 1, 5: 1, 6: 2}
    checks = span_checks(leader_of, {1: 3, 2: 3})
    assert checks[1].direct_reports == 4 and checks[1].exceeded
    assert checks[2].direct_reports == 1 and not checks[2].exceeded
    assert 6 not in checks


def test_staffing_flags():
    assert staffing_flag(2, 3) == "under"
    assert staffing_flag(3, 3) == "ok"
    assert staffing_flag(4, 3) == "over"


@given(st.dictionaries(st.integers(1, 30), st.one_of(st.none(), st.integers(1, 30)), max_size=30),
       st.integers(1, 30), st.integers(1, 30))
def test_accepting_only_cycle_free_leaders_keeps_a_tree(leader_of, employee, leader):
    """Whatever the starting graph, a leader the check accepts never closes a loop through
    the employee."""
    loop = cycle_if_led_by(employee, leader, leader_of)
    updated = {**leader_of, employee: leader}
    seen, current = set(), employee
    closes = False
    while current is not None and current not in seen:
        seen.add(current)
        current = updated.get(current)
        if current == employee:
            closes = True
            break
    assert (loop is not None) == closes
