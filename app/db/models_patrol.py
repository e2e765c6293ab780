"""Checklists (templates → frozen versions → items) and patrols (inspections, answers,
findings, photos, disagreements between layers)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class ChecklistTemplate(Base):
    __tablename__ = "checklist_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)  # stable id for JSON import
    name: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    archived: Mapped[bool] = mapped_column(default=False)


class TemplateVersion(Base):
    """Frozen once published; editing a published template makes the next draft version."""

    __tablename__ = "template_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft | published
    description: Mapped[str] = mapped_column(Text, default="")
    levels: Mapped[str] = mapped_column(String(80), default="")  # comma-separated level keys
    area_kinds: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    change_reason: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    published_by: Mapped[str | None] = mapped_column(String(60))
    __table_args__ = (UniqueConstraint("template_id", "version"),)


class ChecklistItem(Base):
    __tablename__ = "checklist_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("template_version.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(80), default="")
    section_en: Mapped[str] = mapped_column(String(80), default="")
    text: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text, default="")
    guidance: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(20))
    dimension: Mapped[str] = mapped_column(String(20))
    servqual_item: Mapped[int | None] = mapped_column(Integer)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    critical: Mapped[bool] = mapped_column(default=False)
    response_type: Mapped[str] = mapped_column(String(12), default="pass_fail")
    max_score: Mapped[int | None] = mapped_column(Integer)
    min_value: Mapped[float | None] = mapped_column(Float)
    max_value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20), default="")
    photo_on_fail: Mapped[bool] = mapped_column(default=False)
    default_severity: Mapped[str] = mapped_column(String(10), default="minor")


class Inspection(Base):
    __tablename__ = "inspection"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("template_version.id"), index=True)
    level: Mapped[str] = mapped_column(String(12))
    inspector: Mapped[str] = mapped_column(String(60), index=True)  # the user name
    inspector_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    shift_type_id: Mapped[int | None] = mapped_column(ForeignKey("shift_type.id"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft | submitted
    score: Mapped[float | None] = mapped_column(Float)
    flagged: Mapped[bool] = mapped_column(default=False)


class InspectionResult(Base):
    """One answer, saved the moment it is given so a crash loses nothing."""

    __tablename__ = "inspection_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_item.id"))
    outcome: Mapped[str | None] = mapped_column(String(6))  # pass | fail | na
    value: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("inspection_id", "item_id"),)


class Attachment(Base):
    """A photo, re-encoded and stored once by its content hash."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Finding(Base):
    __tablename__ = "finding"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True)
    result_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspection_result.id", ondelete="CASCADE"))
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20), default="")
    severity: Mapped[str] = mapped_column(String(10))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    unrostered: Mapped[bool] = mapped_column(default=False)
    owner_reason: Mapped[str] = mapped_column(Text, default="")  # why the owner was changed
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    found_by: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(12), default="open")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Photo(Base):
    """Links a photo to an answer or a finding."""

    __tablename__ = "photo"
    id: Mapped[int] = mapped_column(primary_key=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"))
    result_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspection_result.id", ondelete="CASCADE"), index=True)
    finding_id: Mapped[int | None] = mapped_column(
        ForeignKey("finding.id", ondelete="CASCADE"), index=True)
    # An after-photo proving a fix.
    rectification_id: Mapped[int | None] = mapped_column(
        ForeignKey("rectification.id", ondelete="CASCADE"), index=True)


class Disagreement(Base):
    """A higher layer failed what a lower layer passed in the same area and shift."""

    __tablename__ = "disagreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    higher_inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True)
    lower_inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_item.id"))
    lower_inspector: Mapped[str] = mapped_column(String(60), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
