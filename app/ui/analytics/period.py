"""The period picker of the analytics page (also used by the survey and promise lists):
this week, the last four weeks, this month, a custom range, and optionally all time.
Weeks start on Monday, like the weekly gap trend, so "last 4 weeks" shows four whole bars."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.ui.form_dialog import select_data

Range = tuple[dt.date | None, dt.date | None]

THIS_WEEK, LAST_4_WEEKS, THIS_MONTH, CUSTOM, ALL_TIME = (
    "this_week", "last_4_weeks", "this_month", "custom", "all")


def period_range(key: str, today: dt.date, custom: Range = (None, None)) -> Range:
    """The first and last day of a period ending today; (None, None) for all time."""
    monday = today - dt.timedelta(days=today.weekday())
    if key == THIS_WEEK:
        return monday, today
    if key == LAST_4_WEEKS:
        return monday - dt.timedelta(weeks=3), today
    if key == THIS_MONTH:
        return today.replace(day=1), today
    if key == CUSTOM:
        start, end = custom
        if start and end and start > end:
            start, end = end, start
        return start, end
    return None, None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodPicker(QWidget):
    """A combo of periods; the custom one shows a from–to pair of dates. ``changed`` fires
    whenever the range changes; ``today`` is asked each time (the service clock in tests)."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], include_all: bool = False,
                 default: str = LAST_4_WEEKS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._last: Range | None = None  # the range shown before switching to custom
        self.combo = QComboBox()
        choices = [(self.tr("This week"), THIS_WEEK), (self.tr("Last 4 weeks"), LAST_4_WEEKS),
                   (self.tr("This month"), THIS_MONTH)]
        if include_all:
            choices.append((self.tr("All time"), ALL_TIME))
        choices.append((self.tr("Custom…"), CUSTOM))
        for label, key in choices:
            self.combo.addItem(label, key)
        select_data(self.combo, default)
        start, end = period_range(LAST_4_WEEKS, today())
        self.date_from, self.date_to = QDateEdit(_qdate(start)), QDateEdit(_qdate(end))
        self.dash = QLabel("–")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.combo, self.date_from, self.dash, self.date_to):
            row.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._picked)
        self._show_custom()

    def key(self) -> str:
        return self.combo.currentData()

    def set_key(self, key: str) -> None:
        select_data(self.combo, key)

    def set_custom(self, start: dt.date, end: dt.date) -> None:
        """Choose the custom period ``start``–``end`` (one ``changed``)."""
        for widget in (self.combo, self.date_from, self.date_to):
            widget.blockSignals(True)
        select_data(self.combo, CUSTOM)
        self.date_from.setDate(_qdate(start))
        self.date_to.setDate(_qdate(end))
        for widget in (self.combo, self.date_from, self.date_to):
            widget.blockSignals(False)
        self._show_custom()
        self.changed.emit()

    def range(self) -> Range:
        custom = (self.date_from.date().toPython(), self.date_to.date().toPython())
        return period_range(self.key(), self._today(), custom)

    def _picked(self, _index: int) -> None:
        if self.key() == CUSTOM:  # start the custom dates from what was shown
            start, end = period_range(LAST_4_WEEKS, self._today())
            shown = self._last or (start, end)
            self.date_from.blockSignals(True)
            self.date_to.blockSignals(True)
            self.date_from.setDate(_qdate(shown[0] or start))
            self.date_to.setDate(_qdate(shown[1] or end))
            self.date_from.blockSignals(False)
            self.date_to.blockSignals(False)
        self._show_custom()
        self.changed.emit()

    def _show_custom(self) -> None:
        custom = self.key() == CUSTOM
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(custom)
        if not custom:
            self._last = self.range()
