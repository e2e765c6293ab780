"""Typed SQLAlchemy models. Grouped by part of the product; see DESIGN.md §3."""

from app.db.models_guest import (  # noqa: F401
    Complaint,
    GuestComment,
    Promise,
    PromiseOutcome,
    Survey,
    SurveyAnswer,
)
from app.db.models_org import (  # noqa: F401
    Area,
    Department,
    Employee,
    Post,
    PostDuty,
    Qualification,
    Rank,
    Team,
    TeamMember,
    Venue,
)
from app.db.models_patrol import (  # noqa: F401
    Attachment,
    ChecklistItem,
    ChecklistTemplate,
    Disagreement,
    Finding,
    Inspection,
    InspectionResult,
    Photo,
    TemplateVersion,
)
from app.db.models_rectification import (  # noqa: F401
    AccountabilityRecord,
    Rectification,
    RectificationEvent,
)
from app.db.models_roster import (  # noqa: F401
    ActingLeader,
    RosterChange,
    RosterEntry,
    RosterTemplate,
    RosterTemplateEntry,
    RosterWeek,
    ShiftType,
    StaffingRequirement,
)
from app.db.models_system import AppUser, AuditLog, Setting  # noqa: F401
