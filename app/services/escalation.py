"""Opening a rectification for a new finding (deadline, recurrence) and the escalation sweep
that moves an overdue item up the reports-to chain one level per step."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app.db.models import ShiftType
from app.db.models_patrol import ChecklistItem, Finding, InspectionResult
from app.db.models_rectification import Rectification, RectificationEvent
from app.domain.hierarchy import leader_chain
from app.domain.rectification import AWAITING_ASSIGNEE, Deadlines, due_at, escalation_steps
from app.domain.shifts import shift_window
from app.services import audit
from app.services.settings import read_setting
from app.services.staff import leader_map


def deadlines(s: Session) -> Deadlines:
    return Deadlines(read_setting(s, "rect.critical_minutes"), read_setting(s, "rect.minor_hours"),
                     read_setting(s, "rect.major_fallback_hours"))


def shift_end(shifts: list[ShiftType], at: dt.datetime) -> dt.datetime | None:
    """The end of the shift running at ``at`` that began last, or None outside every shift."""
    running = []
    for sh in shifts:
        for day in (at.date() - dt.timedelta(days=1), at.date()):
            begin, end = shift_window(day, sh.start, sh.end)
            if begin <= at < end:
                running.append((begin, end))
    return max(running)[1] if running else None


def active_shifts(s: Session) -> list[ShiftType]:
    return list(s.scalars(select(ShiftType).where(ShiftType.active.is_(True))))


def add_event(s: Session, rect: Rectification, at: dt.datetime, actor: str, action: str,
              from_status: str, to_status: str, reason: str = "", **detail: object) -> None:
    s.add(RectificationEvent(rectification_id=rect.id, at=at, actor=actor, action=action,
                             from_status=from_status, to_status=to_status, reason=reason,
                             detail=json.dumps(detail, ensure_ascii=False, default=str)))


def item_text(s: Session, finding: Finding) -> str | None:
    if finding.result_id is None:
        return None
    return s.scalar(select(ChecklistItem.text).join(
        InspectionResult, InspectionResult.item_id == ChecklistItem.id)
        .where(InspectionResult.id == finding.result_id))


def earlier_occurrence(s: Session, finding: Finding, days: int) -> int | None:
    """The latest earlier rectification of the same problem in the same area within ``days``."""
    since = finding.found_at - dt.timedelta(days=days)
    f = aliased(Finding)
    q = (select(Rectification.id).join(f, f.id == Rectification.finding_id)
         .where(f.area_id == finding.area_id, f.id != finding.id, f.found_at >= since,
                f.found_at <= finding.found_at)
         .order_by(f.found_at.desc(), Rectification.id.desc()).limit(1))
    text = item_text(s, finding)
    if text is None:
        q = q.where(f.result_id.is_(None), f.description == finding.description)
    else:
        q = (q.join(InspectionResult, InspectionResult.id == f.result_id)
             .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
             .where(or_(ChecklistItem.text == text)))
    return s.scalar(q)


def open_for_finding(s: Session, finding: Finding, now: dt.datetime,
                     actor_name: str) -> Rectification:
    """The rectification of a new finding: owner, deadline by severity, recurrence link."""
    assignee = finding.responsible_id or finding.leader_id
    due = due_at(finding.severity, finding.found_at, shift_end(active_shifts(s), finding.found_at),
                 deadlines(s))
    previous = earlier_occurrence(s, finding, read_setting(s, "rect.recurrence_days"))
    row = Rectification(finding_id=finding.id, assignee_id=assignee, accountable_id=assignee,
                        escalation_level=0, due_at=due, status="open", created_at=now,
                        recurrence_of_id=previous)
    s.add(row)
    s.flush()
    add_event(s, row, now, actor_name, "create", "", "open", due_at=due.isoformat(),
              recurrence_of=previous)
    return row


def sweep(s: Session, now: dt.datetime) -> int:
    """Escalate every overdue open item to the level its lateness calls for; the number of
    steps taken. Idempotent: a second sweep at the same moment does nothing."""
    step = dt.timedelta(minutes=read_setting(s, "rect.escalation_minutes"))
    if step.total_seconds() <= 0:
        return 0
    # Every list and inbox runs this: read the few columns that decide first, and load as
    # entities only the items that actually step up (usually none).
    late = s.execute(select(Rectification.id, Rectification.due_at,
                            Rectification.escalation_level, Rectification.assignee_id).where(
        Rectification.status.in_(AWAITING_ASSIGNEE),
        Rectification.due_at <= now - step, Rectification.assignee_id.is_not(None))).all()
    if not late:
        return 0
    leaders = leader_map(s)
    behind = [r.id for r in late if r.escalation_level < min(
        escalation_steps(r.due_at, now, step), len(leader_chain(r.assignee_id, leaders)))]
    if not behind:
        return 0
    steps = 0
    for row in s.scalars(select(Rectification).where(Rectification.id.in_(behind))
                         .order_by(Rectification.id)):
        chain = leader_chain(row.assignee_id, leaders)
        target = min(escalation_steps(row.due_at, now, step), len(chain))
        while row.escalation_level < target:
            before = row.accountable_id
            row.escalation_level += 1
            row.accountable_id = chain[row.escalation_level - 1]
            add_event(s, row, now, "system", "escalate", row.status, row.status,
                      level=row.escalation_level, before=before, after=row.accountable_id)
            audit.append(s, now, "system", "escalate", "rectification", str(row.id),
                         {"level": row.escalation_level, "before": before,
                          "after": row.accountable_id})
            steps += 1
    s.flush()
    return steps
