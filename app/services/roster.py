"""The week roster: cells with rules checked on every change, copying, templates,
publishing with a change log, attendance and acting leaders."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import delete, select

from app.db.models import (
    ActingLeader,
    Employee,
    RosterChange,
    RosterEntry,
    RosterTemplate,
    RosterTemplateEntry,
    RosterWeek,
    ShiftType,
    Team,
)
from app.domain.errors import QT_TRANSLATE_NOOP, FloorQCError, NotFound, ValidationError
from app.domain.permissions import Permission
from app.domain.shifts import Breach, week_start
from app.services.base import Service, required_name
from app.services.roster_dto import (
    CellInput,
    ChangeDTO,
    CopyReport,
    SavedCell,
    Skipped,
    WeekView,
)
from app.services.roster_queries import cell_by_id, cells, week_rows
from app.services.roster_rules import check_cell
from app.services.shifts import shift_types

ATTENDANCE = ("present", "late", "absent", "leave")


class RuleBreaches(FloorQCError):
    """The change breaks roster rules; a manager may confirm it with a reason."""

    def __init__(self, breaches: list[Breach]) -> None:
        self.breaches = list(breaches)
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This change breaks {count} roster rule(s); a manager must confirm it "
                      "with a reason."), count=len(self.breaches))

    def render(self, translate=None) -> str:
        return "\n".join([super().render(translate),
                          *(b.render(translate) for b in self.breaches)])


def _snapshot(e: RosterEntry | None) -> dict:
    if e is None:
        return {}
    return {"day": e.day.isoformat(), "shift_type_id": e.shift_type_id,
            "employee_id": e.employee_id, "post_id": e.post_id, "area_id": e.area_id,
            "redeployed_from_post_id": e.redeployed_from_post_id,
            "attendance": e.attendance, "late_minutes": e.late_minutes}


class RosterService(Service):
    # -- reading ---------------------------------------------------------------------
    def week(self, monday: dt.date) -> WeekView:
        self._require(Permission.VIEW_ORG)
        monday = week_start(monday)
        with self.db.read() as s:
            week = s.scalar(select(RosterWeek).where(RosterWeek.week_start == monday))
            found = cells(s, monday, monday + dt.timedelta(days=6))
            rows = week_rows(s, {c.employee_id for c in found})
            return WeekView(monday, week.status if week else "draft",
                            week.published_at if week else None, tuple(shift_types(s)),
                            tuple(rows),
                            {(c.employee_id, c.day, c.shift_type_id): c for c in found})

    def changes(self, monday: dt.date) -> list[ChangeDTO]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            week = s.scalar(select(RosterWeek).where(RosterWeek.week_start == week_start(monday)))
            if week is None:
                return []
            return [ChangeDTO(c.at, c.actor, c.action, c.before, c.after, c.reason)
                    for c in s.scalars(select(RosterChange).where(RosterChange.week_id == week.id)
                                       .order_by(RosterChange.id))]

    # -- changing cells --------------------------------------------------------------
    def set_cell(self, cell: CellInput, override_reason: str | None = None) -> SavedCell:
        """Put someone on a post (and area) in a shift. Rule breaches raise RuleBreaches
        unless a manager confirms them with ``override_reason``."""
        self._require(Permission.EDIT_ROSTER)
        with self.db.write() as s:
            breaches = check_cell(s, cell.employee_id, cell.day, cell.shift_type_id, cell.post_id)
            reason = self._confirmation(breaches, override_reason)
            entry = self._entry(s, cell.employee_id, cell.day, cell.shift_type_id)
            before = _snapshot(entry)
            if entry is None:
                entry = RosterEntry(employee_id=cell.employee_id, day=cell.day,
                                    shift_type_id=cell.shift_type_id)
                s.add(entry)
            if entry.post_id != cell.post_id:
                entry.redeployed_from_post_id = entry.approved_by = entry.approved_at = None
            entry.post_id, entry.area_id = cell.post_id, cell.area_id
            entry.override_reason = reason
            entry.override_by = self.actor.username if reason else None
            s.flush()
            self._log(s, cell.day, "set", before, _snapshot(entry), reason or "")
            return SavedCell(cell_by_id(s, entry.id), tuple(breaches))

    def clear_cell(self, employee_id: int, day: dt.date, shift_type_id: int) -> None:
        self._require(Permission.EDIT_ROSTER)
        with self.db.write() as s:
            entry = self._entry(s, employee_id, day, shift_type_id)
            if entry is None:
                return
            self._log(s, day, "clear", _snapshot(entry), {}, "")
            s.delete(entry)

    def copy_week(self, source_monday: dt.date, target_monday: dt.date) -> CopyReport:
        """Copy a week into the empty cells of another; what would break a rule is skipped
        and listed, never slipped in."""
        self._require(Permission.EDIT_ROSTER)
        source, target = week_start(source_monday), week_start(target_monday)
        with self.db.read() as s:
            plan = [(c.employee_id, (c.day - source).days, c.shift_type_id, c.post_id, c.area_id)
                    for c in cells(s, source, source + dt.timedelta(days=6))]
        return self._fill(target, plan, "copy")

    def save_template(self, monday: dt.date, name: str) -> int:
        self._require(Permission.EDIT_ROSTER)
        name = required_name(name, QT_TRANSLATE_NOOP("errors", "Enter a name for the template."))
        monday = week_start(monday)
        with self.db.write() as s:
            old = s.scalar(select(RosterTemplate).where(RosterTemplate.name == name))
            if old is not None:
                s.delete(old)
                s.flush()
            template = RosterTemplate(name=name, created_at=self.clock(),
                                      created_by=self.actor.username)
            s.add(template)
            s.flush()
            for c in cells(s, monday, monday + dt.timedelta(days=6)):
                s.add(RosterTemplateEntry(template_id=template.id, weekday=c.day.weekday(),
                                          shift_type_id=c.shift_type_id,
                                          employee_id=c.employee_id, post_id=c.post_id,
                                          area_id=c.area_id))
            self._audit(s, "save", "roster_template", template.id, name=name,
                        week=monday.isoformat())
            return template.id

    def templates(self) -> list[tuple[int, str]]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return [(t.id, t.name) for t in
                    s.scalars(select(RosterTemplate).order_by(RosterTemplate.name))]

    def apply_template(self, template_id: int, monday: dt.date) -> CopyReport:
        self._require(Permission.EDIT_ROSTER)
        with self.db.read() as s:
            if s.get(RosterTemplate, template_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such template."))
            plan = [(t.employee_id, t.weekday, t.shift_type_id, t.post_id, t.area_id)
                    for t in s.scalars(select(RosterTemplateEntry)
                                       .where(RosterTemplateEntry.template_id == template_id))]
        return self._fill(week_start(monday), plan, "template")

    def publish(self, monday: dt.date) -> None:
        self._require(Permission.EDIT_ROSTER)
        with self.db.write() as s:
            week = self._week(s, week_start(monday))
            if week.status == "published":
                return
            week.status, week.published_at = "published", self.clock()
            week.published_by = self.actor.username
            self._audit(s, "publish", "roster_week", week.id, week=monday.isoformat())

    # -- on the day ------------------------------------------------------------------
    def mark_attendance(self, entry_id: int, status: str, late_minutes: int | None = None) -> None:
        self._require(Permission.MARK_ATTENDANCE)
        if status not in ATTENDANCE:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown attendance {status}."),
                                  status=status)
        if status == "late" and (late_minutes is None or late_minutes <= 0):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Enter how many minutes late."))
        with self.db.write() as s:
            entry = s.get(RosterEntry, entry_id)
            if entry is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such roster entry."))
            before = _snapshot(entry)
            entry.attendance = status
            entry.late_minutes = late_minutes if status == "late" else None
            entry.attendance_by = self.actor.username
            self._log(s, entry.day, "attendance", before, _snapshot(entry), "")

    def set_acting_leader(self, day: dt.date, shift_type_id: int, team_id: int,
                          employee_id: int | None) -> None:
        self._require(Permission.EDIT_ROSTER)
        with self.db.write() as s:
            if s.get(Team, team_id) is None or s.get(ShiftType, shift_type_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such team or shift."))
            s.execute(delete(ActingLeader).where(ActingLeader.day == day,
                                                 ActingLeader.shift_type_id == shift_type_id,
                                                 ActingLeader.team_id == team_id))
            if employee_id is not None:
                emp = s.get(Employee, employee_id)
                if emp is None or not emp.active:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "errors", "Choose an active employee as acting leader."))
                s.add(ActingLeader(day=day, shift_type_id=shift_type_id, team_id=team_id,
                                   employee_id=employee_id))
            self._log(s, day, "acting_leader", {}, {"team_id": team_id,
                                                     "employee_id": employee_id}, "")

    # -- helpers ---------------------------------------------------------------------
    def _confirmation(self, breaches: list[Breach], reason: str | None) -> str | None:
        if not breaches:
            return None
        if not (reason or "").strip():
            raise RuleBreaches(breaches)
        self._require(Permission.OVERRIDE_ROSTER_RULES)
        return reason.strip()

    def _fill(self, target: dt.date, plan, source: str) -> CopyReport:
        copied, skipped = 0, []
        with self.db.write() as s:
            names = dict(s.execute(select(Employee.id, Employee.name)).all())
            shifts = dict(s.execute(select(ShiftType.id, ShiftType.name)).all())
            for employee_id, weekday, shift_id, post_id, area_id in plan:
                day = target + dt.timedelta(days=weekday)
                if self._entry(s, employee_id, day, shift_id) is not None:
                    continue  # the cell is taken already; copying never overwrites
                try:
                    breaches = check_cell(s, employee_id, day, shift_id, post_id)
                except FloorQCError as exc:
                    breaches = [exc]
                if breaches:
                    skipped.append(Skipped(names.get(employee_id, "?"), day,
                                           shifts.get(shift_id, "?"),
                                           "; ".join(b.render() for b in breaches)))
                    continue
                s.add(RosterEntry(employee_id=employee_id, day=day, shift_type_id=shift_id,
                                  post_id=post_id, area_id=area_id))
                s.flush()
                copied += 1
            self._log(s, target, source, {}, {"copied": copied, "skipped": len(skipped)}, "")
        return CopyReport(copied, tuple(skipped))

    @staticmethod
    def _entry(s, employee_id: int, day: dt.date, shift_type_id: int) -> RosterEntry | None:
        return s.scalar(select(RosterEntry).where(RosterEntry.employee_id == employee_id,
                                                  RosterEntry.day == day,
                                                  RosterEntry.shift_type_id == shift_type_id))

    @staticmethod
    def _week(s, monday: dt.date) -> RosterWeek:
        week = s.scalar(select(RosterWeek).where(RosterWeek.week_start == monday))
        if week is None:
            week = RosterWeek(week_start=monday, status="draft")
            s.add(week)
            s.flush()
        return week

    def _log(self, s, day: dt.date, action: str, before: dict, after: dict, reason: str) -> None:
        log_change(self, s, day, action, before, after, reason)


def log_change(service: Service, s, day: dt.date, action: str, before: dict, after: dict,
               reason: str) -> None:
    """Audit every roster change; a published week also keeps it in its own change log."""
    service._audit(s, action, "roster_entry", "", before=before, after=after, reason=reason)
    week = s.scalar(select(RosterWeek).where(RosterWeek.week_start == week_start(day)))
    if week is not None and week.status == "published":
        s.add(RosterChange(week_id=week.id, at=service.clock(), actor=service.actor.username,
                           action=action, reason=reason,
                           before=json.dumps(before, ensure_ascii=False),
                           after=json.dumps(after, ensure_ascii=False)))
