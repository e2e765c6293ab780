"""Complaints (投诉处理) and their first-response clock: receive with the time stamped,
answer within the limit, hand over to the department and person concerned, resolve, feed the
outcome back to the guest, and open a rectification when a complaint reveals a defect.

Reading and the DTOs live in complaint_queries.py; the clock rules in domain.complaint_clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Area, Complaint, Department, Employee, Finding
from app.domain import complaint_clock
from app.domain.complaints import (
    ACTIONS,
    CATEGORIES,
    CHANNELS,
    OPEN_STATES,
    SATISFACTION,
    SEVERITIES,
    STATES,
    dimension_of,
    next_state,
)
from app.domain.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, Term, ValidationError
from app.domain.permissions import Permission
from app.services.base import Service, required_name
from app.services.complaint_queries import (
    count_filtered,
    dto_of,
    history,
    inbox_rows,
    last_change,
    leader_of,
    list_page,
)
from app.services.complaint_stats import period_stats
from app.services.escalation import open_for_finding
from app.services.guest_common import check_area, checked_entry
from app.services.guest_dto import (
    ComplaintDetail,
    ComplaintDraft,
    ComplaintDTO,
    ComplaintFilter,
    ComplaintInbox,
    ComplaintStats,
    HandoverSuggestion,
)
from app.services.on_duty import OnDutyService
from app.services.rectification_queries import department_head
from app.services.roster_dto import OnDuty

P = Permission


def _no_such_complaint() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("errors", "No such complaint."))


class ComplaintService(Service):
    # ---- reading ------------------------------------------------------------------------
    def complaint(self, complaint_id: int) -> ComplaintDetail:
        self._require_view()
        with self.db.read() as s:
            row = self._get(s, complaint_id)
            allowed = tuple(a for a in ACTIONS if next_state(a, row.status) and self._may(a, row))
            if (row.rectification_id is None and row.area_id is not None
                    and self.actor.can(P.MANAGE_COMPLAINTS)):
                allowed += ("open_rectification",)
            return ComplaintDetail(dto_of(s, complaint_id, self.clock()),
                                   history(s, complaint_id), allowed)

    def list(self, flt: ComplaintFilter | None = None, offset: int = 0,
             limit: int = 256) -> list[ComplaintDTO]:
        """Newest first."""
        self._require_view()
        flt, now = flt or ComplaintFilter(), self.clock()
        with self.db.read_rows() as conn:
            return list_page(conn, flt, now, offset, limit)

    def count(self, flt: ComplaintFilter | None = None) -> int:
        self._require_view()
        flt, now = flt or ComplaintFilter(), self.clock()
        with self.db.read_rows() as conn:
            return count_filtered(conn, flt, now)

    def inbox(self) -> ComplaintInbox:
        """What needs answering now (oldest first) and the open complaints handed to me."""
        self._require_view()
        now, me = self.clock(), self.actor.employee_id
        with self.db.read_rows() as conn:
            rows, minutes = inbox_rows(conn, me, now)  # both lists, told apart here
        return ComplaintInbox(
            tuple(c for c in rows if c.status == "received"),
            tuple(c for c in rows if me is not None and c.status in OPEN_STATES
                  and c.responsible is not None and c.responsible.id == me), minutes)

    def stats(self, date_from: dt.date, date_to: dt.date,
              area_id: int | None = None) -> ComplaintStats:
        """The measures of complaints received from ``date_from`` to ``date_to`` inclusive."""
        self._require_view()
        now = self.clock()
        with self.db.read_rows() as conn:
            return period_stats(conn, date_from, date_to, area_id, now)

    def suggest_handover(self, complaint_id: int) -> HandoverSuggestion:
        """The department owning the complaint's area and the person on duty there now."""
        self._require(P.HANDLE_COMPLAINTS)
        with self.db.read() as s:
            area_id = self._get(s, complaint_id).area_id
            dept = s.execute(select(Department.id, Department.name)
                             .join(Area, Area.department_id == Department.id)
                             .where(Area.id == area_id)).first() if area_id else None
        if area_id is None:
            return HandoverSuggestion(None, "", None, None)
        duty = OnDutyService(self.db, self.actor, self.clock).lookup(area_id, self.clock())
        return HandoverSuggestion(dept.id if dept else None, dept.name if dept else "",
                                  duty.responsible, duty)

    # ---- the workflow -------------------------------------------------------------------
    def receive(self, draft: ComplaintDraft) -> ComplaintDTO:
        self._require(P.HANDLE_COMPLAINTS)
        if draft.channel not in CHANNELS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Choose how the complaint came in (phone, SMS, online or in person)."))
        if draft.category not in CATEGORIES:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Choose what the complaint is about."))
        self._check_severity(draft.severity)
        now = self.clock()
        entry = checked_entry(
            draft, now, QT_TRANSLATE_NOOP("errors", "Write down what the guest complained about."),
            QT_TRANSLATE_NOOP("errors", "A complaint cannot be received later than now ({at})."))
        received, content = entry.received_at, entry.content
        with self.db.write() as s:
            check_area(s, draft.area_id)
            row = Complaint(received_at=received, received_by=self.actor.username,
                            channel=draft.channel, content=content, category=draft.category,
                            dimension=dimension_of(draft.category), severity=draft.severity,
                            area_id=draft.area_id, status="received", **entry.texts)
            s.add(row)
            s.flush()
            self._audit(s, "receive", "complaint", row.id, at=received.isoformat(),
                        channel=draft.channel, category=draft.category,
                        severity=draft.severity, area=draft.area_id, content=content)
            return dto_of(s, row.id, now)

    def respond(self, complaint_id: int, version: int, note: str = "") -> ComplaintDTO:
        """The first response: stops the clock, records when and who."""
        self._require(P.HANDLE_COMPLAINTS)

        def apply(s: Session, row: Complaint, now: dt.datetime) -> dict:
            row.first_response_at = now
            row.response_s = complaint_clock.response_seconds(row.received_at, now)
            row.responder, row.responder_id = self.actor.username, self.actor.employee_id
            return {"note": note.strip(), "seconds": row.response_s}

        return self._transition("respond", complaint_id, version, apply)

    def hand_over(self, complaint_id: int, version: int, department_id: int,
                  responsible_id: int | None, note: str = "") -> ComplaintDTO:
        self._require(P.MANAGE_COMPLAINTS)

        def apply(s: Session, row: Complaint, now: dt.datetime) -> dict:
            dept = s.get(Department, department_id)
            if dept is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Choose the department to hand the complaint to."))
            person = s.get(Employee, responsible_id) if responsible_id is not None else None
            if responsible_id is not None and (person is None or not person.active):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Choose an active employee to be responsible."))
            before = (row.department_id, row.responsible_id)
            row.department_id, row.responsible_id = department_id, responsible_id
            row.handed_over_at = now
            return {"department": dept.name, "responsible": person.name if person else None,
                    "previous": list(before), "note": note.strip()}

        return self._transition("hand_over", complaint_id, version, apply)

    def resolve(self, complaint_id: int, version: int, resolution: str,
                compensation: str = "", compensation_amount: float | None = None
                ) -> ComplaintDTO:
        self._require_manage_or_own()
        resolution = required_name(resolution, QT_TRANSLATE_NOOP(
            "errors", "Describe how the complaint was resolved."))
        if compensation_amount is not None and compensation_amount < 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The compensation amount cannot be negative."))

        def apply(s: Session, row: Complaint, now: dt.datetime) -> dict:
            row.resolution, row.resolved_at = resolution, now
            row.resolve_s = complaint_clock.resolve_seconds(row.received_at, now)
            row.compensation = compensation.strip()
            row.compensation_amount = compensation_amount
            return {"resolution": resolution, "compensation": row.compensation,
                    "amount": compensation_amount}

        return self._transition("resolve", complaint_id, version, apply)

    def close(self, complaint_id: int, version: int, feedback: str,
              satisfaction: int | None) -> ComplaintDTO:
        """Closed once the outcome has been fed back to the guest (回访)."""
        self._require_manage_or_own()
        feedback = required_name(feedback, QT_TRANSLATE_NOOP(
            "errors", "Write down what the guest was told."))
        if satisfaction is not None and satisfaction not in SATISFACTION:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Rate the guest's satisfaction from 1 to 5, or leave it empty."))

        def apply(s: Session, row: Complaint, now: dt.datetime) -> dict:
            row.feedback, row.satisfaction = feedback, satisfaction
            return {"feedback": feedback, "satisfaction": satisfaction}

        return self._transition("close", complaint_id, version, apply)

    def open_rectification(self, complaint_id: int, version: int, severity: str | None = None,
                           description: str = "") -> int:
        """A complaint that reveals a defect becomes a finding with its rectification, taking
        the same path as a patrol finding (so it reaches the assignee's My work). The owner
        is the person responsible for the complaint, else whoever was on duty in the area
        when it was received, else the head of the department concerned."""
        self._require(P.MANAGE_COMPLAINTS)
        if severity is not None:
            self._check_severity(severity)
        with self.db.read() as s:
            row = self._get(s, complaint_id)
            self._check_can_rectify(row)
            area_id, received, owner = row.area_id, row.received_at, row.responsible_id
        duty = (OnDutyService(self.db, self.actor, self.clock).lookup(area_id, received)
                if owner is None else None)
        now = self.clock()
        with self.db.write() as s:
            row = self._locked(s, complaint_id, version)
            self._check_can_rectify(row)
            responsible, leader = self._owner(s, row, duty)
            finding = Finding(area_id=row.area_id, description=description.strip()
                              or f"顾客投诉：{row.content}", category=row.category,
                              severity=severity or row.severity, responsible_id=responsible,
                              leader_id=leader, unrostered=bool(duty and duty.unrostered),
                              found_at=now, found_by=self.actor.username, status="open")
            s.add(finding)
            s.flush()
            rect = open_for_finding(s, finding, now, self.actor.username)
            row.rectification_id = rect.id
            s.flush()
            self._audit(s, "create", "finding", finding.id, complaint=row.id,
                        severity=finding.severity, description=finding.description,
                        responsible=responsible)
            self._audit(s, "open_rectification", "complaint", row.id, rectification=rect.id,
                        finding=finding.id, assignee=rect.assignee_id)
            return rect.id

    # ---- helpers ------------------------------------------------------------------------
    def _require_view(self) -> None:
        self._require_any(P.HANDLE_COMPLAINTS, P.VIEW_REPORTS)

    def _require_manage_or_own(self, row: Complaint | None = None) -> None:
        """Managing roles may resolve and close any complaint; a handler only the ones they
        are responsible for. A refusal names the managing permission."""
        if self.actor.can(P.MANAGE_COMPLAINTS):
            return
        if self.actor.can(P.HANDLE_COMPLAINTS) and (row is None or self._is_mine(row)):
            return
        self._require(P.MANAGE_COMPLAINTS)

    def _is_mine(self, row: Complaint) -> bool:
        return self.actor.employee_id is not None and row.responsible_id == self.actor.employee_id

    def _may(self, action: str, row: Complaint) -> bool:
        if action == "respond":
            return self.actor.can(P.HANDLE_COMPLAINTS)
        if action == "hand_over":
            return self.actor.can(P.MANAGE_COMPLAINTS)
        return self.actor.can(P.MANAGE_COMPLAINTS) or (
            self.actor.can(P.HANDLE_COMPLAINTS) and self._is_mine(row))

    @staticmethod
    def _check_severity(severity: str) -> None:
        if severity not in SEVERITIES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown severity {severity}."),
                                  severity=severity)

    @staticmethod
    def _check_can_rectify(row: Complaint) -> None:
        if row.rectification_id is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "This complaint already has rectification #{id}."),
                id=row.rectification_id)
        if row.area_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A rectification needs an area, and this complaint was recorded "
                          "without one."))

    @staticmethod
    def _owner(s: Session, row: Complaint, duty: OnDuty | None) -> tuple[int | None, int | None]:
        """(responsible, leader) of the finding a complaint opens."""
        if row.responsible_id is not None:
            return row.responsible_id, leader_of(s, row.responsible_id)
        if duty is not None and duty.responsible is not None:
            return duty.responsible.id, duty.leader.id if duty.leader else None
        dept = row.department_id or s.scalar(select(Area.department_id)
                                             .where(Area.id == row.area_id))
        head = department_head(s, dept) if dept else None
        return head, leader_of(s, head) if head else None

    def _transition(self, action: str, complaint_id: int, version: int,
                    apply: Callable[[Session, Complaint, dt.datetime], dict]) -> ComplaintDTO:
        with self.db.write() as s:
            row = self._locked(s, complaint_id, version)
            if action in ("resolve", "close"):
                self._require_manage_or_own(row)
            to = next_state(action, row.status)
            if to is None:
                self._refuse(s, action, row)
            now, before = self.clock(), row.status
            detail = apply(s, row, now)
            row.status = to
            s.flush()
            self._audit(s, action, "complaint", row.id, before=before, after=to, **detail)
            return dto_of(s, row.id, now)

    @staticmethod
    def _refuse(s: Session, action: str, row: Complaint) -> None:
        if action == "respond":
            who = row.responder
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "This complaint was already answered at {at} by {who}."),
                at=row.first_response_at.strftime("%H:%M:%S") if row.first_response_at else "?",
                who=(s.scalar(select(Employee.name).where(Employee.id == row.responder_id))
                     if row.responder_id else None) or who or "?")
        if row.status == "received":
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Respond to the guest first: the complaint is still waiting for its "
                          "first response."))
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A complaint that is {state} cannot be changed this way."),
            state=Term("complaints", STATES[row.status]))

    def _locked(self, s: Session, complaint_id: int, version: int) -> Complaint:
        row = self._get(s, complaint_id, lock=True)
        if row.version != version:
            who, at = last_change(s, complaint_id)
            raise ConflictError(QT_TRANSLATE_NOOP(
                "errors", "This complaint was changed by {who} at {at} — reload it."),
                who=who, at=at)
        return row

    @staticmethod
    def _get(s: Session, complaint_id: int, lock: bool = False) -> Complaint:
        # FOR UPDATE: on PostgreSQL the second of two saves waits and then gets the conflict.
        row = s.get(Complaint, complaint_id, with_for_update=lock)
        if row is None:
            raise _no_such_complaint()
        return row
