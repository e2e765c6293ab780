"""What the shift hand-over report (交班报告) shows, as frozen DTOs: everything the PDF prints,
so app/reports/shift_pdf.py needs no database.

Definitions (the same as in app/services/report_shift.py):
- the shift window runs from the shift's start on ``day`` to its end (the next morning for a
  shift crossing midnight); ``as_of`` is the end of the window, or the moment the report was
  made when the shift is still running: states "as of" the hand-over are read at that moment;
- patrols due come from the patrol plan (app/services/patrol_plan.py); a window is done when a
  submitted round of that level started inside it in that area;
- a rectification is overdue when, as of ``as_of``, it was neither closed nor waiting for
  verification and its due time had passed (app/domain/rectification.overdue); closed on
  time = verified at or before its due time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.complaint_clock import ComplaintMeasures
from app.services.report_dto_daily import ReportMeta


@dataclass(frozen=True)
class DutyLine:
    """One roster entry of the shift: who stood where, whether they came, redeployments."""

    employee_id: int
    code: str
    name: str
    team: str
    post: str
    area: str
    attendance: str  # "" (not recorded) | present | late | absent | leave
    late_minutes: int | None
    redeployed_from: str  # the post they were pulled from (抽调顶岗); "" when not redeployed
    approved_by: str  # who approved the redeployment

    @property
    def redeployed(self) -> bool:
        return bool(self.redeployed_from)


@dataclass(frozen=True)
class UncoveredPost:
    """A post with fewer people on duty than required in this shift (定岗定编)."""

    post: str
    department: str
    required: int
    on_duty: int

    @property
    def missing(self) -> int:
        return self.required - self.on_duty


@dataclass(frozen=True)
class LevelPatrols:
    """One level's patrols in one area: windows due and done by the plan, and the submitted
    rounds of the shift with their mean score."""

    level: str  # a key of app.domain.checklists.LEVELS
    due: int | None  # None: the plan sets no windows for this level (self-check, external)
    done: int | None
    rounds: int
    average_score: float | None


@dataclass(frozen=True)
class PatrolLine:
    """Patrols in one area during the shift, level by level, and the scores of all its
    submitted rounds (None: no round)."""

    area: str
    levels: tuple[LevelPatrols, ...]  # the planned levels always, others when they have rounds
    rounds: int
    average_score: float | None
    lowest_score: float | None
    flagged: int  # rounds with a failed critical item

    def level(self, key: str) -> LevelPatrols | None:
        return next((x for x in self.levels if x.level == key), None)

    @property
    def due(self) -> int:
        return sum(x.due or 0 for x in self.levels)

    @property
    def done(self) -> int:
        return sum(x.done or 0 for x in self.levels)


@dataclass(frozen=True)
class FindingLine:
    id: int
    found_at: dt.datetime
    area: str
    description: str
    category: str  # a key of app.domain.checklists.CATEGORIES, or ""
    severity: str
    responsible: str  # employee name, "" when nobody
    leader: str
    found_by: str
    rectification_id: int | None
    thumbnails: tuple[bytes, ...]  # small JPEGs (≤ THUMBNAIL_SIDE px) of the finding's photos
    photo_count: int  # photos attached (may be more than the thumbnails shown)


@dataclass(frozen=True)
class RectLine:
    """A rectification with its owners: the assignee and who answers for it now."""

    id: int
    area: str
    description: str
    severity: str
    status: str  # as of the report's moment
    created_at: dt.datetime
    due_at: dt.datetime
    closed_at: dt.datetime | None
    assignee: str
    accountable: str
    escalation_level: int

    @property
    def on_time(self) -> bool | None:
        """For a verified item: closed at or before its due time; None otherwise."""
        if self.status != "verified" or self.closed_at is None:
            return None
        return self.closed_at <= self.due_at


@dataclass(frozen=True)
class ComplaintLine:
    id: int
    received_at: dt.datetime
    channel: str
    area: str
    table_no: str
    content: str
    category: str
    severity: str
    first_response_at: dt.datetime | None
    response_seconds: int | None  # None while unanswered
    on_time: bool | None  # None: unanswered and the clock still running at as_of
    responder: str
    responsible: str
    status: str


@dataclass(frozen=True)
class ShiftReport:
    meta: ReportMeta  # title "Shift report", period = day, subtitle = the shift's name
    shift: str
    begin: dt.datetime
    end: dt.datetime
    as_of: dt.datetime
    on_duty: tuple[DutyLine, ...]
    uncovered: tuple[UncoveredPost, ...]
    patrols: tuple[PatrolLine, ...]
    average_score: float | None  # over every submitted round of the shift
    findings: tuple[FindingLine, ...]
    opened: tuple[RectLine, ...]  # created during the shift
    closed: tuple[RectLine, ...]  # verified during the shift
    overdue: tuple[RectLine, ...]  # overdue as of as_of, whenever they were opened
    complaints: tuple[ComplaintLine, ...]
    complaint_measures: ComplaintMeasures
    response_limit_minutes: int

    @property
    def patrols_due(self) -> int:
        return sum(p.due for p in self.patrols)

    @property
    def patrols_done(self) -> int:
        return sum(p.done for p in self.patrols)

    @property
    def redeployments(self) -> tuple[DutyLine, ...]:
        return tuple(d for d in self.on_duty if d.redeployed)
