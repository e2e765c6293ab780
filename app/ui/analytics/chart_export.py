"""Saving the charts of the analytics page, shared by its tabs: a ChartBox frames a chart with
"Save PNG…" and "Save data (.xlsx)…" under it (and, for a chart drawn from two tables, a
button per further table), plus a line saying what was saved.

The PNG is the chart's widget as drawn now (QWidget.grab). The data are written by a service
call the tab hands in (e.g. AnalyticsService.export_xlsx, GapService.export_xlsx), run through
the task runner so the file is written off the UI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.tasks import TaskRunner

MUTED_STYLE = "color: #6f6f6f;"


def file_name(key: str, period: tuple[dt.date, dt.date] | None, suffix: str) -> str:
    """The name offered in the save dialog: ``key_first_last.suffix``."""
    if period is None:
        return f"{key}{suffix}"
    return f"{key}_{period[0].isoformat()}_{period[1].isoformat()}{suffix}"


class ChartBox(QFrame):
    """A chart (``body``, what the PNG shows) with its save buttons under it. ``more_data``
    maps further data keys to their button labels; ``data_buttons`` holds every data button
    by its key (``key`` itself for "Save data (.xlsx)…")."""

    def __init__(self, key: str, body: QWidget, more_data: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.body = key, body
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.png_button = QPushButton(self.tr("Save PNG…"))
        self.data_button = QPushButton(self.tr("Save data (.xlsx)…"))
        self.data_buttons = {key: self.data_button}
        for data_key, label in (more_data or {}).items():
            self.data_buttons[data_key] = QPushButton(label)
        self.status = QLabel()
        self.status.setStyleSheet(MUTED_STYLE)
        footer = QHBoxLayout()
        footer.setContentsMargins(6, 0, 6, 4)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.png_button)
        for button in self.data_buttons.values():
            footer.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(body, 1)
        layout.addLayout(footer)

    def connect(self, save_png: Callable[[str], object],
                save_data: Callable[[str], object]) -> None:
        """Clicks call ``save_png(box key)`` and ``save_data(data key)``."""
        self.png_button.clicked.connect(lambda _checked=False: save_png(self.key))
        for data_key, button in self.data_buttons.items():
            button.clicked.connect(lambda _checked=False, k=data_key: save_data(k))

    def ask_path(self, title: str, name: str, suffix: str, pattern: str) -> Path | None:
        """The file chosen in a save dialog, with ``suffix`` added if it was left off; None
        if cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def save_png(self, name: str) -> Path | None:
        """Save the chart (as drawn now) as a PNG; returns the path, None if cancelled or
        not written."""
        path = self.ask_path(self.tr("Save chart as PNG"), name, ".png",
                             self.tr("PNG image (*.png)"))
        if path is None:
            return None
        if not self.body.grab().save(str(path), "PNG"):
            self.status.setText(self.tr("Could not write {file}.").format(file=str(path)))
            return None
        self.status.setText(self.tr("Saved {file}.").format(file=path.name))
        return path

    def save_data(self, name: str, write: Callable[[Path], int], runner: TaskRunner,
                  message: Callable[[BaseException], str]) -> Path | None:
        """Ask for an .xlsx file, then run ``write(path)`` (a service call returning the rows
        written) through ``runner``; the status line says how it went, in ``message``'s
        words on failure. Returns the path chosen, None if cancelled."""
        path = self.ask_path(self.tr("Save chart data"), name, ".xlsx",
                             self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None

        def saved(rows: int) -> None:
            self.status.setText(self.tr("Saved {rows} rows to {file}.").format(
                rows=rows, file=path.name))

        def failed(error: BaseException) -> None:
            self.status.setText(message(error))

        runner.run(lambda: write(path), saved, failed, owner=self)
        return path
