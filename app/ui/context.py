"""What a page or dialog needs, passed in explicitly (never the whole main window)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import FloorQCError
from app.services.bootstrap import Services
from app.ui.tasks import AppSignals, TaskRunner


@dataclass
class UiContext:
    services: Services
    runner: TaskRunner
    signals: AppSignals
    translate: Callable[[str, str], str]  # for messages that come from the services

    def message(self, error: BaseException) -> str:
        if isinstance(error, FloorQCError):
            return error.render(self.translate)
        return str(error)

    def show_error(self, parent: QWidget | None, error: BaseException) -> None:
        title = QCoreApplication.translate("UiContext", "Cannot do that")
        if isinstance(error, FloorQCError):
            QMessageBox.warning(parent, title, self.message(error))
        else:
            QMessageBox.critical(parent, title, f"{type(error).__name__}: {error}")
