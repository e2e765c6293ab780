"""The demo venue's rosters: four weeks, a few redeployments, one uncovered shift, and no
entry that breaks a roster rule."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db.models import RosterEntry
from app.services.base import SYSTEM
from app.services.demo import build_demo
from app.services.roster_rules import check_cell

TODAY = dt.date(2026, 11, 24)
MONDAY = dt.date(2026, 11, 23)


def test_demo_rosters(services, db):
    summary = build_demo(db, SYSTEM, TODAY)
    assert summary.roster_entries > 900
    with db.read() as s:
        entries = s.scalars(select(RosterEntry)).all()
        assert min(e.day for e in entries) == MONDAY - dt.timedelta(weeks=3)
        assert max(e.day for e in entries) == MONDAY + dt.timedelta(days=6)
        redeployed = [e for e in entries if e.redeployed_from_post_id]
        assert len(redeployed) >= 3 and all(e.approved_by for e in redeployed)
        for e in entries[::7]:  # a sample across every week and shift kind
            assert check_cell(s, e.employee_id, e.day, e.shift_type_id, e.post_id) == []
        assert {e.attendance for e in entries if e.day < TODAY} >= {"present", "late", "absent"}

    shifts = services.shifts.shift_types()
    uncovered, leaderless = [], []
    for day in (MONDAY + dt.timedelta(days=n) for n in range(1, 7)):
        for shift in shifts:
            view = services.coverage.coverage(day, shift.id)
            uncovered += [(day, shift.name, x.post) for x in view.shortages]
            leaderless += [(day, shift.name, t.team) for t in view.teams if not t.ok]
    assert uncovered == [(MONDAY + dt.timedelta(days=5), "晚市", "包房服务员")]
    assert len(leaderless) == 1
    assert services.roster.week(MONDAY).status == "published"
