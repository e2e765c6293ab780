"""Plain results of the rectification services (the contract the UI builds on)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.dto import PersonRef


@dataclass(frozen=True)
class EventDTO:
    at: dt.datetime
    actor: str
    action: str
    from_status: str
    to_status: str
    reason: str


@dataclass(frozen=True)
class RectificationDTO:
    id: int
    finding_id: int
    area: str
    description: str
    category: str
    severity: str
    status: str
    due_at: dt.datetime
    overdue: bool  # derived from due_at and the service's clock, never stored
    assignee: PersonRef | None
    accountable: PersonRef | None  # after escalation, someone above the assignee
    escalation_level: int
    found_at: dt.datetime
    found_by: str
    root_cause: str
    corrective_action: str
    preventive_action: str
    verified_by: str
    verified_at: dt.datetime | None
    efficacy: str
    recurrence_of_id: int | None
    repair_department: str
    proposed_version_id: int | None
    finding_photo_ids: tuple[int, ...]
    after_photo_ids: tuple[int, ...]
    version: int  # optimistic locking: pass it back with a change
    complaint_id: int | None = None  # the guest complaint it was opened from, if any


@dataclass(frozen=True)
class RectificationDetail:
    rectification: RectificationDTO
    events: tuple[EventDTO, ...]
    leader_chain: tuple[PersonRef, ...]  # above the assignee
    allowed_actions: tuple[str, ...]  # what the signed-in user may do now


@dataclass(frozen=True)
class RectificationFilter:
    status: str | None = None  # a state, or 'open_any' for every state not closed
    overdue_only: bool = False
    area_id: int | None = None
    team_id: int | None = None
    assignee_id: int | None = None
    severity: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class Inbox:
    """My work (我的工作): what needs the signed-in user."""

    assigned_to_me: tuple[RectificationDTO, ...]
    my_team: tuple[RectificationDTO, ...]  # for leaders: open items of the people they lead
    to_verify: tuple[RectificationDTO, ...]
    escalated_to_me: tuple[RectificationDTO, ...]

    @property
    def count(self) -> int:
        ids = {r.id for group in (self.assigned_to_me, self.to_verify, self.escalated_to_me)
               for r in group}
        return len(ids)


@dataclass(frozen=True)
class AccountabilityDTO:
    id: int
    employee: PersonRef
    kind: str  # reminder | criticism | order_to_correct | financial
    reason: str
    finding_id: int | None
    rectification_id: int | None
    amount: float | None
    recorded_by: str
    recorded_at: dt.datetime
