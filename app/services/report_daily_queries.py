"""Set-based reads behind the daily quality report: one grouped query per figure family over
the whole span the report needs (never one query per day or per row), bucketed by day here so
the day, 7-day and 30-day windows are summed from the same rows. Also report_meta, which every
report service uses for its header and footer."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Area, AuditLog, Employee, Post, ShiftType, TeamMember, Venue
from app.db.models_guest import Complaint
from app.db.models_patrol import ChecklistItem, Finding, Inspection, InspectionResult
from app.db.models_rectification import Rectification
from app.domain.checklists import Answer, ItemRule, failed, item_fraction
from app.domain.hierarchy import leader_chain
from app.domain.rectification import AWAITING_ASSIGNEE
from app.services.patrol_plan import windows
from app.services.report_dto_daily import ReportMeta
from app.services.settings import read_setting
from app.services.staff import leader_map

PLANNED_LEVELS = ("leader", "supervisor", "manager")

def audit_head(s: Session) -> str:
    """The audit chain's head: the hash of the last row ("" for an empty log)."""
    return s.scalar(select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)) or ""


def venue_name(s: Session) -> str:
    return s.scalar(select(Venue.name).order_by(Venue.id).limit(1)) or ""


def report_meta(s: Session, title: str, date_from: dt.date, date_to: dt.date,
                generated_at: dt.datetime, generated_by: str, subtitle: str = "") -> ReportMeta:
    return ReportMeta(venue_name(s), title, date_from, date_to, generated_at, generated_by,
                      audit_head(s), subtitle)


