"""A published checklist built straight with the ORM (independent of ChecklistService), and
the roster floor of tests/roster_builders.py, for the patrol tests."""

from __future__ import annotations

import datetime as dt

from app.db.models_patrol import ChecklistItem, ChecklistTemplate, TemplateVersion
from app.domain.permissions import Role
from app.services.base import Actor
from app.services.patrol_plan import PatrolPlanService
from app.services.patrols import PatrolService
from tests.roster_builders import MON, build_floor, put

DAY = MON  # Monday 2026-11-23
DINNER = dt.datetime.combine(DAY, dt.time(17, 0))  # inside 晚市 16:30–22:00

# key → (text, response_type, weight, extra columns)
ITEMS = {
    "uniform": ("Uniform clean and name badge worn", "pass_fail", 1.0,
                {"category": "grooming", "dimension": "tangibles"}),
    "tables": ("Tables set to standard", "score", 2.0,
               {"max_score": 4, "category": "service", "dimension": "reliability"}),
    "fridge": ("Drinks fridge temperature", "number", 1.0,
               {"min_value": 0.0, "max_value": 5.0, "unit": "°C", "category": "hygiene",
                "dimension": "tangibles"}),
    "remarks": ("Remarks for the next shift", "text", 1.0,
                {"category": "service", "dimension": "empathy"}),
    "exit": ("Fire exit free", "pass_fail", 1.0,
             {"critical": True, "default_severity": "critical", "category": "safety",
              "dimension": "assurance"}),
    "floor": ("Floor clean and dry", "pass_fail", 1.0,
              {"photo_on_fail": True, "default_severity": "major", "category": "hygiene",
               "dimension": "tangibles"}),
}


def make_version(db, key: str = "room_check", levels: str = "self,leader,supervisor,manager",
                 area_kinds: str = "", status: str = "published") -> dict[str, int]:
    """A template version with the six ITEMS; returns {'version': id, item key: item id}."""
    with db.write() as s:
        t = ChecklistTemplate(key=key, name=f"Checklist {key}", name_en="")
        s.add(t)
        s.flush()
        v = TemplateVersion(template_id=t.id, version=1, status=status, levels=levels,
                            area_kinds=area_kinds,
                            published_at=dt.datetime(2026, 11, 1) if status == "published" else None)
        s.add(v)
        s.flush()
        ids = {"version": v.id, "template": t.id}
        for pos, (k, (text, kind, weight, extra)) in enumerate(ITEMS.items()):
            item = ChecklistItem(version_id=v.id, position=pos, text=text, response_type=kind,
                                 weight=weight, **{"category": "service",
                                                   "dimension": "tangibles", **extra})
            s.add(item)
            s.flush()
            ids[k] = item.id
        return ids


def archive_others(db, keep: set[int]) -> None:
    """Archive every template but ``keep`` (the seeded default library), so a test controls
    which template the plan suggests."""
    with db.write() as s:
        for t in s.query(ChecklistTemplate).filter(ChecklistTemplate.id.not_in(keep)):
            t.archived = True


def patrols(db, role: str = "supervisor", name: str | None = None,
            employee_id: int | None = None) -> PatrolService:
    return PatrolService(db, Actor(name or f"test-{role}", Role(role), None, employee_id))


def plan(db, role: str = "leader", name: str | None = None) -> PatrolPlanService:
    return PatrolPlanService(db, Actor(name or f"test-{role}", Role(role)))


def floor(services) -> dict:
    """build_floor (one team: leader 王丽, servers 赵敏/钱进/孙悦; areas 牡丹厅 201 and 二楼大厅)
    with 赵敏 alone rostered on the room for Monday's dinner shift."""
    f = build_floor(services)
    put(services, f["servers"][0], DAY, f["shifts"]["晚市"], f["room"])
    return f


def answer_all_pass(svc: PatrolService, inspection_id: int, ids: dict[str, int]) -> None:
    svc.answer(inspection_id, ids["uniform"], "pass")
    svc.answer(inspection_id, ids["tables"], None, 4)
    svc.answer(inspection_id, ids["fridge"], None, 3.0)
    svc.answer(inspection_id, ids["remarks"], None, text="All good")
    svc.answer(inspection_id, ids["exit"], "pass")
    svc.answer(inspection_id, ids["floor"], "pass")
