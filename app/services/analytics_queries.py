"""Set-based reads behind the quality analytics: one grouped query per figure family, with
the counting done by the database (SUM of CASE, COUNT, AVG with GROUP BY) over indexed
columns — inspection.day, inspection_result.inspection_id, finding.found_at, finding.area_id,
rectification.assignee_id — so a million answers cost one pass, never a query per row.

Which item results count follows the checklist scoring rule of app/domain/checklists.py,
written here as SQL (tests/unit/test_analytics.py checks the SQL against item_fraction and
failed on every kind of answer):
- scored (an opportunity): item_fraction is not None — answered, not N/A, not a text item,
  and for a score item a value with a maximum (or an explicit fail);
- defective: a scored result that failed — an explicit fail, or a number outside its limits;
- the fraction of a scored result: item_fraction's 0..1 (tests/unit/test_gap_scoring_sql.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import Float, and_, case, cast, distinct, func, not_, or_, select
from sqlalchemy.orm import Session

from app.db.models import Area, Employee, Team, TeamMember
from app.db.models_patrol import (
    ChecklistItem,
    Disagreement,
    Finding,
    Inspection,
    InspectionResult,
)
from app.db.models_rectification import Rectification
from app.domain.rectification import AWAITING_ASSIGNEE
from app.services.analytics_dto import AnalyticsFilter

TOP_LEVEL = "external"  # no layer above it can contradict an external audit


# ---------------------------------------------------------------- the scoring rule in SQL

def _answered():
    r = InspectionResult
    return and_(r.outcome.is_not(None), r.outcome != "na")


def scored_condition():
    """item_fraction(rule, answer) is not None."""
    r, i = InspectionResult, ChecklistItem
    return and_(_answered(), i.response_type != "text",
                or_(i.response_type != "score", r.outcome == "fail",
                    and_(r.value.is_not(None), func.coalesce(i.max_score, 0) != 0)))


def _within_limits():
    r, i = InspectionResult, ChecklistItem
    return and_(r.value.is_not(None),
                or_(i.min_value.is_(None), r.value >= i.min_value),
                or_(i.max_value.is_(None), r.value <= i.max_value))


def scored_fraction():
    """item_fraction(rule, answer) of a result that scored_condition() admits (undefined
    otherwise), as a float on SQLite and PostgreSQL alike: clamped with CASE (no two-argument
    max/min, which PostgreSQL lacks) and divided as floats (never integer division)."""
    r, i = InspectionResult, ChecklistItem
    ratio = cast(r.value, Float) / cast(i.max_score, Float)
    score = case((r.value.is_(None) | (func.coalesce(i.max_score, 0) == 0), 0.0),  # a bare fail
                 (ratio <= 0.0, 0.0), (ratio >= 1.0, 1.0), else_=ratio)
    return case((i.response_type == "score", score),
                (i.response_type == "number", case((_within_limits(), 1.0), else_=0.0)),
                (r.outcome == "pass", 1.0), else_=0.0)


def failed_condition():
    """failed(rule, answer): an explicit fail or a number outside its limits."""
    r, i = InspectionResult, ChecklistItem
    return or_(r.outcome == "fail",
               and_(i.response_type == "number", _answered(), not_(_within_limits())))


def defect_condition():
    """A scored result that failed: the p-chart's defective unit."""
    return and_(scored_condition(), failed_condition())


def _count_if(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


# ---------------------------------------------------------------- scope

def area_conditions(column, flt: AnalyticsFilter) -> list:
    """Conditions putting ``column`` (an area id) inside the filter's areas."""
    out = []
    if flt.area_id is not None:
        out.append(column == flt.area_id)
    if flt.department_id is not None:
        out.append(column.in_(select(Area.id).where(Area.department_id == flt.department_id)))
    if flt.team_id is not None:
        out.append(column.in_(select(Area.id).where(Area.default_team_id == flt.team_id)))
    return out


def inspection_conditions(flt: AnalyticsFilter) -> list:
    """Submitted rounds of the period in the filter's areas."""
    return [Inspection.status == "submitted", Inspection.day >= flt.date_from,
            Inspection.day <= flt.date_to, *area_conditions(Inspection.area_id, flt)]


def bounds(flt: AnalyticsFilter) -> tuple[dt.datetime, dt.datetime]:
    """[start of date_from, start of the day after date_to)."""
    return (dt.datetime.combine(flt.date_from, dt.time()),
            dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time()))


# ---------------------------------------------------------------- per day

def day_results(s: Session, flt: AnalyticsFilter) -> dict[dt.date, tuple[int, int]]:
    """Per day: (scored results, defective results) of the submitted rounds."""
    rows = s.execute(
        select(Inspection.day, _count_if(scored_condition()), _count_if(defect_condition()))
        .select_from(InspectionResult)
        .join(Inspection, Inspection.id == InspectionResult.inspection_id)
        .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
        .where(*inspection_conditions(flt))
        .group_by(Inspection.day))
    return {day: (int(units), int(defects)) for day, units, defects in rows}


