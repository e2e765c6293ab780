"""Survey import: the layout (English and Chinese headers, .csv in UTF-8 or GB18030, .xlsx),
every problem with its row and column, all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models import AuditLog
from app.db.models_guest import Survey, SurveyAnswer
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.services.guest_dto import ImportSummary, SurveyForm
from app.services.survey_io import parse_survey_sheet, survey_field
from app.services.surveys import SurveyImportFailed
from tests.helpers import make_org
from tests.survey_builders import (
    DAY,
    SURVEY_HEADER,
    SURVEY_HEADER_ZH,
    WEIGHTS,
    guest_form,
    manager_form,
    survey_row,
    write_sheet,
    write_survey_file,
)


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _forms(services) -> dict[str, SurveyForm]:
    return {s.respondent: services.surveys.form(s.id) for s in services.surveys.list()}


@pytest.mark.parametrize("header, expected", [
    ("E5", "E5"), ("e 5", "E5"), ("期望05", "E5"), ("P22", "P22"), ("感知1", "P1"),
    ("E23", None), ("W_tangibles", "W_tangibles"), ("w tangibles", "W_tangibles"),
    ("权重_有形性", "W_tangibles"), ("权重有形性", "W_tangibles"), ("受访者", "respondent"),
    ("类型", "kind"), ("Date*", "date"), ("区域", "area"), ("备注", None),
])
def test_headers_in_english_and_chinese(header, expected):
    assert survey_field(header) == expected


def test_a_csv_file_is_imported(services, tmp_path):
    dept, _, _ = make_org(services)
    room = services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, None)
    forms = [guest_form("G1", {1: 7, 2: 6}, {1: 5}, weights=WEIGHTS, area_id=room.id),
             guest_form("G2", 6, 5), manager_form("M1", 5)]
    rows = [SURVEY_HEADER, survey_row(forms[0], area="牡丹厅 201"), survey_row(forms[1]),
            survey_row(forms[2])]
    path = write_sheet(tmp_path / "surveys.csv", rows)
    assert services.surveys.import_file(path) == ImportSummary(3, 2, 1)
    assert _forms(services) == {f.respondent: f for f in forms}
    assert (tmp_path / "backups").exists()  # a backup before the import


def test_chinese_headers_and_words_in_an_xlsx_file(services, tmp_path):
    guest, manager = guest_form("顾客甲", 5, 6), manager_form("王经理", 7)
    path = write_sheet(tmp_path / "问卷.xlsx", [
        SURVEY_HEADER_ZH, survey_row(guest, kind="顾客"), survey_row(manager, kind="经理")])
    assert services.surveys.import_file(path) == ImportSummary(2, 1, 1)
    assert _forms(services) == {"顾客甲": guest, "王经理": manager}


def test_a_gb18030_csv_as_excel_saves_it_on_chinese_windows(services, tmp_path):
    form = guest_form("张先生", {3: 4}, {3: 2}, day=dt.date(2026, 11, 30))
    path = write_sheet(tmp_path / "gb.csv", [SURVEY_HEADER_ZH, survey_row(form, kind="客人")],
                       encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    assert services.surveys.import_file(path).added == 1
    assert _forms(services) == {"张先生": form}


def test_a_bad_answer_names_row_and_column_and_nothing_is_saved(services, db, tmp_path):
    good = guest_form("G1")
    bad = guest_form("G2", e={5: 8, 6: 4}, p={5: 4, 6: 4})
    path = write_survey_file(tmp_path / "bad.csv", [good, bad])
    audits = _count(db, AuditLog)
    with pytest.raises(SurveyImportFailed) as failed:
        services.surveys.import_file(path)
    assert failed.value.render().splitlines() == [
        "One problem; nothing was imported.",
        "Row 3, column E5: The answer to E5 must be a whole number from 1 to 7, not 8.",
    ]
    assert (_count(db, Survey), _count(db, SurveyAnswer), _count(db, AuditLog)) == (0, 0, audits)


def test_every_problem_is_listed_in_reading_order(services, db, tmp_path):
    dept, _, _ = make_org(services)
    services.teams.save_area("大厅", "hall", "1F", dept.id, None)
    rows = [["受访者", "类型", "日期", "区域", "期望1", "期望2", "感知1", "感知2", "权重_有形性",
             "权重_可靠性"],
            ["M1", "经理", "2026-11-23", "", "5", "5", "4", "", "", ""],
            ["G1", "顾客", "2026-02-30", "火星厅", "abc", "5", "5", "9", "", ""],
            ["G2", "VIP", "2026/11/23", "大厅", "", "", "", "", "60", "30"],
            ["G3", "guest", "2026-11-23", "", "", "", "", "", "", ""],
            ["G4", "guest", "2026-11-23", "", "4", "", "4", "", "五十", "50"]]
    with pytest.raises(SurveyImportFailed) as failed:
        services.surveys.import_file(write_sheet(tmp_path / "many.csv", rows))
    assert failed.value.render().splitlines() == [
        "9 problems; nothing was imported.",
        "Row 2, column 感知1: A manager form answers only the expectations (E), as guests would "
        "expect; leave the perceptions (P) empty.",
        "Row 3, column 日期: date 2026-02-30 not understood; write it like 2024-03-01",
        "Row 3, column 期望1: The answer to 期望1 must be a whole number from 1 to 7, not abc.",
        "Row 3, column 感知2: The answer to 感知2 must be a whole number from 1 to 7, not 9.",
        "Row 4, column 类型: Write the form type as guest or manager (顾客 or 经理), not “VIP”.",
        "Row 4, column 期望1: The form has no answers.",
        "Row 4, column 权重_有形性: The weights add up to 90; they must add up to 100.",
        "Row 5, column 期望1: The form has no answers.",
        "Row 6, column 权重_有形性: The weight 权重_有形性 must be a number of at least 0, not 五十.",
    ]
    assert _count(db, Survey) == 0


def test_unknown_areas_and_forms_already_recorded(services, db, tmp_path):
    path = write_survey_file(tmp_path / "once.csv", [guest_form("G1"), guest_form("")])
    assert services.surveys.import_file(path).added == 2
    again = write_sheet(tmp_path / "twice.csv", [
        SURVEY_HEADER, survey_row(guest_form("G1")), survey_row(guest_form("G7"), area="火星厅"),
        survey_row(guest_form("G7")), survey_row(manager_form("G1"))])
    with pytest.raises(SurveyImportFailed) as failed:
        services.surveys.import_file(again)
    assert failed.value.render().splitlines() == [
        "3 problems; nothing was imported.",
        "Row 2, column respondent: A form of G1 of this type on 2026-11-23 is already recorded.",
        "Row 3, column area: unknown area 火星厅",
        "Row 4, column respondent: G7 has another form of this type on 2026-11-23 (row 3).",
    ]
    assert _count(db, Survey) == 2  # a manager form of G1 is another type: fine on its own


def test_a_blank_weight_beside_filled_ones_is_zero_points(services, tmp_path):
    header = ["respondent", "kind", "date", "E1", "P1", "W_tangibles", "W_reliability"]
    path = write_sheet(tmp_path / "w.csv", [header, ["G1", "guest", "2026-11-23", 5, 4, 100, ""]])
    services.surveys.import_file(path)
    weights = _forms(services)["G1"].weights
    assert weights == {"tangibles": 100.0, "reliability": 0.0, "responsiveness": 0.0,
                       "assurance": 0.0, "empathy": 0.0}


@pytest.mark.parametrize("rows, message", [
    ([["respondent", "E1"], ["G1", "5"]], ["2 problems; nothing was imported.",
                                           "Row 1, column kind / 类型: required column is missing",
                                           "Row 1, column date / 日期: required column is missing"]),
    ([["kind", "date", "note"], ["guest", "2026-11-23", "x"]],
     ["One problem; nothing was imported.", "Row 1, column E1 / 期望1: required column is missing"]),
    ([["kind", "date", "E1", "期望1"], ["guest", "2026-11-23", "5", "5"]],
     ["One problem; nothing was imported.", "Row 1, column 期望1: this column repeats column E1"]),
])
def test_the_header_must_have_the_columns(services, tmp_path, rows, message):
    with pytest.raises(SurveyImportFailed) as failed:
        services.surveys.import_file(write_sheet(tmp_path / "h.csv", rows))
    assert failed.value.render().splitlines() == message


def test_a_file_without_forms_is_refused(services, tmp_path):
    with pytest.raises(ValidationError, match="header row but no survey forms"):
        services.surveys.import_file(write_sheet(tmp_path / "empty.csv", [SURVEY_HEADER]))
    with pytest.raises(ValidationError, match="contains no rows"):
        services.surveys.import_file(write_sheet(tmp_path / "nothing.csv", []))


def test_import_needs_the_enter_surveys_permission(services_as, tmp_path, db):
    path = write_survey_file(tmp_path / "ok.csv", [guest_form()])
    with pytest.raises(PermissionDenied, match=r"\(HR\)"):
        services_as(Role.HR).surveys.import_file(path)
    assert _count(db, Survey) == 0
    assert services_as(Role.SUPERVISOR).surveys.import_file(path).added == 1


def test_parsing_is_pure_and_keeps_row_numbers():
    rows = [[str(v) for v in r] for r in (
        [], SURVEY_HEADER, survey_row(guest_form("G1", day=DAY)), [],
        survey_row(manager_form("M1")))]
    sheet = parse_survey_sheet(rows)
    assert sheet.header_row == 2 and not sheet.problems
    assert [(f.row, f.form.respondent, f.form.kind) for f in sheet.forms] == [
        (3, "G1", "guest"), (5, "M1", "manager")]
