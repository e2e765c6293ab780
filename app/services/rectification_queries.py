"""Reading rectifications: the DTOs, the filtered list, and the relations an actor has."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from app.db.models import Area, Complaint, Department, Employee, TeamMember
from app.db.models_patrol import Finding, Photo
from app.db.models_rectification import Rectification, RectificationEvent
from app.domain.hierarchy import leader_chain
from app.domain.permissions import Role
from app.domain.rectification import AWAITING_ASSIGNEE, CLOSED, overdue
from app.services.base import Actor
from app.services.rectification_dto import EventDTO, RectificationDTO, RectificationFilter
from app.services.staff import leader_map, person_refs


def relations(s: Session, actor: Actor, rect: Rectification, finding: Finding) -> set[str]:
    """How the actor stands to the item: assignee, above (the assignee), inspector."""
    rel: set[str] = set()
    me = actor.employee_id
    if me is not None and me == rect.assignee_id:
        rel.add("assignee")
    if me is not None and rect.assignee_id is not None and me in leader_chain(
            rect.assignee_id, leader_map(s)):
        rel.add("above")
    if actor.role == Role.ADMIN:
        rel.add("above")
    if actor.username == finding.found_by:
        rel.add("inspector")
    return rel


def filtered(q: Select, flt: RectificationFilter, now: dt.datetime) -> Select:
    if flt.status == "open_any":
        q = q.where(Rectification.status.not_in(CLOSED))
    elif flt.status:
        q = q.where(Rectification.status == flt.status)
    if flt.overdue_only:
        q = q.where(Rectification.status.in_(AWAITING_ASSIGNEE), Rectification.due_at < now)
    if flt.area_id is not None:
        q = q.where(Finding.area_id == flt.area_id)
    if flt.team_id is not None:
        q = q.where(Rectification.assignee_id.in_(
            select(TeamMember.employee_id).where(TeamMember.team_id == flt.team_id)))
    if flt.assignee_id is not None:
        q = q.where(Rectification.assignee_id == flt.assignee_id)
    if flt.severity:
        q = q.where(Finding.severity == flt.severity)
    if flt.date_from is not None:
        q = q.where(Finding.found_at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        q = q.where(Finding.found_at < dt.datetime.combine(
            flt.date_to + dt.timedelta(days=1), dt.time()))
    return q


# What a RectificationDTO is made of, read as columns: loading Rectification and Finding
# entities for a page of 256 cost more than the SQL did (the identity map, attribute state).
_COLUMNS = (Rectification.id, Rectification.finding_id, Finding.area_id, Finding.description,
            Finding.category, Finding.severity, Rectification.status, Rectification.due_at,
            Rectification.assignee_id, Rectification.accountable_id,
            Rectification.escalation_level, Finding.found_at, Finding.found_by,
            Rectification.root_cause, Rectification.corrective_action,
            Rectification.preventive_action, Rectification.verified_by,
            Rectification.verified_at, Rectification.efficacy, Rectification.recurrence_of_id,
            Rectification.repair_department_id, Rectification.proposed_version_id,
            Rectification.version)


def base_query() -> Select:
    """The columns ``dtos`` takes; filter, order and page it as the caller needs."""
    return select(*_COLUMNS).join(Finding, Finding.id == Rectification.finding_id)


def dto_of(s: Session, rect_id: int, now: dt.datetime) -> RectificationDTO:
    """One item's DTO, read through the session (so it sees changes made in it)."""
    return dtos(s, s.execute(base_query().where(Rectification.id == rect_id)).all(), now)[0]


def dtos(s: Session, rows: Sequence[Row], now: dt.datetime) -> list[RectificationDTO]:
    """The DTOs of rows of ``base_query()``, with a fixed number of further queries."""
    if not rows:
        return []
    fids = [r.finding_id for r in rows]
    rids = [r.id for r in rows]
    finding_photos: dict[int, list[int]] = {}
    after: dict[int, list[int]] = {}
    for fid, rid, aid in s.execute(select(Photo.finding_id, Photo.rectification_id,
                                          Photo.attachment_id)
                                   .where((Photo.finding_id.in_(fids))
                                          | (Photo.rectification_id.in_(rids)))
                                   .order_by(Photo.id)):
        if rid is not None:
            after.setdefault(rid, []).append(aid)
        elif fid is not None:
            finding_photos.setdefault(fid, []).append(aid)
    areas = dict(s.execute(select(Area.id, Area.name).where(
        Area.id.in_({r.area_id for r in rows}))).all())
    depts = {r.repair_department_id for r in rows if r.repair_department_id}
    dept_names = dict(s.execute(select(Department.id, Department.name).where(
        Department.id.in_(depts))).all()) if depts else {}
    complaints = dict(s.execute(select(Complaint.rectification_id, Complaint.id).where(
        Complaint.rectification_id.in_(rids))).all())
    people = {p.id: p for p in person_refs(s, list({x for r in rows
                                                   for x in (r.assignee_id, r.accountable_id)
                                                   if x}))}
    return [RectificationDTO(
        r.id, r.finding_id, areas.get(r.area_id, ""), r.description, r.category, r.severity,
        r.status, r.due_at, overdue(r.due_at, now, r.status), people.get(r.assignee_id),
        people.get(r.accountable_id), r.escalation_level, r.found_at, r.found_by, r.root_cause,
        r.corrective_action, r.preventive_action, r.verified_by or "", r.verified_at,
        r.efficacy or "", r.recurrence_of_id, dept_names.get(r.repair_department_id, ""),
        r.proposed_version_id, tuple(finding_photos.get(r.finding_id, ())),
        tuple(after.get(r.id, ())), r.version, complaints.get(r.id)) for r in rows]


def events(s: Session, rect_id: int) -> tuple[EventDTO, ...]:
    return tuple(EventDTO(e.at, e.actor, e.action, e.from_status, e.to_status, e.reason)
                 for e in s.scalars(select(RectificationEvent)
                                    .where(RectificationEvent.rectification_id == rect_id)
                                    .order_by(RectificationEvent.id)))


def department_head(s: Session, department_id: int) -> int | None:
    """The active employee of the highest rank on the department's posts."""
    from app.db.models import Post, Rank

    return s.scalar(select(Employee.id).join(Post, Post.id == Employee.post_id)
                    .join(Rank, Rank.id == Post.rank_id)
                    .where(Post.department_id == department_id, Employee.active.is_(True))
                    .order_by(Rank.level.desc(), Employee.id).limit(1))
