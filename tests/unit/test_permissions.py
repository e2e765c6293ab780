"""Every role against every guarded service operation, following ROLE_PERMISSIONS: the
services refuse what a role may not do (not just the screens), name the role in the message,
and leave no trace of a refused change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import AuditLog
from app.domain.errors import PermissionDenied
from app.domain.permissions import (
    PERMISSION_LABELS,
    ROLE_LABELS,
    ROLE_PERMISSIONS,
    Permission,
    Role,
    allows,
)
from app.services.analytics_dto import AnalyticsFilter
from app.services.base import SYSTEM, Service
from app.services.bootstrap import Services, open_database
from app.services.checklist_dto import HistoryFilter
from app.services.dto import EmployeeInput
from app.services.guest_dto import CommentDraft, ComplaintDraft, PromiseDraft
from app.services.roster_dto import CellInput
from tests.helpers import hire, make_org, rank_id
from tests.patrol_builders import answer_all_pass, make_version
from tests.survey_builders import guest_form, write_outcome_file, write_survey_file

MON = dt.date(2026, 11, 23)
EVENING = dt.datetime(2026, 11, 23, 19, 0)


def png_bytes() -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


def own_round(s: Services, w: World) -> int:
    """A self-check the acting user starts, so they are its inspector."""
    return s.patrols.start(w.area_id, w.checklist["version"], "self", at=EVENING).id


def finished_round(s: Services, w: World):
    inspection = own_round(s, w)
    answer_all_pass(s.patrols, inspection, w.checklist)
    return s.patrols.submit(inspection)

P = Permission


@dataclass(frozen=True)
class World:
    """A small venue the operations below work on, set up by an administrator."""

    dept_id: int
    empty_dept_id: int
    leader_post_id: int
    server_post_id: int
    empty_post_id: int
    rank_id: int
    lead_id: int
    server_id: int
    server_code: str
    former_id: int
    qualification_id: int
    team_id: int
    area_id: int
    user_id: int
    sheet: Path  # the staff list exported as CSV, ready to import again
    out: Path
    shift_id: int
    entry_id: int
    template_id: int
    roster_sheet: Path  # this week's roster exported as .xlsx, ready to import again
    checklist: dict  # the six-item published checklist of tests/patrol_builders.py
    finding_id: int
    attachment_id: int
    library_template_id: int
    admin: Services
    spare_area_id: int  # an area nothing refers to, free to delete
    rect_id: int = 0  # the rectification of finding_id (assigned to the server, open)
    submitted_rect_id: int = 0  # another one, submitted by its assignee
    round_rect_id: int = 0  # one raised by a checklist round (for a PDCA checklist change)
    support_dept_id: int = 0  # a support department headed by an engineer
    complaint_id: int = 0  # received, in the area, not answered yet
    responded_id: int = 0  # answered, not handed over
    resolved_id: int = 0  # resolved, waiting for feedback to the guest
    comment_id: int = 0  # a dish comment routed to the kitchen
    survey_id: int = 0  # one guest form
    promise_id: int = 0  # a manual promise (first dish within 15 minutes)


class AnyOf(tuple):
    """Any one of these permissions is enough (checked in this order)."""


def as_emp(s: Services, employee_id: int) -> Services:
    """The same role and name, acting as the given employee (relation guards need one)."""
    return Services.bind(s.db, dataclasses.replace(s.actor, employee_id=employee_id))


def _rect(s: Services, rect_id: int):
    return s.rectifications.rectification(rect_id).rectification


def build_world(services: Services, tmp_path: Path) -> World:
    dept, leader_post, server_post = make_org(services)
    empty_dept = services.org.save_department("客房部")
    empty_post = services.org.save_post("迎宾", dept.id, rank_id(services, "staff"), 1)
    lead = hire(services, "L1", "王丽", leader_post.id).employee
    server = hire(services, "S1", "张三", server_post.id, lead.id).employee
    former = hire(services, "S2", "李四", server_post.id, lead.id).employee
    services.staff.deactivate(former.id)
    qualification = services.staff.set_qualification(lead.id, server_post.id, "qualified")
    team = services.teams.save_team("二组", dept.id, lead.id, [])
    area = services.teams.save_area("宴会厅", "hall", "2F", dept.id, team.id)
    user = services.users.create_user("target", "secret-1", Role.STAFF)
    sheet = tmp_path / "staff.csv"
    shift = services.shifts.shift_types()[2]
    entry = services.roster.set_cell(CellInput(server.id, MON, shift.id, server_post.id,
                                               area.id)).cell
    template_id = services.roster.save_template(MON, "标准周")
    roster_sheet = tmp_path / "roster.xlsx"
    services.roster_io.export_week(MON, roster_sheet)
    checklist = make_version(services.db, "room_check")
    finding = services.patrols.ad_hoc_finding(area.id, "地毯有污渍", "minor",
                                              photo=png_bytes(), at=EVENING)
    (attachment_id,) = finding.photo_ids
    library = services.checklists.templates()
    support = services.org.save_department("工程部", kind="support")
    engineer_post = services.org.save_post("维修工", support.id, rank_id(services, "staff"), 2)
    hire(services, "E1", "陈工", engineer_post.id)
    services.staff_io.export_file(sheet)
    world = World(dept.id, empty_dept.id, leader_post.id, server_post.id, empty_post.id,
                 rank_id(services, "team_leader"), lead.id, server.id, server.code, former.id,
                 qualification.id, team.id, area.id, user.id, sheet, tmp_path / "out.xlsx",
                 shift.id, entry.id, template_id, roster_sheet, checklist, finding.id,
                 attachment_id, library[0].template_id, services,
                 services.teams.save_area("临时区域", "other", "1F", dept.id, None).id)
    rect_id = services.rectifications.list()[0].id
    other = services.patrols.ad_hoc_finding(area.id, "桌布破损", "minor", at=EVENING)
    other_rect = next(r for r in services.rectifications.list() if r.finding_id == other.id)
    assignee = as_emp(services, other_rect.assignee.id).rectifications
    assignee.submit(other_rect.id, other_rect.version, "已更换桌布", "material")
    inspection = services.patrols.start(area.id, checklist["version"], "self", at=EVENING).id
    answer_all_pass(services.patrols, inspection, checklist)
    services.patrols.answer(inspection, checklist["uniform"], "fail")
    services.patrols.set_note(inspection, checklist["uniform"], "未戴工牌")
    failed_round = services.patrols.submit(inspection)
    round_rect = next(r for r in services.rectifications.list()
                      if r.finding_id == failed_round.findings[0].id)
    world = dataclasses.replace(world, rect_id=rect_id, submitted_rect_id=other_rect.id,
                                round_rect_id=round_rect.id, support_dept_id=support.id)
    return add_guest_side(services, world, tmp_path)


def add_guest_side(services: Services, w: World, tmp_path: Path) -> World:
    """Complaints at three stages, a dish comment, a guest form and a promise."""
    c = services.complaints
    fresh = c.receive(ComplaintDraft("phone", "汤是凉的", "food_quality", area_id=w.area_id,
                                     received_at=EVENING))
    responded = c.receive(ComplaintDraft("phone", "上菜慢", "slow_service", area_id=w.area_id,
                                         received_at=EVENING))
    responded = c.respond(responded.id, responded.version)
    resolved = c.receive(ComplaintDraft("in_person", "账单错误", "billing", received_at=EVENING))
    resolved = c.respond(resolved.id, resolved.version)
    resolved = c.resolve(resolved.id, resolved.version, "已更正账单")
    comment = services.guest_comments.add(CommentDraft("dish", "太咸", area_id=w.area_id))
    survey = services.surveys.add(guest_form("W1"))
    promise = services.promises.save(PromiseDraft("上菜15分钟内", "reliability", 15))
    return dataclasses.replace(w, complaint_id=fresh.id, responded_id=responded.id,
                               resolved_id=resolved.id, comment_id=comment.id,
                               survey_id=survey.id, promise_id=promise.id)


# Building the world takes seconds; it is built once per module and its file copied per test.
_WORLD_FILES = ("sheet", "roster_sheet")


@pytest.fixture(scope="module")
def world_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("world")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FLOORQC_DATA_DIR", str(root / "userdata"))
        database = open_database(root / "floorqc.db")
        try:
            template = build_world(Services.bind(database, SYSTEM), root)
        finally:
            database.dispose()  # checkpoints the WAL into the file
    return root, template


@pytest.fixture
def db_path(tmp_path, world_template):
    root, template = world_template
    shutil.copyfile(root / "floorqc.db", tmp_path / "floorqc.db")
    for name in _WORLD_FILES:
        source = getattr(template, name)
        shutil.copyfile(source, tmp_path / source.name)
    return tmp_path / "floorqc.db"


@pytest.fixture
def world(world_template, services, tmp_path) -> World:
    _, template = world_template
    copied = {name: tmp_path / getattr(template, name).name for name in _WORLD_FILES}
    return dataclasses.replace(template, admin=services, out=tmp_path / "out.xlsx", **copied)


Call = Callable[[Services, World], object]
READ_COMPLAINTS = AnyOf((P.HANDLE_COMPLAINTS, P.VIEW_REPORTS))
READ_SURVEYS = AnyOf((P.ENTER_SURVEYS, P.VIEW_REPORTS))
READ_PROMISES = AnyOf((P.ENTER_SURVEYS, P.VIEW_REPORTS, P.HANDLE_COMPLAINTS))
WEEK = AnalyticsFilter(MON - dt.timedelta(days=6), MON)


def _version(w: World, complaint_id: int) -> int:
    return w.admin.complaints.complaint(complaint_id).complaint.version


# Every guarded operation: the permission(s) it needs, in the order the service checks them,
# and a call that succeeds when they are granted.
OPERATIONS: dict[str, tuple[Permission | tuple[Permission, ...], Call]] = {
    # organisation: departments, ranks, posts
    "org.departments": (P.VIEW_ORG, lambda s, w: s.org.departments()),
    "org.save_department": (P.EDIT_ORG, lambda s, w: s.org.save_department("厨房")),
    "org.delete_department": (P.EDIT_ORG, lambda s, w: s.org.delete_department(w.empty_dept_id)),
    "org.ranks": (P.VIEW_ORG, lambda s, w: s.org.ranks()),
    "org.update_rank": (P.EDIT_ORG, lambda s, w: s.org.update_rank(w.rank_id, "领班", 4)),
    "org.posts": (P.VIEW_ORG, lambda s, w: s.org.posts()),
    "org.save_post": (P.EDIT_ORG,
                      lambda s, w: s.org.save_post("传菜员", w.dept_id, w.rank_id, 2)),
    "org.delete_post": (P.EDIT_ORG, lambda s, w: s.org.delete_post(w.empty_post_id)),
    # staff
    "staff.employees": (P.VIEW_ORG, lambda s, w: s.staff.employees()),
    "staff.employee": (P.VIEW_ORG, lambda s, w: s.staff.employee(w.server_id)),
    "staff.detail": (P.VIEW_ORG, lambda s, w: s.staff.detail(w.server_id)),
    "staff.create": (P.EDIT_ORG, lambda s, w: s.staff.create(
        EmployeeInput("N1", "新人", post_id=w.server_post_id, leader_id=w.lead_id))),
    "staff.update": (P.EDIT_ORG, lambda s, w: s.staff.update(w.server_id, EmployeeInput(
        w.server_code, "张三丰", post_id=w.server_post_id, leader_id=w.lead_id))),
    "staff.deactivate": (P.EDIT_ORG, lambda s, w: s.staff.deactivate(w.server_id)),
    "staff.reactivate": (P.EDIT_ORG, lambda s, w: s.staff.reactivate(w.former_id)),
    "staff.qualifications": (P.VIEW_ORG, lambda s, w: s.staff.qualifications(w.lead_id)),
    "staff.set_qualification": (P.EDIT_ORG, lambda s, w: s.staff.set_qualification(
        w.server_id, w.leader_post_id, "training")),
    "staff.remove_qualification": (
        P.EDIT_ORG, lambda s, w: s.staff.remove_qualification(w.qualification_id)),
    # teams and areas
    "teams.teams": (P.VIEW_ORG, lambda s, w: s.teams.teams()),
    "teams.save_team": (P.EDIT_ORG, lambda s, w: s.teams.save_team(
        "一组", w.dept_id, w.lead_id, [w.server_id])),
    "teams.delete_team": (P.EDIT_ORG, lambda s, w: s.teams.delete_team(w.team_id)),
    "teams.areas": (P.VIEW_ORG, lambda s, w: s.teams.areas()),
    "teams.save_area": (P.EDIT_ORG, lambda s, w: s.teams.save_area(
        "大厅", "hall", "1F", w.dept_id, w.team_id)),
    "teams.delete_area": (P.EDIT_ORG, lambda s, w: s.teams.delete_area(w.spare_area_id)),
    # the org chart
    "chart.chart": (P.VIEW_ORG, lambda s, w: s.chart.chart()),
    # users
    "users.list_users": (P.MANAGE_USERS, lambda s, w: s.users.list_users()),
    "users.create_user": (P.MANAGE_USERS,
                          lambda s, w: s.users.create_user("newbie", "secret-2", "leader")),
    "users.reset_password": (P.MANAGE_USERS,
                             lambda s, w: s.users.reset_password(w.user_id, "secret-3")),
    "users.set_role": (P.MANAGE_USERS, lambda s, w: s.users.set_role(w.user_id, "supervisor")),
    # settings
    "settings.set": (P.EDIT_SETTINGS, lambda s, w: s.settings.set("org.default_span", 4)),
    # staff lists in and out (an import also changes the organisation)
    "staff_io.preview": (P.IMPORT_STAFF, lambda s, w: s.staff_io.preview(w.sheet)),
    "staff_io.import_file": ((P.IMPORT_STAFF, P.EDIT_ORG),
                             lambda s, w: s.staff_io.import_file(w.sheet)),
    "staff_io.export_file": (P.IMPORT_STAFF, lambda s, w: s.staff_io.export_file(w.out)),
    # shifts and staffing requirements
    "shifts.shift_types": (P.VIEW_ORG, lambda s, w: s.shifts.shift_types()),
    "shifts.save_shift_type": (P.EDIT_ROSTER, lambda s, w: s.shifts.save_shift_type(
        "宵夜", dt.time(22, 30), dt.time(2, 0))),
    "shifts.requirements": (P.VIEW_ORG, lambda s, w: s.shifts.requirements(w.server_post_id)),
    "shifts.set_requirement": (P.EDIT_ROSTER, lambda s, w: s.shifts.set_requirement(
        w.server_post_id, w.shift_id, [5], 4)),
    # the roster
    "roster.week": (P.VIEW_ORG, lambda s, w: s.roster.week(MON)),
    "roster.changes": (P.VIEW_ORG, lambda s, w: s.roster.changes(MON)),
    "roster.set_cell": (P.EDIT_ROSTER, lambda s, w: s.roster.set_cell(CellInput(
        w.lead_id, MON + dt.timedelta(days=1), w.shift_id, w.leader_post_id))),
    "roster.clear_cell": (P.EDIT_ROSTER,
                          lambda s, w: s.roster.clear_cell(w.server_id, MON, w.shift_id)),
    "roster.copy_week": (P.EDIT_ROSTER,
                         lambda s, w: s.roster.copy_week(MON, MON + dt.timedelta(days=7))),
    "roster.save_template": (P.EDIT_ROSTER, lambda s, w: s.roster.save_template(MON, "周模板")),
    "roster.templates": (P.VIEW_ORG, lambda s, w: s.roster.templates()),
    "roster.apply_template": (P.EDIT_ROSTER, lambda s, w: s.roster.apply_template(
        w.template_id, MON + dt.timedelta(days=14))),
    "roster.publish": (P.EDIT_ROSTER, lambda s, w: s.roster.publish(MON)),
    "roster.mark_attendance": (P.MARK_ATTENDANCE,
                               lambda s, w: s.roster.mark_attendance(w.entry_id, "present")),
    "roster.set_acting_leader": (P.EDIT_ROSTER, lambda s, w: s.roster.set_acting_leader(
        MON, w.shift_id, w.team_id, w.server_id)),
    # coverage, redeployment and who is on duty
    "coverage.coverage": (P.VIEW_ORG, lambda s, w: s.coverage.coverage(MON, w.shift_id)),
    "coverage.candidates": (P.VIEW_ORG, lambda s, w: s.coverage.candidates(
        MON, w.shift_id, w.server_post_id)),
    "coverage.redeploy": (P.EDIT_ROSTER, lambda s, w: s.coverage.redeploy(
        MON, w.shift_id, w.server_post_id, w.lead_id)),
    "on_duty.lookup": (P.VIEW_ORG, lambda s, w: s.on_duty.lookup(
        w.area_id, dt.datetime(2026, 11, 23, 19, 0))),
    # roster files
    "roster_io.export_week": (P.VIEW_ORG, lambda s, w: s.roster_io.export_week(MON, w.out)),
    "roster_io.export_week_pdf": (P.VIEW_ORG, lambda s, w: s.roster_io.export_week_pdf(
        MON, w.out.with_suffix(".pdf"))),
    "roster_io.export": (P.VIEW_ORG, lambda s, w: s.roster_io.export(MON, w.out)),
    "roster_io.preview": (P.EDIT_ROSTER, lambda s, w: s.roster_io.preview(w.roster_sheet)),
    "roster_io.import_week": (P.EDIT_ROSTER,
                              lambda s, w: s.roster_io.import_week(w.roster_sheet)),
    # checklists
    "checklists.templates": (P.VIEW_ORG, lambda s, w: s.checklists.templates()),
    "checklists.version": (P.VIEW_ORG, lambda s, w: s.checklists.version(w.checklist["version"])),
    "checklists.suggest": (P.VIEW_ORG, lambda s, w: s.checklists.suggest("hall", "leader")),
    "checklists.create_template": (P.EDIT_CHECKLISTS, lambda s, w: s.checklists.create_template(
        "bar-check", "吧台检查")),
    "checklists.save_draft": (P.EDIT_CHECKLISTS, lambda s, w: (lambda v: s.checklists.save_draft(
        v.id, name=v.name, name_en=v.name_en, description="", levels=v.levels,
        area_kinds=v.area_kinds, items=list(v.items)))(
        s.checklists.new_draft(w.checklist["template"], "更新标准"))),
    "checklists.publish": (P.EDIT_CHECKLISTS, lambda s, w: s.checklists.publish(
        s.checklists.new_draft(w.checklist["template"], "更新标准").id)),
    "checklists.new_draft": (P.EDIT_CHECKLISTS, lambda s, w: s.checklists.new_draft(
        w.checklist["template"], "更新标准")),
    "checklists.duplicate": (P.EDIT_CHECKLISTS, lambda s, w: s.checklists.duplicate(
        w.library_template_id, "copy-1", "副本")),
    "checklists.set_archived": (P.EDIT_CHECKLISTS, lambda s, w: s.checklists.set_archived(
        w.library_template_id, True)),
    "checklists.export_json": (P.VIEW_ORG, lambda s, w: s.checklists.export_json(
        w.out.with_suffix(".json"))),
    "checklists.import_json": (P.EDIT_CHECKLISTS, lambda s, w: s.checklists.import_json(
        _exported_checklists(w))),
    # patrols
    "patrols.start": (P.RUN_PATROLS, lambda s, w: own_round(s, w)),
    "patrols.drafts": (P.VIEW_ORG, lambda s, w: s.patrols.drafts()),
    "patrols.answer": (P.RUN_PATROLS, lambda s, w: s.patrols.answer(
        own_round(s, w), w.checklist["uniform"], "pass")),
    "patrols.set_note": (P.RUN_PATROLS, lambda s, w: s.patrols.set_note(
        own_round(s, w), w.checklist["uniform"], "工牌已补戴")),
    "patrols.add_photo": (P.RUN_PATROLS, lambda s, w: s.patrols.add_photo(
        own_round(s, w), w.checklist["floor"], png_bytes())),
    "patrols.remove_photo": (P.RUN_PATROLS, lambda s, w: (lambda i: s.patrols.remove_photo(
        i, w.checklist["floor"], s.patrols.add_photo(i, w.checklist["floor"], png_bytes())))(
        own_round(s, w))),
    "patrols.submit": (P.RUN_PATROLS, lambda s, w: finished_round(s, w)),
    "patrols.inspection": (P.VIEW_ORG, lambda s, w: s.patrols.inspection(
        finished_round(w.admin, w).inspection.id)),
    "patrols.photo": (P.VIEW_ORG, lambda s, w: s.patrols.photo(w.attachment_id)),
    "patrols.findings": (P.VIEW_ORG, lambda s, w: s.patrols.findings()),
    "patrols.ad_hoc_finding": (P.RUN_PATROLS, lambda s, w: s.patrols.ad_hoc_finding(
        w.area_id, "灯泡不亮", "minor", at=EVENING)),
    "patrols.reassign_finding": (P.RUN_PATROLS, lambda s, w: s.patrols.reassign_finding(
        w.finding_id, w.lead_id, "组长负责此区域")),
    "patrols.set_finding_severity": (P.RUN_PATROLS, lambda s, w: s.patrols.set_finding_severity(
        w.finding_id, "major")),
    "patrols.history": (P.VIEW_ORG, lambda s, w: s.patrols.history(HistoryFilter())),
    "patrols.history_count": (P.VIEW_ORG, lambda s, w: s.patrols.history_count(HistoryFilter())),
    "patrols.disagreements": (P.VIEW_ORG, lambda s, w: s.patrols.disagreements()),
    "patrols.disagreement_rates": (P.VIEW_ORG, lambda s, w: s.patrols.disagreement_rates()),
    "patrol_plan.due": (P.VIEW_ORG, lambda s, w: s.patrol_plan.due(EVENING, "leader")),
    # rectifications: the role permission, then the relation (the acting employee)
    "rectifications.rectification": (P.VIEW_ORG,
                                     lambda s, w: s.rectifications.rectification(w.rect_id)),
    "rectifications.list": (P.VIEW_ORG, lambda s, w: s.rectifications.list()),
    "rectifications.count": (P.VIEW_ORG, lambda s, w: s.rectifications.count()),
    "rectifications.inbox": (P.VIEW_ORG, lambda s, w: s.rectifications.inbox()),
    "rectifications.escalate": (P.VIEW_ORG, lambda s, w: s.rectifications.escalate()),
    "rectifications.start": (P.RUN_PATROLS, lambda s, w: as_emp(s, w.server_id).rectifications
                             .start(w.rect_id, _rect(s, w.rect_id).version)),
    "rectifications.submit": (P.RUN_PATROLS, lambda s, w: as_emp(s, w.server_id).rectifications
                              .submit(w.rect_id, _rect(s, w.rect_id).version, "已清洗地毯",
                                      "environment", after_photos=[png_bytes()])),
    "rectifications.add_after_photo": (P.RUN_PATROLS, lambda s, w: as_emp(
        s, w.server_id).rectifications.add_after_photo(w.rect_id, png_bytes())),
    "rectifications.verify": (P.VERIFY_RECTIFICATIONS, lambda s, w: as_emp(
        s, w.lead_id).rectifications.verify(w.submitted_rect_id,
                                            _rect(s, w.submitted_rect_id).version, "effective")),
    "rectifications.reject": (P.VERIFY_RECTIFICATIONS, lambda s, w: as_emp(
        s, w.lead_id).rectifications.reject(w.submitted_rect_id,
                                            _rect(s, w.submitted_rect_id).version, "照片不清楚")),
    "rectifications.reassign": (P.VERIFY_RECTIFICATIONS, lambda s, w: as_emp(
        s, w.lead_id).rectifications.reassign(w.rect_id, _rect(s, w.rect_id).version,
                                              w.lead_id, "组长亲自处理")),
    "rectifications.cancel": (P.VERIFY_RECTIFICATIONS, lambda s, w: as_emp(
        s, w.lead_id).rectifications.cancel(w.rect_id, _rect(s, w.rect_id).version, "重复登记")),
    "rectifications.route_repair": (P.RUN_PATROLS, lambda s, w: s.rectifications.route_repair(
        w.rect_id, _rect(s, w.rect_id).version, w.support_dept_id, "地毯需要专业清洗")),
    "rectifications.propose_checklist_change": (
        P.EDIT_CHECKLISTS, lambda s, w: s.rectifications.propose_checklist_change(
            w.round_rect_id, "工牌检查要写清楚")),
    # accountability: a leader above the employee, or HR
    "accountability.record": (AnyOf((P.VERIFY_RECTIFICATIONS, P.EDIT_ORG)), lambda s, w: as_emp(
        s, w.lead_id).accountability.record(w.server_id, "reminder", "地毯污渍未及时处理")),
    "accountability.for_employee": (P.VIEW_ORG,
                                    lambda s, w: s.accountability.for_employee(w.server_id)),
    # backups (SQLite files; on PostgreSQL pg_dump is the tool)
    "backups.folder": (P.EDIT_SETTINGS, lambda s, w: s.backups.folder()),
    "backups.list": (P.EDIT_SETTINGS, lambda s, w: s.backups.list()),
    "backups.backup_now": (P.EDIT_SETTINGS, lambda s, w: s.backups.backup_now()),
    "backups.verify": (P.EDIT_SETTINGS,
                       lambda s, w: s.backups.verify(w.admin.backups.backup_now().path)),
    "backups.restore": (P.EDIT_SETTINGS,
                        lambda s, w: s.backups.restore(w.admin.backups.backup_now().path)),
    # complaints and guest comments (the responsible person may also resolve and close)
    "complaints.receive": (P.HANDLE_COMPLAINTS, lambda s, w: s.complaints.receive(
        ComplaintDraft("phone", "上菜太慢", "slow_service", area_id=w.area_id))),
    "complaints.respond": (P.HANDLE_COMPLAINTS, lambda s, w: s.complaints.respond(
        w.complaint_id, _version(w, w.complaint_id), "已致歉")),
    "complaints.suggest_handover": (P.HANDLE_COMPLAINTS,
                                    lambda s, w: s.complaints.suggest_handover(w.complaint_id)),
    "complaints.hand_over": (P.MANAGE_COMPLAINTS, lambda s, w: s.complaints.hand_over(
        w.responded_id, _version(w, w.responded_id), w.dept_id, w.server_id, "请跟进")),
    "complaints.resolve": (P.MANAGE_COMPLAINTS, lambda s, w: s.complaints.resolve(
        w.responded_id, _version(w, w.responded_id), "已重做", "赠送果盘", 30.0)),
    "complaints.close": (P.MANAGE_COMPLAINTS, lambda s, w: s.complaints.close(
        w.resolved_id, _version(w, w.resolved_id), "电话回访，客人满意", 5)),
    "complaints.open_rectification": (P.MANAGE_COMPLAINTS, lambda s, w: (
        s.complaints.open_rectification(w.complaint_id, _version(w, w.complaint_id)))),
    "complaints.complaint": (READ_COMPLAINTS, lambda s, w: s.complaints.complaint(w.complaint_id)),
    "complaints.list": (READ_COMPLAINTS, lambda s, w: s.complaints.list()),
    "complaints.count": (READ_COMPLAINTS, lambda s, w: s.complaints.count()),
    "complaints.inbox": (READ_COMPLAINTS, lambda s, w: s.complaints.inbox()),
    "complaints.stats": (READ_COMPLAINTS, lambda s, w: s.complaints.stats(MON, MON)),
    "guest_comments.add": (P.HANDLE_COMPLAINTS, lambda s, w: s.guest_comments.add(
        CommentDraft("praise", "服务周到", area_id=w.area_id))),
    "guest_comments.route": (P.MANAGE_COMPLAINTS,
                             lambda s, w: s.guest_comments.route(w.comment_id, w.dept_id)),
    "guest_comments.record_action": (P.MANAGE_COMPLAINTS, lambda s, w: (
        s.guest_comments.record_action(w.comment_id, "已告知厨师长", True))),
    "guest_comments.list": (READ_COMPLAINTS, lambda s, w: s.guest_comments.list()),
    # surveys, promises and the five gaps
    "surveys.add": (P.ENTER_SURVEYS, lambda s, w: s.surveys.add(guest_form("G1", area_id=w.area_id))),
    "surveys.delete": (P.ENTER_SURVEYS, lambda s, w: s.surveys.delete(w.survey_id)),
    "surveys.form": (READ_SURVEYS, lambda s, w: s.surveys.form(w.survey_id)),
    "surveys.list": (READ_SURVEYS, lambda s, w: s.surveys.list()),
    "surveys.count": (READ_SURVEYS, lambda s, w: s.surveys.count()),
    "surveys.import_file": (P.ENTER_SURVEYS, lambda s, w: s.surveys.import_file(
        write_survey_file(w.out.with_name("surveys.csv"), [guest_form("G9")]))),
    "surveys.reversed_items": (P.VIEW_ORG, lambda s, w: s.surveys.reversed_items()),
    "surveys.set_reversed_items": (P.MANAGE_PROMISES,
                                   lambda s, w: s.surveys.set_reversed_items([3, 7])),
    "promises.promises": (READ_PROMISES, lambda s, w: s.promises.promises()),
    "promises.save": (P.MANAGE_PROMISES, lambda s, w: s.promises.save(
        PromiseDraft("茶水2分钟内", "responsiveness", 2))),
    "promises.record_outcome": (P.ENTER_SURVEYS, lambda s, w: s.promises.record_outcome(
        w.promise_id, EVENING, 12, w.area_id)),
    "promises.outcomes": (READ_PROMISES, lambda s, w: s.promises.outcomes(w.promise_id)),
    "promises.import_outcomes": (P.ENTER_SURVEYS, lambda s, w: s.promises.import_outcomes(
        write_outcome_file(w.out.with_name("outcomes.csv"),
                           [["上菜15分钟内", "2026-11-23 19:05", "12", "", ""]]))),
    "gaps.five_gaps": (P.VIEW_REPORTS, lambda s, w: s.gaps.five_gaps(MON, MON)),
    "gaps.weekly": (P.VIEW_REPORTS, lambda s, w: s.gaps.weekly(MON, MON + dt.timedelta(days=13))),
    "gaps.behind": (P.VIEW_REPORTS, lambda s, w: s.gaps.behind(5, MON, MON, "tangibles")),
    "gaps.export_xlsx": (P.VIEW_REPORTS, lambda s, w: s.gaps.export_xlsx(MON, MON, "five", w.out)),
    # reports
    "daily_report.daily": (P.VIEW_REPORTS, lambda s, w: s.daily_report.daily(MON)),
    "daily_report.daily_pdf": (P.VIEW_REPORTS,
                               lambda s, w: s.daily_report.daily_pdf(MON, lambda c, t: t)),
    "shift_report.shift": (P.VIEW_REPORTS, lambda s, w: s.shift_report.shift(MON, "晚市")),
    "monthly_report.monthly": (P.VIEW_REPORTS,
                               lambda s, w: s.monthly_report.monthly(dt.date(2026, 11, 1))),
    # analytics
    "analytics.trends": (P.VIEW_REPORTS, lambda s, w: s.analytics.trends(WEEK)),
    "analytics.pareto": (P.VIEW_REPORTS, lambda s, w: s.analytics.pareto(WEEK)),
    "analytics.p_chart": (P.VIEW_REPORTS, lambda s, w: s.analytics.p_chart(WEEK)),
    "analytics.sigma": (P.VIEW_REPORTS, lambda s, w: s.analytics.sigma(WEEK)),
    "analytics.team_ranking": (P.VIEW_REPORTS, lambda s, w: s.analytics.team_ranking(WEEK)),
    "analytics.inspector_disagreement": (
        P.VIEW_REPORTS, lambda s, w: s.analytics.inspector_disagreement(WEEK)),
    "analytics.overview": (P.VIEW_REPORTS, lambda s, w: s.analytics.overview(WEEK)),
    "analytics.export_xlsx": (P.VIEW_REPORTS,
                              lambda s, w: s.analytics.export_xlsx(WEEK, "teams", w.out)),
}


def _exported_checklists(w: World) -> Path:
    path = w.out.with_name("checklists.json")
    w.admin.checklists.export_json(path, [w.checklist["template"]])
    return path


# Reading the business settings is open to everyone (the sign-in and the screens need them).
UNGUARDED = {"settings.get", "settings.all"}


def _audit_rows(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditLog))


def test_the_list_covers_every_service_operation(services):
    """A new service method must be added here (or to UNGUARDED) before it ships."""
    found = set()
    for attribute in Services.names():
        service = getattr(services, attribute)
        assert isinstance(service, Service)
        for name, member in inspect.getmembers(type(service), inspect.isfunction):
            if not name.startswith("_") and member.__module__ != Service.__module__:
                found.add(f"{attribute}.{name}")
    assert found == set(OPERATIONS) | UNGUARDED


@pytest.mark.parametrize("role", list(Role), ids=str)
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_each_role_may_do_exactly_what_the_table_says(operation, role, world, services_as, db):
    needed, call = OPERATIONS[operation]
    acting = services_as(role)
    if isinstance(needed, AnyOf):
        missing = [] if any(allows(role, p) for p in needed) else [needed[0]]
    else:
        needed = needed if isinstance(needed, tuple) else (needed,)
        missing = [p for p in needed if not allows(role, p)]
    if not missing:
        call(acting, world)
        return
    permission = missing[0]
    before = _audit_rows(db)
    with pytest.raises(PermissionDenied) as refused:
        call(acting, world)
    message = str(refused.value)
    assert message == f"Your role ({ROLE_LABELS[role]}) may not {PERMISSION_LABELS[permission]}."
    assert (refused.value.role, refused.value.permission) == (role.value,
                                                              PERMISSION_LABELS[permission])
    assert _audit_rows(db) == before  # nothing was written


def test_staff_cannot_change_the_organisation(world, services_as, services):
    staff = services_as(Role.STAFF)
    assert [e.code for e in staff.staff.employees()] == ["E1", "L1", "S1"]  # but may look
    with pytest.raises(PermissionDenied, match=r"Your role \(Staff\) may not change the organisation"):
        staff.org.save_department("偷改部门")
    with pytest.raises(PermissionDenied, match=r"\(Staff\)"):
        staff.staff.update(world.server_id, EmployeeInput(world.server_code, "冒名"))
    assert "偷改部门" not in [d.name for d in services.org.departments()]
    assert services.staff.employee(world.server_id).name == "张三"


def test_hr_keeps_the_organisation_but_cannot_manage_users(world, services_as):
    hr = services_as(Role.HR)
    assert hr.org.save_department("洗碗间", kind="support").name == "洗碗间"
    with pytest.raises(PermissionDenied, match=r"Your role \(HR\) may not manage sign-ins and roles"):
        hr.users.create_user("hr-friend", "secret-4", Role.ADMIN)
    with pytest.raises(PermissionDenied, match=r"\(HR\)"):
        hr.users.set_role(world.user_id, Role.ADMIN)  # nor promote anyone
    with pytest.raises(PermissionDenied, match=r"\(HR\)"):
        hr.users.list_users()


def test_only_the_administrator_manages_users(world, services_as):
    managers = [r for r in Role if allows(r, Permission.MANAGE_USERS)]
    assert managers == [Role.ADMIN]
    for role in Role:
        if role is not Role.ADMIN:
            with pytest.raises(PermissionDenied, match=re.escape(f"({ROLE_LABELS[role]})")):
                services_as(role).users.reset_password(world.user_id, "hijacked-1")
    admin = services_as(Role.ADMIN)
    admin.users.set_role(world.user_id, Role.LEADER)
    assert [(u.username, u.role) for u in admin.users.list_users()] == [("target", "leader")]


def test_a_manager_may_change_settings_and_a_supervisor_may_not(services_as, services):
    services_as(Role.MANAGER).settings.set("auth.lockout_minutes", 30)
    assert services.settings.get("auth.lockout_minutes") == 30
    supervisor = services_as(Role.SUPERVISOR)
    assert supervisor.settings.get("auth.lockout_minutes") == 30  # everyone may read
    with pytest.raises(PermissionDenied, match=r"Your role \(Supervisor\) may not change settings"):
        supervisor.settings.set("auth.lockout_minutes", 1)
    assert services.settings.get("auth.lockout_minutes") == 30


def test_every_role_may_view_the_organisation():
    assert all(Permission.VIEW_ORG in perms for perms in ROLE_PERMISSIONS.values())
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)
