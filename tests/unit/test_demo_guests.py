"""The demo venue's guest side, checked the way a manager would look at it: three weeks of
complaints at the meal peaks (a few answered late), this morning's still open, three that
opened a rectification linked both ways, guest comments routed and fed back, 200 guest and
5 manager SERVQUAL forms whose gaps tell a believable story, the promise register with its
outcomes, an audit chain that still verifies, and the same demo again for the same day."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections import Counter

import pytest
from sqlalchemy import select

from app.db.models import (
    Area,
    Complaint,
    Finding,
    GuestComment,
    Promise,
    PromiseOutcome,
    Rectification,
    Survey,
    SurveyAnswer,
)
from app.domain.complaints import next_state
from app.domain.permissions import Role
from app.domain.promises import kept
from app.domain.servqual import DIMENSIONS
from app.services import audit
from app.services import demo_guests as guests_module
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import open_database
from app.services.complaints import ComplaintService
from app.services.demo import build_demo
from app.services.gaps import GapService
from app.services.guest_dto import ComplaintFilter
from app.services.on_duty import OnDutyService
from app.services.promises import PromiseService
from app.services.rectifications import RectificationService

TODAY = dt.date(2026, 11, 24)  # a Tuesday
NOW = dt.datetime.combine(TODAY, dt.time(9, 0))  # the demo's morning
FIRST = TODAY - dt.timedelta(days=21)


def _build(path):
    """A demo database and how long its guest part took (timed through the real path)."""
    db = open_database(path, backup=False)
    timing = {}
    real = guests_module.build_demo_guests

    def timed(*args):
        started = time.perf_counter()
        result = real(*args)
        timing["guests"] = time.perf_counter() - started
        return result

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(guests_module, "build_demo_guests", timed)
        summary = build_demo(db, SYSTEM, today=TODAY)
    return db, summary, timing["guests"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db, summary, seconds = _build(tmp_path_factory.mktemp("demo") / "demo.db")
    yield db, summary, seconds
    db.dispose()


def _clocked(service, db):
    return service(db, SYSTEM, lambda: NOW)


def _all(db, model) -> list:
    """Every row of ``model``, detached with its values loaded (read sessions roll back)."""
    with db.read() as s:
        rows = list(s.scalars(select(model).order_by(*model.__table__.primary_key.columns)))
        s.expunge_all()
        return rows


def _complaints(db) -> list[Complaint]:
    return _all(db, Complaint)


def test_the_guest_part_is_quick_and_counted_in_the_summary(demo):
    db, summary, seconds = demo
    assert seconds < 1.0, f"the guest side took {seconds:.2f} s"
    text = summary.render()
    assert f"{summary.complaints} complaints" in text and "patrol rounds over three weeks" in text
    assert (summary.comments, summary.surveys) == (30, 205)
    with db.read() as s:
        assert len(s.scalars(select(Complaint)).all()) == summary.complaints
        assert len(s.scalars(select(PromiseOutcome)).all()) == summary.outcomes


def test_three_weeks_of_complaints_busiest_at_weekend_dinners(demo):
    db, _, _ = demo
    rows = _complaints(db)
    assert 60 <= len(rows) <= 85
    days = {c.received_at.date() for c in rows}
    assert FIRST <= min(days) <= FIRST + dt.timedelta(days=1) and max(days) == TODAY
    assert len(days) >= 20  # nearly every day has some
    per_day = Counter(c.received_at.date() for c in rows if c.received_at.date() < TODAY)
    weekend = [n for d, n in per_day.items() if d.weekday() >= 4]
    weekday = [n for d, n in per_day.items() if d.weekday() < 4]
    assert statistics.mean(weekend) > statistics.mean(weekday) + 0.5
    in_person = [c for c in rows if c.channel == "in_person"]
    peaks = [c for c in in_person if dt.time(11, 15) <= c.received_at.time() <= dt.time(14, 30)
             or dt.time(17, 30) <= c.received_at.time() <= dt.time(21, 30)]
    assert len(peaks) == len(in_person)
    channels = Counter(c.channel for c in rows)
    assert set(channels) == {"in_person", "phone", "online", "sms"}
    assert channels.most_common(1)[0][0] == "in_person"
    assert Counter(c.severity for c in rows).most_common(1)[0][0] == "minor"
    assert any(c.table_no[:1] in "AB" and c.table_no[1:].isdigit() for c in rows if c.table_no)
    with db.read() as s:
        areas = dict(s.execute(select(Area.id, Area.name)).all())
    assert all(c.area_id in areas for c in rows)
    assert any(c.content.startswith("昨晚在") for c in rows)  # calls the morning after


def test_a_few_answered_late_and_the_measures_are_plausible(demo):
    db, _, _ = demo
    rows = _complaints(db)
    seconds = [(c.first_response_at - c.received_at).total_seconds() for c in rows]
    assert all(c.first_response_at is not None and c.responder and c.responder_id
               for c in rows)
    late = [x for x in seconds if x > 300]
    assert 3 <= len(late) <= 8
    assert all(6 * 60 <= x <= 15 * 60 for x in late)
    stats = _clocked(ComplaintService, db).stats(FIRST, TODAY)
    assert stats.total == len(rows) and stats.late == len(late)
    assert 88 <= stats.share_on_time < 100
    assert 60 <= stats.median_first_response_s <= 240
    assert stats.median_resolve_s is not None and stats.median_resolve_s > 0


def test_handed_over_resolved_fed_back_and_rated(demo):
    db, _, _ = demo
    rows = _complaints(db)
    with db.read() as s:
        dept_of = dict(s.execute(select(Area.id, Area.department_id)).all())
    past = [c for c in rows if c.received_at.date() < TODAY]
    assert {c.status for c in past} == {"closed"}
    handed = [c for c in past if c.handed_over_at is not None]
    assert len(handed) >= 0.6 * len(past)
    assert all(c.department_id == dept_of[c.area_id] and c.responsible_id for c in handed)
    on_duty = OnDutyService(db, SYSTEM)
    for c in (c for c in handed if c.channel == "in_person"):  # received where it happened
        duty = on_duty.lookup(c.area_id, c.received_at)
        assert c.responsible_id == duty.responsible.id, c.content
    for c in past:
        assert c.received_at <= c.first_response_at <= c.resolved_at
        assert c.handed_over_at is None or c.first_response_at <= c.handed_over_at <= c.resolved_at
        assert c.resolution and c.feedback
    rated = Counter(c.satisfaction for c in past)
    assert set(rated) <= {1, 2, 3, 4, 5, None}
    assert rated[4] + rated[5] >= 0.6 * len(past) and rated[2] + rated[3] > 0
    assert any(c.compensation and c.compensation_amount for c in past)
    assert any(c.compensation and c.compensation_amount is None for c in past)


def test_the_history_replays_to_the_status_and_version(demo):
    db, _, _ = demo
    svc = _clocked(ComplaintService, db)
    for c in _complaints(db)[::7]:
        detail = svc.complaint(c.id)
        actions = [h.action for h in detail.history]
        assert actions[0] == "receive"
        state = "received"
        for h in detail.history[1:]:
            if h.action != "open_rectification":
                state = next_state(h.action, state)
                assert h.detail["after"] == state
        assert state == c.status and len(actions) == c.version
        assert [h.at for h in detail.history] == sorted(h.at for h in detail.history)


def test_this_mornings_complaints_are_still_open(demo):
    db, _, _ = demo
    today = [c for c in _complaints(db) if c.received_at.date() == TODAY]
    assert sorted(c.status for c in today) == ["handed_over", "responded"]
    assert all(c.received_at < NOW for c in today)
    handed = next(c for c in today if c.status == "handed_over")
    owner = Actor("owner", Role.LEADER, None, handed.responsible_id)
    inbox = ComplaintService(db, owner, lambda: NOW).inbox()
    assert [c.id for c in inbox.handed_to_me] == [handed.id]
    assert inbox.waiting_for_response == ()
    assert len(_clocked(ComplaintService, db).list(ComplaintFilter(status="open_any"))) == 2


def test_complaints_that_revealed_a_defect_have_rectifications_linked_both_ways(demo):
    db, _, _ = demo
    linked = [c for c in _complaints(db) if c.rectification_id is not None]
    assert 2 <= len(linked) <= 3
    rects = RectificationService(db, SYSTEM)
    states = set()
    with db.read() as s:
        for c in linked:
            rect = s.get(Rectification, c.rectification_id)
            finding = s.get(Finding, rect.finding_id)
            assert finding.inspection_id is None and finding.result_id is None  # ad hoc
            assert finding.area_id == c.area_id and c.content in finding.description
            assert rect.assignee_id == c.responsible_id
            states.add(rect.status)
    for c in linked:
        dto = rects.rectification(c.rectification_id).rectification
        assert dto.complaint_id == c.id
    assert {"verified", "submitted", "open"} <= states
    manager = RectificationService(db, Actor("manager", Role.MANAGER, None, None))
    waiting = {r.id for r in manager.inbox().to_verify}
    assert any(c.rectification_id in waiting for c in linked)  # opened by the manager
    fresh = next(c for c in linked if c.received_at.date() == TODAY - dt.timedelta(days=1))
    mine = RectificationService(db, Actor("owner", Role.STAFF, None, fresh.responsible_id))
    assert fresh.rectification_id in {r.id for r in mine.inbox().assigned_to_me}


def test_guest_comments_are_routed_acted_on_and_fed_back(demo):
    db, _, _ = demo
    rows = _all(db, GuestComment)
    with db.read() as s:
        kitchen = s.scalar(select(Area.department_id).where(Area.kind == "kitchen"))
    assert len(rows) == 30
    assert set(Counter(r.kind for r in rows)) == {"praise", "suggestion", "dish", "other"}
    assert all(r.department_id == kitchen for r in rows if r.kind == "dish")
    assert all(r.department_id is not None for r in rows)
    done = [r for r in rows if r.status == "done"]
    assert len(done) >= 0.7 * len(rows)
    assert all(r.action_taken and r.actioned_by and r.actioned_at > r.received_at for r in done)
    assert sum(r.fed_back for r in done) >= 0.5 * len(done)
    assert all("{" not in r.content for r in rows)  # staff named in the praise


def test_servqual_forms(demo):
    db, _, _ = demo
    forms, answers = _all(db, Survey), _all(db, SurveyAnswer)
    by_kind = Counter(f.kind for f in forms)
    assert by_kind == {"guest": 200, "manager": 5}
    guests = {f.id for f in forms if f.kind == "guest"}
    assert all(FIRST <= f.day < TODAY for f in forms)
    mine = [a for a in answers if a.survey_id in guests]
    assert len(mine) == 200 * 22
    values = [v for a in answers for v in (a.expectation, a.perception) if v is not None]
    assert all(1 <= v <= 7 for v in values)
    assert all(a.expectation is None or a.expectation >= 5 for a in mine)
    skipped = sum(a.expectation is None or a.perception is None for a in mine) / len(mine)
    assert 0.03 <= skipped <= 0.08
    assert all(a.perception is None for a in answers if a.survey_id not in guests)
    weighted = [f for f in forms if f.w_tangibles is not None]
    assert 50 <= len(weighted) <= 85 and all(f.kind == "guest" for f in weighted)
    assert all(sum(getattr(f, f"w_{d}") for d in DIMENSIONS) == 100 for f in weighted)
    assert 40 <= sum(f.area_id is not None for f in forms) <= 120


def test_the_gaps_tell_a_believable_story(demo):
    db, _, _ = demo
    gaps = _clocked(GapService, db).five_gaps(FIRST, TODAY)
    g5 = {d: m.value for d, m in gaps.gap5.dimensions.items()}
    assert all(v < 0 for v in g5.values())
    assert min(g5, key=g5.get) == "responsiveness"
    assert g5["responsiveness"] < -1 and g5["empathy"] < -0.7
    assert g5["tangibles"] > -0.6 and g5["assurance"] > -0.7
    g1 = {d: m.value for d, m in gaps.gap1.dimensions.items()}
    assert g1["responsiveness"] < -0.5 and g1["empathy"] < -0.4 and g1["tangibles"] > 0
    assert gaps.weighted_score.n >= 50 and gaps.weighted_score.value < 0
    g4 = {d: m for d, m in gaps.gap4.dimensions.items()}
    assert all(g4[d].has_data for d in ("responsiveness", "reliability", "tangibles", "empathy"))
    assert all(-40 < g4[d].value < 0 for d in ("responsiveness", "reliability", "tangibles"))


def test_the_promise_register_has_outcomes(demo):
    db, _, _ = demo
    register = {p.name: p for p in _clocked(PromiseService, db).promises()}
    with db.read() as s:
        outcomes = s.execute(select(Promise.name, Promise.target_minutes,
                                    PromiseOutcome.measured_minutes, PromiseOutcome.at,
                                    PromiseOutcome.area_id)
                             .join(PromiseOutcome, PromiseOutcome.promise_id == Promise.id)).all()
    assert {"点菜后15分钟内上第一道菜", "预订客人到店10分钟内入座", "呼叫服务3分钟内响应",
            "结账5分钟内完成"} <= set(register)
    manual = [p for p in register.values() if p.source == "manual"]
    assert len(manual) >= 5 and {p.dimension for p in manual} >= {
        "responsiveness", "reliability", "tangibles"}
    assert 250 <= len(outcomes) <= 500
    assert all(FIRST <= at.date() < TODAY and area for _, _, _, at, area in outcomes)
    for p in manual:
        assert p.measured >= 20 and 60 <= p.kept_share < 100 or p.measured and p.kept_share > 80
    first_dish = [kept(m, t) for n, t, m, _, _ in outcomes if n == "点菜后15分钟内上第一道菜"]
    assert 0.6 < sum(first_dish) / len(first_dish) < 0.95
    complaint = [p for p in register.values() if p.source == "complaint_response"]
    assert len(complaint) == 1  # from bootstrap, measured from the complaint log
    assert complaint[0].measured == len(_complaints(db))
    assert 85 <= complaint[0].kept_share < 100


def test_the_audit_chain_still_verifies(demo):
    db, _, _ = demo
    with db.read() as s:
        assert audit.verify(s).ok


def test_the_demo_is_the_same_for_the_same_day(demo, tmp_path):
    db, _, _ = demo
    again, _, _ = _build(tmp_path / "again.db")
    try:
        def snapshot(database):
            with database.read() as s:
                return (s.execute(select(Complaint.__table__).order_by(Complaint.id)).all(),
                        s.execute(select(SurveyAnswer.survey_id, SurveyAnswer.item,
                                         SurveyAnswer.expectation, SurveyAnswer.perception)
                                  .order_by(SurveyAnswer.survey_id, SurveyAnswer.item)).all(),
                        s.execute(select(PromiseOutcome.at, PromiseOutcome.measured_minutes,
                                         PromiseOutcome.area_id)
                                  .order_by(PromiseOutcome.id)).all(),
                        s.execute(select(GuestComment.received_at, GuestComment.content)
                                  .order_by(GuestComment.id)).all())

        assert snapshot(again) == snapshot(db)
    finally:
        again.dispose()
