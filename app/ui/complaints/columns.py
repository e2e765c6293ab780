"""The columns of the complaint tables (the log, and My work's inbox) and the model that
redraws only the clock column each second — a dataChanged for one column, never a reload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt

from app.ui.complaints.common import (
    SEVERITY_COLOURS,
    category_label,
    channel_label,
    clock_colour,
    clock_text,
    dimension_label,
    severity_label,
    state_label,
    where_text,
)
from app.ui.patrols.common import person_text
from app.ui.rectifications.list_page import PagedModel
from app.ui.table_model import Column, DtoTableModel


def clock_column(now: Callable[[], dt.datetime]) -> Column:
    """``now`` is read at paint time, so a dataChanged for this column is enough to tick."""
    answer_by = QCoreApplication.translate("ComplaintColumns", "Answer by {time}")
    return Column(QCoreApplication.translate("ComplaintColumns", "Clock"),
                  lambda c: clock_text(c, now()),
                  foreground=lambda c: clock_colour(c, now()),
                  tooltip=lambda c: answer_by.format(time=c.deadline.strftime("%H:%M:%S")))


def _number() -> Column:
    return Column(QCoreApplication.translate("ComplaintColumns", "No."), lambda c: c.id,
                  alignment=Qt.AlignmentFlag.AlignCenter)


def _received() -> Column:
    return Column(QCoreApplication.translate("ComplaintColumns", "Received"),
                  lambda c: c.received_at.strftime("%m-%d %H:%M"))


def _where() -> Column:
    return Column(QCoreApplication.translate("ComplaintColumns", "Area / table"),
                  lambda c: where_text(c.area, c.table_no))


def _status() -> Column:
    return Column(QCoreApplication.translate("ComplaintColumns", "Status"),
                  lambda c: state_label(c.status))


def log_columns(now: Callable[[], dt.datetime]) -> list[Column]:
    return [
        _number(), _received(), clock_column(now),
        Column(QCoreApplication.translate("ComplaintColumns", "Channel"),
               lambda c: channel_label(c.channel)),
        _where(),
        Column(QCoreApplication.translate("ComplaintColumns", "Category"),
               lambda c: category_label(c.category),
               tooltip=lambda c: f"{category_label(c.category)} · "
                                 f"{dimension_label(c.dimension)}\n{c.content}"),
        Column(QCoreApplication.translate("ComplaintColumns", "Severity"),
               lambda c: severity_label(c.severity),
               foreground=lambda c: SEVERITY_COLOURS.get(c.severity)),
        _status(),
        Column(QCoreApplication.translate("ComplaintColumns", "Responsible"),
               lambda c: person_text(c.responsible) or c.department),
    ]


LOG_WIDTHS = (40, 84, 100, 56, 120, 130, 64, 96, 80)
LOG_CLOCK = 2
LOG_STRETCH = 5  # the category gives way when the detail panel takes room


def inbox_columns(now: Callable[[], dt.datetime]) -> list[Column]:
    """My work's complaint tables: the clock first, then what the guest said."""
    return [
        clock_column(now), _number(), _received(), _where(),
        Column(QCoreApplication.translate("ComplaintColumns", "Category"),
               lambda c: category_label(c.category)),
        Column(QCoreApplication.translate("ComplaintColumns", "Complaint"), lambda c: c.content,
               tooltip=lambda c: c.content),
        _status(),
    ]


INBOX_WIDTHS = (120, 46, 92, 150, 150, 300, 90)
INBOX_CLOCK = 0


def tick(model: DtoTableModel, column: int) -> None:
    """Redraw one column of every loaded row (text and colour), nothing else."""
    rows = model.rowCount()
    if rows:
        model.dataChanged.emit(model.index(0, column), model.index(rows - 1, column),
                               [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole])


class ComplaintModel(PagedModel):
    """The log's model: pages from the service as the list scrolls; the clock column ticks."""

    def __init__(self, columns: Sequence[Column], fetch: Callable[[int], None],
                 clock_column_index: int = LOG_CLOCK) -> None:
        super().__init__(columns, fetch)
        self.clock_column = clock_column_index

    def tick(self) -> None:
        tick(self, self.clock_column)

    def replace_row(self, row) -> int:
        """Swap in a fresh copy of one complaint (after a write); -1 if it is not loaded."""
        for position, old in enumerate(self._rows):
            if old.id == row.id:
                rows = list(self._rows)
                rows[position] = row
                self._rows = tuple(rows)
                if position < self._loaded:
                    self.dataChanged.emit(self.index(position, 0),
                                          self.index(position, self.columnCount() - 1))
                return position
        return -1