def bounds(date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start of date_from, start of the day after date_to)."""
    return (dt.datetime.combine(date_from, dt.time()),
            dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()))


# ---------------------------------------------------------------- patrol results


@dataclass
class ResultTally:
    """One day's scored item results: n and failed for the p-chart, and the weighted
    earned/possible per SERVQUAL dimension for the pass rates."""

    units: int = 0
    failed: int = 0
    earned: Counter = field(default_factory=Counter)
    possible: Counter = field(default_factory=Counter)


def result_tallies(s: Session, date_from: dt.date, date_to: dt.date) -> dict[dt.date, ResultTally]:
    """Per day, the scored results of submitted rounds, by the checklist scoring rule (one
    grouped query: identical answers to the same item on a day are counted together)."""
    rows = s.execute(
        select(Inspection.day, ChecklistItem.dimension, ChecklistItem.weight,
               ChecklistItem.critical, ChecklistItem.response_type, ChecklistItem.max_score,
               ChecklistItem.min_value, ChecklistItem.max_value, InspectionResult.outcome,
               InspectionResult.value, func.count())
        .join(Inspection, Inspection.id == InspectionResult.inspection_id)
        .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
        .where(Inspection.status == "submitted", Inspection.day >= date_from,
               Inspection.day <= date_to)
        .group_by(Inspection.day, ChecklistItem.id, InspectionResult.outcome,
                  InspectionResult.value))
    out: dict[dt.date, ResultTally] = defaultdict(ResultTally)
    for (day, dimension, weight, critical, kind, max_score, lo, hi, outcome, value,
         n) in rows:
        rule = ItemRule(weight, critical, kind, max_score, lo, hi)
        answer = Answer(outcome, value)
        fraction = item_fraction(rule, answer)
        if fraction is None:  # N/A, text, unanswered: not an opportunity
            continue
        tally = out[day]
        tally.units += n
        tally.failed += n if failed(rule, answer) else 0
        if weight > 0:
            tally.earned[dimension] += weight * fraction * n
            tally.possible[dimension] += weight * n
    return out


def score_tallies(s: Session, date_from: dt.date, date_to: dt.date
                  ) -> dict[dt.date, tuple[int, int, float]]:
    """Per day: (submitted rounds, rounds with a score, sum of scores)."""
    rows = s.execute(select(Inspection.day, func.count(), func.count(Inspection.score),
                            func.coalesce(func.sum(Inspection.score), 0.0))
                     .where(Inspection.status == "submitted", Inspection.day >= date_from,
                            Inspection.day <= date_to)
                     .group_by(Inspection.day))
    return {day: (rounds, scored, float(total)) for day, rounds, scored, total in rows}


def planned_rounds(s: Session, date_from: dt.date, date_to: dt.date, moment: dt.datetime
                   ) -> dict[dt.date, tuple[int, int]]:
    """Per working day: (windows due, windows done) of the patrol plan over every area and
    the planned levels, counting only windows opened by ``moment`` (patrol_plan's rule: a
    window is done when a submitted round of its level in the area started inside it)."""
    settings = {k: read_setting(s, f"patrol.{k}") for k in (
        "leader_interval_hours", "supervisor_per_shift", "manager_per_day")}
    shifts = [(sh.start, sh.end) for sh in s.scalars(
        select(ShiftType).where(ShiftType.active.is_(True)))]
    areas = list(s.scalars(select(Area.id)))
    starts: dict[tuple[int, str], list[dt.datetime]] = defaultdict(list)
    for area_id, level, started in s.execute(
            select(Inspection.area_id, Inspection.level, Inspection.started_at)
            .where(Inspection.status == "submitted", Inspection.level.in_(PLANNED_LEVELS),
                   Inspection.day >= date_from - dt.timedelta(days=1),
                   Inspection.day <= date_to + dt.timedelta(days=1))):
        starts[(area_id, level)].append(started)
    for times in starts.values():
        times.sort()
    out = {}
    day = date_from
    while day <= date_to:
        due = done = 0
        for level in PLANNED_LEVELS:
            wins = [w for w in windows(level, shifts, day, settings) if w[0] <= moment]
            due += len(wins) * len(areas)
            for area_id in areas:
                times = starts.get((area_id, level), [])
                for begin, end in wins:
                    i = bisect.bisect_left(times, begin)
                    done += i < len(times) and times[i] < end
        out[day] = (due, done)
        day += dt.timedelta(days=1)
    return out


# ---------------------------------------------------------------- rectifications, complaints


def rect_flow(s: Session, start: dt.datetime, end: dt.datetime
              ) -> tuple[list[dt.datetime], list[tuple[dt.datetime, dt.datetime]]]:
    """Creation times of the rectifications opened in [start, end), and (verified at, due
    at) of those verified in it."""
    opened = list(s.scalars(select(Rectification.created_at).where(
        Rectification.created_at >= start, Rectification.created_at < end)))
    closed = [(c, d) for c, d in s.execute(
        select(Rectification.closed_at, Rectification.due_at).where(
            Rectification.status == "verified", Rectification.closed_at >= start,
            Rectification.closed_at < end))]
    return opened, closed


def complaint_pairs(s: Session, start: dt.datetime, end: dt.datetime
                    ) -> list[tuple[dt.datetime, dt.datetime | None]]:
    """(received at, first response at or None) of the complaints received in [start, end)."""
    return [(r, f) for r, f in s.execute(
        select(Complaint.received_at, Complaint.first_response_at).where(
            Complaint.received_at >= start, Complaint.received_at < end))]


# ---------------------------------------------------------------- findings


def finding_categories(s: Session, start: dt.datetime, end: dt.datetime) -> dict[str, int]:
    """Findings per category ("" for none) found in [start, end)."""
    return dict(s.execute(select(Finding.category, func.count()).where(
        Finding.found_at >= start, Finding.found_at < end).group_by(Finding.category)).all())


def recurring(s: Session, start: dt.datetime, end: dt.datetime, limit: int = 10) -> list:
    """The problems found at least twice in the same area in [start, end), most often first:
    (area, problem, occurrences, linked recurrences, last found). A problem is the checklist
    item's text, or the description of an ad-hoc finding (escalation.earlier_occurrence's
    notion of "the same problem")."""
    problem = func.coalesce(ChecklistItem.text, Finding.description)
    count = func.count(Finding.id)
    return list(s.execute(
        select(Area.name, problem, count, func.count(Rectification.recurrence_of_id),
               func.max(Finding.found_at))
        .join(Area, Area.id == Finding.area_id)
        .outerjoin(InspectionResult, InspectionResult.id == Finding.result_id)
        .outerjoin(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
        .outerjoin(Rectification, Rectification.finding_id == Finding.id)
        .where(Finding.found_at >= start, Finding.found_at < end)
        .group_by(Area.name, problem)
        .having(count >= 2)
        .order_by(count.desc(), func.count(Rectification.recurrence_of_id).desc(), Area.name,
                  problem)
        .limit(limit)))


def area_activity(s: Session, date_from: dt.date, date_to: dt.date):
    """Per area: (rounds, mean score) of submitted rounds and findings found there."""
    start, end = bounds(date_from, date_to)
    rounds = {a: (n, avg) for a, n, avg in s.execute(
        select(Inspection.area_id, func.count(), func.avg(Inspection.score))
        .where(Inspection.status == "submitted", Inspection.day >= date_from,
               Inspection.day <= date_to).group_by(Inspection.area_id))}
    findings = dict(s.execute(select(Finding.area_id, func.count()).where(
        Finding.found_at >= start, Finding.found_at < end).group_by(Finding.area_id)).all())
    return rounds, findings


def team_activity(s: Session, date_from: dt.date, date_to: dt.date):
    """Per team: (rounds, mean score) in the areas it is responsible for (Area.default_team_id)
    and findings owned by its members."""
    start, end = bounds(date_from, date_to)
    rounds = {t: (n, avg) for t, n, avg in s.execute(
        select(Area.default_team_id, func.count(), func.avg(Inspection.score))
        .join(Area, Area.id == Inspection.area_id)
        .where(Inspection.status == "submitted", Inspection.day >= date_from,
               Inspection.day <= date_to, Area.default_team_id.is_not(None))
        .group_by(Area.default_team_id))}
    findings = dict(s.execute(
        select(TeamMember.team_id, func.count())
        .join(Finding, Finding.responsible_id == TeamMember.employee_id)
        .where(Finding.found_at >= start, Finding.found_at < end)
        .group_by(TeamMember.team_id)).all())
    return rounds, findings


@dataclass(frozen=True)
class Overdue:
    rect: Rectification
    area_id: int
    area: str
    description: str
    severity: str
    owner_id: int | None
    chain: tuple[int, ...]
    accountable_id: int | None


def overdue_at(s: Session, moment: dt.datetime) -> list[Overdue]:
    """Rectifications overdue at ``moment``, longest overdue first: created by then, due
    before then, and then still the assignee's move (open, in progress or rejected now, or
    closed only after the moment). Owner: the assignee, else the accountable person; chain:
    the owner's leaders, nearest first."""
    rows = s.execute(
        select(Rectification, Finding.area_id, Area.name, Finding.description,
               Finding.severity)
        .join(Finding, Finding.id == Rectification.finding_id)
        .join(Area, Area.id == Finding.area_id)
        .where(Rectification.created_at <= moment, Rectification.due_at < moment,
               or_(Rectification.status.in_(AWAITING_ASSIGNEE),
                   and_(Rectification.closed_at.is_not(None), Rectification.closed_at > moment)))
        .order_by(Rectification.due_at, Rectification.id)).all()
    if not rows:
        return []
    leaders = leader_map(s)
    out = []
    for rect, area_id, area, description, severity in rows:
        owner = rect.assignee_id or rect.accountable_id
        chain = tuple(leader_chain(owner, leaders)) if owner is not None else ()
        out.append(Overdue(rect, area_id, area, description, severity, owner, chain,
                           rect.accountable_id or owner))
    return out


def people(s: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """id → (name, post name) for the given employees (one query)."""
    if not ids:
        return {}
    return {i: (name, post or "") for i, name, post in s.execute(
        select(Employee.id, Employee.name, Post.name)
        .outerjoin(Post, Post.id == Employee.post_id).where(Employee.id.in_(ids)))}


def teams_of(s: Session, ids: set[int]) -> dict[int, int]:
    """employee id → team id for the given employees."""
    if not ids:
        return {}
    return dict(s.execute(select(TeamMember.employee_id, TeamMember.team_id)
                          .where(TeamMember.employee_id.in_(ids))).all())
