"""Staff import/export: all-or-nothing, every problem reported, upsert by code."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import openpyxl
import pytest
from sqlalchemy import select

from app.db.models import AuditLog, Department, Post, Rank
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.services.staff_io import ImportFailed, StaffIOService
from app.services.tabular import read_rows
from tests.helpers import hire, make_org

HEAD = ["工号", "姓名", "部门", "岗位", "上级工号", "电话", "入职日期", "兼岗"]


def write_csv(path, rows, header=HEAD):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path


def dump(db_path) -> list[str]:
    """The whole database as SQL text: equal dumps mean nothing was written."""
    con = sqlite3.connect(db_path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def people(services) -> dict[str, object]:
    return {e.code: e for e in services.staff.employees(active=None)}


def quals(services, employee_id) -> dict[str, str]:
    return {q.post: q.level for q in services.staff.qualifications(employee_id)}


@pytest.fixture
def io(db):
    return StaffIOService(db, SYSTEM)


@pytest.fixture
def org(services):
    return make_org(services)  # 楼面部: 包房组长, 包房服务员


def test_import_creates_employees_leaders_and_qualifications(services, io, org, tmp_path):
    path = write_csv(tmp_path / "s.csv", [
        # The report comes before the leader: order in the file must not matter.
        ["FQ002", "李四", "楼面部", "包房服务员", "FQ001", "13800138000", "2024/3/1",
         "包房组长(培训中)"],
        ["FQ001", "张三", "", "包房组长", "", "", "2023.12.5", ""],
        ["FQ003", "王五", "楼面部", "包房服务员", "FQ001", "", "20240301", "包房组长"],
    ])
    report = io.import_file(path)
    assert (report.created, report.updated, report.departments_created,
            report.posts_created) == (3, 0, 0, 0)
    staff = people(services)
    assert staff["FQ002"].leader_code == "FQ001" and staff["FQ003"].leader_code == "FQ001"
    assert staff["FQ001"].leader_id is None
    assert staff["FQ002"].phone == "13800138000"
    assert staff["FQ002"].hire_date == dt.date(2024, 3, 1)
    assert staff["FQ001"].hire_date == dt.date(2023, 12, 5)
    assert staff["FQ001"].post == "包房组长"
    assert quals(services, staff["FQ002"].id) == {"包房组长": "training"}
    assert quals(services, staff["FQ003"].id) == {"包房组长": "qualified"}
    assert report.render() == ("Staff imported: 3 added, 0 updated, 0 unchanged; "
                               "0 new departments, 0 new posts.")


def test_reimport_updates_by_code_without_duplicates(services, io, org, tmp_path, db):
    rows = [["FQ001", "张三", "楼面部", "包房组长", "", "", "", ""],
            ["FQ002", "李四", "楼面部", "包房服务员", "FQ001", "", "", "包房组长(可带教)"],
            ["FQ003", "王五", "楼面部", "包房服务员", "FQ001", "", "", ""]]
    io.import_file(write_csv(tmp_path / "a.csv", rows))
    before = people(services)
    certifier = before["FQ001"].id
    q = services.staff.qualifications(before["FQ002"].id)[0]
    services.staff.set_qualification(before["FQ002"].id, q.post_id, "trainer", certifier,
                                     dt.date(2024, 1, 1))
    rows[1] = ["FQ002", "李四四", "楼面部", "包房服务员", "FQ003", "139", "2024-05-06",
               "包房组长(可带教)"]
    rows[2][4] = ""
    report = io.import_file(write_csv(tmp_path / "b.csv", rows))
    assert (report.created, report.updated, report.unchanged) == (0, 2, 1)
    after = people(services)
    assert len(after) == 3
    assert after["FQ002"].id == before["FQ002"].id
    assert (after["FQ002"].name, after["FQ002"].phone, after["FQ002"].leader_code) == (
        "李四四", "139", "FQ003")
    assert after["FQ003"].leader_id is None
    assert after["FQ002"].version == before["FQ002"].version + 1
    assert after["FQ001"].version == before["FQ001"].version  # unchanged rows are not touched
    kept = services.staff.qualifications(after["FQ002"].id)[0]
    assert (kept.level, kept.certified_by_id) == ("trainer", certifier)  # certification kept


def test_absent_optional_columns_keep_database_values(services, io, org, tmp_path):
    io.import_file(write_csv(tmp_path / "a.csv", [
        ["FQ001", "张三", "楼面部", "包房组长", "", "", "", ""],
        ["FQ002", "李四", "楼面部", "包房服务员", "FQ001", "138", "2024-01-02", "包房组长"]]))
    report = io.import_file(write_csv(tmp_path / "b.csv", [["FQ002", "李四", "包房服务员"]],
                                      header=["Code", " NAME ", "post"]))
    assert report.unchanged == 1
    emp = people(services)["FQ002"]
    assert (emp.leader_code, emp.phone, emp.hire_date) == ("FQ001", "138", dt.date(2024, 1, 2))
    assert quals(services, emp.id) == {"包房组长": "qualified"}
    # An empty 兼岗 cell (column present) clears the extra posts.
    io.import_file(write_csv(tmp_path / "c.csv", [["FQ002", "李四", "包房服务员", ""]],
                             header=["工号", "姓名", "岗位", "Extra Posts"]))
    assert quals(services, emp.id) == {}


def test_bad_rows_are_all_reported_and_nothing_is_written(services, io, org, tmp_path, db_path):
    dept, leader_post, _server = org
    boss = hire(services, "FQ100", "老板", leader_post.id)
    left = hire(services, "FQ200", "离职者", leader_post.id)
    services.staff.deactivate(left.employee.id)
    services.org.save_department("传菜部")
    path = write_csv(tmp_path / "bad.csv", [
        ["FQ001", "张三", "楼面部", "包房组长", "FQ100", "", "2024-03-01", ""],  # row 2 fine
        ["FQ002", "", "楼面部", "包房服务员", "FQ999", "", "2024-13-01", ""],   # row 3
        ["FQ001", "重复", "楼面部", "包房服务员", "", "", "", ""],              # row 4
        ["", "无名", "后厨部", "厨师", "", "", "", ""],                          # row 5
        ["FQ005", "赵六", "传菜部", "包房服务员", "FQ200", "", "yesterday", "吧台(合格)"],  # 6
        ["FQ006", "钱七", "楼面部", "", "", "", "", "包房组长(高手)"],            # row 7
    ])
    before = dump(db_path)
    with pytest.raises(ImportFailed) as caught:
        io.import_file(path)
    found = {(p.row, p.column, p.reason()) for p in caught.value.problems}
    assert found == {
        (3, "姓名", "name is empty"),
        (3, "上级工号", "leader code FQ999 not found"),
        (3, "入职日期", "date 2024-13-01 not understood; write it like 2024-03-01"),
        (4, "工号", "employee code FQ001 appears again (first on row 2)"),
        (5, "工号", "employee code is empty"),
        (5, "部门", "unknown department 后厨部"),
        (5, "岗位", "unknown post 厨师"),
        (6, "部门", "post 包房服务员 belongs to department 楼面部, not 传菜部"),
        (6, "上级工号", "leader FQ200 离职者 has left and cannot lead anyone"),
        (6, "入职日期", "date yesterday not understood; write it like 2024-03-01"),
        (6, "兼岗", "unknown extra post 吧台"),
        (7, "岗位", "post is empty"),
        (7, "兼岗", "level of 包房组长(高手) not understood; write 培训中, 合格 or 可带教"),
    }
    assert [p.row for p in caught.value.problems] == sorted(p.row for p in caught.value.problems)
    text = caught.value.render()
    assert text.splitlines()[0] == "13 problems; nothing was imported."
    assert "Row 3, column 上级工号: leader code FQ999 not found" in text.splitlines()
    assert dump(db_path) == before
    assert boss.employee.id  # the existing staff are still there, untouched
    assert not (db_path.parent / "backups").exists() or not any(
        "pre-import" in p.name for p in (db_path.parent / "backups").iterdir())


def test_create_missing_makes_departments_and_posts(services, io, db, tmp_path):
    path = write_csv(tmp_path / "new.csv", [
        ["C001", "甲", "传菜部", "传菜员", "", "", "", ""],
        ["C002", "乙", "传菜部", "传菜员", "C001", "", "", "迎宾员(培训中)"],
        ["C003", "丙", "营业部", "迎宾员", "C001", "", "", ""],
    ])
    with pytest.raises(ImportFailed) as caught:
        io.import_file(path)
    assert {(p.row, p.column) for p in caught.value.problems} >= {(2, "岗位"), (4, "部门")}
    report = io.import_file(path, create_missing=True)
    assert (report.created, report.departments_created, report.posts_created) == (3, 2, 2)
    with db.read() as s:
        depts = dict(s.execute(select(Department.name, Department.kind)).all())
        posts = {p.name: (p.quota, rank) for p, rank in
                 s.execute(select(Post, Rank.key).join(Rank, Rank.id == Post.rank_id))}
    assert depts == {"传菜部": "floor", "营业部": "floor"}
    assert posts == {"传菜员": (2, "staff"), "迎宾员": (1, "staff")}
    assert quals(services, people(services)["C002"].id) == {"迎宾员": "training"}


def test_unknown_post_without_create_missing_fails(io, org, tmp_path):
    path = write_csv(tmp_path / "p.csv", [["FQ001", "张三", "楼面部", "调酒师", "", "", "", ""]])
    with pytest.raises(ImportFailed, match="Row 2, column 岗位: unknown post 调酒师"):
        io.import_file(path)


def test_new_post_needs_a_department(io, tmp_path):
    path = write_csv(tmp_path / "p.csv", [["FQ001", "张三", "调酒师"]], header=["工号", "姓名", "岗位"])
    with pytest.raises(ImportFailed) as caught:
        io.import_file(path, create_missing=True)
    assert [(p.row, p.column, p.reason()) for p in caught.value.problems] == [
        (2, "部门", "a department is needed to create post 调酒师")]


def test_missing_required_column(io, tmp_path):
    path = write_csv(tmp_path / "m.csv", [["FQ001", "张三"]], header=["", "工号", "name"])
    with pytest.raises(ImportFailed) as caught:
        io.import_file(path)
    assert [(p.row, p.column, p.reason()) for p in caught.value.problems] == [
        (1, "岗位", "required column is missing")]


def test_leader_cycle_in_the_file_is_reported_with_the_chain(io, org, tmp_path):
    path = write_csv(tmp_path / "loop.csv", [
        ["FQ001", "甲", "楼面部", "包房组长", "FQ003", "", "", ""],
        ["FQ002", "乙", "楼面部", "包房组长", "FQ001", "", "", ""],
        ["FQ003", "丙", "楼面部", "包房组长", "FQ002", "", "", ""],
        ["FQ004", "丁", "楼面部", "包房组长", "FQ004", "", "", ""],
    ])
    with pytest.raises(ImportFailed) as caught:
        io.import_file(path)
    assert [(p.row, p.column, p.reason()) for p in caught.value.problems] == [
        (2, "上级工号", "leaders form a loop: FQ001 甲 → FQ003 丙 → FQ002 乙 → FQ001 甲"),
        (5, "上级工号", "nobody can be their own leader"),
    ]


def test_leader_cycle_through_the_database(services, io, org, tmp_path):
    _dept, leader_post, server_post = org
    top = hire(services, "FQ001", "甲", leader_post.id)
    hire(services, "FQ002", "乙", server_post.id, top.employee.id)
    path = write_csv(tmp_path / "loop.csv", [["FQ001", "甲", "楼面部", "包房组长", "FQ002",
                                              "", "", ""]])
    with pytest.raises(ImportFailed, match="leaders form a loop: FQ001 甲 → FQ002 乙 → FQ001 甲"):
        io.import_file(path)


def test_leaver_with_leaver_leader_is_fine_but_not_an_active_one(services, io, org, tmp_path):
    path = write_csv(tmp_path / "l.csv", [
        ["FQ001", "甲", "楼面部", "包房组长", "", "否"],
        ["FQ002", "乙", "楼面部", "包房服务员", "FQ001", "否"],
        ["FQ003", "丙", "楼面部", "包房服务员", "FQ001", "是"],
    ], header=["工号", "姓名", "部门", "岗位", "上级工号", "在职"])
    with pytest.raises(ImportFailed) as caught:
        io.import_file(path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(4, "上级工号")]


def test_leaver_still_leading_people_outside_the_file(services, io, org, tmp_path):
    _dept, leader_post, server_post = org
    boss = hire(services, "FQ001", "甲", leader_post.id)
    hire(services, "FQ002", "乙", server_post.id, boss.employee.id)
    path = write_csv(tmp_path / "l.csv", [["FQ001", "甲", "包房组长", "no"]],
                     header=["工号", "姓名", "岗位", "Active"])
    with pytest.raises(ImportFailed, match="甲 still leads 1 people who are not in this file"):
        io.import_file(path)


def test_one_audit_entry_per_import(io, org, db, tmp_path):
    with db.read() as s:
        before = s.scalars(select(AuditLog.id)).all()
    io.import_file(write_csv(tmp_path / "a.csv", [
        ["FQ001", "甲", "楼面部", "包房组长", "", "", "", ""],
        ["FQ002", "乙", "楼面部", "包房服务员", "FQ001", "", "", ""]]))
    with db.read() as s:
        new = s.execute(select(AuditLog.action, AuditLog.entity, AuditLog.detail)
                        .where(AuditLog.id.not_in(before))).all()
    assert [(action, entity) for action, entity, _d in new] == [("import", "employee")]
    assert '"created": ["FQ001", "FQ002"]' in new[0].detail


def test_xlsx_with_english_headers_and_excel_cells(services, io, org, tmp_path):
    path = tmp_path / "s.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([])  # the header is the first non-empty row
    sheet.append(["Employee Code", "Name", "Position", "Leader", "Phone", "Hire date", "Dept"])
    sheet.append([1001, "张三", "包房组长", None, 13800138000, dt.datetime(2024, 3, 1), "楼面部"])
    sheet.append([1002, "李四", "包房服务员", 1001, 13900139000.0, dt.date(2023, 1, 31), None])
    book.save(path)
    assert io.import_file(path).created == 2
    staff = people(services)
    assert (staff["1002"].leader_code, staff["1002"].phone, staff["1002"].hire_date) == (
        "1001", "13900139000", dt.date(2023, 1, 31))


def test_preview_counts_without_writing(services, io, org, tmp_path, db_path):
    hire(services, "FQ001", "甲", org[1].id)
    path = write_csv(tmp_path / "p.csv", [["FQ001", "甲改", "楼面部", "包房组长", "", "", "", ""],
                                          ["FQ002", "乙", "新部门", "新岗位", "", "", "", ""]])
    before = dump(db_path)
    preview = io.preview(path, create_missing=True)
    assert preview.ok
    assert (preview.rows, preview.created, preview.updated, preview.unchanged) == (2, 1, 1, 0)
    assert (preview.departments, preview.posts) == (("新部门",), ("新岗位",))
    assert not io.preview(path).ok
    assert dump(db_path) == before


def test_export_lists_everyone_sorted_with_levels_and_escaping(services, io, org, tmp_path):
    _dept, leader_post, server_post = org
    boss = hire(services, "FQ002", "甲", leader_post.id)
    other = hire(services, "FQ001", "=HYPERLINK(\"x\")", server_post.id, boss.employee.id)
    services.staff.set_qualification(other.employee.id, leader_post.id, "training")
    gone = hire(services, "FQ003", "丙", server_post.id)
    services.staff.deactivate(gone.employee.id)
    for name in ("out.csv", "out.xlsx"):
        assert io.export_file(tmp_path / name) == 3
        rows = read_rows(tmp_path / name, unescape=False)
        assert rows[0] == ["工号", "姓名", "部门", "岗位", "上级工号", "电话", "入职日期",
                           "兼岗", "在职"]
        assert [r[0] for r in rows[1:]] == ["FQ001", "FQ002", "FQ003"]
        assert rows[1][1] == "'=HYPERLINK(\"x\")"
        assert rows[1][4] == "FQ002" and rows[1][7] == "包房组长(培训中)"
        assert rows[3][-1] == "否"


@pytest.mark.parametrize("role", ["manager", "supervisor", "leader", "staff"])
def test_only_hr_and_admin_may_import_or_export(db, org, tmp_path, role):
    path = write_csv(tmp_path / "a.csv", [["FQ001", "甲", "楼面部", "包房组长", "", "", "", ""]])
    io = StaffIOService(db, Actor(f"test-{role}", Role(role)))
    with pytest.raises(PermissionDenied):
        io.import_file(path)
    with pytest.raises(PermissionDenied):
        io.preview(path)
    with pytest.raises(PermissionDenied):
        io.export_file(tmp_path / "out.csv")


@pytest.mark.parametrize("role", ["hr", "admin"])
def test_hr_and_admin_can_import(db, org, tmp_path, role):
    path = write_csv(tmp_path / "a.csv", [["FQ001", "甲", "楼面部", "包房组长", "", "", "", ""]])
    io = StaffIOService(db, Actor(f"test-{role}", Role(role)))
    assert io.import_file(path).created == 1
    assert io.export_file(tmp_path / "out.xlsx") == 1


@pytest.mark.parametrize("content, message", [
    ("", "no rows"),
    ("\n,,\n", "no rows"),
    ("工号,姓名,岗位\n,,\n", "header row but no employees"),
])
def test_empty_files_are_refused(io, tmp_path, content, message):
    path = tmp_path / "e.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        io.import_file(path)


def test_gb18030_csv_from_chinese_excel(services, io, org, tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("工号,姓名,岗位,入职日期\r\nFQ001,张三,包房组长,2024年3月1日\r\n"
                     .encode("gb18030"))
    assert io.import_file(path).created == 1
    assert people(services)["FQ001"].hire_date == dt.date(2024, 3, 1)


def test_a_backup_is_taken_before_an_import_that_changes_something(io, org, tmp_path, db_path):
    path = write_csv(tmp_path / "a.csv", [["FQ001", "甲", "楼面部", "包房组长", "", "", "", ""]])
    io.import_file(path)
    io.import_file(path)  # unchanged: no second backup
    backups = [p.name for p in (db_path.parent / "backups").iterdir()]
    assert len(backups) == 1 and "pre-import" in backups[0]
