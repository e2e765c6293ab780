"""Plain results and inputs of the complaint, guest-comment, survey, promise and gap services
(the contract the UI, the reports and the CLI build on)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.services.dto import PersonRef
from app.services.roster_dto import OnDuty

# ---------------------------------------------------------------- complaints


@dataclass(frozen=True)
class ComplaintDraft:
    """What is recorded when a complaint comes in. ``received_at`` None = now."""

    channel: str  # a key of domain.complaints.CHANNELS
    content: str
    category: str  # a key of domain.complaints.CATEGORIES
    severity: str = "minor"
    guest_name: str = ""
    guest_contact: str = ""
    area_id: int | None = None
    table_no: str = ""
    received_at: dt.datetime | None = None


@dataclass(frozen=True)
class ComplaintDTO:
    id: int
    received_at: dt.datetime
    received_by: str
    channel: str
    guest_name: str
    guest_contact: str
    area_id: int | None
    area: str
    table_no: str
    content: str
    category: str
    dimension: str
    severity: str
    status: str
    deadline: dt.datetime  # received_at + the response limit (setting)
    first_response_at: dt.datetime | None
    responder: str  # display name of who responded ("" until then)
    response_seconds: int | None  # whole seconds to the first response
    on_time: bool | None  # None while unanswered and still within the limit
    department_id: int | None
    department: str
    responsible: PersonRef | None
    handed_over_at: dt.datetime | None
    resolution: str
    resolved_at: dt.datetime | None
    feedback: str
    satisfaction: int | None
    compensation: str
    compensation_amount: float | None
    rectification_id: int | None
    rectification_status: str  # "" when none
    version: int  # optimistic locking: pass it back with a change


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    action: str  # receive | respond | hand_over | resolve | close | open_rectification
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ComplaintDetail:
    complaint: ComplaintDTO
    history: tuple[HistoryEntry, ...]
    allowed_actions: tuple[str, ...]  # what the signed-in user may do now (+ "open_rectification")


@dataclass(frozen=True)
class HandoverSuggestion:
    """Who should take a complaint: the department that owns its area (or that its category
    points to) and the person on duty there now (on-duty lookup), if the area is known."""

    department_id: int | None
    department: str
    person: PersonRef | None
    on_duty: OnDuty | None


@dataclass(frozen=True)
class ComplaintFilter:
    status: str | None = None  # a state, or "open_any" for every state not resolved/closed
    late_only: bool = False  # answered late, or unanswered past the limit
    area_id: int | None = None
    category: str | None = None
    responsible_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""  # in content, guest name or contact


@dataclass(frozen=True)
class ComplaintInbox:
    """For My work and the wallboard: what needs answering now."""

    waiting_for_response: tuple[ComplaintDTO, ...]  # received, clock running or late
    handed_to_me: tuple[ComplaintDTO, ...]  # open complaints the user is responsible for
    limit_minutes: int


@dataclass(frozen=True)
class ComplaintStats:
    """Measures over a period; every figure None when there is nothing to measure."""

    total: int
    answered: int
    unanswered: int
    late: int  # answered late + unanswered past the limit
    share_on_time: float | None  # percent
    median_first_response_s: float | None
    median_resolve_s: float | None
    limit_minutes: int


# ---------------------------------------------------------------- guest comments


@dataclass(frozen=True)
class CommentDraft:
    kind: str  # praise | suggestion | dish | other
    content: str
    guest_name: str = ""
    guest_contact: str = ""
    area_id: int | None = None
    table_no: str = ""
    department_id: int | None = None  # None = the default route (dish → kitchen)
    received_at: dt.datetime | None = None


@dataclass(frozen=True)
class GuestCommentDTO:
    id: int
    received_at: dt.datetime
    received_by: str
    kind: str
    content: str
    guest_name: str
    guest_contact: str
    area: str
    table_no: str
    department_id: int | None
    department: str
    action_taken: str
    actioned_by: str
    actioned_at: dt.datetime | None
    fed_back: bool
    status: str  # open | done


@dataclass(frozen=True)
class CommentFilter:
    kind: str | None = None
    status: str | None = None
    department_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


# ---------------------------------------------------------------- surveys


@dataclass(frozen=True)
class SurveyForm:
    """One paper form as typed in. Answers 1–7; a skipped item is absent. Manager forms have
    no perceptions. ``weights``: dimension → points summing to 100, or None."""

    respondent: str
    kind: str  # guest | manager
    day: dt.date
    expectations: dict[int, int]
    perceptions: dict[int, int] = field(default_factory=dict)
    weights: dict[str, float] | None = None
    area_id: int | None = None


@dataclass(frozen=True)
class SurveyDTO:
    id: int
    respondent: str
    kind: str
    day: dt.date
    area: str
    answered_e: int
    answered_p: int
    has_weights: bool
    entered_by: str
    entered_at: dt.datetime


@dataclass(frozen=True)
class ImportSummary:
    added: int
    guests: int
    managers: int


# ---------------------------------------------------------------- promises


@dataclass(frozen=True)
class PromiseDraft:
    name: str
    dimension: str
    target_minutes: float
    description: str = ""
    source: str = "manual"  # manual | complaint_response
    active: bool = True


@dataclass(frozen=True)
class PromiseDTO:
    id: int
    name: str
    description: str
    dimension: str
    target_minutes: float
    source: str
    active: bool
    measured: int  # outcomes in the period asked for
    kept: int
    kept_share: float | None  # percent; None without outcomes


@dataclass(frozen=True)
class PromiseOutcomeDTO:
    id: int | None  # None for outcomes taken from the complaint log
    promise_id: int
    at: dt.datetime
    area: str
    measured_minutes: float
    kept: bool
    note: str
    entered_by: str


# ---------------------------------------------------------------- gaps


@dataclass(frozen=True)
class BehindRow:
    """One line behind a bar of a gap chart (drill-down)."""

    label: str  # e.g. "Q11 Staff give prompt service." or a checklist item or a promise
    value: float | None  # the row's own figure in the gap's unit; None = no data
    n: int
    detail: str = ""  # e.g. "covered by: 餐前检查表 · 地面无水渍"
    item: int | None = None  # the SERVQUAL item (1–22) the row is about, for gaps 1, 2 and 5
