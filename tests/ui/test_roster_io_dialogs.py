"""The roster import dialog and the export helper the roster page opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.services.roster_io import RosterIOService
from app.ui.roster_io_dialogs import RosterImportDialog, export_roster
from tests.roster_builders import MON, build_floor, fill_week, week_cells, write_xlsx


def table(dialog) -> list[tuple]:
    model = dialog.problems
    return [tuple(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(3))
            for r in range(model.rowCount())]


@pytest.fixture
def dialog(qtbot, db, services):
    fill_week(services, build_floor(services))
    dlg = RosterImportDialog(RosterIOService(db, SYSTEM), lambda _ctx, text: text)
    qtbot.addWidget(dlg)
    return dlg


def test_bad_file_fills_the_table_and_blocks_import(dialog, tmp_path, services):
    before = week_cells(services)
    dialog.set_file(write_xlsx(tmp_path / "bad.xlsx", [
        ["周次", "2026-W48"], ["工号", "姓名", "周一 11-23 早班"],
        ["S1", "赵敏", "调酒师"], ["X9", "无名", "包房服务员"]]))
    assert table(dialog) == [(3, "周一 11-23 早班", "unknown post 调酒师"),
                             (4, "工号", "unknown employee code X9")]
    assert not dialog.import_button.isEnabled()
    assert dialog.status.text().startswith("2 problems found")
    assert week_cells(services) == before


def test_clean_file_previews_then_imports(dialog, qtbot, tmp_path, services):
    dialog.set_file(write_xlsx(tmp_path / "good.xlsx", [
        ["周次", "2026-W48"], ["工号", "姓名", "周五 11-27 早班"], ["S1", "赵敏", "包房服务员"]]))
    assert table(dialog) == [] and dialog.import_button.isEnabled()
    assert dialog.status.text() == ("Ready to import 2026-W48 for 1 employees: 1 cells added, "
                                    "0 changed, 0 removed, 0 unchanged.")
    assert not any(c[0] == "S1" and c[2] == "早班" and c[1].day == 27
                   for c in week_cells(services))  # the check rolled back
    with qtbot.waitSignal(dialog.imported) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].added == 1
    assert dialog.status.text().startswith("Roster 2026-W48 imported for 1 employees")
    assert any(c[0] == "S1" and c[1].day == 27 for c in week_cells(services))


def test_role_without_the_right_sees_why(qtbot, db, services, tmp_path):
    build_floor(services)
    dlg = RosterImportDialog(RosterIOService(db, Actor("s", Role.LEADER)), lambda _c, t: t)
    qtbot.addWidget(dlg)
    dlg.set_file(write_xlsx(tmp_path / "a.xlsx", [["周次", "2026-W48"], ["工号", "姓名"]]))
    assert "may not change rosters" in dlg.error.text()
    assert not dlg.import_button.isEnabled()


def test_export_asks_for_a_path_and_reports(qtbot, db, services, tmp_path, monkeypatch):
    fill_week(services, build_floor(services))
    io = RosterIOService(db, SYSTEM)
    infos, warnings = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: infos.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "week"), "PDF for printing (*.pdf)"))
    assert export_roster(None, io, MON) == tmp_path / "week.pdf"
    assert (tmp_path / "week.pdf").read_bytes().startswith(b"%PDF")
    assert infos == [f"Exported the roster of 2026-W48 (4 employees) to {tmp_path / 'week.pdf'}."]
    assert export_roster(None, io, MON, path=tmp_path / "w.xlsx") == tmp_path / "w.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert export_roster(None, io, MON) is None  # cancelled
    assert export_roster(None, io, MON, path=tmp_path / "w.csv") is None
    assert warnings == ["w.csv: a roster is exported as .xlsx or .pdf."]
