"""The daily quality report (日报): its figures checked by hand on a small venue, the PDF read
back with pypdf (the same figures, fonts embedded, page x of y, every character covered by
the bundled font), and the demo venue's report built end to end."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db.models_guest import Complaint
from app.db.models_patrol import Inspection
from app.db.models_rectification import Rectification
from app.domain.complaint_clock import response_seconds
from app.domain.errors import PermissionDenied
from app.domain.permissions import Role
from app.reports.daily_pdf import daily_report_pdf
from app.reports.report_layout import fmt_num, fmt_pct, fmt_ratio
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import open_database
from app.services.demo import build_demo
from app.services.gaps import GapService
from app.services.patrol_plan import windows
from app.services.patrols import PatrolService
from app.services.report_daily import DailyReportService
from app.services.settings import read_setting
from tests.patrol_builders import DAY, answer_all_pass, floor, make_version
from tests.rect_builders import Clock
from tests.roster_builders import put
from tests.unit.test_report_layout import font_problems, missing_glyphs, pages_text

NEXT_MORNING = dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(8, 0))
MOMENT = dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time())


def identity(_context: str, text: str) -> str:
    return text


def at(days_before: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY - dt.timedelta(days=days_before), dt.time(hour, minute))


def patrol(db, clock: Clock, area, ids, level: str, start: dt.datetime, fails=(), na=()):
    """A submitted round started at ``start``, every item passed but ``fails`` (with a note)
    and ``na``; submitted (and its findings found) ten minutes later."""
    clock.now = start
    svc = PatrolService(db, Actor("test-supervisor", Role.SUPERVISOR), clock)
    r = svc.start(area.id, ids["version"], level, at=start)
    answer_all_pass(svc, r.id, ids)
    for key in fails:
        if key == "fridge":
            svc.answer(r.id, ids[key], None, 7.5)
        else:
            svc.answer(r.id, ids[key], "fail")
        svc.set_note(r.id, ids[key], "not to standard")
    for key in na:
        svc.answer(r.id, ids[key], "na")
    clock.now = start + dt.timedelta(minutes=10)
    return svc.submit(r.id)


def verify(db, finding_id: int, when: dt.datetime) -> None:
    """Closed straight in the table: the workflow has its own tests, this one needs dates."""
    with db.write() as s:
        rect = s.scalar(select(Rectification).where(Rectification.finding_id == finding_id))
        rect.status, rect.closed_at, rect.verified_at = "verified", when, when


def complaint(db, received: dt.datetime, minutes: float | None) -> None:
    answered = None if minutes is None else received + dt.timedelta(minutes=minutes)
    with db.write() as s:
        s.add(Complaint(received_at=received, received_by="test", channel="in_person",
                        content="上菜太慢", category="slow_service", dimension="responsiveness",
                        first_response_at=answered,
                        response_s=response_seconds(received, answered)))


@pytest.fixture
def venue(services, db):
    """Two areas of one team (牡丹厅 201, 二楼大厅), rounds on D−10, D−3, D−2 and D = Mon
    2026-11-23, complaints on D−1 and D; see each test for the figures by hand."""
    f = floor(services)
    ids = make_version(db)
    room, hall, (_zhao, qian, sun) = f["room"], f["hall"], f["servers"]
    dinner = f["shifts"]["晚市"]
    for days, emp, area in ((10, sun, room), (3, sun, room), (2, qian, hall), (0, qian, hall)):
        put(services, emp, DAY - dt.timedelta(days=days), dinner, area)
    clock = Clock(at(10, 17))
    old = patrol(db, clock, room, ids, "supervisor", at(10, 17), fails=("uniform",))
    recent = patrol(db, clock, room, ids, "supervisor", at(3, 17), fails=("uniform",))
    exit_ = patrol(db, clock, hall, ids, "supervisor", at(2, 17), fails=("exit",))
    patrol(db, clock, room, ids, "supervisor", at(0, 17))  # all passed: 100
    patrol(db, clock, hall, ids, "leader", at(0, 18), fails=("uniform", "fridge"),
           na=("floor",))  # (0 + 2 + 0 + 1) / 5 = 60
    verify(db, old.findings[0].id, at(9, 12))  # due D−9 17:10: on time
    verify(db, recent.findings[0].id, at(0, 10))  # due D−2 17:10: late
    complaint(db, at(1, 12), 2)
    complaint(db, at(0, 12), 3)
    complaint(db, at(0, 13), 8)
    return {"f": f, "ids": ids, "exit": exit_, "qian": qian}


def report(db, role: Role = Role.MANAGER, day: dt.date = DAY):
    return DailyReportService(db, Actor(f"test-{role.value}", role), lambda: NEXT_MORNING).daily(day)


def test_headline_figures_by_hand(db, venue):
    r = report(db)
    d, w, m = r.today, r.week, r.month
    assert r.moment == MOMENT
    assert (d.date_from, w.date_from, w.date_to, m.date_from) == (
        DAY, DAY - dt.timedelta(days=7), DAY - dt.timedelta(days=1), DAY - dt.timedelta(days=30))
    assert (d.rounds, w.rounds, m.rounds) == (2, 2, 3)
    assert d.average_score == pytest.approx((100 + 60) / 2)
    assert w.average_score == pytest.approx(83.33) == m.average_score  # 5/6 each
    # scored results: room 5 (text excluded), hall 4 (floor N/A); failed: uniform, fridge
    assert (d.units, d.failed, w.units, w.failed, m.units, m.failed) == (9, 2, 10, 2, 15, 3)
    assert d.defect_rate == pytest.approx(100 * 2 / 9)
    # tangibles (uniform, fridge, floor; weight 1 each): room 3/3 + hall 0/2 (floor N/A)
    assert d.pass_rates["tangibles"] == pytest.approx(60.0)
    assert d.pass_rates["reliability"] == d.pass_rates["assurance"] == 100.0
    assert d.pass_rates["responsiveness"] is None and d.pass_rates["empathy"] is None
    assert w.pass_rates["tangibles"] == pytest.approx(100 * 5 / 6)
    assert w.pass_rates["assurance"] == pytest.approx(50.0)
    assert m.pass_rates["tangibles"] == pytest.approx(100 * 7 / 9)
    # rectifications: two opened today; the D−3 one verified today, late
    assert (d.rect_opened, d.rect_closed, d.closed_on_time) == (2, 1, 0)
    assert d.closed_on_time_share == 0.0
    assert (w.rect_opened, w.rect_closed, w.closed_on_time_share) == (2, 0, None)
    assert (m.rect_opened, m.rect_closed, m.closed_on_time_share) == (3, 1, 100.0)
    assert (d.complaints, d.complaints_on_time) == (2, 50.0)
    assert (w.complaints, w.complaints_on_time) == (1, 100.0)
    assert r.complaint_limit_minutes == 5


def test_patrols_due_follow_the_plan(db, venue):
    r = report(db)
    with db.read() as s:
        settings = {k: read_setting(s, f"patrol.{k}") for k in (
            "leader_interval_hours", "supervisor_per_shift", "manager_per_day")}
    shifts = [(sh.start, sh.end) for sh in venue["f"]["shifts"].values() if sh.active]
    per_area = sum(len(windows(level, shifts, DAY, settings))
                   for level in ("leader", "supervisor", "manager"))
    assert r.today.patrols_due == 2 * per_area
    # the room's supervisor round and the hall's leader round each fill a window
    assert (r.today.patrols_done, r.week.patrols_done, r.month.patrols_done) == (2, 2, 3)


def test_pareto_p_chart_rankings_and_recurring_problems(db, venue):
    r = report(db)
    assert [(b.category, b.count) for b in r.pareto] == [
        ("grooming", 3), ("hygiene", 1), ("safety", 1)]
    assert [b.cumulative for b in r.pareto] == pytest.approx([60.0, 80.0, 100.0])
    points = [(p.label, p.n, p.defects) for p in r.p_chart.points]
    assert points == [(DAY - dt.timedelta(days=10), 5, 1), (DAY - dt.timedelta(days=3), 5, 1),
                      (DAY - dt.timedelta(days=2), 5, 1), (DAY, 9, 2)]
    assert r.p_chart.centre == pytest.approx(5 / 24)
    assert r.ranking_from == DAY - dt.timedelta(days=6)
    room, hall = r.areas
    assert (room.name, room.rounds, room.findings, room.overdue) == ("牡丹厅 201", 2, 1, 0)
    assert room.average_score == pytest.approx((83.33 + 100) / 2)
    assert (hall.name, hall.rounds, hall.findings, hall.overdue) == ("二楼大厅", 2, 3, 1)
    assert hall.average_score == pytest.approx((83.33 + 60) / 2)
    (team,) = r.teams
    assert (team.name, team.rounds, team.findings, team.overdue) == ("二楼包房一组", 4, 4, 1)
    assert team.average_score == pytest.approx((83.33 + 100 + 83.33 + 60) / 4)
    (problem,) = r.recurring  # the hall's uniform failed once only
    assert (problem.area, problem.problem, problem.occurrences, problem.recurrences) == (
        "牡丹厅 201", "Uniform clean and name badge worn", 2, 1)
    assert problem.last_found == at(3, 17, 10)


def test_accountability_names_the_owner_and_the_leaders_above(db, venue):
    r = report(db)
    (row,) = r.overdue  # the critical fire exit of D−2; today's minor items are due tomorrow
    finding = venue["exit"].findings[0]
    assert row.problem == finding.description == "Fire exit free — not to standard"
    assert (row.area, row.severity, row.owner, row.owner_post, row.chain, row.accountable) == (
        "二楼大厅", "critical", "钱进", "包房服务员", ("王丽",), "钱进")
    assert row.due_at == at(2, 17, 25)  # found 17:10, 15 minutes for a critical item
    assert row.overdue_hours == pytest.approx((MOMENT - row.due_at).total_seconds() / 3600)
    # seen from before the exit was due, only the room's D−3 uniform (due D−2 17:10) is late
    early = DailyReportService(db, SYSTEM, lambda: at(2, 17, 20)).daily(DAY - dt.timedelta(days=2))
    assert [(x.area, x.owner) for x in early.overdue] == [("牡丹厅 201", "孙悦")]
    assert early.moment == at(2, 17, 20)


def test_gaps_are_the_gap_service_figures_and_meta_is_filled(db, venue):
    r = report(db)
    direct = GapService(db, SYSTEM).five_gaps(DAY - dt.timedelta(days=29), DAY)
    assert r.gaps.to_json() == direct.to_json()
    assert (r.meta.title, r.meta.date_from, r.meta.generated_at, r.meta.generated_by) == (
        "Daily quality report", DAY, NEXT_MORNING, "test-manager")
    assert len(r.meta.audit_head) == 64


def test_only_report_readers_may_build_it(db, venue):
    for role in (Role.STAFF, Role.LEADER):
        with pytest.raises(PermissionDenied):
            report(db, role)
        svc = DailyReportService(db, Actor("x", role), lambda: NEXT_MORNING)
        with pytest.raises(PermissionDenied):
            svc.daily_pdf(DAY, identity)
    assert report(db, Role.HR).today.rounds == 2
    pdf = DailyReportService(db, Actor("hr", Role.HR), lambda: NEXT_MORNING).daily_pdf(
        DAY, identity)
    assert pdf.startswith(b"%PDF") and "Page 1 of" in pages_text(pdf)[0]


def test_pdf_shows_the_service_figures(db, venue):
    r = report(db)
    pdf = daily_report_pdf(r, identity)
    texts = pages_text(pdf)
    text = "\n".join(texts)
    assert "80.0" in texts[0]  # average score of the day
    assert fmt_ratio(r.today.patrols_done, r.today.patrols_due) in texts[0]
    assert "Pass rate: Tangibles" in text and "60.0%" in text
    assert "22.22%" in text  # failed items of the day, 2 of 9
    assert f"#{r.overdue[0].rectification_id}" in text and "钱进" in text and "王丽" in text
    assert "Grooming" in text and "Uniform clean and name badge worn" in text
    assert "二楼包房一组" in text and "牡丹厅 201" in text
    assert "Gap 3 delivery" in text
    for n, page in enumerate(texts, 1):
        assert f"Page {n} of {len(texts)}" in page
        assert f"audit chain head {r.meta.audit_head[:16]}…" in page
    assert font_problems(pdf) == []
    assert missing_glyphs(pdf) == set()


def test_an_empty_day_reports_no_data_not_zero(db, services):
    r = DailyReportService(db, SYSTEM, lambda: NEXT_MORNING).daily(DAY)
    assert r.today.average_score is None and r.today.defect_rate is None
    assert r.p_chart.centre is None and r.pareto == () and r.overdue == ()
    text = "\n".join(pages_text(daily_report_pdf(r, identity)))
    assert "No findings in this period." in text and "Nothing is overdue." in text
    assert "no data" in text


# ---------------------------------------------------------------- the demo venue

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    build_demo(database, SYSTEM, today=TODAY)
    clock = dt.datetime.combine(TODAY, dt.time(7, 30))
    r = DailyReportService(database, SYSTEM, lambda: clock).daily(TODAY - dt.timedelta(days=1))
    yield database, r, daily_report_pdf(r, identity)
    database.dispose()


def test_demo_report_headline_numbers_are_in_the_pdf(demo):
    database, r, pdf = demo
    day = TODAY - dt.timedelta(days=1)
    with database.read() as s:
        scores = [x for x in s.scalars(select(Inspection.score).where(
            Inspection.day == day, Inspection.status == "submitted")) if x is not None]
    assert r.today.rounds == len(scores) > 0
    assert r.today.average_score == pytest.approx(sum(scores) / len(scores))
    first = pages_text(pdf)[0]
    for figure in (fmt_ratio(r.today.patrols_done, r.today.patrols_due),
                   fmt_num(r.today.average_score), fmt_pct(r.today.defect_rate),
                   str(r.today.rounds), str(len(r.overdue)),
                   fmt_pct(r.today.pass_rates["tangibles"]),
                   fmt_num(r.week.average_score), fmt_num(r.month.average_score)):
        assert figure in first, figure
    assert r.p_chart.points and r.pareto and r.areas and r.overdue


def test_demo_pdf_fonts_glyphs_pages_and_repeated_headers(demo):
    _database, r, pdf = demo
    texts = pages_text(pdf)
    assert font_problems(pdf) == [] and missing_glyphs(pdf) == set()
    for n, page in enumerate(texts, 1):
        assert f"Page {n} of {len(texts)}" in page
    # the accountability table runs over a page: its header comes again
    pages_with_rows = [t for t in texts if f"#{r.overdue[-1].rectification_id}" in t
                       or f"#{r.overdue[0].rectification_id}" in t]
    assert all("Leaders above" in t for t in pages_with_rows)
    assert sum("Leaders above" in t for t in texts) >= 2
