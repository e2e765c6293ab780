"""A small venue for the complaint and guest-comment tests: a floor department with a private
room and a hall, a rostered dinner shift, a kitchen; and a one-line way to receive a complaint
at a chosen moment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.permissions import Role
from app.services.base import Actor
from app.services.bootstrap import Services
from app.services.complaints import ComplaintService
from app.services.guest_comments import GuestCommentService
from app.services.guest_dto import ComplaintDraft, ComplaintDTO
from app.services.roster_dto import CellInput
from tests.rect_builders import Clock
from tests.roster_builders import build_floor

DAY = dt.date(2026, 11, 23)
DINNER = dt.datetime.combine(DAY, dt.time(19, 0))  # inside 晚市 16:30–22:00


@dataclass(frozen=True)
class Venue:
    services: Services
    dept_id: int  # 楼面部, owns the room and the hall
    room_id: int  # 牡丹厅 201: 赵敏 is rostered there for dinner on DAY
    hall_id: int  # 二楼大厅: nobody rostered (the team leader answers for it)
    kitchen_dept_id: int  # 厨房部, owns the kitchen area
    kitchen_area_id: int
    lead_id: int  # 王丽, team leader of the floor team
    server_ids: tuple[int, ...]  # 赵敏, 钱进, 孙悦

    @property
    def on_duty_id(self) -> int:
        """Who is rostered in the room at dinner on DAY."""
        return self.server_ids[0]


def build_venue(services: Services) -> Venue:
    f = build_floor(services)
    services.roster.set_cell(CellInput(f["servers"][0].id, DAY, f["shifts"]["晚市"].id,
                                       f["server_post"].id, f["room"].id))
    kitchen = services.org.save_department("厨房部")
    area = services.teams.save_area("热菜间", "kitchen", "1F", kitchen.id, None)
    return Venue(services, f["dept"].id, f["room"].id, f["hall"].id, kitchen.id, area.id,
                 f["lead"].id, tuple(s.id for s in f["servers"]))


def complaint_service(db, role: Role | str = "supervisor", employee_id: int | None = None,
                      clock: Clock | None = None, username: str | None = None
                      ) -> ComplaintService:
    actor = Actor(username or f"test-{role}", Role(role), None, employee_id)
    return ComplaintService(db, actor, clock) if clock else ComplaintService(db, actor)


def comment_service(db, role: Role | str = "supervisor", employee_id: int | None = None,
                    clock: Clock | None = None) -> GuestCommentService:
    actor = Actor(f"test-{role}", Role(role), None, employee_id)
    return GuestCommentService(db, actor, clock) if clock else GuestCommentService(db, actor)


def receive_complaint(services: Services, at: dt.datetime = DINNER, *,
                      area_id: int | None = None, content: str = "菜里有头发",
                      category: str = "food_quality", severity: str = "major",
                      channel: str = "in_person", **fields) -> ComplaintDTO:
    """A complaint received at ``at`` by ``services``' actor (its clock reads ``at``)."""
    svc = ComplaintService(services.db, services.actor, Clock(at))
    return svc.receive(ComplaintDraft(channel, content, category, severity, area_id=area_id,
                                      **fields))
