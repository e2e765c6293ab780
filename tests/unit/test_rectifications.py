"""RectificationService and AccountabilityService: deadlines, the proof a fix needs,
verification, rejection, reassignment, cancellation, optimistic locking, recurrence, repair
orders, the inbox, the list, and accountability records."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models import AuditLog
from app.db.models_patrol import Finding
from app.db.models_rectification import RectificationEvent
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.services.accountability import AccountabilityService
from app.services.base import Actor
from app.services.rectification_dto import RectificationFilter
from tests.helpers import rank_id
from tests.rect_builders import (
    DINNER,
    GAP,
    INSPECTOR,
    Clock,
    add_finding,
    build_chain,
    png_bytes,
    rects,
)


@pytest.fixture
def chain(services):
    return build_chain(services)


def _item(svc, rect_id):
    return svc.rectification(rect_id).rectification


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def worker(db, chain, clock=None):
    return rects(db, "worker", "staff", chain.assignee, clock)


def leader(db, chain, clock=None):
    return rects(db, "leader", "leader", chain.ids["team_leader"], clock)


def test_deadlines_follow_the_severity(chain, db):
    svc = rects(db, "viewer", "staff", None)
    due = {sev: _item(svc, add_finding(chain, sev, DINNER, description=sev)).due_at
           for sev in ("critical", "major", "minor")}
    assert due["critical"] == DINNER + dt.timedelta(minutes=15)
    assert due["major"] == dt.datetime.combine(DINNER.date(), dt.time(22, 0))  # end of 晚市
    assert due["minor"] == DINNER + dt.timedelta(hours=24)
    outside = _item(svc, add_finding(chain, "major", GAP, description="无班次"))
    assert outside.due_at == GAP + dt.timedelta(hours=4)  # no shift runs at 15:30


def test_deadlines_come_from_the_settings(chain, services, db):
    services.settings.set("rect.critical_minutes", 5)
    item = _item(services.rectifications, add_finding(chain, "critical", DINNER))
    assert item.due_at == DINNER + dt.timedelta(minutes=5)


def test_every_new_finding_gets_a_rectification_with_a_create_event(services, db):
    from tests.roster_builders import build_floor

    f = build_floor(services)
    finding = services.patrols.ad_hoc_finding(f["room"].id, "茶杯有缺口", "minor", at=DINNER)
    (item,) = services.rectifications.list()
    assert item.finding_id == finding.id and item.status == "open"
    assert item.assignee == item.accountable
    detail = services.rectifications.rectification(item.id)
    assert [(e.action, e.to_status) for e in detail.events] == [("create", "open")]


def test_submit_needs_the_corrective_action_root_cause_and_after_photo(chain, db):
    rect_id = add_finding(chain, "minor", DINNER, photo=True)
    svc = worker(db, chain)
    version = _item(svc, rect_id).version
    with pytest.raises(ValidationError, match="Describe what was done"):
        svc.submit(rect_id, version, "  ", "method", after_photos=[png_bytes()])
    with pytest.raises(ValidationError, match="root cause"):
        svc.submit(rect_id, version, "已更换", "luck", after_photos=[png_bytes()])
    with pytest.raises(ValidationError, match="photo after the fix"):
        svc.submit(rect_id, version, "已更换", "equipment")
    assert _count(db, RectificationEvent) == 1  # only 'create'
    done = svc.submit(rect_id, version, "已更换", "equipment", "每日检查",
                      after_photos=[png_bytes((0, 200, 0))])
    assert (done.status, done.root_cause, done.preventive_action) == (
        "submitted", "equipment", "每日检查")
    assert len(done.after_photo_ids) == 1 and len(done.finding_photo_ids) == 1


def test_an_after_photo_added_first_is_enough(chain, db):
    rect_id = add_finding(chain, "minor", DINNER, photo=True)
    svc = worker(db, chain)
    svc.add_after_photo(rect_id, png_bytes())
    done = svc.submit(rect_id, _item(svc, rect_id).version, "已清洁", "people")
    assert done.status == "submitted"


def test_verify_closes_or_reopens(chain, db):
    clock = Clock(DINNER + dt.timedelta(hours=1))
    good = add_finding(chain, "minor", DINNER, description="一")
    bad = add_finding(chain, "minor", DINNER, description="二")
    w, boss = worker(db, chain, clock), leader(db, chain, clock)
    for rect_id in (good, bad):
        w.submit(rect_id, _item(w, rect_id).version, "已整改", "method")
    closed = boss.verify(good, _item(boss, good).version, "partly")
    assert (closed.status, closed.efficacy, closed.verified_by) == ("verified", "partly", "leader")
    reopened = boss.verify(bad, _item(boss, bad).version, "not_effective")
    assert reopened.status == "in_progress"
    assert reopened.due_at == clock.now + dt.timedelta(hours=24)  # a new deadline
    with db.read() as s:
        assert s.get_one(Finding, closed.finding_id).status == "closed"
        assert s.get_one(Finding, reopened.finding_id).status == "open"
    assert "verify" not in boss.rectification(good).allowed_actions


def test_the_inspector_may_verify_but_the_assignee_may_not(chain, db):
    rect_id = add_finding(chain, "minor", DINNER)
    w = worker(db, chain)
    w.submit(rect_id, _item(w, rect_id).version, "已整改", "method")
    with pytest.raises(PermissionDenied):
        w.verify(rect_id, _item(w, rect_id).version, "effective")  # staff role
    me = rects(db, "worker-as-leader", "leader", chain.assignee)
    with pytest.raises(ValidationError, match="not the person"):
        me.verify(rect_id, _item(w, rect_id).version, "effective")
    inspector = rects(db, INSPECTOR, "supervisor", None)
    assert inspector.rectification(rect_id).allowed_actions == ("verify", "reject")
    assert inspector.verify(rect_id, _item(w, rect_id).version, "effective").status == "verified"


def test_reject_needs_a_reason_and_sends_it_back(chain, db):
    rect_id = add_finding(chain, "minor", DINNER)
    w, boss = worker(db, chain), leader(db, chain)
    w.submit(rect_id, _item(w, rect_id).version, "已整改", "method")
    with pytest.raises(ValidationError, match="why"):
        boss.reject(rect_id, _item(boss, rect_id).version, " ")
    back = boss.reject(rect_id, _item(boss, rect_id).version, "照片不清楚")
    assert back.status == "in_progress"
    assert boss.rectification(rect_id).events[-1].reason == "照片不清楚"


def test_reassign_and_cancel_need_a_reason_and_a_leader(chain, db):
    rect_id = add_finding(chain, "minor", DINNER)
    w, boss = worker(db, chain), leader(db, chain)
    outsider = rects(db, "outsider", "leader", chain.outsider)
    version = _item(w, rect_id).version
    with pytest.raises(PermissionDenied):
        w.cancel(rect_id, version, "不想做")  # staff role
    with pytest.raises(ValidationError, match="not the person"):
        outsider.cancel(rect_id, version, "不是我的")
    with pytest.raises(ValidationError, match="reason"):
        boss.reassign(rect_id, version, chain.ids["team_leader"], "")
    with pytest.raises(ValidationError, match="why"):
        boss.cancel(rect_id, version, "")
    moved = boss.reassign(rect_id, version, chain.ids["team_leader"], "组长亲自处理")
    assert moved.assignee.id == moved.accountable.id == chain.ids["team_leader"]
    head = rects(db, "head", "supervisor", chain.ids["section_head"])
    gone = head.cancel(rect_id, moved.version, "重复登记")
    assert gone.status == "cancelled"
    with db.read() as s:
        assert s.get_one(Finding, gone.finding_id).status == "cancelled"


def test_a_stale_version_is_refused_naming_who_changed_it(chain, db):
    rect_id = add_finding(chain, "minor", DINNER)
    first, second = worker(db, chain), leader(db, chain)
    v1 = _item(first, rect_id).version
    assert _item(second, rect_id).version == v1  # both loaded version 1
    first.start(rect_id, v1)
    events, audits = _count(db, RectificationEvent), _count(db, AuditLog)
    with pytest.raises(ConflictError, match=r"changed by worker at 2026-.* reload") as err:
        second.cancel(rect_id, v1, "重复登记")
    assert "worker" in str(err.value)
    assert _item(second, rect_id).status == "in_progress"  # nothing overwritten
    assert (_count(db, RectificationEvent), _count(db, AuditLog)) == (events, audits)


def test_a_repeat_within_thirty_days_links_to_the_earlier_one(chain, db):
    svc = rects(db, "viewer", "staff", None)
    first = add_finding(chain, "minor", DINNER, description="地毯有污渍")
    again = add_finding(chain, "minor", DINNER + dt.timedelta(days=10), description="地毯有污渍")
    other = add_finding(chain, "minor", DINNER + dt.timedelta(days=10), description="灯不亮")
    late = add_finding(chain, "minor", DINNER + dt.timedelta(days=45), description="地毯有污渍")
    assert _item(svc, again).recurrence_of_id == first
    assert _item(svc, other).recurrence_of_id is None
    assert _item(svc, late).recurrence_of_id is None  # 35 days after the previous one
    assert _item(svc, first).recurrence_of_id is None


def test_a_repair_order_goes_to_the_support_head_and_back_to_the_reporter(chain, services, db):
    support = services.org.save_department("工程部", kind="support")
    from app.services.dto import EmployeeInput

    head_post = services.org.save_post("工程主管", support.id, rank_id(services, "supervisor"), 1)
    fitter_post = services.org.save_post("维修工", support.id, rank_id(services, "staff"), 3)
    head = services.staff.create(EmployeeInput("E1", "陈工", post_id=head_post.id)).employee
    fitter = services.staff.create(EmployeeInput("E2", "李师傅", post_id=fitter_post.id,
                                                 leader_id=head.id)).employee
    rect_id = add_finding(chain, "major", DINNER, description="空调滴水")
    reporter = rects(db, INSPECTOR, "supervisor", None)
    with pytest.raises(ValidationError, match="support department"):
        reporter.route_repair(rect_id, _item(reporter, rect_id).version, chain.dept_id, "报修")
    order = reporter.route_repair(rect_id, _item(reporter, rect_id).version, support.id,
                                  "空调需要维修")
    assert order.repair_department == "工程部"
    assert order.assignee.id == order.accountable.id == head.id
    assert fitter.id != head.id
    engineer = rects(db, "engineer", "supervisor", head.id)
    engineer.submit(rect_id, order.version, "更换排水管", "equipment")
    assert reporter.verify(rect_id, _item(reporter, rect_id).version,
                           "effective").verified_by == INSPECTOR


def test_the_inbox_groups_my_work(chain, db):
    clock = Clock(DINNER + dt.timedelta(minutes=5))
    mine = add_finding(chain, "minor", DINNER, description="一")
    waiting = add_finding(chain, "minor", DINNER, description="二")
    w = worker(db, chain, clock)
    w.submit(waiting, _item(w, waiting).version, "已整改", "method")
    inbox = w.inbox()
    assert [r.id for r in inbox.assigned_to_me] == [mine]
    assert inbox.to_verify == () and inbox.escalated_to_me == ()
    boss = leader(db, chain, clock).inbox()
    assert {r.id for r in boss.my_team} == {mine, waiting}
    assert [r.id for r in boss.to_verify] == [waiting]
    inspector = rects(db, INSPECTOR, "supervisor", None, clock).inbox()
    assert [r.id for r in inspector.to_verify] == [waiting]  # by user name, no employee
    assert inspector.assigned_to_me == () and inspector.my_team == ()
    clock.advance(hours=24, minutes=30)  # 35 minutes late: one level up
    escalated = leader(db, chain, clock).inbox().escalated_to_me
    assert [r.id for r in escalated] == [mine]


def test_the_list_filters_and_comes_in_batches(chain, db):
    svc = rects(db, "viewer", "staff", None, Clock(DINNER + dt.timedelta(hours=2)))
    ids = [add_finding(chain, sev, DINNER + dt.timedelta(minutes=n), description=f"问题{n}")
           for n, sev in enumerate(["critical", "minor", "minor", "major", "minor"])]
    everything = svc.list(RectificationFilter())
    assert [r.id for r in everything] == ids[::-1]  # newest first
    assert svc.count(RectificationFilter()) == 5
    assert [r.id for r in svc.list(RectificationFilter(), offset=1, limit=2)] == ids[3:1:-1]
    assert [r.id for r in svc.list(RectificationFilter(severity="minor"))] == [ids[4], ids[2],
                                                                             ids[1]]
    overdue = svc.list(RectificationFilter(overdue_only=True))
    assert [r.id for r in overdue] == [ids[0]] and overdue[0].overdue
    assert svc.count(RectificationFilter(status="open_any")) == 5
    assert svc.count(RectificationFilter(assignee_id=chain.outsider)) == 0
    assert svc.count(RectificationFilter(date_from=DINNER.date() + dt.timedelta(days=1))) == 0
    assert svc.count(RectificationFilter(area_id=chain.area_id, date_to=DINNER.date())) == 5


def test_accountability_is_recorded_by_a_leader_above_or_hr(chain, db):
    boss = AccountabilityService(db, Actor("leader", Role.LEADER, None, chain.ids["team_leader"]))
    rec = boss.record(chain.assignee, "financial", "多次未整改", amount=50.0)
    assert (rec.employee.id, rec.kind, rec.amount, rec.recorded_by) == (
        chain.assignee, "financial", 50.0, "leader")
    with pytest.raises(ValidationError, match="amount"):
        boss.record(chain.assignee, "financial", "罚款")
    with pytest.raises(ValidationError, match="Unknown kind"):
        boss.record(chain.assignee, "sacking", "离谱")
    with pytest.raises(ValidationError, match="Only a leader above"):
        AccountabilityService(db, Actor("outsider", Role.LEADER, None, chain.outsider)).record(
            chain.assignee, "reminder", "不是我的人")
    with pytest.raises(PermissionDenied):
        AccountabilityService(db, Actor("peer", Role.STAFF, None, chain.ids["team_leader"])
                              ).record(chain.assignee, "reminder", "员工不能记")
    hr = AccountabilityService(db, Actor("hr", Role.HR))
    hr.record(chain.assignee, "criticism", "通报批评")
    assert sorted(r.kind for r in hr.for_employee(chain.assignee)) == ["criticism", "financial"]


def test_every_demo_finding_has_a_rectification_with_a_realistic_spread(db):
    import json
    from collections import Counter

    from app.db.models_rectification import Rectification
    from app.domain.rectification import next_state
    from app.services.base import SYSTEM
    from app.services.demo import build_demo

    build_demo(db, SYSTEM, today=dt.date(2026, 11, 24))
    with db.read() as s:
        findings = s.scalar(select(func.count()).select_from(Finding))
        rows = list(s.scalars(select(Rectification)))
        assert len(rows) == findings > 0
        states = Counter(r.status for r in rows)
        assert states["verified"] > 0.7 * len(rows)
        assert states["cancelled"] > 0 and states["submitted"] > 0
        assert states["open"] + states["in_progress"] > 0
        assert any(r.efficacy == "partly" for r in rows)
        assert any(r.escalation_level > 0 for r in rows)
        assert any(r.recurrence_of_id for r in rows)
        trail: dict[int, list] = {}
        for e in s.scalars(select(RectificationEvent).order_by(RectificationEvent.id)):
            trail.setdefault(e.rectification_id, []).append(e)
        assert any(any(e.action == "reject" for e in t) for t in trail.values())
        for r in rows:  # replaying the events gives the status
            state = None
            for e in trail[r.id]:
                if e.action == "create":
                    state = "open"
                elif e.action not in ("escalate",):
                    state = next_state(e.action, state, json.loads(e.detail).get("efficacy"))
            assert state == r.status
