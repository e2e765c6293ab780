"""The monthly accountability report (月度考核): a hand-built November whose figures are
worked out below by hand, the PDF read back with pypdf, and the demo venue's month.

November 2026, reported on 5 December, so rectification states are those at 1 December
00:00 (as_of). Team 二楼包房一组: 王丽 (leader), 赵敏, 钱进; 周强 (runner) is in no team.
- Rounds (晚市): Mon 23rd room — leader 王丽 ("wangli") all pass (100), supervisor ("sup")
  fails the uniform item 王丽 had passed (83.33: a disagreement); Tue 24th room — leader,
  tables 3/4 (91.67); Tue hall — leader all pass (100).
- Where people stood: 赵敏 room Mon + Tue → 3 rounds, (100 + 83.33 + 91.67) / 3 = 91.67;
  钱进 hall Mon (absent: not counted) + hall Tue → 1 round, 100; 王丽 room Mon → 2 rounds,
  91.67. The team: the 4 distinct rounds, 93.75.
- Findings and rectifications: 赵敏 F1 minor (on time), F2 critical (verified late), F3
  minor due 26th still open (overdue), F4 minor found 30th due 1 Dec 12:00 (open, not
  overdue at as_of; verified 2 Dec — after as_of); 钱进 F6 cancelled, and one from October
  (not counted); 王丽 the supervisor's uniform finding (minor, due 24th 19:10, open:
  overdue); 周强 F7 verified on time.
- Complaints handed to 赵敏: 2 in November, 1 in December (not counted).
- Accountability records: 赵敏 financial ¥50 (24th), 钱进 reminder (26th); 赵敏 criticism on
  2 December (not counted).
- Inspectors: wangli 3 rounds, 1 contradicted → 33.3 %; sup 1 round, 0 → 0 %."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import PermissionDenied
from app.domain.permissions import Role
from app.reports.monthly_pdf import monthly_report_pdf
from app.reports.report_layout import fmt_num, fmt_pct
from app.services.accountability import AccountabilityService
from app.services.base import SYSTEM, Actor
from app.services.complaints import ComplaintService
from app.services.rectifications import RectificationService
from app.services.report_monthly import MonthlyReportService, month_bounds
from tests.patrol_builders import make_version
from tests.rect_builders import Clock
from tests.roster_builders import build_floor
from tests.unit.test_shift_report import (
    ad_hoc,
    complaint,
    demo_venue,
    fix,
    flat,
    identity,
    patrol,
    pdf_text,
    roster,
    runner,
)

MON = dt.date(2026, 11, 23)
TUE = MON + dt.timedelta(days=1)
NOVEMBER = dt.date(2026, 11, 1)
REPORTED = dt.datetime(2026, 12, 5, 9, 0)


def at(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


def hand_to(db, complaint_id: int, department_id: int, employee_id: int,
            when: dt.datetime) -> None:
    svc = ComplaintService(db, SYSTEM, Clock(when))
    svc.hand_over(complaint_id, svc.complaint(complaint_id).complaint.version, department_id,
                  employee_id)


@pytest.fixture
def month_world(services, db):
    f = build_floor(services)
    lead, (zhao, qian, _sun) = f["lead"], f["servers"]
    zhou, _post = runner(services, f)
    room, hall = f["room"], f["hall"]
    roster(services, f, MON, lead, room)
    roster(services, f, MON, zhao, room)
    roster(services, f, TUE, zhao, room)
    absent = roster(services, f, MON, qian, hall)
    services.roster.mark_attendance(absent, "absent")
    roster(services, f, TUE, qian, hall)

    ids = make_version(db)
    patrol(db, "wangli", "leader", lead.id, ids, room.id, "leader", at(MON, 17))
    patrol(db, "sup", "supervisor", None, ids, room.id, "supervisor", at(MON, 19),
           {"uniform": "未戴工牌"})
    patrol(db, "wangli", "leader", lead.id, ids, room.id, "leader", at(TUE, 18), {"tables": 3})
    patrol(db, "wangli", "leader", lead.id, ids, hall.id, "leader", at(TUE, 19))

    f1 = ad_hoc(db, room.id, zhao.id, "minor", at(MON, 12), "F1")
    f2 = ad_hoc(db, room.id, zhao.id, "critical", at(MON, 17), "F2")
    ad_hoc(db, room.id, zhao.id, "minor", at(dt.date(2026, 11, 25), 10), "F3")
    f4 = ad_hoc(db, room.id, zhao.id, "minor", at(dt.date(2026, 11, 30), 12), "F4")
    ad_hoc(db, hall.id, qian.id, "major", at(dt.date(2026, 10, 31), 12), "F5 上月")
    f6 = ad_hoc(db, hall.id, qian.id, "minor", at(dt.date(2026, 11, 10), 12), "F6")
    f7 = ad_hoc(db, hall.id, zhou.id, "minor", at(dt.date(2026, 11, 12), 12), "F7")
    fix(db, f1, zhao.id, at(MON, 18))
    fix(db, f2, zhao.id, at(MON, 18))  # due 17:15
    fix(db, f4, zhao.id, at(dt.date(2026, 12, 2), 9))  # after the month's end
    fix(db, f7, zhou.id, at(dt.date(2026, 11, 12), 15))
    cancel = RectificationService(db, Actor("wangli", Role.LEADER, None, lead.id),  # 钱进's leader
                                  Clock(at(dt.date(2026, 11, 10), 13)))
    cancel.cancel(f6, cancel.rectification(f6).rectification.version, "重复登记")

    for day in (MON, TUE, dt.date(2026, 12, 1)):
        c = complaint(db, at(day, 19), dt.timedelta(minutes=2))
        hand_to(db, c, f["dept"].id, zhao.id, at(day, 19, 5))

    for day, emp, kind, amount in ((MON + dt.timedelta(days=1), zhao, "financial", 50.0),
                                   (dt.date(2026, 11, 26), qian, "reminder", None),
                                   (dt.date(2026, 12, 2), zhao, "criticism", None)):
        AccountabilityService(db, SYSTEM, Clock(at(day, 10))).record(
            emp.id, kind, f"{kind} 记录", amount=amount)
    return {**f, "zhou": zhou}


def report_of(db, role: Role = Role.HR, month: dt.date = NOVEMBER):
    return MonthlyReportService(db, Actor("hr", role), lambda: REPORTED).monthly(month)


def test_month_bounds():
    assert month_bounds(dt.date(2026, 11, 17)) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert month_bounds(dt.date(2026, 12, 1)) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert month_bounds(dt.date(2027, 2, 1)) == (dt.date(2027, 2, 1), dt.date(2027, 2, 28))


def test_the_scores_of_the_areas_people_stood_in(month_world, db):
    report = report_of(db)
    assert report.as_of == dt.datetime(2026, 12, 1)
    assert (report.meta.date_from, report.meta.date_to) == (NOVEMBER, dt.date(2026, 11, 30))
    servers = month_world["servers"]
    zhao, qian, wang = (report.person(e.id) for e in (servers[0], servers[1],
                                                       month_world["lead"]))
    assert (zhao.figures.shifts, zhao.figures.rounds) == (2, 3)
    assert zhao.figures.average_score == pytest.approx((100 + 83.33 + 91.67) / 3, abs=0.01)
    assert (qian.figures.shifts, qian.figures.rounds, qian.figures.average_score) == (1, 1, 100)
    assert (wang.figures.rounds, wang.figures.average_score) == (2, pytest.approx(91.665))
    team = report.team("二楼包房一组")
    assert (team.leader, team.people, team.figures.rounds) == ("王丽", 3, 4)
    assert team.figures.average_score == pytest.approx((100 + 83.33 + 91.67 + 100) / 4,
                                                       abs=0.01)


def test_findings_and_rectification_timeliness(month_world, db):
    report = report_of(db)
    zhao = report.person(month_world["servers"][0].id).figures
    assert (zhao.findings, zhao.critical_findings) == (4, 1)
    r = zhao.rectifications
    assert (r.total, r.on_time, r.late, r.open, r.overdue, r.cancelled) == (4, 1, 1, 2, 1, 0)
    assert r.on_time_share == 50.0
    qian = report.person(month_world["servers"][1].id).figures
    assert qian.findings == 1  # F5 was in October
    assert (qian.rectifications.total, qian.rectifications.cancelled) == (1, 1)
    wang = report.person(month_world["lead"].id).figures
    assert (wang.findings, wang.rectifications.open, wang.rectifications.overdue) == (1, 1, 1)
    team = report.team("二楼包房一组").figures
    assert team.findings == 6
    t = team.rectifications
    assert (t.total, t.on_time, t.late, t.open, t.overdue, t.cancelled) == (6, 1, 1, 3, 2, 1)
    nobody = report.team("")
    assert nobody.team_id is None and nobody.people == 1
    assert nobody.figures.rectifications.on_time == 1


def test_complaints_and_accountability_records_of_the_month(month_world, db):
    report = report_of(db)
    zhao = report.person(month_world["servers"][0].id).figures
    assert (zhao.complaints, zhao.records, zhao.amount) == (2, 1, 50.0)
    assert [(r.name, r.kind, r.amount) for r in report.records] == [
        ("赵敏", "financial", 50.0), ("钱进", "reminder", None)]
    team = report.team("二楼包房一组").figures
    assert (team.complaints, team.records, team.amount) == (2, 2, 50.0)


def test_the_disagreement_rate_of_inspectors(month_world, db):
    report = report_of(db)
    wangli, sup = report.inspector("wangli"), report.inspector("sup")
    assert (wangli.name, wangli.rounds, wangli.contradicted, wangli.disagreements) == (
        "王丽", 3, 1, 1)
    assert wangli.disagreement_rate == pytest.approx(100 / 3)
    assert (sup.rounds, sup.contradicted, sup.disagreement_rate) == (1, 0, 0.0)
    assert report.inspectors[0] is wangli  # highest rate first


def test_another_month_has_none_of_it(month_world, db):
    report = report_of(db, month=dt.date(2026, 10, 1))
    assert [p.name for p in report.people] == ["钱进"]  # F5, found on 31 October
    assert report.inspectors == () and report.records == ()


def test_only_report_readers_may_see_it(month_world, db):
    with pytest.raises(PermissionDenied):
        report_of(db, Role.LEADER)
    assert report_of(db, Role.SUPERVISOR).people


def test_the_pdf_shows_the_same_figures(month_world, db):
    report = report_of(db)
    reader, text = pdf_text(monthly_report_pdf(report, identity))
    pages = len(reader.pages)
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in text
    assert "Monthly accountability report" in text and "2026-11-01 — 2026-11-30" in text
    joined = flat(text)
    # 赵敏's row: shifts, rounds, score, findings (critical), rectifications, on time, late,
    # open (overdue), on-time share, complaints, records.
    assert flat(f"赵敏 包房服务员 2 3 {fmt_num(91.67)} 4 (1) 4 1 1 2 (1) 50% 2 1") in joined
    team = report.team("二楼包房一组").figures
    assert flat(f"{fmt_num(team.average_score)} 6 (1) 6 1 1 3 (2) 50% 2 2") in joined
    assert flat("王丽 (wangli) 3 97.2 1 1 33.3%") in joined  # (100 + 91.67 + 100) / 3 given
    assert "financial 记录" in text and "50.00" in text and "Reminder" in text
    assert flat("¥50.00 financial responsibility") in joined
    assert fmt_pct(100 / 3) in text


def test_an_empty_month_prints(services, db):
    report = report_of(db)
    assert report.people == () and report.teams == ()
    _reader, text = pdf_text(monthly_report_pdf(report, identity))
    assert "No accountability record this month." in text
    assert "No patrol round was submitted this month." in text


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo venue, built once for this module's tests."""
    yield from demo_venue(tmp_path_factory, "demo_monthly")


def test_the_demo_month_reads_back(demo):
    report = MonthlyReportService(demo, Actor("hr", Role.HR),
                                  lambda: dt.datetime(2026, 11, 3, 8, 30)).monthly(
        dt.date(2026, 10, 1))
    assert report.teams and report.people and report.inspectors
    assert any(i.contradicted for i in report.inspectors)
    _reader, text = pdf_text(monthly_report_pdf(report, identity))
    joined = flat(text)
    for team in report.teams:
        f = team.figures
        assert flat(f"{team.team} {team.leader} {team.people} {f.shifts} {f.rounds} "
                    f"{fmt_num(f.average_score)}") in joined
    for p in report.people:
        assert flat(f"{p.code} {p.name}") in joined
    for i in report.inspectors:
        assert flat(f"{i.rounds} {fmt_num(i.average_score)} {i.contradicted} "
                    f"{i.disagreements} {fmt_pct(i.disagreement_rate)}") in joined
