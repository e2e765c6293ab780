"""One generic, thin table model over a list of frozen DTOs (STYLE.md pattern 4).

Columns say how to show a row; the model holds no logic of its own. Rows are handed to the
view in batches through Qt's canFetchMore/fetchMore, so a list of 100k employees costs what
the visible part costs, not what the whole list costs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

BATCH_SIZE = 256

# Roles beyond Qt's own: the raw value of a cell (for sorting and tests) and the row's DTO.
VALUE_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

# Which Column attribute answers which display role.
_STYLE_ROLES = {
    int(Qt.ItemDataRole.TextAlignmentRole.value): "alignment",
    int(Qt.ItemDataRole.ForegroundRole.value): "foreground",
    int(Qt.ItemDataRole.BackgroundRole.value): "background",
    int(Qt.ItemDataRole.FontRole.value): "font",
    int(Qt.ItemDataRole.ToolTipRole.value): "tooltip",
}


@dataclass(frozen=True)
class Column:
    """How one column shows a row. ``value`` gives the cell's data; the role arguments are
    either a constant or a callable taking the row (returning None means "Qt's default")."""

    header: str
    value: Callable[[Any], object]
    alignment: Any = None  # Qt.AlignmentFlag or row -> Qt.AlignmentFlag | None
    foreground: Any = None  # QColor/QBrush or row -> QColor | None
    background: Any = None
    font: Any = None  # QFont or row -> QFont | None
    tooltip: Any = None  # str or row -> str | None


def _resolve(spec: Any, row: Any) -> Any:
    return spec(row) if callable(spec) else spec


def display_text(value: object) -> str:
    """What a cell shows for a raw value: nothing for None, ISO for dates, str otherwise."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class DtoTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], batch_size: int = BATCH_SIZE,
                 parent=None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: tuple[Any, ...] = ()
        self._loaded = 0  # rows handed to the view so far
        self._batch = max(1, batch_size)

    # -- what callers use --------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._loaded = min(self._batch, len(self._rows))
        self.endResetModel()

    @property
    def rows(self) -> tuple[Any, ...]:
        """Every row, including those not yet fetched into the view."""
        return self._rows

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def row_at(self, index: _Index | int) -> Any | None:
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._rows[row] if 0 <= row < self._loaded else None

    def find(self, predicate: Callable[[Any], bool]) -> int:
        """The row number of the first row matching ``predicate``, fetching batches until it
        is in the view; -1 when no row matches."""
        for position, row in enumerate(self._rows):
            if predicate(row):
                while self._loaded <= position:
                    self.fetchMore(QModelIndex())
                return position
        return -1

    # -- Qt's interface ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        count = min(self._batch, len(self._rows) - self._loaded)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column.value(row))
        if role == VALUE_ROLE:
            return column.value(row)
        if role == ROW_ROLE:
            return row
        attribute = _STYLE_ROLES.get(int(role))
        spec = getattr(column, attribute) if attribute else None
        return None if spec is None else _resolve(spec, row)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return super().headerData(section, orientation, role)
