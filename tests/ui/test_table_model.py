"""The generic DTO table model, without any widget (STYLE.md pattern 4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui.table_model import BATCH_SIZE, ROW_ROLE, VALUE_ROLE, Column, DtoTableModel

RED = QColor("#b3261e")


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    hired: dt.date | None = None
    short: bool = False


def _model(batch_size: int = BATCH_SIZE) -> DtoTableModel:
    return DtoTableModel([
        Column("Name", lambda r: r.name, foreground=lambda r: RED if r.short else None),
        Column("Hired", lambda r: r.hired, alignment=Qt.AlignmentFlag.AlignRight,
               tooltip=lambda r: f"#{r.id}"),
        Column("Id", lambda r: r.id, background=QColor("#ffe3a3")),
    ], batch_size=batch_size)


def test_rows_and_columns():
    model = _model()
    model.set_rows([Row(1, "张三", dt.date(2024, 3, 1)), Row(2, "李四")])
    assert model.rowCount() == 2
    assert model.columnCount() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_display_and_style_roles():
    model = _model()
    model.set_rows([Row(1, "张三", dt.date(2024, 3, 1), short=True), Row(2, "李四")])
    assert model.index(0, 0).data() == "张三"
    assert model.index(0, 1).data() == "2024-03-01"
    assert model.index(1, 1).data() == ""  # None shows as nothing
    assert model.index(0, 1).data(VALUE_ROLE) == dt.date(2024, 3, 1)
    assert model.index(0, 2).data() == "1"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == RED
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) == QColor("#ffe3a3")
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == Qt.AlignmentFlag.AlignRight
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "#2"
    assert model.index(1, 0).data(ROW_ROLE) == Row(2, "李四")


def test_row_at():
    model = _model()
    rows = [Row(1, "a"), Row(2, "b")]
    model.set_rows(rows)
    assert model.row_at(model.index(1, 2)) is rows[1]
    assert model.row_at(0) is rows[0]
    assert model.row_at(QModelIndex()) is None
    assert model.row_at(5) is None


def test_fetches_in_batches():
    model = _model()
    model.set_rows([Row(i, f"n{i}") for i in range(600)])
    assert model.rowCount() == 256
    assert len(model.rows) == 600
    assert model.canFetchMore(QModelIndex())
    assert model.row_at(300) is None  # not in the view yet
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 512
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 600
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left: no change
    assert model.rowCount() == 600


def test_fetch_more_announces_inserted_rows(qtbot):
    model = _model(batch_size=10)
    model.set_rows([Row(i, str(i)) for i in range(25)])
    with qtbot.wait_signal(model.rowsInserted) as blocker:
        model.fetchMore(QModelIndex())
    assert blocker.args[1:] == [10, 19]


def test_set_rows_resets_to_the_first_batch():
    model = _model(batch_size=10)
    model.set_rows([Row(i, str(i)) for i in range(25)])
    model.fetchMore(QModelIndex())
    model.set_rows([Row(i, str(i)) for i in range(12)])
    assert model.rowCount() == 10
    model.set_rows([])
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_find_fetches_until_the_row_is_visible():
    model = _model(batch_size=10)
    model.set_rows([Row(i, str(i)) for i in range(35)])
    assert model.find(lambda r: r.id == 27) == 27
    assert model.rowCount() == 30
    assert model.row_at(27).id == 27
    assert model.find(lambda r: r.id == 99) == -1


def test_passes_qt_model_checks(qtmodeltester):
    model = _model(batch_size=4)
    model.set_rows([Row(i, f"name {i}", dt.date(2024, 1, 1 + i)) for i in range(9)])
    qtmodeltester.check(model, force_py=True)
