"""Reading complaints: the DTOs (with the first-response clock worked out against ``now``),
the filtered list and the history from the audit log.

Lateness comes from the stored whole seconds (``response_s``), so it is a condition in SQL.
A page of the list is one statement, its names outer-joined and the limit setting with
every row, read on a plain connection (Database.read_rows). Its statements are built once
per shape of the filter, with bound parameters: building and keying (SQLAlchemy's compiled
cache) a select of 34 columns and ten joins costs more than running it for a page."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields
from functools import lru_cache

from sqlalchemy import Connection, Select, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.models import (
    AppUser,
    Area,
    AuditLog,
    Complaint,
    Department,
    Employee,
    Post,
    Rectification,
    Team,
)
from app.domain.complaints import OPEN_STATES
from app.services.dto import PersonRef
from app.services.guest_common import display_names
from app.services.guest_dto import ComplaintDTO, ComplaintFilter, HistoryEntry
from app.services.roster_queries import team_of
from app.services.settings import decode_setting, read_setting, setting_query
from app.services.staff import leader_map

_LIMIT_KEY = "complaint.response_minutes"
_LIMIT = setting_query(_LIMIT_KEY)  # also a column of every DTO row (see DTO_SELECT)


def _minutes(raw: str | None) -> int:
    return int(decode_setting(_LIMIT_KEY, raw))


def limit_minutes(db: Connection | Session) -> int:
    return int(read_setting(db, _LIMIT_KEY))


def overdue_before(now: dt.datetime, limit: int) -> dt.datetime:
    """An unanswered complaint received before this is late: the clock's remaining time,
    floored to whole seconds, is negative exactly when received_at + limit < now."""
    return now - dt.timedelta(minutes=limit)


# ---- the filter ------------------------------------------------------------------------

def _like(name: str):
    return or_(Complaint.content.ilike(bindparam(name)),
               Complaint.guest_name.ilike(bindparam(name)),
               Complaint.guest_contact.ilike(bindparam(name)))


# The condition of each bound parameter of the filter; "open_any" is the one without a value.
_CONDITIONS = {
    "open_any": lambda: Complaint.status.in_(OPEN_STATES),
    "status": lambda: Complaint.status == bindparam("status"),
    "area_id": lambda: Complaint.area_id == bindparam("area_id"),
    "category": lambda: Complaint.category == bindparam("category"),
    "responsible_id": lambda: Complaint.responsible_id == bindparam("responsible_id"),
    "day_from": lambda: Complaint.received_at >= bindparam("day_from"),
    "day_to": lambda: Complaint.received_at < bindparam("day_to"),
    "like": lambda: _like("like"),
    # Answered late, or still unanswered after the limit (the clock's own rules).
    "late_s": lambda: or_(Complaint.response_s > bindparam("late_s"),
                          (Complaint.response_s.is_(None))
                          & (Complaint.received_at < bindparam("overdue_before"))),
}


def filter_params(flt: ComplaintFilter, now: dt.datetime,
                  limit: int | None) -> dict[str, object]:
    """The values of the filter's conditions by parameter name (see _CONDITIONS); ``limit``
    (minutes) is needed only for ``late_only``."""
    p: dict[str, object] = {}
    if flt.status == "open_any":
        p["open_any"] = True
    elif flt.status:
        p["status"] = flt.status
    if flt.area_id is not None:
        p["area_id"] = flt.area_id
    if flt.category:
        p["category"] = flt.category
    if flt.responsible_id is not None:
        p["responsible_id"] = flt.responsible_id
    if flt.date_from is not None:
        p["day_from"] = dt.datetime.combine(flt.date_from, dt.time())
    if flt.date_to is not None:
        p["day_to"] = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
    text = flt.text.strip()
    if text:
        p["like"] = f"%{text}%"
    if flt.late_only:
        assert limit is not None
        p["late_s"], p["overdue_before"] = limit * 60, overdue_before(now, limit)
    return p


def _where(names: frozenset[str]) -> list:
    return [make() for name, make in _CONDITIONS.items() if name in names]


@lru_cache(maxsize=64)
def _page(names: frozenset[str]) -> Select:
    return (DTO_SELECT.where(*_where(names))
            .order_by(Complaint.received_at.desc(), Complaint.id.desc())
            .offset(bindparam("offset")).limit(bindparam("page_size")))


@lru_cache(maxsize=64)
def _count(names: frozenset[str]) -> Select:
    return select(func.count(Complaint.id)).where(*_where(names))


def list_page(conn: Connection, flt: ComplaintFilter, now: dt.datetime, offset: int,
              size: int) -> list[ComplaintDTO]:
    """Newest first. The limit setting comes with the rows, unless late_only needs it first."""
    params = filter_params(flt, now, limit_minutes(conn) if flt.late_only else None)
    return to_dtos(conn.execute(_page(frozenset(params)),
                                {**params, "offset": offset, "page_size": size}).all(), now)


def count_filtered(conn: Connection, flt: ComplaintFilter, now: dt.datetime) -> int:
    params = filter_params(flt, now, limit_minutes(conn) if flt.late_only else None)
    return conn.execute(_count(frozenset(params)), params).scalar() or 0


# ---- the DTOs --------------------------------------------------------------------------

def _dto_select() -> tuple[Select, tuple[str, ...]]:
    """The DTO's fields in its own order, but for the three worked out in Python (deadline,
    on_time, responsible); then the responsible's id, code, name and post, and the limit
    setting. Names are joined in: by id for the area, department, responsible (with their
    post), responder and rectification; by user name (the employee behind a sign-in, else
    the user name itself) for who received and who responded."""
    receiver_user, responder_user = aliased(AppUser), aliased(AppUser)
    receiver, responder_by_name = aliased(Employee), aliased(Employee)
    responder, responsible = aliased(Employee), aliased(Employee)
    c = Complaint
    fields = {
        "id": c.id, "received_at": c.received_at,
        "received_by": func.coalesce(receiver.name, c.received_by),
        "channel": c.channel, "guest_name": c.guest_name, "guest_contact": c.guest_contact,
        "area_id": c.area_id, "area": func.coalesce(Area.name, ""), "table_no": c.table_no,
        "content": c.content, "category": c.category, "dimension": c.dimension,
        "severity": c.severity, "status": c.status, "first_response_at": c.first_response_at,
        "responder": func.coalesce(func.nullif(responder.name, ""), responder_by_name.name,
                                   c.responder, ""),
        "response_seconds": c.response_s, "department_id": c.department_id,
        "department": func.coalesce(Department.name, ""), "handed_over_at": c.handed_over_at,
        "resolution": c.resolution, "resolved_at": c.resolved_at, "feedback": c.feedback,
        "satisfaction": c.satisfaction, "compensation": c.compensation,
        "compensation_amount": c.compensation_amount, "rectification_id": c.rectification_id,
        "rectification_status": func.coalesce(Rectification.status, ""), "version": c.version,
    }
    extra = (responsible.id, responsible.code, responsible.name, func.coalesce(Post.name, ""),
             _LIMIT.scalar_subquery())
    q = (select(*(column.label(name) for name, column in fields.items()), *extra)
         .outerjoin(Area, Area.id == c.area_id)
         .outerjoin(Department, Department.id == c.department_id)
         .outerjoin(responsible, responsible.id == c.responsible_id)
         .outerjoin(Post, Post.id == responsible.post_id)
         .outerjoin(responder, responder.id == c.responder_id)
         .outerjoin(Rectification, Rectification.id == c.rectification_id)
         .outerjoin(receiver_user, receiver_user.username == c.received_by)
         .outerjoin(receiver, receiver.id == receiver_user.employee_id)
         .outerjoin(responder_user, responder_user.username == c.responder)
         .outerjoin(responder_by_name, responder_by_name.id == responder_user.employee_id))
    return q, tuple(fields)


DTO_SELECT, _SELECTED = _dto_select()
# What waits for an answer, and the open complaints of one person (none when :me is NULL),
# oldest first: the inbox's two lists in one statement.
_INBOX = (DTO_SELECT.where(or_(Complaint.status == "received",
                               Complaint.status.in_(OPEN_STATES)
                               & (Complaint.responsible_id == bindparam("me"))))
          .order_by(Complaint.received_at, Complaint.id))
_ONE = DTO_SELECT.where(Complaint.id == bindparam("complaint_id"))
_NO_VALUES = dict.fromkeys(f.name for f in fields(ComplaintDTO))


def to_dtos(rows: list, now: dt.datetime) -> list[ComplaintDTO]:
    """Rows of DTO_SELECT as DTOs, the clock worked out against ``now``."""
    if not rows:
        return []
    limit = _minutes(rows[0][-1])
    allowed, late_before = limit * 60, overdue_before(now, limit)
    to_deadline, n = dt.timedelta(minutes=limit), len(_SELECTED)
    at_received, at_seconds = _SELECTED.index("received_at"), _SELECTED.index(
        "response_seconds")
    people: dict[int, PersonRef] = {}  # one PersonRef per person, as the page shares them
    out = []
    for row in rows:
        values = _NO_VALUES.copy()  # every field, None unless the row sets it
        values.update(zip(_SELECTED, row, strict=False))  # the row's first n columns
        received, seconds = row[at_received], row[at_seconds]
        values["deadline"] = received + to_deadline
        if seconds is not None:
            values["on_time"] = seconds <= allowed
        elif received < late_before:
            values["on_time"] = False  # else None: still within the limit
        person = row[n]
        if person is not None:
            values["responsible"] = people.get(person) or people.setdefault(
                person, PersonRef(person, row[n + 1], row[n + 2], row[n + 3]))
        out.append(ComplaintDTO(**values))
    return out


def inbox_rows(conn: Connection, me: int | None,
               now: dt.datetime) -> tuple[list[ComplaintDTO], int]:
    """The inbox's complaints and the limit setting."""
    rows = conn.execute(_INBOX, {"me": me}).all()
    return to_dtos(rows, now), _minutes(rows[0][-1]) if rows else limit_minutes(conn)


def dto_of(s: Session, complaint_id: int, now: dt.datetime) -> ComplaintDTO:
    """One complaint's DTO; through the session, so changes not yet flushed are seen."""
    return to_dtos(s.execute(_ONE, {"complaint_id": complaint_id}).all(), now)[0]


# ---- the history -----------------------------------------------------------------------

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
