"""Shift types (早班, 午市, 晚市, 夜班 by default) and staffing requirements per post."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Post, ShiftType, StaffingRequirement
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.permissions import Permission
from app.domain.shifts import DEFAULT_SHIFTS
from app.services.base import Service, required_name
from app.services.roster_dto import Requirement, ShiftTypeDTO


def ensure_default_shifts(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(ShiftType)):
        return
    for position, (name, name_en, start, end) in enumerate(DEFAULT_SHIFTS):
        session.add(ShiftType(name=name, name_en=name_en, start=start, end=end,
                              position=position))
    session.flush()


def shift_dto(s: ShiftType) -> ShiftTypeDTO:
    return ShiftTypeDTO(s.id, s.name, s.name_en, s.start, s.end, s.position, s.active)


def shift_types(session: Session, active_only: bool = True) -> list[ShiftTypeDTO]:
    q = select(ShiftType).order_by(ShiftType.position, ShiftType.id)
    if active_only:
        q = q.where(ShiftType.active.is_(True))
    return [shift_dto(s) for s in session.scalars(q)]


def required_map(session: Session) -> dict[tuple[int, int, int], int]:
    """(post, shift, weekday) → required, for the rows HR has set; the rest use the quota."""
    return {(r.post_id, r.shift_type_id, r.weekday): r.required
            for r in session.scalars(select(StaffingRequirement))}


class ShiftService(Service):
    def shift_types(self, active_only: bool = True) -> list[ShiftTypeDTO]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return shift_types(s, active_only)

    def save_shift_type(self, name: str, start: dt.time, end: dt.time, name_en: str = "",
                        active: bool = True, shift_type_id: int | None = None) -> ShiftTypeDTO:
        self._require(Permission.EDIT_ROSTER)
        name = required_name(name, QT_TRANSLATE_NOOP("errors", "Enter a name for the shift."))
        if start == end:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A shift must end at a different time than it starts."))
        with self.db.write() as s:
            clash = s.scalar(select(ShiftType.id).where(ShiftType.name == name))
            if clash is not None and clash != shift_type_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A shift named {name} already exists."), name=name)
            if shift_type_id is None:
                row = ShiftType(name=name, position=(s.scalar(
                    select(func.max(ShiftType.position))) or 0) + 1)
                s.add(row)
            else:
                row = s.get(ShiftType, shift_type_id)
                if row is None:
                    raise NotFound(QT_TRANSLATE_NOOP("errors", "No such shift."))
            row.name, row.name_en, row.start, row.end, row.active = name, name_en, start, end, active
            s.flush()
            self._audit(s, "save", "shift_type", row.id, name=name, start=start, end=end,
                        active=active)
            return shift_dto(row)

    def requirements(self, post_id: int) -> list[Requirement]:
        """Every shift × weekday for the post, from HR's rows or the post's quota."""
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            post = s.get(Post, post_id)
            if post is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such post."))
            set_rows = required_map(s)
            return [
                Requirement(post_id, sh.id, wd, set_rows.get((post_id, sh.id, wd), post.quota),
                            (post_id, sh.id, wd) not in set_rows)
                for sh in shift_types(s) for wd in range(7)
            ]

    def set_requirement(self, post_id: int, shift_type_id: int, weekdays: list[int],
                        required: int | None) -> None:
        """Set the head-count for the weekdays; ``None`` goes back to the post's quota."""
        self._require(Permission.EDIT_ROSTER)
        if required is not None and required < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A head-count cannot be negative."))
        with self.db.write() as s:
            if s.get(Post, post_id) is None or s.get(ShiftType, shift_type_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such post or shift."))
            for wd in weekdays:
                row = s.scalar(select(StaffingRequirement).where(
                    StaffingRequirement.post_id == post_id,
                    StaffingRequirement.shift_type_id == shift_type_id,
                    StaffingRequirement.weekday == wd))
                if required is None:
                    if row is not None:
                        s.delete(row)
                elif row is None:
                    s.add(StaffingRequirement(post_id=post_id, shift_type_id=shift_type_id,
                                              weekday=wd, required=required))
                else:
                    row.required = required
            self._audit(s, "set", "staffing_requirement", post_id, shift_type_id=shift_type_id,
                        weekdays=weekdays, required=required)
