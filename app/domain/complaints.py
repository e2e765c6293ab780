"""Complaints and guest comments: the vocabularies and the complaint's life (pure).

The seed procedure (服务质量管理制度 五、投诉处理): apologise at once and promise an answer
within 5 minutes; find out what happened and what the guest wants, record their contact and
the complaint; hand it to the department concerned; feed the outcome back to the guest.

States: received → responded → handed_over → resolved → closed (fed back to the guest).
A complaint may be resolved on the spot once responded (no hand-over needed); it may be
handed over again to someone else until it is resolved. The first response stops the clock.
"""

from __future__ import annotations

from app.domain.errors import QT_TRANSLATE_NOOP

CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("complaints", "Phone"),
    "sms": QT_TRANSLATE_NOOP("complaints", "SMS"),
    "online": QT_TRANSLATE_NOOP("complaints", "Online"),
    "in_person": QT_TRANSLATE_NOOP("complaints", "In person"),
}

# category → (label, SERVQUAL dimension). Every category maps to one dimension (DESIGN §4).
CATEGORIES: dict[str, tuple[str, str]] = {
    "food_quality": (QT_TRANSLATE_NOOP("complaints", "Dish quality"), "reliability"),
    "wrong_order": (QT_TRANSLATE_NOOP("complaints", "Wrong or missing dish"), "reliability"),
    "billing": (QT_TRANSLATE_NOOP("complaints", "Billing error"), "reliability"),
    "reservation": (QT_TRANSLATE_NOOP("complaints", "Reservation or seating"), "reliability"),
    "slow_service": (QT_TRANSLATE_NOOP("complaints", "Slow service or long wait"),
                     "responsiveness"),
    "no_response": (QT_TRANSLATE_NOOP("complaints", "Call not answered"), "responsiveness"),
    "attitude": (QT_TRANSLATE_NOOP("complaints", "Staff attitude"), "assurance"),
    "competence": (QT_TRANSLATE_NOOP("complaints", "Staff knowledge or procedure"),
                   "assurance"),
    "hygiene": (QT_TRANSLATE_NOOP("complaints", "Hygiene"), "tangibles"),
    "facilities": (QT_TRANSLATE_NOOP("complaints", "Facilities or equipment"), "tangibles"),
    "environment": (QT_TRANSLATE_NOOP("complaints", "Noise, temperature or lighting"),
                    "tangibles"),
    "care": (QT_TRANSLATE_NOOP("complaints", "Special needs not met"), "empathy"),
}

SEVERITIES = {
    "minor": QT_TRANSLATE_NOOP("complaints", "Minor"),
    "major": QT_TRANSLATE_NOOP("complaints", "Major"),
    "critical": QT_TRANSLATE_NOOP("complaints", "Critical"),
}

STATES = {
    "received": QT_TRANSLATE_NOOP("complaints", "Waiting for response"),
    "responded": QT_TRANSLATE_NOOP("complaints", "Responded"),
    "handed_over": QT_TRANSLATE_NOOP("complaints", "Handed over"),
    "resolved": QT_TRANSLATE_NOOP("complaints", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("complaints", "Closed"),
}
OPEN_STATES = ("received", "responded", "handed_over")

# action → (states it may start from, state it leads to)
ACTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "respond": (("received",), "responded"),
    "hand_over": (("responded", "handed_over"), "handed_over"),
    "resolve": (("responded", "handed_over"), "resolved"),
    "close": (("resolved",), "closed"),
}

SATISFACTION = {
    1: QT_TRANSLATE_NOOP("complaints", "Very dissatisfied"),
    2: QT_TRANSLATE_NOOP("complaints", "Dissatisfied"),
    3: QT_TRANSLATE_NOOP("complaints", "Neutral"),
    4: QT_TRANSLATE_NOOP("complaints", "Satisfied"),
    5: QT_TRANSLATE_NOOP("complaints", "Very satisfied"),
}

COMMENT_KINDS = {
    "praise": QT_TRANSLATE_NOOP("complaints", "Praise"),
    "suggestion": QT_TRANSLATE_NOOP("complaints", "Suggestion"),
    "dish": QT_TRANSLATE_NOOP("complaints", "Dish comment"),
    "other": QT_TRANSLATE_NOOP("complaints", "Other comment"),
}
# Which kind of department a comment goes to by default: dish comments to the kitchen.
COMMENT_ROUTES = {"dish": "kitchen"}


def dimension_of(category: str) -> str:
    return CATEGORIES[category][1]


def next_state(action: str, state: str) -> str | None:
    """The state the action leads to from ``state``, or None when it is not allowed there."""
    starts, target = ACTIONS[action]
    return target if state in starts else None
