"""UI fixtures: a Qt app with the bundled font, isolated QSettings, a synchronous runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.domain.errors import FloorQCError
from app.services.base import SYSTEM
from app.services.bootstrap import Services
from app.ui.application import install_font
from app.ui.context import UiContext
from app.ui.tasks import AppSignals, TaskRunner


@pytest.fixture(autouse=True)
def _qt_settings(qapp, tmp_path):
    qapp.setOrganizationName("FloorQC-tests")
    qapp.setApplicationName("FloorQC-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    install_font(qapp)
    yield


class ErrorSink(list):
    """Collects errors the runner would have shown in a message box."""

    def __call__(self, error: BaseException) -> None:
        self.append(error)


@pytest.fixture
def ui_errors():
    return ErrorSink()


@pytest.fixture
def make_ctx(db, ui_errors):
    """``make_ctx(actor=SYSTEM)`` → a UiContext whose runner works synchronously."""

    def build(actor=SYSTEM) -> UiContext:
        signals = AppSignals()
        runner = TaskRunner(signals, ui_errors, synchronous=True)
        return UiContext(Services.bind(db, actor), runner, signals,
                         lambda _ctx, text: text)

    return build


@pytest.fixture
def ctx(make_ctx) -> UiContext:
    return make_ctx()


def message_of(error: BaseException) -> str:
    return error.render() if isinstance(error, FloorQCError) else str(error)
