"""Teams (a leader and members) and the areas of the floor they look after."""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.db.models import Area, Department, Employee, Finding, Inspection, Post, Team, TeamMember
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.org import AREA_KINDS
from app.domain.permissions import Permission
from app.services.base import Service, required_name
from app.services.dto import AreaDTO, PersonRef, TeamDTO


def team_dtos(s: Session) -> list[TeamDTO]:
    names = dict(s.execute(select(Department.id, Department.name)).all())
    people = {r[0]: r for r in s.execute(
        select(Employee.id, Employee.code, Employee.name, Post.name)
        .outerjoin(Post, Post.id == Employee.post_id)).all()}
    members: dict[int, list[PersonRef]] = {}
    for team_id, emp_id in s.execute(select(TeamMember.team_id, TeamMember.employee_id)
                                     .order_by(TeamMember.employee_id)).all():
        p = people[emp_id]
        members.setdefault(team_id, []).append(PersonRef(p[0], p[1], p[2], p[3] or ""))
    return [TeamDTO(t.id, t.name, t.department_id, names.get(t.department_id, ""), t.leader_id,
                    people[t.leader_id][2] if t.leader_id else "", tuple(members.get(t.id, ())))
            for t in s.scalars(select(Team).order_by(Team.name))]


class TeamService(Service):
    def teams(self) -> list[TeamDTO]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return team_dtos(s)

    def save_team(self, name: str, department_id: int | None, leader_id: int | None,
                  member_ids: list[int], team_id: int | None = None) -> TeamDTO:
        self._require(Permission.EDIT_ORG)
        name = required_name(name, QT_TRANSLATE_NOOP("errors", "Enter a name for the team."))
        members = list(dict.fromkeys(m for m in member_ids if m != leader_id))
        with self.db.write() as s:
            clash = s.scalar(select(Team.id).where(Team.name == name))
            if clash is not None and clash != team_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A team named {name} already exists."), name=name)
            for emp_id in [*members, *([leader_id] if leader_id else [])]:
                emp = s.get(Employee, emp_id)
                if emp is None:
                    raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee."))
                if not emp.active:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "errors", "{name} has left and cannot join a team."), name=emp.name)
            if team_id is None:
                team = Team(name=name)
                s.add(team)
                s.flush()
            else:
                team = s.get(Team, team_id)
                if team is None:
                    raise NotFound(QT_TRANSLATE_NOOP("errors", "No such team."))
            team.name, team.department_id, team.leader_id = name, department_id, leader_id
            # Someone stands in one team at a time: joining here leaves the old team.
            s.execute(delete(TeamMember).where(TeamMember.team_id == team.id))
            if members:
                s.execute(delete(TeamMember).where(TeamMember.employee_id.in_(members)))
                s.add_all(TeamMember(team_id=team.id, employee_id=m) for m in members)
            s.flush()
            self._audit(s, "save", "team", team.id, name=name, department_id=department_id,
                        leader_id=leader_id, members=members)
            return next(t for t in team_dtos(s) if t.id == team.id)

    def delete_team(self, team_id: int) -> None:
        self._require(Permission.EDIT_ORG)
        with self.db.write() as s:
            team = s.get(Team, team_id)
            if team is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such team."))
            s.execute(update(Area).where(Area.default_team_id == team_id)
                      .values(default_team_id=None))
            self._audit(s, "delete", "team", team.id, name=team.name)
            s.delete(team)

    # -- areas -----------------------------------------------------------------------
    def areas(self) -> list[AreaDTO]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            depts = dict(s.execute(select(Department.id, Department.name)).all())
            teams = dict(s.execute(select(Team.id, Team.name)).all())
            return [AreaDTO(a.id, a.name, a.kind, a.floor, a.department_id,
                            depts.get(a.department_id, ""), a.default_team_id,
                            teams.get(a.default_team_id, ""))
                    for a in s.scalars(select(Area).order_by(Area.floor, Area.name))]

    def save_area(self, name: str, kind: str, floor: str, department_id: int | None,
                  default_team_id: int | None, area_id: int | None = None) -> AreaDTO:
        self._require(Permission.EDIT_ORG)
        name = required_name(name, QT_TRANSLATE_NOOP("errors", "Enter a name for the area."))
        if kind not in AREA_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown area kind {kind}."),
                                  kind=kind)
        with self.db.write() as s:
            clash = s.scalar(select(Area.id).where(Area.name == name))
            if clash is not None and clash != area_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "An area named {name} already exists."), name=name)
            if area_id is None:
                area = Area(name=name)
                s.add(area)
            else:
                area = s.get(Area, area_id)
                if area is None:
                    raise NotFound(QT_TRANSLATE_NOOP("errors", "No such area."))
            area.name, area.kind, area.floor = name, kind, floor.strip()
            area.department_id, area.default_team_id = department_id, default_team_id
            s.flush()
            self._audit(s, "save", "area", area.id, name=name, kind=kind, floor=floor,
                        department_id=department_id, default_team_id=default_team_id)
        return next(a for a in self.areas() if a.id == area.id)

    def delete_area(self, area_id: int) -> None:
        self._require(Permission.EDIT_ORG)
        with self.db.write() as s:
            area = s.get(Area, area_id)
            if area is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such area."))
            # Patrol records name the area for good; a used area can only be renamed.
            used = (s.scalar(select(func.count()).select_from(Inspection)
                             .where(Inspection.area_id == area_id))
                    or s.scalar(select(func.count()).select_from(Finding)
                                .where(Finding.area_id == area_id)))
            if used:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{name} has patrol records and cannot be deleted; rename it "
                              "instead."), name=area.name)
            self._audit(s, "delete", "area", area.id, name=area.name)
            s.delete(area)
