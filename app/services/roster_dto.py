"""Plain results of the roster services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.shifts import Breach
from app.services.dto import PersonRef


@dataclass(frozen=True)
class ShiftTypeDTO:
    id: int
    name: str
    name_en: str
    start: dt.time
    end: dt.time
    position: int
    active: bool

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def hours(self) -> float:
        minutes = (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)
        return (minutes if minutes > 0 else minutes + 24 * 60) / 60


@dataclass(frozen=True)
class Requirement:
    post_id: int
    shift_type_id: int
    weekday: int
    required: int
    is_default: bool  # True when it comes from the post's quota


@dataclass(frozen=True)
class CellInput:
    employee_id: int
    day: dt.date
    shift_type_id: int
    post_id: int
    area_id: int | None = None


@dataclass(frozen=True)
class RosterCell:
    id: int
    employee_id: int
    day: dt.date
    shift_type_id: int
    post_id: int
    post: str
    area_id: int | None
    area: str
    redeployed_from_post_id: int | None
    redeployed_from: str
    approved_by: str
    override_reason: str
    attendance: str
    late_minutes: int | None


@dataclass(frozen=True)
class WeekRow:
    employee_id: int
    code: str
    name: str
    department: str
    team: str
    post_id: int | None
    post: str
    active: bool


@dataclass(frozen=True)
class WeekView:
    week_start: dt.date
    status: str  # 'draft' | 'published'
    published_at: dt.datetime | None
    shifts: tuple[ShiftTypeDTO, ...]
    rows: tuple[WeekRow, ...]
    cells: dict[tuple[int, dt.date, int], RosterCell] = field(default_factory=dict)

    @property
    def days(self) -> tuple[dt.date, ...]:
        return tuple(self.week_start + dt.timedelta(days=i) for i in range(7))


@dataclass(frozen=True)
class SavedCell:
    cell: RosterCell | None
    confirmed: tuple[Breach, ...] = ()


@dataclass(frozen=True)
class Skipped:
    employee: str
    day: dt.date
    shift: str
    reason: str


@dataclass(frozen=True)
class CopyReport:
    copied: int
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class ChangeDTO:
    at: dt.datetime
    actor: str
    action: str
    before: str
    after: str
    reason: str


@dataclass(frozen=True)
class CoverageLine:
    post_id: int
    post: str
    department: str
    required: int
    assigned: int
    absent: int
    redeployed_in: int
    names: tuple[str, ...]

    @property
    def status(self) -> str:
        if self.assigned < self.required:
            return "short"
        if self.assigned > self.required:
            return "surplus"
        return "ok"


@dataclass(frozen=True)
class TeamCheck:
    team_id: int
    team: str
    leader: str
    leader_on_duty: bool
    acting_leader: str

    @property
    def ok(self) -> bool:
        return self.leader_on_duty or bool(self.acting_leader)


@dataclass(frozen=True)
class CoverageView:
    day: dt.date
    shift: ShiftTypeDTO
    lines: tuple[CoverageLine, ...]
    teams: tuple[TeamCheck, ...]

    @property
    def shortages(self) -> tuple[CoverageLine, ...]:
        return tuple(line for line in self.lines if line.status == "short")


@dataclass(frozen=True)
class Candidate:
    employee_id: int
    code: str
    name: str
    home_post: str
    level: str  # 'own' | 'trainer' | 'qualified' | 'training'
    from_entry_id: int | None  # set when they come off a post with surplus this shift
    from_post: str
    week_hours: float
    rest_hours: float | None


@dataclass(frozen=True)
class OnDuty:
    area: str
    moment: dt.datetime
    shift: str
    team: str
    responsible: PersonRef | None
    leader: PersonRef | None
    chain: tuple[PersonRef, ...]
    individuals: tuple[PersonRef, ...]
    unrostered: bool
