"""Small builders for tests: a department, posts and people in a few lines."""

from __future__ import annotations

from app.services.bootstrap import Services
from app.services.dto import EmployeeInput


def rank_id(services: Services, key: str) -> int:
    return next(r.id for r in services.org.ranks() if r.key == key)


def make_org(services: Services):
    """A department with a leader post and a server post; returns (dept, leader_post, server_post)."""
    dept = services.org.save_department("楼面部")
    leader = services.org.save_post("包房组长", dept.id, rank_id(services, "team_leader"), 2,
                                    ["带领组员做好包房服务", "检查仪容仪表"])
    server = services.org.save_post("包房服务员", dept.id, rank_id(services, "staff"), 6,
                                    ["按标准摆台", "及时为客人添茶"])
    return dept, leader, server


def hire(services: Services, code: str, name: str, post_id: int | None,
         leader_id: int | None = None):
    return services.staff.create(EmployeeInput(code, name, post_id=post_id, leader_id=leader_id))
