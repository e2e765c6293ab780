"""Escalation with an injected clock: an overdue item climbs the reports-to chain one level
per step (team leader → section head → supervisor → manager → director), one event per
step, stops at the top, is idempotent, and leaves items waiting for verification alone."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db.models_rectification import RectificationEvent
from tests.rect_builders import DINNER, Clock, add_finding, build_chain, rects

LADDER = ("team_leader", "section_head", "supervisor", "manager", "director")


def _escalations(db, rect_id: int) -> list[tuple[str, str, str]]:
    """(actor, to_status, detail) of each escalate event."""
    e = RectificationEvent
    with db.read() as s:
        return [tuple(r) for r in s.execute(select(e.actor, e.to_status, e.detail).where(
            e.rectification_id == rect_id, e.action == "escalate").order_by(e.id))]


def test_one_level_per_step_up_to_the_top(services, db):
    chain = build_chain(services)
    rect_id = add_finding(chain, "minor", DINNER)
    due = DINNER + dt.timedelta(hours=24)
    clock = Clock(due)
    svc = rects(db, "system", "admin", None, clock)
    assert svc.escalate() == 0  # due, not late
    clock.advance(minutes=29)
    assert svc.escalate() == 0  # late, but less than one step
    seen = []
    for level, key in enumerate(LADDER, start=1):
        clock.now = due + dt.timedelta(minutes=30 * level, seconds=1)
        assert svc.escalate() == 1
        assert svc.escalate() == 0  # idempotent at the same moment
        item = svc.rectification(rect_id).rectification
        assert item.escalation_level == level
        assert item.accountable.id == chain.ids[key]
        assert item.assignee.id == chain.assignee  # the assignee stays
        seen.append(key)
    events = _escalations(db, rect_id)
    assert len(events) == len(LADDER)  # one event per step
    assert {e[0] for e in events} == {"system"}
    clock.advance(hours=10)
    assert svc.escalate() == 0  # stops at the top
    assert svc.rectification(rect_id).rectification.accountable.id == chain.ids["director"]
    assert len(_escalations(db, rect_id)) == len(LADDER)


def test_a_long_overdue_item_jumps_the_missing_levels_with_one_event_each(services, db):
    chain = build_chain(services)
    rect_id = add_finding(chain, "critical", DINNER)
    clock = Clock(DINNER + dt.timedelta(minutes=15 + 95))  # three full steps late
    svc = rects(db, "system", "admin", None, clock)
    assert svc.escalate() == 3
    assert [e[1] for e in _escalations(db, rect_id)] == ["open"] * 3
    item = svc.rectification(rect_id).rectification
    assert (item.escalation_level, item.accountable.id) == (3, chain.ids["supervisor"])


def test_submitted_and_closed_items_do_not_escalate(services, db):
    chain = build_chain(services)
    waiting = add_finding(chain, "critical", DINNER)
    cancelled = add_finding(chain, "critical", DINNER, description="灯不亮")
    clock = Clock(DINNER + dt.timedelta(minutes=5))
    worker = rects(db, "worker", "staff", chain.assignee, clock)
    item = worker.rectification(waiting).rectification
    worker.submit(waiting, item.version, "已处理", "method")
    boss = rects(db, "boss", "leader", chain.ids["team_leader"], clock)
    boss.cancel(cancelled, boss.rectification(cancelled).rectification.version, "重复登记")
    clock.advance(hours=12)
    assert boss.escalate() == 0
    assert _escalations(db, waiting) == [] and _escalations(db, cancelled) == []


def test_the_inbox_sweeps_first_and_shows_what_was_escalated(services, db):
    chain = build_chain(services)
    rect_id = add_finding(chain, "critical", DINNER)
    clock = Clock(DINNER + dt.timedelta(minutes=15 + 61))
    section_head = rects(db, "head", "supervisor", chain.ids["section_head"], clock)
    inbox = section_head.inbox()
    assert [r.id for r in inbox.escalated_to_me] == [rect_id]
    assert [r.id for r in inbox.my_team] == [rect_id]
    assert inbox.escalated_to_me[0].overdue
