"""Pieces of the detail views of one record that is changed through dialogs (a complaint, a
rectification): the form of read-only fields, the bar that says the record was changed
underneath ("changed by X at T — reload"), and running a dialog's work with its errors
shown where they belong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton

from app.domain.errors import ConflictError
from app.ui.context import UiContext


class ConflictBar(QFrame):
    """Hidden until a write finds the record at another version: then the service's message
    ("changed by X at T — reload") and a button that reloads."""

    def __init__(self, reload_text: str, on_reload: Callable[[], None]) -> None:
        super().__init__()
        self.setStyleSheet("QFrame { background: #fbd9d3; border-radius: 4px; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(reload_text)
        self.button.clicked.connect(lambda _c=False: on_reload())
        bar = QHBoxLayout(self)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.button)
        self.hide()

    def report(self, ctx: UiContext, error: BaseException, banner) -> None:
        """A conflict shows here; any other error in ``banner`` (a NoticeBanner)."""
        if isinstance(error, ConflictError):
            self.text.setText(ctx.message(error))
            self.show()
        else:
            banner.show_messages([ctx.message(error)])


def field_form(labels: list[tuple[str, str]]) -> tuple[QFormLayout, dict[str, QLabel]]:
    """A form of (key, label) rows whose values are wrapping, selectable labels, by key."""
    form = QFormLayout()
    fields: dict[str, QLabel] = {}
    for key, label in labels:
        value = QLabel()
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fields[key] = value
        form.addRow(label, value)
    return form, fields


def run_dialog(ctx: UiContext, dialog, start: Callable, saved: Callable,
               failed: Callable[[BaseException], None]) -> None:
    """Runs ``dialog.work()`` through ``start(work, on_done, on_error)`` with the dialog busy.
    Done: the dialog closes and ``saved(result)``. A conflict closes it too and goes to
    ``failed`` (the view's conflict bar: the dialog's data is stale); any other error stays
    in the dialog, so what was typed can be corrected."""

    def ok(result) -> None:
        dialog.set_busy(False)
        dialog.accept()
        saved(result)

    def error(exc: BaseException) -> None:
        dialog.set_busy(False)
        if isinstance(exc, ConflictError):
            dialog.reject()
            failed(exc)
        else:
            dialog.show_error(ctx.message(exc))

    dialog.set_busy(True)
    start(dialog.work(), ok, error)
