"""Checklist vocabulary and the scoring rule of DESIGN.md §3.

Score = Σ weight × item score / Σ weight × max over the items that are not N/A (text items
are not scored); any failed critical item flags the inspection whatever its score."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.permissions import Role

# Inspection levels, bottom up: each layer inspects the layer below (层层质检).
LEVELS = {
    "self": QT_TRANSLATE_NOOP("levels", "Self-check"),
    "leader": QT_TRANSLATE_NOOP("levels", "Team leader check"),
    "supervisor": QT_TRANSLATE_NOOP("levels", "Supervisor patrol"),
    "manager": QT_TRANSLATE_NOOP("levels", "Manager audit"),
    "external": QT_TRANSLATE_NOOP("levels", "External / mystery guest audit"),
}
LEVEL_RANK = {key: rank for rank, key in enumerate(LEVELS)}
_ROLE_LEVEL = {Role.STAFF: "self", Role.LEADER: "leader", Role.SUPERVISOR: "supervisor",
               Role.MANAGER: "manager", Role.ADMIN: "manager"}


def level_for_role(role: Role | str) -> str | None:
    """The level a role patrols at by default; None for roles that do not patrol (HR)."""
    return _ROLE_LEVEL.get(Role(role))


def allowed_levels(role: Role | str) -> tuple[str, ...]:
    """Levels a role may run: its own and those below; managers also record external audits."""
    own = level_for_role(role)
    if own is None:
        return ()
    if own == "manager":
        return tuple(LEVELS)
    return tuple(k for k in LEVELS if LEVEL_RANK[k] <= LEVEL_RANK[own])

CATEGORIES = {
    "grooming": QT_TRANSLATE_NOOP("categories", "Grooming (仪容仪表)"),
    "hygiene": QT_TRANSLATE_NOOP("categories", "Hygiene (卫生)"),
    "service": QT_TRANSLATE_NOOP("categories", "Service process (服务流程)"),
    "facilities": QT_TRANSLATE_NOOP("categories", "Facilities and equipment (设施设备)"),
    "safety": QT_TRANSLATE_NOOP("categories", "Safety (安全)"),
    "delivery": QT_TRANSLATE_NOOP("categories", "Food delivery (出品/传菜)"),
    "linen": QT_TRANSLATE_NOOP("categories", "Linen (布草)"),
    "tableware": QT_TRANSLATE_NOOP("categories", "Tableware (餐具)"),
    "consumables": QT_TRANSLATE_NOOP("categories", "Consumables (低值易耗品)"),
}

DIMENSIONS = {
    "tangibles": QT_TRANSLATE_NOOP("dimensions", "Tangibles (有形性)"),
    "reliability": QT_TRANSLATE_NOOP("dimensions", "Reliability (可靠性)"),
    "responsiveness": QT_TRANSLATE_NOOP("dimensions", "Responsiveness (响应性)"),
    "assurance": QT_TRANSLATE_NOOP("dimensions", "Assurance (保证性)"),
    "empathy": QT_TRANSLATE_NOOP("dimensions", "Empathy (移情性)"),
}

RESPONSE_TYPES = {
    "pass_fail": QT_TRANSLATE_NOOP("responses", "Pass / fail / N-A"),
    "score": QT_TRANSLATE_NOOP("responses", "Score 0..N"),
    "number": QT_TRANSLATE_NOOP("responses", "Number with limits"),
    "text": QT_TRANSLATE_NOOP("responses", "Text"),
}

SEVERITIES = {
    "critical": QT_TRANSLATE_NOOP("severities", "Critical"),
    "major": QT_TRANSLATE_NOOP("severities", "Major"),
    "minor": QT_TRANSLATE_NOOP("severities", "Minor"),
}


@dataclass(frozen=True)
class ItemRule:
    """What scoring needs to know about a checklist item."""

    weight: float
    critical: bool
    response_type: str
    max_score: int | None = None
    min_value: float | None = None
    max_value: float | None = None


@dataclass(frozen=True)
class Answer:
    outcome: str | None  # 'pass' | 'fail' | 'na' | None (not answered)
    value: float | None = None


def within_limits(rule: ItemRule, value: float | None) -> bool:
    if value is None:
        return False
    if rule.min_value is not None and value < rule.min_value:
        return False
    return not (rule.max_value is not None and value > rule.max_value)


def item_fraction(rule: ItemRule, answer: Answer) -> float | None:
    """0..1 for a scored answer; None when it does not count (N/A, text, unanswered)."""
    if answer.outcome in (None, "na") or rule.response_type == "text":
        return None
    if rule.response_type == "score":
        if answer.value is None or not rule.max_score:
            return 0.0 if answer.outcome == "fail" else None
        return max(0.0, min(1.0, answer.value / rule.max_score))
    if rule.response_type == "number":
        return 1.0 if within_limits(rule, answer.value) else 0.0
    return 1.0 if answer.outcome == "pass" else 0.0


def failed(rule: ItemRule, answer: Answer) -> bool:
    """A failure is what becomes a finding: an explicit fail, a number out of limits, or a
    score below its maximum marked as fail."""
    if answer.outcome == "fail":
        return True
    return (rule.response_type == "number" and answer.outcome not in (None, "na")
            and not within_limits(rule, answer.value))


@dataclass(frozen=True)
class Score:
    percent: float | None  # None when nothing counted ("no data", never 0)
    flagged: bool  # a critical item failed
    counted: int


def score(pairs: Iterable[tuple[ItemRule, Answer]]) -> Score:
    earned = possible = 0.0
    counted = 0
    flagged = False
    for rule, answer in pairs:
        if rule.critical and failed(rule, answer):
            flagged = True
        fraction = item_fraction(rule, answer)
        if fraction is None or rule.weight <= 0:
            continue
        earned += rule.weight * fraction
        possible += rule.weight
        counted += 1
    return Score(round(100 * earned / possible, 2) if possible else None, flagged, counted)
