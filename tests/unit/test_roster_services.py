"""The roster as HR and managers use it: rules on every change, coverage, redeployment and
who answers for an area at a given moment."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.services.roster import RuleBreaches
from app.services.roster_dto import CellInput
from tests.helpers import hire, make_org

MON = dt.date(2026, 11, 23)
TUE = MON + dt.timedelta(days=1)


@pytest.fixture
def floor(services):
    """A team leader with three servers in one team, two areas, and the default shifts."""
    dept, leader_post, server_post = make_org(services)
    lead = hire(services, "L1", "王丽", leader_post.id).employee
    servers = [hire(services, f"S{i}", name, server_post.id, lead.id).employee
               for i, name in enumerate(["赵敏", "钱进", "孙悦"], start=1)]
    team = services.teams.save_team("二楼包房一组", dept.id, lead.id, [s.id for s in servers])
    room = services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, team.id)
    hall = services.teams.save_area("二楼大厅", "hall", "2F", dept.id, team.id)
    shifts = {s.name: s for s in services.shifts.shift_types()}
    return {"lead": lead, "servers": servers, "team": team, "room": room, "hall": hall,
            "shifts": shifts, "leader_post": leader_post, "server_post": server_post,
            "dept": dept}


def put(services, emp, day, shift, area=None, post_id=None, reason=None):
    return services.roster.set_cell(
        CellInput(emp.id, day, shift.id, post_id or emp.post_id, area.id if area else None),
        override_reason=reason)


def test_a_clean_assignment_saves_and_shows_in_the_week(services, floor):
    s = floor["servers"][0]
    put(services, s, MON, floor["shifts"]["晚市"], floor["room"])
    week = services.roster.week(MON)
    cell = week.cells[(s.id, MON, floor["shifts"]["晚市"].id)]
    assert (cell.post, cell.area) == ("包房服务员", "牡丹厅 201")
    assert [r.name for r in week.rows][:1] == ["王丽"]  # leader first in the team block


def test_each_rule_breach_is_named_and_needs_a_managers_reason(services, services_as, floor):
    s, sh = floor["servers"][0], floor["shifts"]
    put(services, s, MON, sh["夜班"])  # 22:00 → 07:00 Tuesday
    with pytest.raises(RuleBreaches) as overlap:
        put(services, s, TUE, sh["早班"])  # starts 07:00, rest 0 h; 06:00 would overlap
    assert [b.rule for b in overlap.value.breaches] == ["rest"]
    with pytest.raises(RuleBreaches) as unqualified:
        put(services, s, TUE + dt.timedelta(days=1), sh["晚市"], post_id=floor["leader_post"].id)
    assert [b.rule for b in unqualified.value.breaches] == ["not_qualified"]
    assert "neither posted to nor qualified for 包房组长" in unqualified.value.render()

    hr = services_as(Role.HR)
    with pytest.raises(PermissionDenied):  # HR edits rosters but cannot excuse a breach
        put(hr, s, TUE, sh["早班"], reason="婚宴人手不足")
    manager = services_as(Role.MANAGER)
    saved = put(manager, s, TUE, sh["早班"], reason="婚宴人手不足")
    assert saved.cell.override_reason == "婚宴人手不足"
    assert [b.rule for b in saved.confirmed] == ["rest"]


def test_overlap_across_midnight_and_weekly_hours(services, floor):
    s, sh = floor["servers"][1], floor["shifts"]
    put(services, s, MON, sh["午市"])
    with pytest.raises(RuleBreaches) as err:
        put(services, s, MON, sh["早班"])  # 07:00-15:00 overlaps 10:00-14:30
    assert "overlap" in [b.rule for b in err.value.breaches]
    services.settings.set("roster.max_week_hours", 12)
    with pytest.raises(RuleBreaches) as hours:
        put(services, s, TUE + dt.timedelta(days=1), sh["早班"])  # 4.5 + 8 = 12.5 h
    assert [b.rule for b in hours.value.breaches] == ["weekly_hours"]


def test_inactive_staff_cannot_be_rostered_at_all(services, floor):
    s = floor["servers"][2]
    services.staff.deactivate(s.id)
    with pytest.raises(ValidationError, match="has left"):
        put(services, s, MON, floor["shifts"]["晚市"], reason="无论如何")


def test_changes_after_publishing_are_logged(services, floor):
    s, sh = floor["servers"][0], floor["shifts"]
    put(services, s, MON, sh["晚市"], floor["room"])
    assert services.roster.changes(MON) == []
    services.roster.publish(MON)
    put(services, s, MON, sh["晚市"], floor["hall"])
    services.roster.clear_cell(s.id, MON, sh["晚市"].id)
    log = services.roster.changes(MON)
    assert [c.action for c in log] == ["set", "clear"]
    assert str(floor["hall"].id) in log[0].after and str(floor["room"].id) in log[0].before


def test_copy_last_week_skips_what_breaks_rules(services, floor):
    s, sh = floor["servers"][0], floor["shifts"]
    put(services, s, MON - dt.timedelta(days=7), sh["晚市"], floor["room"])
    put(services, floor["servers"][1], MON - dt.timedelta(days=7), sh["晚市"], floor["hall"])
    services.staff.deactivate(floor["servers"][1].id)
    report = services.roster.copy_week(MON - dt.timedelta(days=7), MON)
    assert report.copied == 1
    assert [k.employee for k in report.skipped] == ["钱进"]
    assert (s.id, MON, sh["晚市"].id) in services.roster.week(MON).cells


def test_templates_apply_a_saved_week(services, floor):
    sh = floor["shifts"]
    for s in floor["servers"]:
        put(services, s, MON, sh["晚市"], floor["room"])
    template = services.roster.save_template(MON, "标准周")
    report = services.roster.apply_template(template, MON + dt.timedelta(days=14))
    assert report.copied == 3 and report.skipped == ()


# -- coverage and redeployment ------------------------------------------------------------

def test_coverage_flags_shortage_and_the_missing_team_leader(services, floor):
    sh = floor["shifts"]["晚市"]
    services.shifts.set_requirement(floor["server_post"].id, sh.id, [0], 3)
    put(services, floor["servers"][0], MON, sh, floor["room"])
    view = services.coverage.coverage(MON, sh.id)
    line = next(x for x in view.lines if x.post == "包房服务员")
    assert (line.required, line.assigned, line.status) == (3, 1, "short")
    (team,) = view.teams
    assert not team.ok and team.leader == "王丽"
    services.roster.set_acting_leader(MON, sh.id, floor["team"].id, floor["servers"][0].id)
    assert services.coverage.coverage(MON, sh.id).teams[0].acting_leader == "赵敏"


def test_absence_counts_against_coverage(services, floor):
    sh = floor["shifts"]["晚市"]
    services.shifts.set_requirement(floor["server_post"].id, sh.id, [0], 1)
    cell = put(services, floor["servers"][0], MON, sh).cell
    line = next(x for x in services.coverage.coverage(MON, sh.id).lines if x.post == "包房服务员")
    assert line.status == "ok"
    services.roster.mark_attendance(cell.id, "absent")
    line = next(x for x in services.coverage.coverage(MON, sh.id).lines if x.post == "包房服务员")
    assert (line.assigned, line.absent, line.status) == (0, 1, "short")


def test_candidates_are_qualified_and_never_double_booked(services, floor):
    sh = floor["shifts"]
    greeter_post = services.org.save_post("迎宾员", floor["dept"].id,
                                          services.org.ranks()[0].id, 1)
    free_qualified = hire(services, "G1", "周婷", greeter_post.id, floor["lead"].id).employee
    services.staff.set_qualification(free_qualified.id, floor["server_post"].id, "qualified")
    busy = hire(services, "G2", "吴迪", greeter_post.id, floor["lead"].id).employee
    services.staff.set_qualification(busy.id, floor["server_post"].id, "trainer")
    hire(services, "G3", "郑好", greeter_post.id, floor["lead"].id)  # not qualified
    put(services, busy, MON, sh["午市"])  # 10:00-14:30 overlaps 早班 07:00-15:00
    services.shifts.set_requirement(floor["server_post"].id, sh["早班"].id, [0], 5)

    names = [c.name for c in services.coverage.candidates(MON, sh["早班"].id,
                                                          floor["server_post"].id)]
    assert "周婷" in names
    assert "吴迪" not in names  # double-booked
    assert "郑好" not in names  # not qualified
    own_first = services.coverage.candidates(MON, sh["早班"].id, floor["server_post"].id)
    assert own_first[0].level == "own"


def test_redeploying_from_a_surplus_post_fills_the_shortage(services, floor):
    sh = floor["shifts"]["晚市"]
    greeter_post = services.org.save_post("迎宾员", floor["dept"].id,
                                          services.org.ranks()[0].id, 1)
    services.shifts.set_requirement(greeter_post.id, sh.id, [0], 1)
    services.shifts.set_requirement(floor["server_post"].id, sh.id, [0], 1)
    g1 = hire(services, "G1", "周婷", greeter_post.id, floor["lead"].id).employee
    g2 = hire(services, "G2", "吴迪", greeter_post.id, floor["lead"].id).employee
    services.staff.set_qualification(g2.id, floor["server_post"].id, "qualified")
    put(services, g1, MON, sh)
    put(services, g2, MON, sh)
    # Servers are all off: the short post is 包房服务员, greeters have one surplus.
    for s in floor["servers"]:
        services.staff.deactivate(s.id)
    (cand,) = [c for c in services.coverage.candidates(MON, sh.id, floor["server_post"].id)
               if c.name == "吴迪"]
    assert cand.from_post == "迎宾员"
    cell = services.coverage.redeploy(MON, sh.id, floor["server_post"].id, g2.id,
                                      floor["room"].id)
    assert (cell.post, cell.redeployed_from, cell.approved_by) == ("包房服务员", "迎宾员", "system")
    view = services.coverage.coverage(MON, sh.id)
    status = {x.post: x.status for x in view.lines}
    assert status["包房服务员"] == "ok" and status["迎宾员"] == "ok"
    with pytest.raises(ValidationError):  # 周婷 is not qualified for the post
        services.coverage.redeploy(MON, sh.id, floor["server_post"].id, g1.id)


# -- who answers for an area (on-duty lookup) --------------------------------------------

def test_one_person_rostered_is_responsible_with_their_team_leader(services, floor):
    s = floor["servers"][0]
    put(services, s, MON, floor["shifts"]["晚市"], floor["room"])
    duty = services.on_duty.lookup(floor["room"].id, dt.datetime(2026, 11, 23, 19, 0))
    assert duty.responsible.name == "赵敏" and duty.leader.name == "王丽"
    assert [p.name for p in duty.chain] == ["王丽"] and not duty.unrostered


def test_several_people_rostered_make_the_team_leader_responsible(services, floor):
    for s in floor["servers"][:2]:
        put(services, s, MON, floor["shifts"]["晚市"], floor["hall"])
    duty = services.on_duty.lookup(floor["hall"].id, dt.datetime(2026, 11, 23, 17, 0))
    assert duty.responsible.name == "王丽"
    assert [p.name for p in duty.individuals] == ["赵敏", "钱进"]


def test_nobody_rostered_falls_back_to_the_default_team_leader(services, floor):
    duty = services.on_duty.lookup(floor["room"].id, dt.datetime(2026, 11, 23, 12, 0))
    assert duty.unrostered and duty.responsible.name == "王丽" and duty.individuals == ()


def test_night_shift_answers_after_midnight(services, floor):
    s = floor["servers"][2]
    put(services, s, MON, floor["shifts"]["夜班"], floor["hall"])
    duty = services.on_duty.lookup(floor["hall"].id, dt.datetime(2026, 11, 24, 3, 0))
    assert duty.responsible.name == "孙悦" and duty.shift == "夜班"


def test_a_redeployed_person_counts_where_they_were_sent(services, floor):
    sh = floor["shifts"]["晚市"]
    greeter_post = services.org.save_post("迎宾员", floor["dept"].id,
                                          services.org.ranks()[0].id, 0)
    g = hire(services, "G1", "周婷", greeter_post.id, floor["lead"].id).employee
    services.staff.set_qualification(g.id, floor["server_post"].id, "qualified")
    services.shifts.set_requirement(floor["server_post"].id, sh.id, [0], 1)
    services.coverage.redeploy(MON, sh.id, floor["server_post"].id, g.id, floor["room"].id)
    duty = services.on_duty.lookup(floor["room"].id, dt.datetime(2026, 11, 23, 20, 0))
    assert duty.responsible.name == "周婷"


def test_an_absent_person_does_not_answer_for_the_area(services, floor):
    cell = put(services, floor["servers"][0], MON, floor["shifts"]["晚市"], floor["room"]).cell
    services.roster.mark_attendance(cell.id, "absent")
    duty = services.on_duty.lookup(floor["room"].id, dt.datetime(2026, 11, 23, 19, 0))
    assert duty.unrostered and duty.responsible.name == "王丽"
