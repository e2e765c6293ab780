"""Accountability records (违规处理): a reminder, a criticism, an order to correct or a
financial responsibility, recorded by a leader above the employee or by HR."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Employee
from app.db.models_rectification import AccountabilityRecord
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.hierarchy import leader_chain
from app.domain.permissions import Permission
from app.services.base import Service, required_name
from app.services.rectification_dto import AccountabilityDTO
from app.services.staff import leader_map, person_refs

KINDS = {
    "reminder": QT_TRANSLATE_NOOP("accountability", "Reminder"),
    "criticism": QT_TRANSLATE_NOOP("accountability", "Criticism"),
    "order_to_correct": QT_TRANSLATE_NOOP("accountability", "Order to correct"),
    "financial": QT_TRANSLATE_NOOP("accountability", "Financial responsibility"),
}


def _dtos(s: Session, rows: list[AccountabilityRecord]) -> list[AccountabilityDTO]:
    people = {p.id: p for p in person_refs(s, list({r.employee_id for r in rows}))}
    return [AccountabilityDTO(r.id, people[r.employee_id], r.kind, r.reason, r.finding_id,
                              r.rectification_id, r.amount, r.recorded_by, r.recorded_at)
            for r in rows]


class AccountabilityService(Service):
    def record(self, employee_id: int, kind: str, reason: str, finding_id: int | None = None,
               rectification_id: int | None = None,
               amount: float | None = None) -> AccountabilityDTO:
        if not self.actor.can(Permission.EDIT_ORG):
            self._require(Permission.VERIFY_RECTIFICATIONS)
        if kind not in KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown kind of record {kind}."),
                                  kind=kind)
        reason = required_name(reason, QT_TRANSLATE_NOOP(
            "errors", "Give the reason for the record."))
        if kind == "financial" and (amount is None or amount <= 0):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A financial responsibility needs an amount above zero."))
        with self.db.write() as s:
            person = s.get(Employee, employee_id)
            if person is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee."))
            if not self.actor.can(Permission.EDIT_ORG) and (
                    self.actor.employee_id is None
                    or self.actor.employee_id not in leader_chain(employee_id, leader_map(s))):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Only a leader above {name} or HR may record this."),
                    name=person.name)
            row = AccountabilityRecord(employee_id=employee_id, kind=kind, reason=reason,
                                       finding_id=finding_id, rectification_id=rectification_id,
                                       amount=amount if kind == "financial" else None,
                                       recorded_by=self.actor.username,
                                       recorded_at=self.clock())
            s.add(row)
            s.flush()
            self._audit(s, "create", "accountability", row.id, employee=person.name, kind=kind,
                        reason=reason, amount=row.amount, rectification=rectification_id)
            return _dtos(s, [row])[0]

    def for_employee(self, employee_id: int) -> list[AccountabilityDTO]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            rows = list(s.scalars(select(AccountabilityRecord)
                                  .where(AccountabilityRecord.employee_id == employee_id)
                                  .order_by(AccountabilityRecord.recorded_at.desc(),
                                            AccountabilityRecord.id.desc())))
            return _dtos(s, rows)
