"""What the monthly accountability report (月度考核, 立岗问责) shows, as frozen DTOs.

Definitions (the same as in app/services/report_monthly.py):
- area score: the mean Inspection.score of the submitted rounds held in an area on a day and
  shift in which the person stood there (roster entries, not absent or on leave); a team's
  is over the distinct rounds of its members' areas;
- findings: Finding.responsible_id, found in the month;
- rectification timeliness: rectifications assigned to the person (assignee) and opened in
  the month, each in its state as of ``as_of`` (the month's end, or now for the running
  month): closed on time = verified at or before due_at; late = verified after it; open =
  neither verified nor cancelled; overdue = open, not waiting for verification, past due;
- complaints: Complaint.responsible_id, received in the month;
- accountability records (违规处理) recorded in the month;
- an inspector's disagreement rate: the share of their submitted rounds in the month in
  which a higher layer failed an item they had passed (app/db/models_patrol.Disagreement).
Teams are today's teams (membership has no history)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.report_dto_daily import ReportMeta


@dataclass(frozen=True)
class Timeliness:
    total: int = 0
    on_time: int = 0
    late: int = 0
    open: int = 0
    overdue: int = 0  # of the open ones
    cancelled: int = 0

    @property
    def on_time_share(self) -> float | None:
        """Percent of the verified ones closed on time; None when none was verified."""
        closed = self.on_time + self.late
        return 100.0 * self.on_time / closed if closed else None

    def __add__(self, other: Timeliness) -> Timeliness:
        return Timeliness(self.total + other.total, self.on_time + other.on_time,
                          self.late + other.late, self.open + other.open,
                          self.overdue + other.overdue, self.cancelled + other.cancelled)


@dataclass(frozen=True)
class Figures:
    """The accountability figures of a person or a team for the month."""

    shifts: int  # shifts stood in an area
    rounds: int  # submitted rounds in those areas and shifts
    average_score: float | None  # None: no round where they stood
    findings: int
    critical_findings: int
    rectifications: Timeliness
    complaints: int
    records: int  # accountability records
    amount: float | None  # financial responsibility in yuan; None when there was none


@dataclass(frozen=True)
class PersonLine:
    employee_id: int
    code: str
    name: str
    team: str  # "" when in no team
    post: str
    figures: Figures


@dataclass(frozen=True)
class TeamLine:
    team_id: int | None  # None: the people in no team
    team: str
    leader: str
    people: int  # people listed for the month
    figures: Figures


@dataclass(frozen=True)
class RecordLine:
    """One accountability record (违规处理) of the month."""

    id: int
    recorded_at: dt.datetime
    code: str
    name: str
    team: str
    kind: str  # a key of app.services.accountability.KINDS
    reason: str
    amount: float | None
    recorded_by: str
    finding_id: int | None
    rectification_id: int | None


@dataclass(frozen=True)
class InspectorLine:
    """A user who ran submitted rounds in the month, and how often a higher layer
    contradicted them."""

    username: str
    name: str  # the employee behind the sign-in, "" when none
    rounds: int
    average_score: float | None  # the mean score they gave
    contradicted: int  # their rounds in which a higher layer failed an item they passed
    disagreements: int  # items so contradicted

    @property
    def disagreement_rate(self) -> float | None:
        """Percent of their rounds contradicted by a higher layer."""
        return 100.0 * self.contradicted / self.rounds if self.rounds else None


@dataclass(frozen=True)
class MonthlyReport:
    meta: ReportMeta  # title "Monthly accountability report", the month's first to last day
    month: dt.date  # its first day
    as_of: dt.datetime
    teams: tuple[TeamLine, ...]
    people: tuple[PersonLine, ...]
    records: tuple[RecordLine, ...]
    inspectors: tuple[InspectorLine, ...]

    def person(self, employee_id: int) -> PersonLine | None:
        return next((p for p in self.people if p.employee_id == employee_id), None)

    def team(self, name: str) -> TeamLine | None:
        return next((t for t in self.teams if t.team == name), None)

    def inspector(self, username: str) -> InspectorLine | None:
        return next((i for i in self.inspectors if i.username == username), None)
