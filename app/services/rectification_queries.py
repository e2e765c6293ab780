"""Reading rectifications: the DTOs, the filtered list, and the relations an actor has."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.db.models import Area, Complaint, Department, Employee, TeamMember
from app.db.models_patrol import Finding, Photo
from app.db.models_rectification import Rectification, RectificationEvent
from app.domain.hierarchy import leader_chain
from app.domain.permissions import Role
from app.domain.rectification import CLOSED, overdue
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
        q = q.where(Rectification.status.not_in([*CLOSED, "submitted"]),
                    Rectification.due_at < now)
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


def base_query() -> Select:
    return select(Rectification, Finding).join(Finding, Finding.id == Rectification.finding_id)


def dtos(s: Session, pairs: list[tuple[Rectification, Finding]],
         now: dt.datetime) -> list[RectificationDTO]:
    if not pairs:
        return []
    fids = [f.id for _, f in pairs]
    rids = [r.id for r, _ in pairs]
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
        Area.id.in_({f.area_id for _, f in pairs}))).all())
    depts = {r.repair_department_id for r, _ in pairs if r.repair_department_id}
    dept_names = dict(s.execute(select(Department.id, Department.name).where(
        Department.id.in_(depts))).all()) if depts else {}
    complaints = dict(s.execute(select(Complaint.rectification_id, Complaint.id).where(
        Complaint.rectification_id.in_(rids))).all())
    people = {p.id: p for p in person_refs(s, list({x for r, _ in pairs
                                                   for x in (r.assignee_id, r.accountable_id)
                                                   if x}))}
    return [RectificationDTO(
        r.id, f.id, areas.get(f.area_id, ""), f.description, f.category, f.severity, r.status,
        r.due_at, overdue(r.due_at, now, r.status), people.get(r.assignee_id),
        people.get(r.accountable_id), r.escalation_level, f.found_at, f.found_by, r.root_cause,
        r.corrective_action, r.preventive_action, r.verified_by or "", r.verified_at,
        r.efficacy or "", r.recurrence_of_id, dept_names.get(r.repair_department_id, ""),
        r.proposed_version_id, tuple(finding_photos.get(f.id, ())), tuple(after.get(r.id, ())),
        r.version, complaints.get(r.id)) for r, f in pairs]


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
