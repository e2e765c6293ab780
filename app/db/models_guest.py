"""The guest side of quality: complaints (with their 5-minute clock), guest comments, SERVQUAL
survey forms and the promise register (DESIGN.md §3–4)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class Complaint(Base):
    __tablename__ = "complaint"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    received_by: Mapped[str] = mapped_column(String(60))
    channel: Mapped[str] = mapped_column(String(10))  # phone | sms | online | in_person
    guest_name: Mapped[str] = mapped_column(String(80), default="")
    guest_contact: Mapped[str] = mapped_column(String(80), default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    table_no: Mapped[str] = mapped_column(String(20), default="")
    content: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20))  # a key of domain.complaints.CATEGORIES
    dimension: Mapped[str] = mapped_column(String(20))  # the category's SERVQUAL dimension
    severity: Mapped[str] = mapped_column(String(10), default="minor")
    first_response_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    responder: Mapped[str] = mapped_column(String(60), default="")  # username
    responder_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    handed_over_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    feedback: Mapped[str] = mapped_column(Text, default="")  # what the guest was told
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1–5
    compensation: Mapped[str] = mapped_column(Text, default="")
    compensation_amount: Mapped[float | None] = mapped_column(Float)  # yuan
    # received → responded → handed_over → resolved → closed (after feedback to the guest)
    status: Mapped[str] = mapped_column(String(12), default="received", index=True)
    rectification_id: Mapped[int | None] = mapped_column(
        ForeignKey("rectification.id", ondelete="SET NULL"), unique=True)
    # Whole seconds from receipt to the first response and to resolution (complaint_clock),
    # stored when those happen so the measures are counted in SQL: subtracting two times is
    # not portable between SQLite and PostgreSQL. NULL until then.
    response_s: Mapped[int | None] = mapped_column(Integer)
    resolve_s: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    # Covers the measures over a range of days (stats), with or without an area, so they
    # never visit the table's rows.
    __table_args__ = (Index("ix_complaint_durations", "received_at", "response_s", "resolve_s",
                            "area_id"),)


class GuestComment(Base):
    """Praise, suggestions and dish comments (菜品意见): collect → organise → feed back."""

    __tablename__ = "guest_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    received_by: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(12))  # praise | suggestion | dish | other
    guest_name: Mapped[str] = mapped_column(String(80), default="")
    guest_contact: Mapped[str] = mapped_column(String(80), default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    table_no: Mapped[str] = mapped_column(String(20), default="")
    content: Mapped[str] = mapped_column(Text)
    dimension: Mapped[str] = mapped_column(String(20), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    action_taken: Mapped[str] = mapped_column(Text, default="")
    actioned_by: Mapped[str] = mapped_column(String(60), default="")
    actioned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    fed_back: Mapped[bool] = mapped_column(default=False)  # the guest was told
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)  # open | done


class Survey(Base):
    """One filled SERVQUAL form: a guest's E and P, or a manager's E "as guests expect"."""

    __tablename__ = "survey"
    id: Mapped[int] = mapped_column(primary_key=True)
    respondent: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(8))  # guest | manager
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    w_tangibles: Mapped[float | None] = mapped_column(Float)
    w_reliability: Mapped[float | None] = mapped_column(Float)
    w_responsiveness: Mapped[float | None] = mapped_column(Float)
    w_assurance: Mapped[float | None] = mapped_column(Float)
    w_empathy: Mapped[float | None] = mapped_column(Float)
    entered_by: Mapped[str] = mapped_column(String(60))
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SurveyAnswer(Base):
    """One item of a form; a skipped side is NULL (never 0)."""

    __tablename__ = "survey_answer"
    survey_id: Mapped[int] = mapped_column(
        ForeignKey("survey.id", ondelete="CASCADE"), primary_key=True)
    item: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1–22
    expectation: Mapped[int | None] = mapped_column(Integer)
    perception: Mapped[int | None] = mapped_column(Integer)


class Promise(Base):
    """A service promise with a measurable target, e.g. first dish within 15 minutes."""

    __tablename__ = "promise"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    dimension: Mapped[str] = mapped_column(String(20))
    target_minutes: Mapped[float] = mapped_column(Float)  # kept when measured ≤ target
    # complaint_response: outcomes come from the complaint log; manual: entered or imported
    source: Mapped[str] = mapped_column(String(20), default="manual")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PromiseOutcome(Base):
    __tablename__ = "promise_outcome"
    id: Mapped[int] = mapped_column(primary_key=True)
    promise_id: Mapped[int] = mapped_column(
        ForeignKey("promise.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    measured_minutes: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(60))
