"""Roster week export (.xlsx, PDF) and import: the layout round-trips, every problem is named
by row and column, rules are checked on the week as a whole, and a bad file changes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3

import openpyxl
import pytest
from sqlalchemy import func, select

from app.db.models import AuditLog
from app.domain.errors import PermissionDenied, ValidationError
from app.reports.roster_pdf import day_groups, render_week_pdf
from app.services.base import SYSTEM
from app.services.bootstrap import Services, open_database
from app.services.roster_dto import CellInput
from app.services.roster_io import RosterImportFailed
from app.services.roster_sheet import column_title
from app.services.staff_io import ImportFailed
from app.services.tabular import read_rows
from tests.helpers import hire
from tests.roster_builders import MON, build_floor, fill_week, put, week_cells, write_xlsx

HEAD = ["工号", "姓名"]


def dump(db_path) -> list[str]:
    """The whole database as SQL text: equal dumps mean nothing was written."""
    con = sqlite3.connect(db_path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def problems(exc) -> list[tuple]:
    return [(p.row, p.column, p.reason()) for p in exc.value.problems]


def audit_rows(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditLog))


@pytest.fixture
def floor(services):
    return build_floor(services)


@pytest.fixture
def week(services, floor):
    fill_week(services, floor)
    return floor


# -- export --------------------------------------------------------------------------------

def test_export_layout_is_readable_and_editable(services, week, tmp_path):
    path = tmp_path / "week.xlsx"
    assert services.roster_io.export_week(MON, path) == 4
    rows = read_rows(path)
    assert rows[0] == ["排班表"]
    assert rows[1][:3] == ["周次", "2026-W48", "2026-11-23 — 2026-11-29"]
    assert rows[2][:6] == ["工号", "姓名", "部门", "班组", "周一 11-23 早班", "周一 11-23 午市"]
    assert rows[2][-1] == "周日 11-29 夜班" and len(rows[2]) == 4 + 7 * 4
    by_code = {r[0]: dict(zip(rows[2], r, strict=False)) for r in rows[3:]}
    assert list(by_code) == ["L1", "S1", "S2", "S3"]  # by department, team, then code
    assert by_code["S1"]["周一 11-23 早班"] == "包房服务员@二楼大厅"
    assert by_code["S3"]["周二 11-24 午市"] == "包房服务员"
    assert by_code["S3"]["周一 11-23 晚市"] == "包房服务员@二楼大厅（抽调自包房服务员）"
    assert by_code["L1"]["部门"] == "楼面部" and by_code["L1"]["班组"] == "二楼包房一组"


def test_export_escapes_formula_like_text(services, floor, tmp_path):
    odd = services.org.save_post("=临时岗", floor["dept"].id, floor["leader_post"].rank_id, 1)
    s1 = floor["servers"][0]
    services.staff.set_qualification(s1.id, odd.id, "qualified")
    put(services, s1, MON, floor["shifts"]["早班"], floor["hall"], post_id=odd.id)
    path = tmp_path / "week.xlsx"
    services.roster_io.export_week(MON, path)
    cell = openpyxl.load_workbook(path).active["E5"]  # S1, Monday 早班
    assert (cell.value, cell.data_type) == ("'=临时岗@二楼大厅", "s")
    report = services.roster_io.import_week(path)  # the quote is taken off again
    assert (report.added, report.changed, report.removed, report.unchanged) == (0, 0, 0, 1)


def test_export_needs_xlsx_or_pdf_and_may_be_done_by_staff(services_as, week, tmp_path):
    staff = services_as("staff")
    assert staff.roster_io.export_week(MON, tmp_path / "w.xlsx") == 4
    with pytest.raises(ValidationError, match="exported as .xlsx or .pdf"):
        staff.roster_io.export(MON, tmp_path / "w.csv")


def test_pdf_has_an_embedded_chinese_font(services, week, tmp_path):
    asked = []

    def translate(context, text):
        asked.append((context, text))
        return {"Mon": "周一", "Roster {week} ({first} — {last})": "排班表 {week}（{first} — {last}）"
                }.get(text, text)

    path = tmp_path / "week.pdf"
    assert services.roster_io.export_week_pdf(MON, path, translate) == 4
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data and b"NotoSansSC" in data
    assert b"/Helvetica" not in data  # every glyph comes from the embedded font
    assert ("reports", "Mon") in asked and {c for c, _t in asked} == {"reports"}


def test_pdf_splits_a_wide_week_into_day_groups(services, week):
    assert day_groups(4) == [range(0, 4), range(4, 7)]
    assert day_groups(2) == [range(0, 7)]
    assert [len(g) for g in day_groups(8)] == [2, 2, 2, 1]
    view = services.roster.week(MON)
    assert render_week_pdf(view, "金悦", dt.datetime(2026, 11, 20, 9, 0)).startswith(b"%PDF")


# -- import: round trips --------------------------------------------------------------------

def test_round_trip_into_the_same_database_changes_nothing(services, week, tmp_path, db):
    path = tmp_path / "week.xlsx"
    services.roster_io.export_week(MON, path)
    before, audits = week_cells(services), audit_rows(db)
    report = services.roster_io.import_week(path)
    assert (report.employees, report.added, report.changed, report.removed,
            report.unchanged) == (4, 0, 0, 0, 14)
    assert report.render() == ("Roster 2026-W48 imported for 4 employees: 0 added, 0 changed, "
                               "0 removed, 14 unchanged.")
    assert week_cells(services) == before  # the redeployment record is kept
    assert audit_rows(db) == audits + 1


def test_a_managers_confirmed_breach_survives_a_round_trip_unchanged(services, floor, tmp_path):
    s1, sh = floor["servers"][0], floor["shifts"]
    services.roster.set_cell(CellInput(s1.id, MON, sh["晚市"].id, floor["leader_post"].id),
                             override_reason="组长病假，临时顶岗")
    path = tmp_path / "week.xlsx"
    services.roster_io.export_week(MON, path)
    assert services.roster_io.import_week(path).unchanged == 1  # not re-checked: not new
    (cell,) = services.roster.week(MON).cells.values()
    assert cell.override_reason == "组长病假，临时顶岗"
    # Written anew by a file, the same cell is a problem: a file carries no confirmation.
    services.roster.clear_cell(s1.id, MON, sh["晚市"].id)
    with pytest.raises(RosterImportFailed) as exc:
        services.roster_io.import_week(path)
    assert problems(exc) == [(5, "周一 11-23 晚市",
                              "赵敏 is neither posted to nor qualified for 包房组长.")]


def test_round_trip_into_a_fresh_database_with_the_same_org(services, week, tmp_path):
    path = tmp_path / "week.xlsx"
    services.roster_io.export_week(MON, path)
    expected = {c[:5] + ("",) for c in week_cells(services)}  # an import approves no redeployment
    second = open_database(tmp_path / "second.db")
    try:
        other = Services.bind(second, SYSTEM)
        build_floor(other)
        report = other.roster_io.import_week(path)
        assert (report.added, report.unchanged) == (14, 0)
        assert week_cells(other) == expected
        # Back out and in again: the same file, cell for cell.
        again = tmp_path / "again.xlsx"
        other.roster_io.export_week(MON, again)
        assert read_rows(again)[3:] == [
            [c.replace("（抽调自包房服务员）", "") for c in r] for r in read_rows(path)[3:]]
    finally:
        second.dispose()


def test_edited_file_replaces_the_week_of_the_people_in_it_only(services, week, tmp_path):
    sh, s2 = week["shifts"], week["servers"][1]
    services.roster.mark_attendance(
        services.roster.week(MON).cells[(s2.id, MON, sh["晚市"].id)].id, "late", 5)
    path = write_xlsx(tmp_path / "edit.xlsx", [
        ["排班表"], ["周次", "2026-W48"],
        [*HEAD, "周一 11-23 早班", "周二 11-24 早班", "周一 11-23 晚市", "周四 11-26 早班"],
        ["S1", "赵敏", "包房服务员@牡丹厅 201", "", None, "包房服务员"],
        ["S2", "钱进", None, None, "包房服务员@牡丹厅 201"],
    ])
    report = services.roster_io.import_week(path)
    assert (report.employees, report.added, report.changed, report.removed,
            report.unchanged) == (2, 1, 1, 1, 1)
    cells = week_cells(services)
    s1_cells = {c[1:5] for c in cells if c[0] == "S1"}
    assert s1_cells == {(MON, "早班", "包房服务员", "牡丹厅 201"),  # area changed
                        (MON + dt.timedelta(days=2), "早班", "包房服务员", "二楼大厅"),  # no column
                        (MON + dt.timedelta(days=3), "早班", "包房服务员", "")}  # added
    # S2's Monday evening is as it was: attendance stays; the columns not in the file too.
    view = services.roster.week(MON)
    assert view.cells[(s2.id, MON, sh["晚市"].id)].attendance == "late"
    assert len([c for c in cells if c[0] == "S2"]) == 3
    assert len([c for c in cells if c[0] in ("L1", "S3")]) == 5 + 3  # not in the file


def test_week_can_come_from_full_dates_in_the_titles(services, floor, tmp_path):
    path = write_xlsx(tmp_path / "dates.xlsx", [
        [*HEAD, "周二 2026-11-24 晚市", "Wed 2026/11/25 Dinner service"],
        ["S1", "赵敏", "包房服务员", "包房服务员@二楼大厅"],
    ])
    assert services.roster_io.import_week(path).added == 2
    assert {c[1:5] for c in week_cells(services)} == {
        (MON + dt.timedelta(days=1), "晚市", "包房服务员", ""),
        (MON + dt.timedelta(days=2), "晚市", "包房服务员", "二楼大厅")}


def test_a_published_week_logs_the_import(services, week, tmp_path, db):
    services.roster.publish(MON)
    path = write_xlsx(tmp_path / "w.xlsx", [
        ["周次", "2026-W48"], [*HEAD, "周五 11-27 早班"], ["S1", "赵敏", "包房服务员"]])
    audits = audit_rows(db)
    services.roster_io.import_week(path)
    (change,) = [c for c in services.roster.changes(MON) if c.action == "import"]
    assert '"added": 1' in change.after and '"code": "S1"' in change.after
    assert audit_rows(db) == audits + 1


# -- import: problems ------------------------------------------------------------------------

def test_bad_file_lists_every_problem_and_changes_nothing(services, week, tmp_path, db_path):
    gone = hire(services, "S4", "吴离", week["server_post"].id).employee
    services.staff.deactivate(gone.id)
    path = write_xlsx(tmp_path / "bad.xlsx", [
        ["排班表"], ["周次", "2026-W48"],
        [*HEAD, "周一 11-23 早班", "周一 11-23 晚市", "周八 11-24 早班", "周二 11-24 宵夜",
         "周四 11-26 晚市", "周三 11-24 午市"],
        ["S1", "赵敏", "包房服务员@二楼大厅", None, None, None, "包房组长"],
        ["S2", "钱进", "调酒师", "包房服务员@火星厅"],
        ["X999", "无名", "包房服务员"],
        ["S4", "吴离", "包房服务员"],
        ["S2", "钱进"],
        [None, "备注", "包房服务员"],
    ])
    before_cells, before = week_cells(services), dump(db_path)
    with pytest.raises(RosterImportFailed) as exc:
        services.roster_io.import_week(path)
    assert problems(exc) == [
        (3, "周八 11-24 早班", "column title not understood; write it like 周一 11-23 早班"),
        (3, "周二 11-24 宵夜", "unknown shift 宵夜"),
        (3, "周三 11-24 午市", "2026-11-24 is a 周二, not 周三"),
        (4, "周四 11-26 晚市", "赵敏 is neither posted to nor qualified for 包房组长."),
        (5, "周一 11-23 早班", "unknown post 调酒师"),
        (5, "周一 11-23 晚市", "unknown area 火星厅"),
        (6, "工号", "unknown employee code X999"),
        (7, "工号", "吴离 has left and cannot be rostered."),
        (8, "工号", "employee code S2 appears again (first on row 5)"),
        (9, "工号", "employee code is empty"),
    ]
    lines = exc.value.render().splitlines()
    assert lines[0] == "10 problems; nothing was imported."
    assert lines[1] == ("Row 3, column 周八 11-24 早班: column title not understood; write it "
                        "like 周一 11-23 早班")
    assert isinstance(exc.value, ImportFailed)  # the dialogs and the CLI treat it alike
    assert week_cells(services) == before_cells and dump(db_path) == before
    preview = services.roster_io.preview(path)  # the dialog's check finds the same
    assert [(p.row, p.column) for p in preview.problems] == [p[:2] for p in problems(exc)]
    assert not preview.ok and dump(db_path) == before


def test_overlapping_shifts_inside_the_file_are_reported(services, floor, tmp_path, db_path):
    s3 = floor["servers"][2]
    put(services, s3, MON - dt.timedelta(days=1), floor["shifts"]["夜班"])  # Sunday night
    path = write_xlsx(tmp_path / "overlap.xlsx", [
        ["周次", "2026-W48"],
        [*HEAD, "周一 11-23 早班", "周一 11-23 午市", "周一 11-23 晚市", "周二 11-24 早班"],
        ["S1", "赵敏", "包房服务员", "包房服务员"],
        ["S2", "钱进", None, None, "包房服务员", "包房服务员"],
        ["S3", "孙悦", "包房服务员"],
    ])
    before = dump(db_path)
    with pytest.raises(RosterImportFailed) as exc:
        services.roster_io.import_week(path)
    assert problems(exc) == [
        (3, "周一 11-23 早班", "赵敏 is already rostered 午市 on 2026-11-23, which overlaps "
                              "this shift."),
        (3, "周一 11-23 午市", "赵敏 is already rostered 早班 on 2026-11-23, which overlaps "
                              "this shift."),
        (4, "周一 11-23 晚市", "钱进 would rest only 9.0 h between shifts; the minimum is 10 h."),
        (4, "周二 11-24 早班", "钱进 would rest only 9.0 h between shifts; the minimum is 10 h."),
        (5, "周一 11-23 早班", "孙悦 would rest only 0.0 h between shifts; the minimum is 10 h."),
    ]
    assert dump(db_path) == before


def test_weekly_hours_count_the_whole_file(services, floor, tmp_path):
    titles = [column_title(MON + dt.timedelta(days=d), "早班") for d in range(7)]
    path = write_xlsx(tmp_path / "hours.xlsx", [
        ["周次", "2026-W48"], [*HEAD, *titles],
        ["S1", "赵敏", *["包房服务员"] * 7],
    ])
    with pytest.raises(RosterImportFailed) as exc:
        services.roster_io.import_week(path)
    # 7 × 8 h = 56 h: every cell of the week is over the 48 h limit.
    assert {p[2] for p in problems(exc)} == {
        "赵敏 would work 56.0 h this week; the maximum is 48 h."}
    assert len(problems(exc)) == 7


def test_file_without_a_week_or_header_is_refused(services, floor, tmp_path):
    no_week = write_xlsx(tmp_path / "a.xlsx", [[*HEAD, "周一 11-23 早班"], ["S1", "赵敏", "包房服务员"]])
    with pytest.raises(RosterImportFailed) as exc:
        services.roster_io.import_week(no_week)
    assert problems(exc) == [
        (1, "工号", "the week is not given; write it above the header like 周次 2026-W48")]
    wrong_week = write_xlsx(tmp_path / "b.xlsx", [
        ["周次", "2026-W49"], [*HEAD, "周一 11-23 早班"], ["S1", "赵敏", "包房服务员"]])
    with pytest.raises(RosterImportFailed) as exc:
        services.roster_io.import_week(wrong_week)
    assert problems(exc) == [(2, "周一 11-23 早班", "this date is not in week 2026-W49")]
    no_header = write_xlsx(tmp_path / "c.xlsx", [["姓名", "周一 11-23 早班"]])
    with pytest.raises(ValidationError, match="No header row with a 工号 column"):
        services.roster_io.import_week(no_header)


@pytest.mark.parametrize("role", ["staff", "leader", "supervisor"])
def test_only_roster_editors_may_import(services_as, week, tmp_path, role, db_path):
    path = tmp_path / "w.xlsx"
    services_as("hr").roster_io.export_week(MON, path)
    before = dump(db_path)
    io = services_as(role).roster_io
    with pytest.raises(PermissionDenied, match="may not change rosters"):
        io.import_week(path)
    with pytest.raises(PermissionDenied):
        io.preview(path)
    assert dump(db_path) == before
    assert services_as("hr").roster_io.import_week(path).unchanged == 14
