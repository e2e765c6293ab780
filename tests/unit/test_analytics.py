"""Quality analytics on a small hand-built floor whose every figure is worked out below.

Floor: team 二楼包房一组 (T1: leader 王丽, servers 赵敏/钱进/孙悦) stands for 牡丹厅 201 (room)
and 二楼大厅 (hall) of 楼面部; team "=2+3组" (T2, a name a spreadsheet would run) stands for
露台 (terrace) of 户外部; team 空组 (T3, 户外部) has no area and no member.

Submitted rounds (checklist of tests/patrol_builders.ITEMS; "scored" = not N/A, not text):
  Mon  A room  leader      lead  90   5 scored, failed: floor (hygiene)
  Mon  B hall  supervisor  boss  80   4 scored (exit N/A), failed: uniform, tables, fridge 7 °C
  Mon  F room  self        s1   100   5 scored, none failed
  Wed  C terr. leader      lead2 100  5 scored, none failed
  Wed  D room  supervisor  boss  70   5 scored, failed: uniform (tables 2/4 is not a failure)
  Wed  G room  leader      lead 100   5 scored, none failed
  Wed  X terr. external    mystery —  no answers, no score
Tuesday has no round; a draft on Wednesday full of failures counts for nothing.
Mon: 3 rounds, mean 90, 4 of 14 failed. Wed: 4 rounds, mean (100+70+100)/3 = 90, 1 of 15.
Disagreements: A failed the floor F (s1) had passed; D failed the uniform G (lead) had passed.
Ad-hoc findings: safety in the hall on Monday (nobody's), slow_service (a complaint's) on the
terrace on Wednesday, owned by T2's member.
Rectifications on the five result findings, judged at Thursday 00:00 (the period's end):
A-floor open, due Mon → overdue; B-uniform verified on time; B-tables submitted (the
verifier's move); B-fridge verified only on Friday → overdue at the moment; D-uniform due
Saturday. T1 has 2 overdue.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics

import openpyxl
import pytest
from sqlalchemy import select

from app.db.models_patrol import (
    ChecklistItem,
    ChecklistTemplate,
    Disagreement,
    Finding,
    Inspection,
    InspectionResult,
    TemplateVersion,
)
from app.db.models_rectification import Rectification
from app.domain import spc
from app.domain.checklists import Answer, ItemRule, failed, item_fraction
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.services import analytics_queries as q
from app.services.analytics import AnalyticsService, category_label
from app.services.analytics_dto import AnalyticsFilter
from app.services.base import SYSTEM, Actor
from tests.helpers import hire
from tests.patrol_builders import make_version
from tests.roster_builders import build_floor

MON = dt.date(2026, 11, 23)
TUE, WED, THU = (MON + dt.timedelta(days=n) for n in (1, 2, 3))
NOW = dt.datetime(2026, 11, 30, 12, 0)  # well after the period: overdue is judged at its end
PERIOD = AnalyticsFilter(MON, WED)

PASS_ALL = {"uniform": ("pass", None), "tables": ("pass", 4.0), "fridge": ("pass", 3.0),
            "remarks": ("pass", None), "exit": ("pass", None), "floor": ("pass", None)}


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def add_round(db, ids, area_id, day, level, inspector, score, answers=None,
              employee_id=None, status="submitted") -> tuple[int, dict[str, int]]:
    """A round stored as submit leaves it; returns (inspection id, item key → result id)."""
    with db.write() as s:
        insp = Inspection(version_id=ids["version"], level=level, inspector=inspector,
                          inspector_employee_id=employee_id, area_id=area_id, day=day,
                          started_at=at(day, 17), finished_at=at(day, 17, 20), status=status,
                          score=score)
        s.add(insp)
        s.flush()
        results = {}
        for key, (outcome, value) in (answers or {}).items():
            r = InspectionResult(inspection_id=insp.id, item_id=ids[key], outcome=outcome,
                                 value=value, text="ok" if key == "remarks" else "",
                                 answered_at=at(day, 17, 5))
            s.add(r)
            s.flush()
            results[key] = r.id
        return insp.id, results


def add_finding(db, area_id, category, found_at, responsible_id=None, inspection_id=None,
                result_id=None) -> int:
    with db.write() as s:
        f = Finding(area_id=area_id, description="问题", category=category, severity="minor",
                    responsible_id=responsible_id, found_at=found_at, found_by="boss",
                    inspection_id=inspection_id, result_id=result_id)
        s.add(f)
        s.flush()
        return f.id


def add_rect(db, finding_id, assignee_id, due_at, status, closed_at=None) -> None:
    with db.write() as s:
        s.add(Rectification(finding_id=finding_id, assignee_id=assignee_id, due_at=due_at,
                            status=status, created_at=due_at - dt.timedelta(hours=2),
                            closed_at=closed_at))


def build_world(db, services) -> dict:
    """The floor of the module docstring; returns the ids the tests filter by."""
    f = build_floor(services)
    lead, (s1, s2, _s3) = f["lead"], f["servers"]
    outdoor = services.org.save_department("户外部")
    t2_member = hire(services, "T2M", "周强", f["server_post"].id).employee
    t2 = services.teams.save_team("=2+3组", outdoor.id, None, [t2_member.id])
    t3 = services.teams.save_team("空组", outdoor.id, None, [])
    terrace = services.teams.save_area("露台", "hall", "1F", outdoor.id, t2.id)
    ids = make_version(db)
    room, hall = f["room"].id, f["hall"].id
    a, a_res = add_round(db, ids, room, MON, "leader", "lead", 90.0,
                         {**PASS_ALL, "floor": ("fail", None)}, employee_id=lead.id)
    b, b_res = add_round(db, ids, hall, MON, "supervisor", "boss", 80.0,
                         {**PASS_ALL, "uniform": ("fail", None), "tables": ("fail", None),
                          "fridge": ("fail", 7.0), "exit": ("na", None)})
    f_id, _ = add_round(db, ids, room, MON, "self", "s1", 100.0, PASS_ALL, employee_id=s1.id)
    add_round(db, ids, terrace.id, WED, "leader", "lead2", 100.0, PASS_ALL)
    d, d_res = add_round(db, ids, room, WED, "supervisor", "boss", 70.0,
                         {**PASS_ALL, "uniform": ("fail", None), "tables": ("pass", 2.0)})
    g, _ = add_round(db, ids, room, WED, "leader", "lead", 100.0, PASS_ALL,
                     employee_id=lead.id)
    add_round(db, ids, terrace.id, WED, "external", "mystery", None)
    add_round(db, ids, room, WED, "leader", "lead", None,
              {k: ("fail", None) for k in ("uniform", "exit", "floor")}, status="draft")
    with db.write() as s:
        s.add_all([Disagreement(higher_inspection_id=a, lower_inspection_id=f_id,
                                item_id=ids["floor"], lower_inspector="s1", day=MON),
                   Disagreement(higher_inspection_id=d, lower_inspection_id=g,
                                item_id=ids["uniform"], lower_inspector="lead", day=WED)])
    findings = {
        "a_floor": add_finding(db, room, "hygiene", at(MON, 17, 20), s1.id, a, a_res["floor"]),
        "b_uniform": add_finding(db, hall, "grooming", at(MON, 17, 20), s2.id, b,
                                 b_res["uniform"]),
        "b_tables": add_finding(db, hall, "service", at(MON, 17, 20), s2.id, b, b_res["tables"]),
        "b_fridge": add_finding(db, hall, "hygiene", at(MON, 17, 20), s2.id, b, b_res["fridge"]),
        "d_uniform": add_finding(db, room, "grooming", at(WED, 17, 20), s1.id, d,
                                 d_res["uniform"]),
    }
    add_finding(db, hall, "safety", at(MON, 20))
    add_finding(db, terrace.id, "slow_service", at(WED, 12), t2_member.id)
    add_finding(db, hall, "safety", at(THU, 9))  # after the period
    add_rect(db, findings["a_floor"], s1.id, at(MON, 18), "open")
    add_rect(db, findings["b_uniform"], s2.id, at(MON, 18), "verified", at(MON, 17, 50))
    add_rect(db, findings["b_tables"], s2.id, at(MON, 18), "submitted")
    add_rect(db, findings["b_fridge"], s2.id, at(MON, 18), "verified", at(THU, 20))
    add_rect(db, findings["d_uniform"], s1.id, at(WED + dt.timedelta(days=3), 12), "open")
    return {"f": f, "room": room, "hall": hall, "terrace": terrace.id, "t1": f["team"].id,
            "t2": t2.id, "t3": t3.id, "floor_dept": f["dept"].id, "outdoor": outdoor.id}


@pytest.fixture
def world(db, services):
    return build_world(db, services)


@pytest.fixture
def analytics(db):
    return AnalyticsService(db, SYSTEM, clock=lambda: NOW)


# ---------------------------------------------------------------- trends


def test_trends_give_every_day_and_no_zero_for_a_day_without_rounds(world, analytics):
    mon, tue, wed = analytics.trends(PERIOD)
    assert (mon.day, mon.inspections, mon.average_score, mon.units, mon.failed) == (
        MON, 3, pytest.approx(90.0), 14, 4)
    assert mon.defect_rate == pytest.approx(4 / 14)
    assert (tue.day, tue.inspections, tue.average_score, tue.defect_rate) == (TUE, 0, None, None)
    # The external audit has no score and no answers: it counts as a round, not in the mean.
    assert (wed.inspections, wed.average_score, wed.units, wed.failed) == (
        4, pytest.approx(90.0), 15, 1)


def test_filters_by_area_department_and_team(world, analytics):
    room = analytics.trends(AnalyticsFilter(MON, WED, area_id=world["room"]))
    assert [(r.inspections, r.average_score, r.units, r.failed) for r in room] == [
        (2, 95.0, 10, 1), (0, None, 0, 0), (2, 85.0, 10, 1)]
    outdoor = analytics.trends(AnalyticsFilter(MON, WED, department_id=world["outdoor"]))
    assert [(r.inspections, r.average_score, r.units) for r in outdoor] == [
        (0, None, 0), (0, None, 0), (2, 100.0, 5)]
    t1 = analytics.trends(AnalyticsFilter(MON, WED, team_id=world["t1"]))
    assert [(r.inspections, r.units, r.failed) for r in t1] == [(3, 14, 4), (0, 0, 0),
                                                                 (2, 10, 1)]
    # Filters intersect: the hall is not the outdoor department's.
    assert not any(r.inspections for r in analytics.trends(
        AnalyticsFilter(MON, WED, area_id=world["hall"], department_id=world["outdoor"])))


# ---------------------------------------------------------------- p-chart, sigma, Pareto


def test_p_chart_is_spc_on_the_daily_counts(world, analytics):
    chart = analytics.p_chart(PERIOD)
    assert chart == spc.p_chart([(MON, 14, 4), (WED, 15, 1)])  # Tuesday has no subgroup
    assert chart.centre == pytest.approx(5 / 29)
    mon = chart.points[0]
    sigma = math.sqrt(5 / 29 * (24 / 29) / 14)
    assert (mon.ucl, mon.lcl) == (pytest.approx(5 / 29 + 3 * sigma), 0.0)


def add_ordinary_days(db, area_id: int) -> None:
    """Twelve days before Monday with 0 or 2 of 20 results failed (alternately): Monday's 4
    of 14 then lies beyond its UCL, and nothing else breaks a rule."""
    ids = make_version(db, key="second")
    for n in range(12):
        day = MON - dt.timedelta(days=12 - n)
        for k in range(4):
            bad = n % 2 and k < 2
            add_round(db, ids, area_id, day, "leader", "calm", 100.0,
                      {**PASS_ALL, "floor": ("fail" if bad else "pass", None)})


def test_p_chart_marks_a_day_beyond_the_limits(db, world, analytics):
    add_ordinary_days(db, world["room"])
    chart = analytics.p_chart(AnalyticsFilter(MON - dt.timedelta(days=12), WED))
    assert chart.centre == pytest.approx(17 / 269)
    assert [(p.label, p.rules) for p in chart.out_of_control] == [(MON, (1,))]


def test_sigma_uses_rounds_as_units_and_scored_results_as_opportunities(world, analytics):
    sigma = analytics.sigma(PERIOD)
    assert (sigma.defects, sigma.units, sigma.opportunities) == (5, 7, 29)
    assert sigma.opportunities_per_unit == pytest.approx(29 / 7)
    assert sigma.dpmo == pytest.approx(1e6 * 5 / 29)
    assert sigma.sigma_level == pytest.approx(
        statistics.NormalDist().inv_cdf(1 - 5 / 29) + 1.5)
    calm = analytics.sigma(AnalyticsFilter(WED, WED, department_id=world["outdoor"]))
    assert (calm.defects, calm.dpmo, calm.sigma_level) == (0, 0.0, math.inf)
    empty = analytics.sigma(AnalyticsFilter(TUE, TUE))
    assert (empty.units, empty.opportunities_per_unit, empty.dpmo, empty.sigma_level) == (
        0, None, None, None)


def test_pareto_counts_failed_results_and_ad_hoc_findings(world, analytics):
    bars = analytics.pareto(PERIOD)
    assert [(b.category, b.count) for b in bars] == [
        ("grooming", 2), ("hygiene", 2), ("safety", 1), ("service", 1), ("slow_service", 1)]
    assert [round(b.cumulative, 2) for b in bars] == [
        round(100 * n / 7, 2) for n in (2, 4, 5, 6, 7)]
    hall = analytics.pareto(AnalyticsFilter(MON, WED, area_id=world["hall"]))
    assert [(b.category, b.count) for b in hall] == [
        ("grooming", 1), ("hygiene", 1), ("safety", 1), ("service", 1)]
    assert category_label("slow_service") == "Slow service or long wait"
    assert category_label("") == "No category"


# ---------------------------------------------------------------- rankings


def test_team_ranking_best_first(world, analytics):
    rows = analytics.team_ranking(PERIOD)
    assert [(r.rank, r.team, r.inspections, r.average_score, r.findings, r.overdue)
            for r in rows] == [
        (1, "=2+3组", 2, 100.0, 1, 0),
        (2, "二楼包房一组", 5, pytest.approx(88.0), 5, 2),
        (3, "空组", 0, None, 0, 0)]  # no round: last


def test_team_ranking_in_one_area_or_for_one_team(world, analytics):
    room = analytics.team_ranking(AnalyticsFilter(MON, WED, area_id=world["room"]))
    assert [(r.team, r.inspections, r.average_score, r.findings, r.overdue) for r in room] == [
        ("二楼包房一组", 4, 90.0, 2, 1)]
    only = analytics.team_ranking(AnalyticsFilter(MON, WED, team_id=world["t2"]))
    assert [(r.rank, r.team, r.inspections) for r in only] == [(1, "=2+3组", 2)]
    outdoor = analytics.team_ranking(AnalyticsFilter(MON, WED, department_id=world["outdoor"]))
    assert [r.team for r in outdoor] == ["=2+3组", "空组"]


def test_overdue_is_judged_at_the_period_end_or_now(db, world):
    early = AnalyticsService(db, SYSTEM, clock=lambda: at(MON, 19))  # before B-fridge's fix
    t1 = next(r for r in early.team_ranking(PERIOD) if r.team == "二楼包房一组")
    assert t1.overdue == 2  # A-floor and B-fridge, both due at 18:00 and open at 19:00


def test_inspector_disagreement_rate(world, analytics):
    rows = analytics.inspector_disagreement(PERIOD)
    assert [(r.inspector, r.name, r.inspections, r.contradicted, r.items) for r in rows] == [
        ("s1", "赵敏", 1, 1, 1), ("lead", "王丽", 2, 1, 1), ("boss", "", 2, 0, 0),
        ("lead2", "", 1, 0, 0)]  # the external audit is no one's to be contradicted
    assert [r.rate for r in rows] == [1.0, 0.5, 0.0, 0.0]
    wed = analytics.inspector_disagreement(AnalyticsFilter(WED, WED, area_id=world["room"]))
    assert [(r.inspector, r.inspections, r.contradicted) for r in wed] == [
        ("lead", 1, 1), ("boss", 1, 0)]


def test_overview_holds_the_same_figures(world, analytics):
    overview = analytics.overview(PERIOD)
    assert list(overview.trends) == analytics.trends(PERIOD)
    assert list(overview.pareto) == analytics.pareto(PERIOD)
    assert overview.p_chart == analytics.p_chart(PERIOD)
    assert overview.sigma == analytics.sigma(PERIOD)
    assert list(overview.teams) == analytics.team_ranking(PERIOD)
    assert list(overview.inspectors) == analytics.inspector_disagreement(PERIOD)
    assert overview.moment == dt.datetime.combine(THU, dt.time())


# ---------------------------------------------------------------- export


def _cells(path):
    book = openpyxl.load_workbook(path)
    return [[c.value for c in row] for row in book.active.iter_rows()]


def test_export_writes_the_chart_data_with_formulas_escaped(world, analytics, tmp_path):
    assert analytics.export_xlsx(PERIOD, "teams", tmp_path / "teams.xlsx") == 3
    rows = _cells(tmp_path / "teams.xlsx")
    assert rows[0] == ["Rank", "Team", "Inspections", "Average score", "Findings",
                       "Overdue rectifications"]
    assert rows[1] == [1, "'=2+3组", 2, 100, 1, 0]  # text, never a formula
    assert rows[2] == [2, "二楼包房一组", 5, 88, 5, 2]
    book = openpyxl.load_workbook(tmp_path / "teams.xlsx")
    assert book.active["B2"].data_type == "s"

    zh = {("analytics", "Category"): "类别", ("categories", "Grooming (仪容仪表)"): "仪容仪表"}
    analytics.export_xlsx(PERIOD, "pareto", tmp_path / "p.xlsx",
                          lambda ctx, text: zh.get((ctx, text), text))
    rows = _cells(tmp_path / "p.xlsx")
    assert rows[0][:3] == ["类别", "Category key", "Defects"]
    assert rows[1][:3] == ["仪容仪表", "grooming", 2]
    assert rows[-1][:3] == ["Slow service or long wait", "slow_service", 1]

    analytics.export_xlsx(PERIOD, "trends", tmp_path / "t.xlsx")
    rows = _cells(tmp_path / "t.xlsx")
    assert [r[1:] for r in rows[1:]] == [[3, 90, 14, 4, round(100 * 4 / 14, 2)],
                                         [0, None, 0, 0, None],
                                         [4, 90, 15, 1, round(100 / 15, 2)]]
    analytics.export_xlsx(PERIOD, "p_chart", tmp_path / "c.xlsx")
    assert len(_cells(tmp_path / "c.xlsx")) == 3
    analytics.export_xlsx(PERIOD, "sigma", tmp_path / "s.xlsx")
    assert _cells(tmp_path / "s.xlsx")[1][:4] == [5, 7, round(29 / 7, 2), 29]
    analytics.export_xlsx(PERIOD, "inspectors", tmp_path / "i.xlsx")
    assert _cells(tmp_path / "i.xlsx")[1] == ["s1", "赵敏", 1, 1, 1, 100]
    with pytest.raises(ValidationError):
        analytics.export_xlsx(PERIOD, "nonsense", tmp_path / "x.xlsx")


# ---------------------------------------------------------------- rules and rights


def test_every_method_needs_view_reports(db, world, tmp_path):
    staff = AnalyticsService(db, Actor("s", Role.STAFF))
    calls = [lambda svc: svc.trends(PERIOD), lambda svc: svc.pareto(PERIOD),
             lambda svc: svc.p_chart(PERIOD), lambda svc: svc.sigma(PERIOD),
             lambda svc: svc.team_ranking(PERIOD),
             lambda svc: svc.inspector_disagreement(PERIOD),
             lambda svc: svc.overview(PERIOD),
             lambda svc: svc.export_xlsx(PERIOD, "teams", tmp_path / "x.xlsx")]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call(staff)
    assert not (tmp_path / "x.xlsx").exists()
    hr = AnalyticsService(db, Actor("hr", Role.HR))
    assert hr.sigma(PERIOD).units == 7


def test_a_period_that_ends_before_it_starts_is_refused(analytics):
    with pytest.raises(ValidationError):
        analytics.trends(AnalyticsFilter(WED, MON))


def test_the_sql_rule_matches_the_checklist_scoring_rule(db):
    """Every kind of item against every kind of answer: the SQL that counts opportunities
    and defects says what item_fraction and failed say."""
    kinds = [("pass_fail", {}), ("text", {}), ("score", {"max_score": 4}),
             ("score", {"max_score": None}), ("score", {"max_score": 0}),
             ("number", {"min_value": 0.0, "max_value": 5.0}),
             ("number", {"min_value": None, "max_value": 5.0}),
             ("number", {"min_value": 0.0, "max_value": None}),
             ("number", {"min_value": None, "max_value": None})]
    answers = [(o, v) for o in (None, "pass", "fail", "na") for v in (None, -1.0, 0.0, 3.0, 7.0)]
    expected = {}
    with db.write() as s:
        t = ChecklistTemplate(key="rules", name="rules")
        s.add(t)
        s.flush()
        v = TemplateVersion(template_id=t.id, version=1, status="published")
        s.add(v)
        s.flush()
        insp = Inspection(version_id=v.id, level="leader", inspector="x", area_id=_area(s),
                          day=MON, started_at=at(MON, 9), status="submitted")
        s.add(insp)
        s.flush()
        for kind, extra in kinds:
            for outcome, value in answers:
                item = ChecklistItem(version_id=v.id, position=0, text="t", category="c",
                                     dimension="tangibles", response_type=kind, **extra)
                s.add(item)
                s.flush()
                r = InspectionResult(inspection_id=insp.id, item_id=item.id, outcome=outcome,
                                     value=value, answered_at=at(MON, 9))
                s.add(r)
                s.flush()
                rule = ItemRule(1.0, False, kind, extra.get("max_score"),
                                extra.get("min_value"), extra.get("max_value"))
                scored = item_fraction(rule, Answer(outcome, value)) is not None
                expected[r.id] = (scored, scored and failed(rule, Answer(outcome, value)))
    with db.read() as s:
        got = {rid: (bool(a), bool(b)) for rid, a, b in s.execute(
            select(InspectionResult.id, q._count_if(q.scored_condition()),
                   q._count_if(q.defect_condition()))
            .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
            .group_by(InspectionResult.id))}
    assert got == expected


def _area(s) -> int:
    from app.db.models import Area

    area = Area(name="规则测试区")
    s.add(area)
    s.flush()
    return area.id
