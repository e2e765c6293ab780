"""Reading complaints: the DTOs (with the first-response clock worked out against ``now``),
the filtered list and the history from the audit log."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    Area,
    AuditLog,
    Complaint,
    Department,
    Employee,
    Rectification,
    Team,
)
from app.domain import complaint_clock
from app.domain.complaints import OPEN_STATES
from app.services.guest_common import display_names, names_by_id, on_days
from app.services.guest_dto import ComplaintDTO, ComplaintFilter, HistoryEntry
from app.services.roster_queries import team_of
from app.services.settings import read_setting
from app.services.staff import leader_map, person_refs


def limit_minutes(s: Session) -> int:
    return int(read_setting(s, "complaint.response_minutes"))


def filtered(q: Select, flt: ComplaintFilter) -> Select:
    """Every condition of the filter except ``late_only`` (see late_ids)."""
    if flt.status == "open_any":
        q = q.where(Complaint.status.in_(OPEN_STATES))
    elif flt.status:
        q = q.where(Complaint.status == flt.status)
    if flt.area_id is not None:
        q = q.where(Complaint.area_id == flt.area_id)
    if flt.category:
        q = q.where(Complaint.category == flt.category)
    if flt.responsible_id is not None:
        q = q.where(Complaint.responsible_id == flt.responsible_id)
    q = q.where(*on_days(Complaint.received_at, flt.date_from, flt.date_to))
    text = flt.text.strip()
    if text:
        like = f"%{text}%"
        q = q.where(or_(Complaint.content.ilike(like), Complaint.guest_name.ilike(like),
                        Complaint.guest_contact.ilike(like)))
    return q


def is_late(received_at: dt.datetime, first_response_at: dt.datetime | None,
            now: dt.datetime, limit: int) -> bool:
    """Answered late, or still unanswered after the limit (the clock's own rules)."""
    if first_response_at is not None:
        return not complaint_clock.on_time(received_at, first_response_at, limit)
    return complaint_clock.remaining(received_at, now, limit) < dt.timedelta(0)


def late_ids(s: Session, flt: ComplaintFilter, now: dt.datetime, limit: int) -> list[int]:
    """Ids of the late complaints among those the rest of the filter keeps. Worked out in
    Python with the domain clock: time arithmetic between two columns is not portable
    between SQLite and PostgreSQL, and it only reads three small columns."""
    q = filtered(select(Complaint.id, Complaint.received_at, Complaint.first_response_at), flt)
    return [cid for cid, received, first in s.execute(q) if is_late(received, first, now, limit)]


def query(s: Session, flt: ComplaintFilter, now: dt.datetime, limit: int,
          base: Select) -> Select:
    q = filtered(base, flt)
    if flt.late_only:
        q = q.where(Complaint.id.in_(late_ids(s, flt, now, limit)))
    return q


def _on_time(c: Complaint, now: dt.datetime, limit: int) -> bool | None:
    if c.first_response_at is not None:
        return complaint_clock.on_time(c.received_at, c.first_response_at, limit)
    return False if is_late(c.received_at, None, now, limit) else None


def dtos(s: Session, rows: list[Complaint], now: dt.datetime,
         limit: int | None = None) -> list[ComplaintDTO]:
    """The DTOs of ``rows`` with a fixed number of queries, whatever their number."""
    if not rows:
        return []
    limit = limit_minutes(s) if limit is None else limit
    areas = names_by_id(s, Area, (c.area_id for c in rows))
    depts = names_by_id(s, Department, (c.department_id for c in rows))
    people = {p.id: p for p in person_refs(s, list({c.responsible_id for c in rows
                                                   if c.responsible_id}))}
    responders = names_by_id(s, Employee, (c.responder_id for c in rows))
    names = display_names(s, [u for c in rows for u in (c.received_by, c.responder)])
    rect_ids = {c.rectification_id for c in rows if c.rectification_id}
    rect_status = dict(s.execute(select(Rectification.id, Rectification.status)
                                 .where(Rectification.id.in_(rect_ids))).all()
                       ) if rect_ids else {}
    return [ComplaintDTO(
        id=c.id, received_at=c.received_at, received_by=names.get(c.received_by, c.received_by),
        channel=c.channel, guest_name=c.guest_name, guest_contact=c.guest_contact,
        area_id=c.area_id, area=areas.get(c.area_id, ""), table_no=c.table_no,
        content=c.content, category=c.category, dimension=c.dimension, severity=c.severity,
        status=c.status, deadline=c.received_at + dt.timedelta(minutes=limit),
        first_response_at=c.first_response_at,
        responder=responders.get(c.responder_id) or names.get(c.responder, c.responder or ""),
        response_seconds=complaint_clock.response_seconds(c.received_at, c.first_response_at),
        on_time=_on_time(c, now, limit), department_id=c.department_id,
        department=depts.get(c.department_id, ""), responsible=people.get(c.responsible_id),
        handed_over_at=c.handed_over_at, resolution=c.resolution, resolved_at=c.resolved_at,
        feedback=c.feedback, satisfaction=c.satisfaction, compensation=c.compensation,
        compensation_amount=c.compensation_amount, rectification_id=c.rectification_id,
        rectification_status=rect_status.get(c.rectification_id, ""), version=c.version,
    ) for c in rows]


def history(s: Session, complaint_id: int) -> tuple[HistoryEntry, ...]:
    """What happened to a complaint, from the audit log (every write of the service is there)."""
    rows = list(s.execute(select(AuditLog.at, AuditLog.actor, AuditLog.action, AuditLog.detail)
                          .where(AuditLog.entity == "complaint",
                                 AuditLog.entity_id == str(complaint_id))
                          .order_by(AuditLog.id)))
    names = display_names(s, [r.actor for r in rows])
    return tuple(HistoryEntry(r.at, names.get(r.actor, r.actor), r.action,
                              json.loads(r.detail) if r.detail else {}) for r in rows)


def last_change(s: Session, complaint_id: int) -> tuple[str, str]:
    """(who, when) of the latest recorded change, for the conflict message."""
    row = s.execute(select(AuditLog.actor, AuditLog.at)
                    .where(AuditLog.entity == "complaint", AuditLog.entity_id == str(complaint_id))
                    .order_by(AuditLog.id.desc()).limit(1)).first()
    if row is None:
        return "?", "?"
    return display_names(s, [row.actor]).get(row.actor, row.actor), row.at.strftime(
        "%Y-%m-%d %H:%M")


def leader_of(s: Session, employee_id: int) -> int | None:
    """The person above someone for a finding: their team's leader, else their own leader
    (as PatrolFindings.reassign_finding names it)."""
    team = team_of(s).get(employee_id)
    leader = s.get_one(Team, team[0]).leader_id if team else None
    if leader in (None, employee_id):
        leader = leader_map(s).get(employee_id)
    return leader
