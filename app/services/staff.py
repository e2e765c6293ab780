"""Employees, their leaders (reports-to) and their extra skills (一职多能)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app.db.models import (
    AccountabilityRecord,
    Area,
    Department,
    Employee,
    Post,
    Qualification,
    Team,
    TeamMember,
)
from app.domain.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, ValidationError
from app.domain.hierarchy import cycle_if_led_by, leader_chain
from app.domain.org import QUALIFICATION_LEVELS
from app.domain.permissions import Permission
from app.services.base import Service
from app.services.dto import (
    EmployeeDetail,
    EmployeeDTO,
    EmployeeInput,
    Notice,
    PersonRef,
    QualificationDTO,
    SavedEmployee,
)
from app.services.org_chart import span_notice
from app.services.org_structure import post_dtos

_Leader = aliased(Employee)


def _employee_query():
    return (select(Employee, Post.name, Department.id, Department.name, _Leader.code, _Leader.name)
            .outerjoin(Post, Post.id == Employee.post_id)
            .outerjoin(Department, Department.id == Post.department_id)
            .outerjoin(_Leader, _Leader.id == Employee.leader_id))


def _to_dto(row) -> EmployeeDTO:
    e, post, dept_id, dept, lcode, lname = row
    return EmployeeDTO(e.id, e.code, e.name, e.phone or "", e.hire_date, e.post_id, post or "",
                       dept_id, dept or "", e.leader_id, lcode or "", lname or "", e.active,
                       e.version)


def employee_dto(session: Session, employee_id: int) -> EmployeeDTO:
    row = session.execute(_employee_query().where(Employee.id == employee_id)).one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee."))
    return _to_dto(row)


def leader_map(session: Session) -> dict[int, int | None]:
    return dict(session.execute(select(Employee.id, Employee.leader_id)).all())


def check_leader(session: Session, employee_id: int | None, leader_id: int | None) -> None:
    """Refuse an unknown or inactive leader, and any loop in the reports-to chain."""
    if leader_id is None:
        return
    leader = session.get(Employee, leader_id)
    if leader is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The chosen leader does not exist."))
    if not leader.active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} has left and cannot lead anyone."),
                              name=leader.name)
    if employee_id is None:
        return
    loop = cycle_if_led_by(employee_id, leader_id, leader_map(session))
    if loop:
        names = dict(session.execute(select(Employee.id, Employee.name)
                                     .where(Employee.id.in_(loop))).all())
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This would make a leadership loop: {chain}."),
            chain=" → ".join(names[i] for i in loop))


def _validate_input(session: Session, data: EmployeeInput, employee_id: int | None) -> EmployeeInput:
    code, name = data.code.strip(), data.name.strip()
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter an employee code."))
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the employee's name."))
    clash = session.scalar(select(Employee.id).where(Employee.code == code))
    if clash is not None and clash != employee_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Employee code {code} is already used."),
                              code=code)
    if data.post_id is not None and session.get(Post, data.post_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such post."))
    if employee_id is not None and data.leader_id == employee_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Nobody can be their own leader."))
    check_leader(session, employee_id, data.leader_id)
    return replace(data, code=code, name=name, phone=data.phone.strip())


def person_refs(session: Session, ids: list[int]) -> list[PersonRef]:
    rows = session.execute(select(Employee.id, Employee.code, Employee.name, Post.name)
                           .outerjoin(Post, Post.id == Employee.post_id)
                           .where(Employee.id.in_(ids))).all()
    by_id = {r[0]: PersonRef(r[0], r[1], r[2], r[3] or "") for r in rows}
    return [by_id[i] for i in ids if i in by_id]


class StaffService(Service):
    def employees(self, search: str = "", department_id: int | None = None,
                  post_id: int | None = None, leader_id: int | None = None,
                  active: bool | None = True) -> list[EmployeeDTO]:
        self._require(Permission.VIEW_ORG)
        q = _employee_query().order_by(Employee.code)
        if search.strip():
            like = f"%{search.strip()}%"
            q = q.where(or_(Employee.code.like(like), Employee.name.like(like),
                            Employee.phone.like(like)))
        if department_id is not None:
            q = q.where(Post.department_id == department_id)
        if post_id is not None:
            q = q.where(Employee.post_id == post_id)
        if leader_id is not None:
            q = q.where(Employee.leader_id == leader_id)
        if active is not None:
            q = q.where(Employee.active.is_(active))
        with self.db.read() as s:
            return [_to_dto(r) for r in s.execute(q).all()]

    def employee(self, employee_id: int) -> EmployeeDTO:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return employee_dto(s, employee_id)

    def detail(self, employee_id: int) -> EmployeeDetail:
        """Everything an employee's page shows: duties, leader chain, team, areas, skills."""
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            emp = employee_dto(s, employee_id)
            duties = post_dtos(s, [emp.post_id])[0].duties if emp.post_id else ()
            chain = person_refs(s, leader_chain(employee_id, leader_map(s)))
            reports = s.scalars(select(Employee.id).where(Employee.leader_id == employee_id,
                                                          Employee.active.is_(True))
                                .order_by(Employee.code)).all()
            team = s.execute(
                select(Team.id, Team.name).outerjoin(TeamMember, TeamMember.team_id == Team.id)
                .where(or_(TeamMember.employee_id == employee_id, Team.leader_id == employee_id))
            ).first()
            areas = (s.scalars(select(Area.name).where(Area.default_team_id == team[0])
                               .order_by(Area.name)).all() if team else [])
            records = s.execute(
                select(AccountabilityRecord.recorded_at, AccountabilityRecord.kind,
                       AccountabilityRecord.reason, AccountabilityRecord.recorded_by,
                       AccountabilityRecord.amount)
                .where(AccountabilityRecord.employee_id == employee_id)
                .order_by(AccountabilityRecord.recorded_at.desc())).all()
            return EmployeeDetail(emp, duties, tuple(chain), tuple(person_refs(s, list(reports))),
                                  team[1] if team else "", tuple(areas),
                                  tuple(self._qualifications(s, employee_id)),
                                  tuple(tuple(r) for r in records))

    def create(self, data: EmployeeInput) -> SavedEmployee:
        self._require(Permission.EDIT_ORG)
        with self.db.write() as s:
            data = _validate_input(s, data, None)
            emp = Employee(**asdict(data))
            s.add(emp)
            s.flush()
            self._audit(s, "create", "employee", emp.id, **_plain(data))
            return SavedEmployee(employee_dto(s, emp.id), self._notices(s, data.leader_id))

    def update(self, employee_id: int, data: EmployeeInput,
               expected_version: int | None = None) -> SavedEmployee:
        self._require(Permission.EDIT_ORG)
        with self.db.write() as s:
            # FOR UPDATE: on PostgreSQL a concurrent save waits, then sees the new version.
            emp = s.get(Employee, employee_id, with_for_update=expected_version is not None)
            if emp is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee."))
            if expected_version is not None and emp.version != expected_version:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "errors", "{name} was changed by someone else meanwhile. "
                              "Reopen the record and try again."), name=emp.name)
            data = _validate_input(s, data, employee_id)
            if emp.active and not data.active:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Use 'Deactivate' to record that someone has left."))
            before = {k: getattr(emp, k) for k in _plain(data)}
            for key, value in asdict(data).items():
                setattr(emp, key, value)
            s.flush()
            self._audit(s, "update", "employee", emp.id, before=before, after=_plain(data))
            notices = self._notices(s, data.leader_id) if before["leader_id"] != data.leader_id else ()
            return SavedEmployee(employee_dto(s, emp.id), notices)

    def deactivate(self, employee_id: int, new_leader_id: int | None = None,
                   reassign: bool = False) -> EmployeeDTO:
        """Record that someone left. If they lead people, ``reassign`` must say who leads
        them now (``new_leader_id``; None makes them top-level)."""
        self._require(Permission.EDIT_ORG)
        with self.db.write() as s:
            emp = s.get(Employee, employee_id)
            if emp is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee."))
            reports = s.scalars(select(Employee).where(Employee.leader_id == employee_id,
                                                       Employee.active.is_(True))).all()
            if reports and not reassign:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{name} leads {count} people. Choose who leads them now first."),
                    name=emp.name, count=len(reports))
            if new_leader_id == employee_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Choose someone other than the person who is leaving."))
            for report in reports:
                check_leader(s, report.id, new_leader_id)
                report.leader_id = new_leader_id
            for team in s.scalars(select(Team).where(Team.leader_id == employee_id)):
                team.leader_id = new_leader_id
            emp.active = False
            s.execute(TeamMember.__table__.delete().where(TeamMember.employee_id == employee_id))
            self._audit(s, "deactivate", "employee", emp.id, code=emp.code,
                        reports_moved_to=new_leader_id, reports=[r.id for r in reports])
            s.flush()
            return employee_dto(s, emp.id)

    def reactivate(self, employee_id: int) -> EmployeeDTO:
        self._require(Permission.EDIT_ORG)
        with self.db.write() as s:
            emp = s.get(Employee, employee_id)
            if emp is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee."))
            if emp.leader_id is not None and not s.get(Employee, emp.leader_id).active:
                emp.leader_id = None  # their old leader has left too
            emp.active = True
            self._audit(s, "reactivate", "employee", emp.id, code=emp.code)
            s.flush()
            return employee_dto(s, emp.id)

    # -- qualifications (一职多能) ---------------------------------------------------
    def qualifications(self, employee_id: int) -> list[QualificationDTO]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return self._qualifications(s, employee_id)

    def set_qualification(self, employee_id: int, post_id: int, level: str,
                          certified_by_id: int | None = None,
                          certified_on: dt.date | None = None) -> QualificationDTO:
        self._require(Permission.EDIT_ORG)
        if level not in QUALIFICATION_LEVELS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown qualification level {level}."),
                                  level=level)
        with self.db.write() as s:
            emp = s.get(Employee, employee_id)
            if emp is None or s.get(Post, post_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee or post."))
            if emp.post_id == post_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "This is already {name}'s own post."), name=emp.name)
            if certified_by_id is not None and s.get(Employee, certified_by_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee."))
            q = s.scalar(select(Qualification).where(Qualification.employee_id == employee_id,
                                                     Qualification.post_id == post_id))
            if q is None:
                q = Qualification(employee_id=employee_id, post_id=post_id)
                s.add(q)
            q.level, q.certified_by_id, q.certified_on = level, certified_by_id, certified_on
            s.flush()
            self._audit(s, "set", "qualification", q.id, employee_id=employee_id,
                        post_id=post_id, level=level, certified_by_id=certified_by_id,
                        certified_on=certified_on)
            return next(x for x in self._qualifications(s, employee_id) if x.id == q.id)

    def remove_qualification(self, qualification_id: int) -> None:
        self._require(Permission.EDIT_ORG)
        with self.db.write() as s:
            q = s.get(Qualification, qualification_id)
            if q is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such qualification."))
            self._audit(s, "delete", "qualification", q.id, employee_id=q.employee_id,
                        post_id=q.post_id)
            s.delete(q)

    @staticmethod
    def _qualifications(s: Session, employee_id: int) -> list[QualificationDTO]:
        cert = aliased(Employee)
        rows = s.execute(select(Qualification, Post.name, cert.name)
                         .join(Post, Post.id == Qualification.post_id)
                         .outerjoin(cert, cert.id == Qualification.certified_by_id)
                         .where(Qualification.employee_id == employee_id)
                         .order_by(Post.name)).all()
        return [QualificationDTO(q.id, q.employee_id, q.post_id, post, q.level,
                                 q.certified_by_id, by or "", q.certified_on)
                for q, post, by in rows]

    @staticmethod
    def _notices(s: Session, leader_id: int | None) -> tuple[Notice, ...]:
        notice = span_notice(s, leader_id)
        return (notice,) if notice else ()


def _plain(data: EmployeeInput) -> dict:
    out = asdict(data)
    out.pop("active", None)
    return out
