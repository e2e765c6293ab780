"""The staff import dialog: every problem in the table, Import only for a clean file."""

from __future__ import annotations

import csv
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.services.staff_io import StaffIOService
from app.ui.staff_import_dialog import StaffImportDialog, export_staff
from tests.helpers import make_org

HEAD = ["工号", "姓名", "部门", "岗位", "上级工号"]


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEAD, *rows])
    return path


def dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def table(dialog) -> list[tuple]:
    model = dialog.problems
    return [tuple(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(3))
            for r in range(model.rowCount())]


@pytest.fixture
def dialog(qtbot, db, services):
    make_org(services)
    dlg = StaffImportDialog(StaffIOService(db, SYSTEM), lambda _ctx, text: text)
    qtbot.addWidget(dlg)
    return dlg


def test_bad_file_fills_the_table_and_blocks_import(dialog, tmp_path, db_path):
    path = write_csv(tmp_path / "bad.csv", [
        ["FQ001", "张三", "楼面部", "包房组长", ""],
        ["FQ002", "", "楼面部", "包房服务员", "FQ999"],
        ["FQ001", "李四", "楼面部", "调酒师", ""],
    ])
    before = dump(db_path)
    dialog.set_file(path)
    assert table(dialog) == [
        (3, "姓名", "name is empty"),
        (3, "上级工号", "leader code FQ999 not found"),
        (4, "工号", "employee code FQ001 appears again (first on row 2)"),
        (4, "岗位", "unknown post 调酒师"),
    ]
    assert dialog.problems.headerData(2, Qt.Orientation.Horizontal) == "Problem"
    assert not dialog.import_button.isEnabled()
    assert dialog.status.text().startswith("4 problems found")
    assert dump(db_path) == before


def test_good_file_imports(dialog, qtbot, tmp_path, services):
    path = write_csv(tmp_path / "good.csv", [
        ["FQ002", "李四", "楼面部", "包房服务员", "FQ001"],
        ["FQ001", "张三", "楼面部", "包房组长", ""],
    ])
    dialog.set_file(path)
    assert table(dialog) == []
    assert dialog.import_button.isEnabled()
    assert "2 new" in dialog.status.text()
    with qtbot.waitSignal(dialog.imported) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].created == 2
    assert dialog.status.text().startswith("Staff imported: 2 added")
    assert not dialog.import_button.isEnabled()
    staff = {e.code: e.leader_code for e in services.staff.employees()}
    assert staff == {"FQ001": "", "FQ002": "FQ001"}


def test_create_missing_checkbox_rechecks(dialog, tmp_path):
    dialog.set_file(write_csv(tmp_path / "new.csv", [["C001", "甲", "传菜部", "传菜员", ""]]))
    assert len(table(dialog)) == 2 and not dialog.import_button.isEnabled()
    dialog.create_missing.setChecked(True)
    assert table(dialog) == [] and dialog.import_button.isEnabled()
    assert "1 new departments, 1 new posts" in dialog.status.text()


def test_unreadable_file_shows_the_reason(dialog, tmp_path):
    path = tmp_path / "staff.txt"
    path.write_text("x", encoding="utf-8")
    dialog.set_file(path)
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "staff.txt: only .xlsx and .csv files are supported."
    assert not dialog.import_button.isEnabled()


def test_role_without_the_right_sees_why(qtbot, db, tmp_path):
    dlg = StaffImportDialog(StaffIOService(db, Actor("s", Role.SUPERVISOR)), lambda _c, t: t)
    qtbot.addWidget(dlg)
    dlg.set_file(write_csv(tmp_path / "a.csv", [["FQ001", "张三", "楼面部", "包房组长", ""]]))
    assert "may not import or export staff" in dlg.error.text()
    assert not dlg.import_button.isEnabled()


def test_export_helper_reports_the_count(qtbot, db, services, tmp_path, monkeypatch):
    make_org(services)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    count = export_staff(None, StaffIOService(db, SYSTEM), path=tmp_path / "out.xlsx")
    assert count == 0 and (tmp_path / "out.xlsx").exists()
    assert shown == [f"Exported 0 employees to {tmp_path / 'out.xlsx'}."]


def test_export_helper_asks_for_a_path_and_reports_errors(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    io = StaffIOService(db, SYSTEM)
    warnings, infos = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: infos.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "staff"), "CSV UTF-8 (*.csv)"))
    assert export_staff(None, io) == 0
    assert (tmp_path / "staff.csv").exists() and len(infos) == 1
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert export_staff(None, io) is None  # cancelled
    assert export_staff(None, io, path=tmp_path / "staff.txt") is None
    assert warnings == ["staff.txt: only .xlsx and .csv files are supported."]
