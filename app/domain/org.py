"""Organisation vocabulary: default ranks, area kinds, qualification levels."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import QT_TRANSLATE_NOOP

DEFAULT_SPAN = 3  # one leads three


@dataclass(frozen=True)
class RankDefault:
    key: str
    label: str
    label_en: str


# Bottom up; labels are data a venue may rename.
DEFAULT_RANKS = (
    RankDefault("staff", "员工", "Staff"),
    RankDefault("team_leader", "组长", "Team leader"),
    RankDefault("section_head", "部长", "Section head"),
    RankDefault("supervisor", "主管", "Supervisor"),
    RankDefault("manager", "经理", "Manager"),
    RankDefault("director", "总监", "Director"),
)

AREA_KINDS = {
    "hall": QT_TRANSLATE_NOOP("areas", "Hall"),
    "private_room": QT_TRANSLATE_NOOP("areas", "Private room"),
    "reception": QT_TRANSLATE_NOOP("areas", "Reception"),
    "passage": QT_TRANSLATE_NOOP("areas", "Service passage"),
    "pass": QT_TRANSLATE_NOOP("areas", "Pass"),
    "restroom": QT_TRANSLATE_NOOP("areas", "Restroom"),
    "bar": QT_TRANSLATE_NOOP("areas", "Bar"),
    "kitchen": QT_TRANSLATE_NOOP("areas", "Kitchen"),
    "other": QT_TRANSLATE_NOOP("areas", "Other"),
}

QUALIFICATION_LEVELS = {
    "training": QT_TRANSLATE_NOOP("qualifications", "In training"),
    "qualified": QT_TRANSLATE_NOOP("qualifications", "Qualified"),
    "trainer": QT_TRANSLATE_NOOP("qualifications", "Can train others"),
}

DEPARTMENT_KINDS = {
    "floor": QT_TRANSLATE_NOOP("departments", "Floor"),
    "support": QT_TRANSLATE_NOOP("departments", "Support"),
}


def staffing_flag(filled: int, quota: int) -> str:
    """'under', 'over' or 'ok' for a post's filled head-count against its quota (定岗定编)."""
    if filled < quota:
        return "under"
    if filled > quota:
        return "over"
    return "ok"
