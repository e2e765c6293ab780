"""Organisation tables: departments, ranks, posts and quotas, staff, skills, teams, areas."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base


class Venue(Base):
    __tablename__ = "venue"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="floor")


class Rank(Base):
    __tablename__ = "rank"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    level: Mapped[int] = mapped_column(Integer, unique=True)
    label: Mapped[str] = mapped_column(String(40))
    label_en: Mapped[str] = mapped_column(String(40), default="")
    span_limit: Mapped[int] = mapped_column(Integer, default=3)
    __table_args__ = (CheckConstraint("span_limit >= 1", name="span_positive"),)


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    rank_id: Mapped[int] = mapped_column(ForeignKey("rank.id"))
    quota: Mapped[int] = mapped_column(Integer, default=1)
    duties: Mapped[list[PostDuty]] = relationship(
        order_by="PostDuty.position", cascade="all, delete-orphan"
    )
    __table_args__ = (CheckConstraint("quota >= 0", name="quota_not_negative"),)


class PostDuty(Base):
    """One line of a post's responsibilities (岗位职责), in HR's order."""

    __tablename__ = "post_duty"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("post.id"), index=True)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Qualification(Base):
    """An employee's skill for a post other than their own (一职多能)."""

    __tablename__ = "qualification"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id"))
    level: Mapped[str] = mapped_column(String(16), default="qualified")
    certified_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    certified_on: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = (UniqueConstraint("employee_id", "post_id"),)


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))


class TeamMember(Base):
    __tablename__ = "team_member"
    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), primary_key=True
    )
    # An employee stands in one team at a time.
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True, unique=True)


class Area(Base):
    __tablename__ = "area"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="hall")
    floor: Mapped[str] = mapped_column(String(16), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    default_team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
