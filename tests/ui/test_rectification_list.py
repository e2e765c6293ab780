"""The Rectifications page: filters reach the service, rows come a page at a time as the view
asks for more, and the wallboard shows overdue critical items in red, large."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from app.services.base import SYSTEM
from app.ui.rectifications.list_page import RectificationsPage
from app.ui.rectifications.wallboard import BIG, WallboardWindow, open_wallboard
from tests.ui.rect_ui_builders import find, floor, leader_actor


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def test_filters_and_batches(qtbot, services, db, make_ctx):
    f = floor(services)
    for n in range(4):
        find(db, f["hall"].id, f"桌面污渍 {n}", "minor")
    late = find(db, f["room"].id, "安全出口堵塞", "critical", at=_now() - dt.timedelta(hours=2))
    page = RectificationsPage(make_ctx(SYSTEM))
    qtbot.addWidget(page)
    assert "5" in page.count_label.text()

    page.page_size = 2
    page.reload()
    model = page.model
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 4
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 5 and not model.canFetchMore(QModelIndex())
    assert len({r.id for r in model.rows}) == 5
    page.page_size = 200

    page.overdue.setChecked(True)  # reloads
    assert [r.finding_id for r in model.rows] == [late.id]
    assert model.index(0, 3).data().startswith("Overdue")
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    page.overdue.setChecked(False)
    page.severity.setCurrentIndex(page.severity.findData("minor"))
    page.reload()
    assert {r.severity for r in model.rows} == {"minor"} and "4" in page.count_label.text()
    page.area.setCurrentIndex(page.area.findData(f["room"].id))
    page.reload()
    assert model.rowCount() == 0
    page.severity.setCurrentIndex(0)
    page.reload()
    assert model.rowCount() == 1
    page.status.setCurrentIndex(page.status.findData("verified"))
    page.reload()
    assert model.rowCount() == 0
    page.status.setCurrentIndex(page.status.findData("open_any"))
    page.area.setCurrentIndex(0)
    page.assignee.set_current_id(f["lead"].id)
    page.reload()
    assert model.rowCount() == 5  # nobody rostered: every item went to the leader
    page.period.setCurrentIndex(page.period.findData(1))
    page.reload()
    assert model.rowCount() == 5

    detail = page.open_row(0)
    qtbot.addWidget(detail)
    assert detail.rect_id == model.rows[0].id


def test_wallboard_lists_an_overdue_critical_item_in_red_and_esc_closes(qtbot, services, db,
                                                                         make_ctx):
    f = floor(services)
    find(db, f["room"].id, "安全出口堵塞", "critical", at=_now() - dt.timedelta(hours=2))
    find(db, f["hall"].id, "地面湿滑", "major")
    find(db, f["hall"].id, "桌布有污渍", "minor")
    ctx = make_ctx(leader_actor(f["lead"].id))
    board = open_wallboard(ctx)
    assert isinstance(board, WallboardWindow) and board.isVisible()
    assert [r.severity for r in board.items] == ["critical", "major"]
    cell = board.cell(0, 0)
    assert cell.text().startswith("Overdue")
    assert "#b3261e" in cell.styleSheet() and f"font-size: {BIG}px" in cell.styleSheet()
    assert BIG >= 28
    assert board.cell(0, 2).text() == "牡丹厅 201"
    with qtbot.wait_signal(board.destroyed, timeout=3000):
        QTest.keyClick(board, Qt.Key.Key_Escape)
