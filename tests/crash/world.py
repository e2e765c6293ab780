"""The little world both crash tests write into: one team leader who answers for one area
(nobody is rostered there, so every finding in it is the leader's to rectify)."""

from __future__ import annotations

from pathlib import Path

from app.services.base import SYSTEM
from app.services.bootstrap import Services, open_database
from app.services.dto import EmployeeInput
from tests.helpers import rank_id

USER = "wangli"  # the leader's user name in the writers' Actor


def build_world(path: Path) -> tuple[int, int]:
    """Create the world in a new database at ``path``; returns (employee id, area id)."""
    db = open_database(path)
    try:
        sv = Services.bind(db, SYSTEM)
        dept = sv.org.save_department("楼面部")
        post = sv.org.save_post("包房组长", dept.id, rank_id(sv, "team_leader"), 2)
        leader = sv.staff.create(EmployeeInput("L1", "王丽", post_id=post.id)).employee
        team = sv.teams.save_team("A组", dept.id, leader.id, [])
        area = sv.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, team.id)
        return leader.id, area.id
    finally:
        db.dispose()
