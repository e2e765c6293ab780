"""A reports-to chain six deep and findings built straight with the ORM (each opened as
patrol_findings.new_finding does), for the rectification tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO

from PIL import Image

from app.db.models_patrol import Finding, Photo
from app.domain.permissions import Role
from app.services.base import Actor
from app.services.bootstrap import Services
from app.services.dto import EmployeeInput
from app.services.escalation import open_for_finding
from app.services.photos import store_photo
from app.services.rectifications import RectificationService
from tests.helpers import rank_id

DAY = dt.date(2026, 11, 23)
DINNER = dt.datetime.combine(DAY, dt.time(17, 0))  # inside 晚市 16:30–22:00
GAP = dt.datetime.combine(DAY, dt.time(15, 30))  # between 早班 and 晚市: no shift runs
RANKS = ("director", "manager", "supervisor", "section_head", "team_leader", "staff")
INSPECTOR = "inspector"


def png_bytes(colour=(200, 40, 40)) -> bytes:
    out = BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "PNG")
    return out.getvalue()


@dataclass(frozen=True)
class Chain:
    dept_id: int
    area_id: int
    ids: dict[str, int]  # rank key → employee id; 'staff' is the assignee
    outsider: int  # an employee in no relation to the chain
    services: Services

    @property
    def assignee(self) -> int:
        return self.ids["staff"]


def build_chain(services: Services) -> Chain:
    dept = services.org.save_department("楼面部")
    ids: dict[str, int] = {}
    leader = None
    for n, key in enumerate(RANKS):
        post = services.org.save_post(f"岗位{n}", dept.id, rank_id(services, key), 3)
        emp = services.staff.create(EmployeeInput(f"C{n}", f"员工{n}", post_id=post.id,
                                                  leader_id=leader)).employee
        ids[key] = leader = emp.id
    outsider = services.staff.create(EmployeeInput("X1", "路人", post_id=None)).employee.id
    area = services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, None)
    return Chain(dept.id, area.id, ids, outsider, services)


def add_finding(chain: Chain, severity: str = "minor", at: dt.datetime = DINNER,
                description: str = "地毯有污渍", photo: bool = False,
                found_by: str = INSPECTOR, area_id: int | None = None) -> int:
    """A finding owned by the chain's staff member (leader: the team leader); the id of its
    rectification."""
    with chain.services.db.write() as s:
        f = Finding(area_id=area_id or chain.area_id, description=description, category="",
                    severity=severity, responsible_id=chain.assignee,
                    leader_id=chain.ids["team_leader"], found_at=at, found_by=found_by,
                    status="open")
        s.add(f)
        s.flush()
        if photo:
            s.add(Photo(attachment_id=store_photo(s, png_bytes(), at).id, finding_id=f.id))
        return open_for_finding(s, f, at, found_by).id


def rects(db, username: str, role: Role | str, employee_id: int | None,
          clock=None) -> RectificationService:
    actor = Actor(username, Role(role), None, employee_id)
    return RectificationService(db, actor, clock) if clock else RectificationService(db, actor)


class Clock:
    """A settable clock for Service(..., clock=...)."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)
