"""The patrol plan: which rounds are due, overdue, missed or done, per level, at a given now."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.patrol_builders import (
    DAY,
    answer_all_pass,
    archive_others,
    floor,
    make_version,
    patrols,
    plan,
)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def world(services, db):
    f = floor(services)
    ids = make_version(db)
    archive_others(db, {ids["template"]})
    return f, ids


def states(items, area: str) -> list[tuple[str, str]]:
    return [(d.due_at.strftime("%H:%M"), d.state) for d in sorted(
        (d for d in items if d.area == area), key=lambda d: d.due_at)]


def submit_round(db, ids, area_id, role, level, when):
    svc = patrols(db, role)
    r = svc.start(area_id, ids["version"], level, at=when)
    answer_all_pass(svc, r.id, ids)
    return svc.submit(r.id)


def test_leader_checks_at_opening_and_every_two_hours(db, world):
    f, ids = world
    due = plan(db, "leader").due(now=at(17, 0))
    room = states(due, "牡丹厅 201")
    # 早班 07–15 every 2 h, 午市 10–14:30, then 晚市 opened at 16:30: 30 min grace still.
    assert room == [("07:00", "missed"), ("09:00", "missed"), ("10:00", "missed"),
                    ("11:00", "missed"), ("12:00", "missed"), ("13:00", "missed"),
                    ("14:00", "missed"), ("16:30", "due")]
    assert due[0].state == "due" and due[0].level == "leader"
    assert due[0].template_version_id == ids["version"]
    later = plan(db, "leader").due(now=at(17, 1))
    assert ("16:30", "overdue") in states(later, "牡丹厅 201")
    assert [d.state for d in later][:2] == ["overdue", "overdue"]  # sorted: overdue first


def test_submitted_round_marks_its_window_done_and_a_draft_is_linked(db, world):
    f, ids = world
    submit_round(db, ids, f["room"].id, "leader", "leader", at(16, 45))
    draft = patrols(db, "leader").start(f["hall"].id, ids["version"], "leader", at=at(16, 50))
    due = plan(db, "leader").due(now=at(17, 30))
    room = {d.due_at.time(): d for d in due if d.area == "牡丹厅 201"}
    hall = {d.due_at.time(): d for d in due if d.area == "二楼大厅"}
    assert room[dt.time(16, 30)].state == "done"
    assert (hall[dt.time(16, 30)].state, hall[dt.time(16, 30)].draft_inspection_id) == (
        "overdue", draft.id)
    assert due[-1].state == "done"
    # Another leader sees the window but not someone else's draft to resume.
    other = plan(db, "leader", "someone-else").due(now=at(17, 30))
    assert all(d.draft_inspection_id is None for d in other)
    # A supervisor round does not count for the leader's check.
    submit_round(db, ids, f["hall"].id, "supervisor", "supervisor", at(17, 10))
    hall = {d.due_at.time(): d.state for d in plan(db, "leader").due(now=at(17, 30))
            if d.area == "二楼大厅"}
    assert hall[dt.time(16, 30)] == "overdue"


def test_supervisor_once_per_shift(db, world):
    f, ids = world
    submit_round(db, ids, f["room"].id, "supervisor", "supervisor", at(8, 0))
    due = plan(db, "supervisor").due(now=at(16, 40))
    assert states(due, "牡丹厅 201") == [("07:00", "done"), ("10:00", "missed"),
                                        ("16:30", "due")]
    assert states(due, "二楼大厅") == [("07:00", "missed"), ("10:00", "missed"),
                                      ("16:30", "due")]
    # After midnight the night shift that started yesterday is still open.
    night = plan(db, "supervisor").due(now=at(1, 0, DAY + dt.timedelta(days=1)))
    assert [(d.due_at, d.state) for d in night if d.area == "二楼大厅"] == [
        (at(22, 0), "overdue")]


def test_manager_once_per_day(db, world, services):
    f, ids = world
    assert {d.state for d in plan(db, "manager").due(now=at(7, 20))} == {"due"}
    submit_round(db, ids, f["room"].id, "manager", "manager", at(10, 0))
    due = plan(db, "manager").due(now=at(17, 0))
    assert states(due, "牡丹厅 201") == [("07:00", "done")]
    assert states(due, "二楼大厅") == [("07:00", "overdue")]
    services.settings.set("patrol.manager_per_day", 2)  # 07–19 and 19–07
    due = plan(db, "manager").due(now=at(20, 0))
    assert states(due, "二楼大厅") == [("07:00", "missed"), ("19:00", "overdue")]


def test_settings_level_override_and_suggested_template(db, world, services):
    f, ids = world
    room_only = make_version(db, key="room_leader", levels="leader", area_kinds="private_room")
    archive_others(db, {ids["template"], room_only["template"]})
    services.settings.set("patrol.leader_interval_hours", 4)
    services.settings.set("patrol.grace_minutes", 60)
    due = plan(db, "supervisor").due(now=at(17, 20), level="leader")
    assert states(due, "牡丹厅 201")[-1] == ("16:30", "due")  # 60 min grace
    assert [t for t, _ in states(due, "牡丹厅 201")] == ["07:00", "10:00", "11:00", "14:00",
                                                       "16:30"]
    by_area = {d.area: d for d in due}
    assert by_area["牡丹厅 201"].template_version_id == room_only["version"]
    assert by_area["二楼大厅"].template_version_id == ids["version"]
    assert by_area["二楼大厅"].template == "Checklist room_check"
    assert plan(db, "hr").due(now=at(17, 0)) == []
    assert plan(db, "staff").due(now=at(17, 0)) == []
