"""The rectification (整改) state machine of DESIGN.md §3, with who may do what.

open → in_progress → submitted → verified (closed); submitted → rejected → in_progress;
verifying as "not effective" reopens (→ in_progress); open/in_progress → cancelled by a
leader with a reason. Overdue is derived from due_at and now, never stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.errors import QT_TRANSLATE_NOOP

STATES = {
    "open": QT_TRANSLATE_NOOP("rect_states", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("rect_states", "In progress"),
    "submitted": QT_TRANSLATE_NOOP("rect_states", "Waiting for verification"),
    "rejected": QT_TRANSLATE_NOOP("rect_states", "Rejected"),
    "verified": QT_TRANSLATE_NOOP("rect_states", "Verified"),
    "cancelled": QT_TRANSLATE_NOOP("rect_states", "Cancelled"),
}
CLOSED = frozenset({"verified", "cancelled"})
# The states in which the next move is the assignee's: only these can be overdue and escalate
# ("submitted" waits on the verifier). Spelled out rather than "not closed, not submitted" so
# that a query can use the index on status.
AWAITING_ASSIGNEE = ("open", "in_progress", "rejected")

ROOT_CAUSES = {  # 人机料法环
    "people": QT_TRANSLATE_NOOP("root_causes", "People (人)"),
    "equipment": QT_TRANSLATE_NOOP("root_causes", "Equipment (机)"),
    "material": QT_TRANSLATE_NOOP("root_causes", "Material (料)"),
    "method": QT_TRANSLATE_NOOP("root_causes", "Method (法)"),
    "environment": QT_TRANSLATE_NOOP("root_causes", "Environment (环)"),
}

EFFICACY = {
    "effective": QT_TRANSLATE_NOOP("efficacy", "Effective"),
    "partly": QT_TRANSLATE_NOOP("efficacy", "Partly effective"),
    "not_effective": QT_TRANSLATE_NOOP("efficacy", "Not effective"),
}

# Verbs for messages ("You are not the person who may {action} ...").
ACTION_LABELS = {
    "start": QT_TRANSLATE_NOOP("rect_actions", "start"),
    "submit": QT_TRANSLATE_NOOP("rect_actions", "submit"),
    "verify": QT_TRANSLATE_NOOP("rect_actions", "verify"),
    "reject": QT_TRANSLATE_NOOP("rect_actions", "reject"),
    "reassign": QT_TRANSLATE_NOOP("rect_actions", "reassign"),
    "cancel": QT_TRANSLATE_NOOP("rect_actions", "cancel"),
}

# Who may act, as a relation of the acting employee to the rectification:
# 'assignee' — the person it is assigned to; 'above' — anyone above the assignee in the
# reports-to chain; 'inspector' — the person (user) who found it.
ACTIONS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # action: (states it starts from, relations allowed)
    "start": (frozenset({"open", "rejected"}), frozenset({"assignee"})),
    "submit": (frozenset({"open", "in_progress", "rejected"}), frozenset({"assignee"})),
    "verify": (frozenset({"submitted"}), frozenset({"above", "inspector"})),
    "reject": (frozenset({"submitted"}), frozenset({"above", "inspector"})),
    "reassign": (frozenset({"open", "in_progress", "rejected"}), frozenset({"above"})),
    "cancel": (frozenset({"open", "in_progress", "rejected"}), frozenset({"above"})),
}


def next_state(action: str, state: str, efficacy: str | None = None) -> str:
    """The state after ``action``; raises ValueError for a transition the machine lacks."""
    starts, _who = ACTIONS[action]
    if state not in starts:
        raise ValueError(f"cannot {action} from {state}")
    if action == "start":
        return "in_progress"
    if action == "submit":
        return "submitted"
    if action == "verify":
        return "in_progress" if efficacy == "not_effective" else "verified"
    if action == "reject":
        return "in_progress"
    if action == "reassign":
        return state
    return "cancelled"


def may(action: str, relations: set[str]) -> bool:
    return bool(ACTIONS[action][1] & relations)


@dataclass(frozen=True)
class Deadlines:
    """Minutes to fix by severity; None for major means "by the end of the shift"."""

    critical_minutes: int = 15
    minor_hours: int = 24
    major_fallback_hours: int = 4  # when the finding falls outside any shift


def due_at(severity: str, found_at: dt.datetime, shift_end: dt.datetime | None,
           rules: Deadlines) -> dt.datetime:
    if severity == "critical":
        return found_at + dt.timedelta(minutes=rules.critical_minutes)
    if severity == "major":
        if shift_end is not None and shift_end > found_at:
            return shift_end
        return found_at + dt.timedelta(hours=rules.major_fallback_hours)
    return found_at + dt.timedelta(hours=rules.minor_hours)


def overdue(due: dt.datetime, now: dt.datetime, state: str) -> bool:
    return state in AWAITING_ASSIGNEE and now > due


def escalation_steps(due: dt.datetime, now: dt.datetime, step: dt.timedelta) -> int:
    """How many levels up an item should be: one per full step it is overdue beyond due."""
    if now <= due or step.total_seconds() <= 0:
        return 0
    return int((now - due) / step)
