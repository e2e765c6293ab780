"""Plain results of the checklist and patrol services (the contract the UI builds on)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.dto import PersonRef


@dataclass(frozen=True)
class ItemDTO:
    id: int | None  # None for an item not saved yet (editor)
    position: int
    section: str
    section_en: str
    text: str
    text_en: str
    guidance: str
    category: str  # key of app.domain.checklists.CATEGORIES
    dimension: str  # key of DIMENSIONS
    servqual_item: int | None
    weight: float
    critical: bool
    response_type: str  # key of RESPONSE_TYPES
    max_score: int | None
    min_value: float | None
    max_value: float | None
    unit: str
    photo_on_fail: bool
    default_severity: str  # key of SEVERITIES


@dataclass(frozen=True)
class TemplateSummary:
    template_id: int
    key: str
    name: str
    name_en: str
    latest_version_id: int
    latest_version: int
    latest_status: str  # draft | published
    published_version_id: int | None  # the version patrols use now
    levels: tuple[str, ...]
    area_kinds: tuple[str, ...]
    items: int


@dataclass(frozen=True)
class VersionDTO:
    id: int
    template_id: int
    key: str
    name: str
    name_en: str
    version: int
    status: str
    description: str
    levels: tuple[str, ...]
    area_kinds: tuple[str, ...]
    change_reason: str
    published_at: dt.datetime | None
    items: tuple[ItemDTO, ...]


@dataclass(frozen=True)
class AnswerDTO:
    item_id: int
    outcome: str | None  # pass | fail | na | None
    value: float | None
    text: str
    note: str
    photo_ids: tuple[int, ...]  # attachment ids


@dataclass(frozen=True)
class InspectionDTO:
    id: int
    version: VersionDTO
    level: str
    inspector: str
    area_id: int
    area: str
    day: dt.date
    shift_type_id: int | None
    shift: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    status: str  # draft | submitted
    score: float | None
    flagged: bool
    answers: dict[int, AnswerDTO]  # item id → answer


@dataclass(frozen=True)
class FindingDTO:
    id: int
    inspection_id: int | None
    item_id: int | None
    area_id: int
    area: str
    description: str
    category: str
    severity: str
    responsible: PersonRef | None
    leader: PersonRef | None
    unrostered: bool
    owner_reason: str
    found_at: dt.datetime
    found_by: str
    status: str
    photo_ids: tuple[int, ...]


@dataclass(frozen=True)
class DisagreementDTO:
    id: int
    day: dt.date
    area: str
    item_text: str
    lower_inspection_id: int
    lower_inspector: str
    lower_level: str
    higher_inspection_id: int
    higher_inspector: str
    higher_level: str


@dataclass(frozen=True)
class RoundSummary:
    inspection: InspectionDTO
    score: float | None
    flagged: bool
    passed: int
    failed: int
    not_applicable: int
    findings: tuple[FindingDTO, ...]
    disagreements: tuple[DisagreementDTO, ...]


@dataclass(frozen=True)
class HistoryRow:
    id: int
    day: dt.date
    shift: str
    area: str
    template: str
    version: int
    level: str
    inspector: str
    status: str
    score: float | None
    flagged: bool
    findings: int


@dataclass(frozen=True)
class HistoryFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    area_id: int | None = None
    inspector: str | None = None
    level: str | None = None
    template_id: int | None = None
    score_below: float | None = None


@dataclass(frozen=True)
class DueItem:
    area_id: int
    area: str
    area_kind: str
    level: str
    template_version_id: int | None  # the suggested template for the area kind and level
    template: str
    due_at: dt.datetime
    state: str  # 'due' | 'overdue' | 'missed' | 'done'
    draft_inspection_id: int | None  # a round already started and not submitted


@dataclass(frozen=True)
class PhotoDTO:
    id: int
    sha256: str
    mime: str
    width: int
    height: int
    data: bytes
