"""Organisation services as HR uses them: posts and quotas, staff, leaders, skills, teams."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db.models import AuditLog
from app.domain.errors import ConflictError, ValidationError
from app.services import audit
from app.services.dto import EmployeeInput
from tests.helpers import hire, make_org, rank_id


def test_default_ranks_are_ordered_and_relabelable(services):
    ranks = services.org.ranks()
    assert [r.label for r in ranks] == ["员工", "组长", "部长", "主管", "经理", "总监"]
    assert all(r.span_limit == 3 for r in ranks)
    leader = next(r for r in ranks if r.key == "team_leader")
    services.org.update_rank(leader.id, "领班", 4)
    assert [r.label for r in services.org.ranks()][1] == "领班"
    with pytest.raises(ValidationError):
        services.org.update_rank(leader.id, "领班", 0)


def test_posts_show_filled_against_quota_and_keep_their_duties(services):
    dept, leader_post, server_post = make_org(services)
    lead = hire(services, "A1", "王丽", leader_post.id).employee
    for i in range(7):
        hire(services, f"S{i}", f"服务员{i}", server_post.id, lead.id)
    posts = {p.name: p for p in services.org.posts()}
    assert (posts["包房组长"].filled, posts["包房组长"].quota, posts["包房组长"].flag) == (1, 2, "under")
    assert (posts["包房服务员"].filled, posts["包房服务员"].flag) == (7, "over")
    assert posts["包房服务员"].duties == ("按标准摆台", "及时为客人添茶")


def test_duplicate_names_and_codes_are_refused_with_the_name(services):
    dept, _leader, server = make_org(services)
    with pytest.raises(ValidationError, match="楼面部"):
        services.org.save_department("楼面部")
    hire(services, "E1", "张三", server.id)
    with pytest.raises(ValidationError, match="E1"):
        hire(services, "E1", "李四", server.id)
    with pytest.raises(ValidationError):
        services.staff.create(EmployeeInput(" ", "无名"))


def test_a_fourth_direct_report_warns_but_saves(services):
    _d, leader_post, server = make_org(services)
    lead = hire(services, "L1", "王丽", leader_post.id).employee
    for i in range(3):
        assert hire(services, f"S{i}", f"服务员{i}", server.id, lead.id).notices == ()
    fourth = hire(services, "S3", "赵六", server.id, lead.id)
    assert fourth.employee.leader_name == "王丽"
    (notice,) = fourth.notices
    assert "王丽" in notice.render() and "4" in notice.render()
    chart = services.chart.chart()
    assert [n.name for n in chart.exceeded] == ["王丽"]


def test_leader_cycles_are_refused_naming_the_chain(services):
    _d, leader_post, server = make_org(services)
    a = hire(services, "A", "甲", leader_post.id).employee
    b = hire(services, "B", "乙", server.id, a.id).employee
    c = hire(services, "C", "丙", server.id, b.id).employee
    with pytest.raises(ValidationError) as err:
        services.staff.update(a.id, EmployeeInput("A", "甲", post_id=leader_post.id,
                                                  leader_id=c.id))
    assert "甲 → 丙 → 乙 → 甲" in str(err.value)
    assert services.staff.employee(a.id).leader_id is None


def test_deactivating_a_leader_first_asks_who_leads_their_people(services):
    _d, leader_post, server = make_org(services)
    old = hire(services, "L1", "王丽", leader_post.id).employee
    new = hire(services, "L2", "陈刚", leader_post.id).employee
    staff = [hire(services, f"S{i}", f"服务员{i}", server.id, old.id).employee for i in range(2)]
    with pytest.raises(ValidationError, match="2"):
        services.staff.deactivate(old.id)
    assert services.staff.employee(old.id).active
    services.staff.deactivate(old.id, new.id, reassign=True)
    assert not services.staff.employee(old.id).active
    assert {services.staff.employee(s.id).leader_id for s in staff} == {new.id}
    assert [e.code for e in services.staff.employees(active=False)] == ["L1"]


def test_optimistic_locking_refuses_a_stale_edit(services):
    _d, _l, server = make_org(services)
    emp = hire(services, "E1", "张三", server.id).employee
    services.staff.update(emp.id, EmployeeInput("E1", "张三丰", post_id=server.id),
                          expected_version=emp.version)
    with pytest.raises(ConflictError):
        services.staff.update(emp.id, EmployeeInput("E1", "张三", post_id=server.id),
                              expected_version=emp.version)


def test_employee_page_detail(services):
    dept, leader_post, server = make_org(services)
    sup_post = services.org.save_post("楼面主管", dept.id, rank_id(services, "supervisor"), 1)
    boss = hire(services, "M1", "刘经理", sup_post.id).employee
    lead = hire(services, "L1", "王丽", leader_post.id, boss.id).employee
    me = hire(services, "S1", "赵敏", server.id, lead.id).employee
    team = services.teams.save_team("二楼包房一组", dept.id, lead.id, [me.id])
    services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, team.id)
    services.staff.set_qualification(me.id, leader_post.id, "training", lead.id,
                                     dt.date(2026, 3, 1))
    d = services.staff.detail(me.id)
    assert d.duties == ("按标准摆台", "及时为客人添茶")
    assert [p.name for p in d.leader_chain] == ["王丽", "刘经理"]
    assert d.team == "二楼包房一组" and d.areas == ("牡丹厅 201",)
    (q,) = d.qualifications
    assert (q.post, q.level, q.certified_by, q.certified_on) == (
        "包房组长", "training", "王丽", dt.date(2026, 3, 1))
    lead_detail = services.staff.detail(lead.id)
    assert [p.name for p in lead_detail.direct_reports] == ["赵敏"]


def test_search_and_filters(services):
    dept, leader_post, server = make_org(services)
    lead = hire(services, "L1", "王丽", leader_post.id).employee
    hire(services, "S1", "赵敏", server.id, lead.id)
    hire(services, "S2", "钱多多", server.id, lead.id)
    assert [e.name for e in services.staff.employees(search="钱")] == ["钱多多"]
    assert len(services.staff.employees(leader_id=lead.id)) == 2
    assert len(services.staff.employees(post_id=leader_post.id)) == 1
    assert len(services.staff.employees(department_id=dept.id)) == 3


def test_every_change_is_in_the_audit_chain(services, db):
    _d, _l, server = make_org(services)
    hire(services, "E1", "张三", server.id)
    with db.read() as s:
        actions = s.execute(select(AuditLog.action, AuditLog.entity)).all()
        assert ("create", "employee") in actions and ("create", "post") in actions
        assert audit.verify(s).ok


def test_an_area_with_patrol_records_cannot_be_deleted(services):
    dept, _l, _s = make_org(services)
    area = services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, None)
    services.patrols.ad_hoc_finding(area.id, "地毯有污渍", "minor")
    with pytest.raises(ValidationError, match="牡丹厅 201 has patrol records"):
        services.teams.delete_area(area.id)
    assert [a.name for a in services.teams.areas()] == ["牡丹厅 201"]
