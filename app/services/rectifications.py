"""Rectification orders (整改): who fixes a finding by when, the proof, the verification,
and escalation up the reports-to chain when it runs late (DESIGN.md §3).

Opening and the escalation sweep live in escalation.py, reading in rectification_queries.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import AppUser, Department, Employee
from app.db.models_patrol import ChecklistItem, Finding, InspectionResult, Photo, TemplateVersion
from app.db.models_rectification import Rectification, RectificationEvent
from app.domain.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, Term, ValidationError
from app.domain.hierarchy import leader_chain
from app.domain.permissions import Permission
from app.domain.rectification import (
    ACTION_LABELS,
    ACTIONS,
    CLOSED,
    EFFICACY,
    ROOT_CAUSES,
    STATES,
    may,
    next_state,
)
from app.services.base import Service, required_name
from app.services.escalation import add_event, deadlines, open_for_finding, sweep
from app.services.photos import prepare_photo, save_prepared
from app.services.rectification_dto import (
    Inbox,
    RectificationDetail,
    RectificationDTO,
    RectificationFilter,
)
from app.services.rectification_queries import (
    base_query,
    department_head,
    dto_of,
    dtos,
    events,
    filtered,
    relations,
)
from app.services.staff import leader_map, person_refs

__all__ = ["RectificationService", "open_for_finding"]

_ROLE_FOR = {"start": Permission.RUN_PATROLS, "submit": Permission.RUN_PATROLS,
             "verify": Permission.VERIFY_RECTIFICATIONS,
             "reject": Permission.VERIFY_RECTIFICATIONS,
             "reassign": Permission.VERIFY_RECTIFICATIONS,
             "cancel": Permission.VERIFY_RECTIFICATIONS}
_FINDING_STATUS = {"verified": "closed", "cancelled": "cancelled"}


class RectificationService(Service):
    # ---- reading ------------------------------------------------------------------------
    def rectification(self, rect_id: int) -> RectificationDetail:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            rect, finding = self._pair(s, rect_id)
            rel = relations(s, self.actor, rect, finding)
            allowed = tuple(a for a, (starts, _) in ACTIONS.items()
                            if rect.status in starts and may(a, rel)
                            and self.actor.can(_ROLE_FOR[a]))
            chain = leader_chain(rect.assignee_id, leader_map(s)) if rect.assignee_id else []
            return RectificationDetail(dto_of(s, rect_id, self.clock()),
                                       events(s, rect_id), tuple(person_refs(s, chain)), allowed)

    def list(self, flt: RectificationFilter | None = None, offset: int = 0,
             limit: int = 256) -> list[RectificationDTO]:
        self._require(Permission.VIEW_ORG)
        self.escalate()
        flt = flt or RectificationFilter()
        now = self.clock()
        with self.db.read() as s:
            q = filtered(base_query(), flt, now).order_by(
                Finding.found_at.desc(), Rectification.id.desc()).offset(offset).limit(limit)
            return dtos(s, s.execute(q).all(), now)

    def count(self, flt: RectificationFilter | None = None) -> int:
        self._require(Permission.VIEW_ORG)
        flt = flt or RectificationFilter()
        with self.db.read() as s:
            q = filtered(select(func.count(Rectification.id)).join(
                Finding, Finding.id == Rectification.finding_id), flt, self.clock())
            return s.scalar(q) or 0

    def inbox(self) -> Inbox:
        """My work: assigned to me, my team's open items, waiting for my verification,
        escalated to me."""
        self._require(Permission.VIEW_ORG)
        self.escalate()
        now, me = self.clock(), self.actor.employee_id
        with self.db.read() as s:
            live = base_query().where(Rectification.status.not_in(CLOSED))
            assigned = team = escalated = []
            below: set[int] = set()
            if me is not None:
                assigned = list(s.execute(live.where(Rectification.assignee_id == me,
                                                     Rectification.status != "submitted")))
                leaders = leader_map(s)
                below = {e for e in leaders if me in leader_chain(e, leaders)}
                team = list(s.execute(live.where(Rectification.assignee_id.in_(below))))
                escalated = list(s.execute(live.where(Rectification.accountable_id == me,
                                                      Rectification.escalation_level > 0)))
            waiting = base_query().where(Rectification.status == "submitted")
            verify = [r for r in s.execute(waiting)
                      if r.found_by == self.actor.username or r.assignee_id in below]
            order = lambda rows: dtos(s, sorted(rows, key=lambda r: (r.due_at, r.id)),  # noqa: E731
                                      now)
            return Inbox(tuple(order(assigned)), tuple(order(team)), tuple(order(verify)),
                         tuple(order(escalated)))

    # ---- the workflow -------------------------------------------------------------------
    def start(self, rect_id: int, version: int) -> RectificationDTO:
        return self._transition("start", rect_id, version)

    def submit(self, rect_id: int, version: int, corrective_action: str, root_cause: str,
               preventive_action: str = "", after_photos: Sequence[bytes] = ()) -> RectificationDTO:
        self._require(Permission.RUN_PATROLS)
        corrective = required_name(corrective_action, QT_TRANSLATE_NOOP(
            "errors", "Describe what was done to correct the problem."))
        if root_cause not in ROOT_CAUSES:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Choose the root cause (people, equipment, material, method or "
                          "environment)."))
        prepared = [prepare_photo(p) for p in after_photos]

        def apply(s: Session, rect: Rectification, finding: Finding) -> dict:
            has_photo = s.scalar(select(func.count(Photo.id)).where(Photo.finding_id == finding.id))
            already = s.scalar(select(func.count(Photo.id)).where(
                Photo.rectification_id == rect.id))
            if has_photo and not prepared and not already:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Add a photo after the fix: the finding was recorded with one."))
            for p in prepared:
                s.add(Photo(attachment_id=save_prepared(s, p, self.clock()).id,
                            rectification_id=rect.id))
            rect.corrective_action, rect.root_cause = corrective, root_cause
            rect.preventive_action = preventive_action.strip()
            return {"root_cause": root_cause, "photos": len(prepared)}

        return self._transition("submit", rect_id, version, apply=apply)

    def verify(self, rect_id: int, version: int, efficacy: str) -> RectificationDTO:
        self._require(Permission.VERIFY_RECTIFICATIONS)
        if efficacy not in EFFICACY:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown efficacy {efficacy}."),
                                  efficacy=efficacy)

        def apply(s: Session, rect: Rectification, finding: Finding) -> dict:
            now = self.clock()
            rect.efficacy, rect.verified_by, rect.verified_at = (
                efficacy, self.actor.username, now)
            if efficacy == "not_effective":  # reopened, with a fresh deadline from now
                rect.due_at = now + (rect.due_at - finding.found_at if rect.due_at > finding.found_at
                                     else dt.timedelta(hours=deadlines(s).minor_hours))
                rect.escalation_level, rect.accountable_id = 0, rect.assignee_id
            return {"efficacy": efficacy}

        return self._transition("verify", rect_id, version, apply=apply, efficacy=efficacy)

    def reject(self, rect_id: int, version: int, reason: str) -> RectificationDTO:
        self._require(Permission.VERIFY_RECTIFICATIONS)
        reason = required_name(reason, QT_TRANSLATE_NOOP(
            "errors", "Say why the rectification is rejected."))
        return self._transition("reject", rect_id, version, reason=reason)

    def reassign(self, rect_id: int, version: int, employee_id: int,
                 reason: str) -> RectificationDTO:
        self._require(Permission.VERIFY_RECTIFICATIONS)
        reason = required_name(reason, QT_TRANSLATE_NOOP(
            "errors", "Give a reason for changing who is responsible."))

        def apply(s: Session, rect: Rectification, finding: Finding) -> dict:
            person = s.get(Employee, employee_id)
            if person is None or not person.active:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Choose an active employee to be responsible."))
            before = rect.assignee_id
            rect.assignee_id = rect.accountable_id = employee_id
            rect.escalation_level = 0
            return {"from_employee": before, "to_employee": employee_id}

        return self._transition("reassign", rect_id, version, apply=apply, reason=reason)

    def cancel(self, rect_id: int, version: int, reason: str) -> RectificationDTO:
        self._require(Permission.VERIFY_RECTIFICATIONS)
        reason = required_name(reason, QT_TRANSLATE_NOOP(
            "errors", "Say why the rectification is cancelled."))
        return self._transition("cancel", rect_id, version, reason=reason)

    def add_after_photo(self, rect_id: int, data: bytes) -> int:
        """A photo proving the fix, added by the assignee before submitting."""
        self._require(Permission.RUN_PATROLS)
        prepared = prepare_photo(data)
        with self.db.write() as s:
            rect, finding = self._pair(s, rect_id)
            if "assignee" not in relations(s, self.actor, rect, finding) or rect.status in (
                    *CLOSED, "submitted"):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Only the person it is assigned to can add photos, before "
                              "submitting."))
            attachment = save_prepared(s, prepared, self.clock())
            s.add(Photo(attachment_id=attachment.id, rectification_id=rect.id))
            s.flush()
            self._audit(s, "add_photo", "rectification", rect.id, attachment=attachment.id)
            return attachment.id

    def escalate(self, now: dt.datetime | None = None) -> int:
        """The escalation sweep; the number of levels stepped up."""
        self._require(Permission.VIEW_ORG)
        with self.db.write() as s:
            return sweep(s, now or self.clock())

    def route_repair(self, rect_id: int, version: int, department_id: int,
                     reason: str) -> RectificationDTO:
        """A facilities problem becomes a repair order: the head of a support department
        answers for it, the reporter verifies."""
        self._require(Permission.RUN_PATROLS)
        reason = required_name(reason, QT_TRANSLATE_NOOP(
            "errors", "Say what needs repairing."))
        with self.db.write() as s:
            rect, finding = self._locked(s, rect_id, version)
            if rect.status in CLOSED or rect.status == "submitted":
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Only an open rectification can become a repair order."))
            dept = s.get(Department, department_id)
            if dept is None or dept.kind != "support":
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Choose a support department for the repair."))
            head = department_head(s, department_id)
            if head is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{department} has nobody to take the repair."), department=dept.name)
            before = rect.assignee_id
            rect.repair_department_id = department_id
            rect.assignee_id = rect.accountable_id = head
            rect.escalation_level = 0
            s.flush()
            add_event(s, rect, self.clock(), self.actor.username, "route_repair", rect.status,
                      rect.status, reason, department=department_id, before=before, after=head)
            self._audit(s, "route_repair", "rectification", rect.id, department=dept.name,
                        head=head, reason=reason)
            return dto_of(s, rect.id, self.clock())

    def propose_checklist_change(self, rect_id: int, reason: str) -> int:
        """Plan-do-check-act: a new draft of the checklist the finding came from."""
        self._require(Permission.EDIT_CHECKLISTS)
        from app.services.checklists import ChecklistService

        with self.db.read() as s:
            _rect, finding = self._pair(s, rect_id)
            template_id = None
            if finding.result_id is not None:
                template_id = s.scalar(
                    select(TemplateVersion.template_id)
                    .join(ChecklistItem, ChecklistItem.version_id == TemplateVersion.id)
                    .join(InspectionResult, InspectionResult.item_id == ChecklistItem.id)
                    .where(InspectionResult.id == finding.result_id))
        if template_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "This finding did not come from a checklist."))
        draft = ChecklistService(self.db, self.actor, self.clock).new_draft(template_id, reason)
        with self.db.write() as s:
            rect = s.get_one(Rectification, rect_id)
            rect.proposed_version_id = draft.id
            s.flush()
            add_event(s, rect, self.clock(), self.actor.username, "propose", rect.status,
                      rect.status, reason, version=draft.id)
            self._audit(s, "propose", "rectification", rect.id, version=draft.id)
        return draft.id

    # ---- helpers ------------------------------------------------------------------------
    def _transition(self, action: str, rect_id: int, version: int, *, apply=None,
                    reason: str = "", efficacy: str | None = None) -> RectificationDTO:
        self._require(_ROLE_FOR[action])
        with self.db.write() as s:
            rect, finding = self._locked(s, rect_id, version)
            if not may(action, relations(s, self.actor, rect, finding)):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "You are not the person who may {action} this rectification."),
                    action=Term("rect_actions", ACTION_LABELS[action]))
            try:
                to = next_state(action, rect.status, efficacy)
            except ValueError:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "A rectification that is {state} cannot be changed this way."),
                    state=Term("rect_states", STATES[rect.status])) from None
            detail = apply(s, rect, finding) if apply else {}
            before, now = rect.status, self.clock()
            rect.status = to
            if to in CLOSED:
                rect.closed_at = now
                finding.status = _FINDING_STATUS[to]
            elif before != to and finding.status != "open":
                finding.status = "open"
            s.flush()
            add_event(s, rect, now, self.actor.username, action, before, to, reason, **detail)
            self._audit(s, action, "rectification", rect.id, before=before, after=to,
                        reason=reason, **detail)
            return dto_of(s, rect.id, now)

    def _locked(self, s: Session, rect_id: int, version: int) -> tuple[Rectification, Finding]:
        rect, finding = self._pair(s, rect_id, lock=True)
        if rect.version != version:
            last = s.scalars(select(RectificationEvent)
                             .where(RectificationEvent.rectification_id == rect_id)
                             .order_by(RectificationEvent.id.desc()).limit(1)).first()
            who = last.actor if last else "?"
            name = s.scalar(select(Employee.name).join(AppUser, AppUser.employee_id == Employee.id)
                            .where(AppUser.username == who)) or who
            raise ConflictError(QT_TRANSLATE_NOOP(
                "errors", "This rectification was changed by {who} at {at} — reload it."),
                who=name, at=last.at.strftime("%Y-%m-%d %H:%M") if last else "?")
        return rect, finding

    @staticmethod
    def _pair(s: Session, rect_id: int, lock: bool = False) -> tuple[Rectification, Finding]:
        # On PostgreSQL a second laptop waits here and then sees the new version (SQLite's
        # BEGIN IMMEDIATE already serialises writers; it ignores FOR UPDATE).
        rect = s.get(Rectification, rect_id, with_for_update=lock)
        if rect is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such rectification."))
        return rect, s.get_one(Finding, rect.finding_id)

