"""GuestCommentService: praise, suggestions and dish comments (菜品意见) routed to the
department concerned (dish comments to the kitchen), which records what it did."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models import AuditLog, Department, GuestComment
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.services.guest_dto import CommentDraft, CommentFilter
from tests.complaint_builders import DINNER, build_venue, comment_service
from tests.rect_builders import Clock


@pytest.fixture
def venue(services):
    return build_venue(services)


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_dish_comments_go_to_the_kitchen_and_others_to_the_areas_department(venue, db):
    svc = comment_service(db, "staff", None, Clock(DINNER))
    dish = svc.add(CommentDraft("dish", "红烧肉偏咸", area_id=venue.room_id, table_no="8"))
    assert (dish.department_id, dish.department) == (venue.kitchen_dept_id, "厨房部")
    assert (dish.status, dish.received_at, dish.area, dish.table_no) == (
        "open", DINNER, "牡丹厅 201", "8")
    praise = svc.add(CommentDraft("praise", "赵敏服务很周到", area_id=venue.room_id))
    assert praise.department_id == venue.dept_id
    loose = svc.add(CommentDraft("suggestion", "希望增加儿童座椅"))
    assert (loose.department_id, loose.department) == (None, "")
    chosen = svc.add(CommentDraft("suggestion", "停车位太少", department_id=venue.kitchen_dept_id,
                                  received_at=DINNER - dt.timedelta(hours=1)))
    assert chosen.department_id == venue.kitchen_dept_id
    assert chosen.received_at == DINNER - dt.timedelta(hours=1)


def test_a_kitchen_department_comes_before_a_kitchen_area(venue, db):
    with db.write() as s:
        s.add(Department(name="中厨房", kind="kitchen"))
    with db.read() as s:
        kitchen = s.scalar(select(Department.id).where(Department.name == "中厨房"))
    dish = comment_service(db, clock=Clock(DINNER)).add(CommentDraft("dish", "鱼不新鲜"))
    assert dish.department_id == kitchen


@pytest.mark.parametrize("draft, error, message", [
    (CommentDraft("complaint", "太吵"), ValidationError, "kind of comment"),
    (CommentDraft("praise", "  "), ValidationError, "what the guest said"),
    (CommentDraft("praise", "好", table_no="x" * 21), ValidationError, "at most 20"),
    (CommentDraft("praise", "好", department_id=9999), ValidationError, "department"),
    (CommentDraft("praise", "好", area_id=9999), NotFound, "No such area"),
    (CommentDraft("praise", "好", received_at=DINNER + dt.timedelta(minutes=1)),
     ValidationError, "later than now"),
])
def test_unclear_comments_are_refused_and_nothing_is_written(venue, db, draft, error, message):
    before = _count(db, AuditLog)
    with pytest.raises(error, match=message):
        comment_service(db, clock=Clock(DINNER)).add(draft)
    assert _count(db, GuestComment) == 0 and _count(db, AuditLog) == before


def test_route_then_record_what_was_done(venue, db):
    clock = Clock(DINNER)
    svc = comment_service(db, "leader", venue.lead_id, clock)
    comment = svc.add(CommentDraft("suggestion", "包房灯光太暗", area_id=venue.room_id))
    routed = svc.route(comment.id, venue.kitchen_dept_id)
    assert (routed.department_id, routed.status) == (venue.kitchen_dept_id, "open")
    with pytest.raises(ValidationError, match="department"):
        svc.route(comment.id, 9999)
    with pytest.raises(ValidationError, match="what was done"):
        svc.record_action(comment.id, " ", True)
    clock.advance(hours=2)
    done = svc.record_action(comment.id, "已更换灯泡并致电客人", True)
    assert (done.status, done.action_taken, done.fed_back, done.actioned_at) == (
        "done", "已更换灯泡并致电客人", True, DINNER + dt.timedelta(hours=2))
    assert done.actioned_by == "test-leader"
    with pytest.raises(ValidationError, match="already been dealt with"):
        svc.route(comment.id, venue.dept_id)
    with pytest.raises(NotFound, match="No such guest comment"):
        svc.record_action(9999, "已处理", False)
    with db.read() as s:
        actions = list(s.scalars(select(AuditLog.action).where(
            AuditLog.entity == "guest_comment").order_by(AuditLog.id)))
    assert actions == ["create", "route", "record_action"]


def test_the_list_filters_newest_first(venue, db):
    svc = comment_service(db, clock=Clock(DINNER))
    ids = [svc.add(CommentDraft(kind, text, area_id=venue.room_id,
                                received_at=DINNER - dt.timedelta(days=n))).id
           for n, (kind, text) in enumerate([("dish", "太辣"), ("praise", "很好"),
                                            ("dish", "太咸")])]
    svc.record_action(ids[0], "已告知厨师长", False)
    got = lambda **f: [c.id for c in svc.list(CommentFilter(**f))]  # noqa: E731
    assert got() == ids
    assert got(kind="dish") == [ids[0], ids[2]]
    assert got(status="open") == [ids[1], ids[2]]
    assert got(department_id=venue.dept_id) == [ids[1]]
    assert got(date_from=DINNER.date() - dt.timedelta(days=1)) == ids[:2]
    assert got(date_to=DINNER.date() - dt.timedelta(days=1)) == ids[1:]
    assert [c.id for c in svc.list(offset=1, limit=1)] == [ids[1]]


def test_staff_collect_comments_but_do_not_route_them(venue, db):
    staff = comment_service(db, "staff", venue.on_duty_id, Clock(DINNER))
    comment = staff.add(CommentDraft("dish", "米饭夹生"))
    rows = _count(db, AuditLog)
    with pytest.raises(PermissionDenied, match=r"\(Staff\) may not hand over, resolve and route"):
        staff.route(comment.id, venue.dept_id)
    with pytest.raises(PermissionDenied, match=r"\(Staff\)"):
        staff.record_action(comment.id, "已处理", True)
    hr = comment_service(db, "hr", None, Clock(DINNER))
    with pytest.raises(PermissionDenied, match=r"\(HR\) may not record and answer"):
        hr.add(CommentDraft("praise", "很好"))
    assert [c.id for c in hr.list()] == [comment.id]  # HR reads them with the reports
    assert _count(db, AuditLog) == rows and _count(db, GuestComment) == 1
