"""The week grid's model on its own, without widgets (STYLE.md pattern 4): header rows per
department and team, cells looked up from what set_week precomputed, short labels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services.roster_dto import RosterCell, ShiftTypeDTO, WeekRow, WeekView
from app.ui.roster.common import short_area, short_post
from app.ui.roster.week_model import CELL_ROLE, GroupCell, GroupRow, WeekGridModel

MON = dt.date(2026, 11, 23)
SHIFTS = (ShiftTypeDTO(1, "早班", "", dt.time(7), dt.time(15), 0, True),
          ShiftTypeDTO(3, "晚市", "", dt.time(16, 30), dt.time(22), 2, True))


def row(emp_id, name, dept, team, post="包房服务员", active=True):
    return WeekRow(emp_id, f"E{emp_id}", name, dept, team, 7, post, active)


def cell(emp_id, day, shift_id, **kw):
    values = {"id": emp_id * 100 + shift_id, "employee_id": emp_id, "day": day,
              "shift_type_id": shift_id, "post_id": 7, "post": "包房服务员", "area_id": 2,
              "area": "牡丹厅 201", "redeployed_from_post_id": None, "redeployed_from": "",
              "approved_by": "", "override_reason": "", "attendance": "", "late_minutes": None}
    values.update(kw)
    return RosterCell(**values)


def week(cells, rows=None) -> WeekView:
    rows = rows or (row(1, "王丽", "楼面部", "一组"), row(2, "赵敏", "楼面部", "一组"),
                    row(3, "周航", "楼面部", ""), row(4, "林峰", "传菜部", "传菜组"))
    return WeekView(MON, "draft", None, SHIFTS, tuple(rows),
                    {(c.employee_id, c.day, c.shift_type_id): c for c in cells})


def test_rows_are_grouped_by_department_and_team(qapp):
    model = WeekGridModel()
    model.set_week(week([]))
    entries = model.entries
    assert [(e.level, e.label, e.size) for e in entries if isinstance(e, GroupRow)] == [
        (0, "楼面部", 3), (1, "一组", 2), (1, "No team", 1), (0, "传菜部", 1), (1, "传菜组", 1)]
    assert model.rowCount() == 4 + 5 and model.columnCount() == 14
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.ItemIsEnabled  # header rows
    assert model.slot(2, 1) == (1, MON, 3)


def test_cells_show_post_area_and_marks_and_groups_count_who_is_on(qapp):
    cells = [cell(1, MON, 3),
             cell(2, MON, 3, redeployed_from_post_id=9, redeployed_from="传菜员",
                  approved_by="manager"),
             cell(3, MON, 3, attendance="absent"),
             cell(4, MON + dt.timedelta(days=1), 1, override_reason="婚宴")]
    model = WeekGridModel()
    model.set_week(week(cells))
    first = model.index_of(1, MON, 3)
    assert first.data() == "包房 201"
    assert first.data(CELL_ROLE).id == 103
    assert model.look(first.row(), first.column()).redeployed is False
    second = model.index_of(2, MON, 3)
    assert model.look(second.row(), second.column()).redeployed
    assert "from 传菜员, approved by manager" in second.data(Qt.ItemDataRole.ToolTipRole)
    breach = model.index_of(4, MON + dt.timedelta(days=1), 1)
    assert model.look(breach.row(), breach.column()).breach
    # The department row counts the two on duty in 楼面部 on Monday dinner (one is absent).
    assert model.look(0, first.column()) == GroupCell(0, 2)
    assert model.index(0, first.column()).data() == "2"
    assert model.flags(first) & Qt.ItemFlag.ItemIsDragEnabled
    empty = model.index_of(1, MON, 1)
    assert empty.data() == "" and not model.flags(empty) & Qt.ItemFlag.ItemIsDragEnabled


def test_short_labels_fit_a_cell():
    assert [short_post(p) for p in ("包房服务员", "传菜员", "包房组长", "餐位预订员")] == [
        "包房", "传菜", "包房组长", "餐位预订"]
    assert [short_area(a) for a in ("牡丹厅 201", "二楼大厅", "迎宾台")] == [
        "201", "二楼大厅", "迎宾台"]
