"""Rectification orders (整改), their event history, and accountability records (违规处理)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class Rectification(Base):
    __tablename__ = "rectification"
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(
        ForeignKey("finding.id", ondelete="CASCADE"), unique=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    # Who answers for it now: the assignee, or someone above after escalation.
    accountable_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    root_cause: Mapped[str] = mapped_column(String(12), default="")
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    preventive_action: Mapped[str] = mapped_column(Text, default="")
    verified_by: Mapped[str | None] = mapped_column(String(60))
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    efficacy: Mapped[str | None] = mapped_column(String(14))
    recurrence_of_id: Mapped[int | None] = mapped_column(ForeignKey("rectification.id"))
    # A repair order (设施设备报修) goes to a support department whose head answers for it.
    repair_department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    proposed_version_id: Mapped[int | None] = mapped_column(ForeignKey("template_version.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class RectificationEvent(Base):
    """Every transition: who, when, from, to, why. Replaying them gives the current state."""

    __tablename__ = "rectification_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    rectification_id: Mapped[int] = mapped_column(
        ForeignKey("rectification.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(16))  # create|start|submit|verify|reject|...
    from_status: Mapped[str] = mapped_column(String(12), default="")
    to_status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON


class AccountabilityRecord(Base):
    __tablename__ = "accountability_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    # reminder | criticism | order_to_correct | financial
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id", ondelete="SET NULL"))
    rectification_id: Mapped[int | None] = mapped_column(
        ForeignKey("rectification.id", ondelete="SET NULL"))
    amount: Mapped[float | None] = mapped_column()  # financial responsibility, yuan
    recorded_by: Mapped[str] = mapped_column(String(60))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
