"""Builders for the rectification UI tests: the floor of tests/roster_builders.py, findings
made through PatrolService.ad_hoc_finding (each gets its rectification), and contexts bound
to a leader, an inspector or a supervisor."""

from __future__ import annotations

import datetime as dt

from app.domain.permissions import Role
from app.services.base import Actor
from app.services.patrols import PatrolService
from tests.roster_builders import build_floor
from tests.ui.patrol_ui_builders import png_bytes

INSPECTOR = "zhou.insp"  # the supervisor who walks the floor and finds things


def floor(services) -> dict:
    return build_floor(services)


def find(db, area_id: int, description: str, severity: str = "major", photo: bool = False,
         at: dt.datetime | None = None, inspector: str = INSPECTOR):
    """An ad-hoc finding by the inspector; returns its FindingDTO."""
    svc = PatrolService(db, Actor(inspector, Role.SUPERVISOR))
    return svc.ad_hoc_finding(area_id, description, severity, "hygiene",
                              png_bytes() if photo else None, at=at)


def rect_of(services, finding_id: int):
    from app.services.rectification_dto import RectificationFilter

    rows = services.rectifications.list(RectificationFilter(), 0, 10_000)
    return next(r for r in rows if r.finding_id == finding_id)


def leader_actor(employee_id: int, name: str = "wang.li") -> Actor:
    return Actor(name, Role.LEADER, None, employee_id)


def inspector_actor(name: str = INSPECTOR) -> Actor:
    return Actor(name, Role.SUPERVISOR)


def signed_in(services, username: str, role: Role, employee_id: int | None = None) -> Actor:
    """A user the administrator creates, then signed in the way the sign-in dialog does."""
    from app.services.auth import sign_in

    services.users.create_user(username, "floor-pass-1", role, employee_id)
    return sign_in(services.db, username, "floor-pass-1")