def day_scores(s: Session, flt: AnalyticsFilter) -> dict[dt.date, tuple[int, float | None]]:
    """Per day: (submitted rounds, their mean score or None when none has a score)."""
    rows = s.execute(select(Inspection.day, func.count(Inspection.id), func.avg(Inspection.score))
                     .where(*inspection_conditions(flt)).group_by(Inspection.day))
    return {day: (int(n), None if avg is None else float(avg)) for day, n, avg in rows}


# ---------------------------------------------------------------- Pareto

def defect_categories(s: Session, flt: AnalyticsFilter) -> Counter:
    """Defects per category: the checklist item's category of every defective result (as
    the p-chart counts them), plus the category of every ad-hoc finding (one raised without
    a checklist answer: on the floor or from a guest complaint) found in the period."""
    counts: Counter = Counter()
    for category, n in s.execute(
            select(ChecklistItem.category, func.count())
            .select_from(InspectionResult)
            .join(Inspection, Inspection.id == InspectionResult.inspection_id)
            .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
            .where(*inspection_conditions(flt), defect_condition())
            .group_by(ChecklistItem.category)):
        counts[category or ""] += int(n)
    start, end = bounds(flt)
    for category, n in s.execute(
            select(Finding.category, func.count())
            .where(Finding.result_id.is_(None), Finding.found_at >= start,
                   Finding.found_at < end, *area_conditions(Finding.area_id, flt))
            .group_by(Finding.category)):
        counts[category or ""] += int(n)
    return counts


# ---------------------------------------------------------------- teams

def team_rounds(s: Session, flt: AnalyticsFilter) -> dict[int, tuple[int, float | None]]:
    """team id → (submitted rounds, mean score) in the areas it is responsible for."""
    rows = s.execute(
        select(Area.default_team_id, func.count(Inspection.id), func.avg(Inspection.score))
        .join(Area, Area.id == Inspection.area_id)
        .where(*inspection_conditions(flt), Area.default_team_id.is_not(None))
        .group_by(Area.default_team_id))
    return {t: (int(n), None if avg is None else float(avg)) for t, n, avg in rows}


def team_findings(s: Session, flt: AnalyticsFilter) -> dict[int, int]:
    """team id → findings of the period in scope owned by its members."""
    start, end = bounds(flt)
    return {t: int(n) for t, n in s.execute(
        select(TeamMember.team_id, func.count(Finding.id))
        .join(TeamMember, TeamMember.employee_id == Finding.responsible_id)
        .where(Finding.found_at >= start, Finding.found_at < end,
               *area_conditions(Finding.area_id, flt))
        .group_by(TeamMember.team_id))}


def team_overdue(s: Session, flt: AnalyticsFilter, moment: dt.datetime) -> dict[int, int]:
    """team id → rectifications of findings in scope, assigned to its members, overdue at
    ``moment``: created by then, due before then, and then still the assignee's move (open,
    in progress or rejected now, or closed only after the moment)."""
    rect = Rectification
    return {t: int(n) for t, n in s.execute(
        select(TeamMember.team_id, func.count(rect.id))
        .join(TeamMember, TeamMember.employee_id == rect.assignee_id)
        .join(Finding, Finding.id == rect.finding_id)
        .where(rect.created_at <= moment, rect.due_at < moment,
               or_(rect.status.in_(AWAITING_ASSIGNEE),
                   and_(rect.closed_at.is_not(None), rect.closed_at > moment)),
               *area_conditions(Finding.area_id, flt))
        .group_by(TeamMember.team_id))}


def teams(s: Session) -> dict[int, tuple[str, int | None]]:
    """id → (name, department id) of every team."""
    return {i: (name, dept) for i, name, dept in s.execute(
        select(Team.id, Team.name, Team.department_id))}


# ---------------------------------------------------------------- inspectors

def inspector_rounds(s: Session, flt: AnalyticsFilter) -> dict[str, tuple[str, int]]:
    """user name → (employee name, submitted rounds below the external level)."""
    rows = s.execute(
        select(Inspection.inspector, func.max(Employee.name), func.count(Inspection.id))
        .outerjoin(Employee, Employee.id == Inspection.inspector_employee_id)
        .where(*inspection_conditions(flt), Inspection.level != TOP_LEVEL)
        .group_by(Inspection.inspector))
    return {user: (name or "", int(n)) for user, name, n in rows}


def inspector_disagreements(s: Session, flt: AnalyticsFilter) -> dict[str, tuple[int, int]]:
    """user name → (their rounds contradicted at least once, Disagreement rows), over the
    same rounds inspector_rounds counts (the lower round's day, area and level)."""
    rows = s.execute(
        select(Inspection.inspector, func.count(distinct(Disagreement.lower_inspection_id)),
               func.count(Disagreement.id))
        .join(Inspection, Inspection.id == Disagreement.lower_inspection_id)
        .where(*inspection_conditions(flt), Inspection.level != TOP_LEVEL)
        .group_by(Inspection.inspector))
    return {user: (int(rounds), int(items)) for user, rounds, items in rows}
