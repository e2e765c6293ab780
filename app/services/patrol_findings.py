"""Findings of patrols (one per failed item, or ad hoc): who answers for them and why."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Area, Employee, Team
from app.db.models_patrol import Finding, InspectionResult, Photo
from app.domain.checklists import CATEGORIES, SEVERITIES
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.permissions import Permission
from app.services.base import Service, required_name
from app.services.checklist_dto import FindingDTO
from app.services.escalation import open_for_finding
from app.services.on_duty import OnDutyService
from app.services.photos import prepare_photo, save_prepared
from app.services.roster_dto import OnDuty
from app.services.roster_queries import team_of
from app.services.staff import leader_map, person_refs


def check_severity(severity: str) -> str:
    if severity not in SEVERITIES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown severity {severity}."),
                              severity=severity)
    return severity


def new_finding(s: Session, duty: OnDuty, *, area_id: int, description: str, category: str,
                severity: str, found_at: dt.datetime, found_by: str,
                inspection_id: int | None = None, result_id: int | None = None,
                rectify: bool = True) -> Finding:
    row = Finding(inspection_id=inspection_id, result_id=result_id, area_id=area_id,
                  description=description, category=category, severity=severity,
                  responsible_id=duty.responsible.id if duty.responsible else None,
                  leader_id=duty.leader.id if duty.leader else None,
                  unrostered=duty.unrostered, found_at=found_at, found_by=found_by,
                  status="open")
    s.add(row)
    s.flush()
    if rectify:  # every finding gets its rectification (the demo opens them in bulk)
        open_for_finding(s, row, found_at, found_by)
    return row


def finding_dtos(s: Session, rows: list[Finding]) -> list[FindingDTO]:
    if not rows:
        return []
    ids = [f.id for f in rows]
    photos: dict[int, list[int]] = {}
    for fid, aid in s.execute(select(Photo.finding_id, Photo.attachment_id)
                              .where(Photo.finding_id.in_(ids)).order_by(Photo.id)):
        photos.setdefault(fid, []).append(aid)
    result_ids = [f.result_id for f in rows if f.result_id]
    items = dict(s.execute(select(InspectionResult.id, InspectionResult.item_id)
                           .where(InspectionResult.id.in_(result_ids))).all()) if result_ids else {}
    areas = dict(s.execute(select(Area.id, Area.name)
                           .where(Area.id.in_({f.area_id for f in rows}))).all())
    people = {p.id: p for p in person_refs(s, list({x for f in rows
                                                   for x in (f.responsible_id, f.leader_id) if x}))}
    return [FindingDTO(f.id, f.inspection_id, items.get(f.result_id), f.area_id,
                       areas.get(f.area_id, ""), f.description, f.category, f.severity,
                       people.get(f.responsible_id), people.get(f.leader_id), f.unrostered,
                       f.owner_reason, f.found_at, f.found_by, f.status,
                       tuple(photos.get(f.id, ()))) for f in rows]


class PatrolFindings(Service):
    """The finding half of PatrolService."""

    def findings(self, status: str | None = "open", area_id: int | None = None,
                 inspection_id: int | None = None) -> list[FindingDTO]:
        self._require(Permission.VIEW_ORG)
        q = select(Finding).order_by(Finding.found_at.desc(), Finding.id.desc())
        if status is not None:
            q = q.where(Finding.status == status)
        if area_id is not None:
            q = q.where(Finding.area_id == area_id)
        if inspection_id is not None:
            q = q.where(Finding.inspection_id == inspection_id)
        with self.db.read() as s:
            return finding_dtos(s, list(s.scalars(q)))

    def ad_hoc_finding(self, area_id: int, description: str, severity: str, category: str = "",
                       photo: bytes | None = None, at: dt.datetime | None = None) -> FindingDTO:
        """A problem seen outside a checklist round; the on-duty lookup names its owner."""
        self._require(Permission.RUN_PATROLS)
        description = required_name(description, QT_TRANSLATE_NOOP(
            "errors", "Describe what was found."))
        check_severity(severity)
        if category and category not in CATEGORIES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown category {category}."),
                                  category=category)
        at = at or self.clock()
        prepared = prepare_photo(photo) if photo is not None else None
        duty = OnDutyService(self.db, self.actor).lookup(area_id, at)  # NotFound for a bad area
        with self.db.write() as s:
            row = new_finding(s, duty, area_id=area_id, description=description,
                              category=category, severity=severity, found_at=at,
                              found_by=self.actor.username)
            if prepared is not None:
                s.add(Photo(attachment_id=save_prepared(s, prepared, self.clock()).id,
                            finding_id=row.id))
                s.flush()
            self._audit(s, "create", "finding", row.id, area=duty.area, severity=severity,
                        description=description,
                        responsible=duty.responsible.name if duty.responsible else None,
                        unrostered=duty.unrostered)
            return finding_dtos(s, [row])[0]

    def reassign_finding(self, finding_id: int, responsible_id: int, reason: str) -> FindingDTO:
        """A new owner, with the reason; the leader becomes the new owner's leader."""
        self._require(Permission.RUN_PATROLS)
        reason = required_name(reason, QT_TRANSLATE_NOOP(
            "errors", "Give a reason for changing who is responsible."))
        with self.db.write() as s:
            row = self._finding(s, finding_id)
            person = s.get(Employee, responsible_id)
            if person is None or not person.active:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Choose an active employee to be responsible."))
            team = team_of(s).get(responsible_id)
            leader = s.get_one(Team, team[0]).leader_id if team else None
            if leader in (None, responsible_id):
                leader = leader_map(s).get(responsible_id)
            before = (row.responsible_id, row.leader_id)
            row.responsible_id, row.leader_id = responsible_id, leader
            row.unrostered, row.owner_reason = False, reason
            s.flush()
            self._audit(s, "reassign", "finding", row.id, before=list(before),
                        after=[responsible_id, leader], reason=reason)
            return finding_dtos(s, [row])[0]

    def set_finding_severity(self, finding_id: int, severity: str) -> FindingDTO:
        self._require(Permission.RUN_PATROLS)
        check_severity(severity)
        with self.db.write() as s:
            row = self._finding(s, finding_id)
            before, row.severity = row.severity, severity
            s.flush()
            self._audit(s, "update", "finding", row.id, before=before, after=severity)
            return finding_dtos(s, [row])[0]

    @staticmethod
    def _finding(s: Session, finding_id: int) -> Finding:
        row = s.get(Finding, finding_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such finding."))
        return row

