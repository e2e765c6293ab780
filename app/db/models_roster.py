"""Shift roster tables: shift types, staffing requirements, weeks, entries, templates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class ShiftType(Base):
    __tablename__ = "shift_type"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(40), default="")
    start: Mapped[dt.time] = mapped_column(Time)
    end: Mapped[dt.time] = mapped_column(Time)  # not after start = ends the next day
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)


class StaffingRequirement(Base):
    """Required head-count of a post in a shift on a weekday (0 = Monday); absent rows
    default to the post's quota."""

    __tablename__ = "staffing_requirement"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"))
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_type.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    required: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("post_id", "shift_type_id", "weekday"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("required >= 0", name="required_not_negative"),
    )


class RosterWeek(Base):
    __tablename__ = "roster_week"
    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date, unique=True)  # a Monday
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft | published
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    published_by: Mapped[str | None] = mapped_column(String(60))


class RosterEntry(Base):
    __tablename__ = "roster_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_type.id"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id"))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"),
                                                index=True)
    # 抽调顶岗: where the person was pulled from, who approved it and when.
    redeployed_from_post_id: Mapped[int | None] = mapped_column(ForeignKey("post.id"))
    approved_by: Mapped[str | None] = mapped_column(String(60))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # A rule breach confirmed by a manager: the reason and who confirmed it.
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_by: Mapped[str | None] = mapped_column(String(60))
    attendance: Mapped[str | None] = mapped_column(String(10))  # present|late|absent|leave
    late_minutes: Mapped[int | None] = mapped_column(Integer)
    attendance_by: Mapped[str | None] = mapped_column(String(60))
    __table_args__ = (UniqueConstraint("day", "shift_type_id", "employee_id"),)


class ActingLeader(Base):
    """The person who leads a team in one shift when its leader is not on duty."""

    __tablename__ = "acting_leader"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_type.id"))
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    __table_args__ = (UniqueConstraint("day", "shift_type_id", "team_id"),)


class RosterChange(Base):
    """Every change to a published week: who, when, before and after (JSON)."""

    __tablename__ = "roster_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("roster_week.id", ondelete="CASCADE"),
                                         index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class RosterTemplate(Base):
    __tablename__ = "roster_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))


class RosterTemplateEntry(Base):
    __tablename__ = "roster_template_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("roster_template.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_type.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
