"""The count beside "My work" in the navigation: the signed-in user's inbox, refreshed when a
rectification or patrol changes and once a minute (so an escalation shows without a click)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from app.ui.context import UiContext
from app.ui.rectifications.common import TOPICS

REFRESH_MS = 60_000


class InboxCounter(QObject):
    """Calls ``show(count)`` with the inbox count after each refresh."""

    def __init__(self, ctx: UiContext, show: Callable[[int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._show = ctx, show
        self.count = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        ctx.signals.changed.connect(self._changed)
        self.refresh()

    def _changed(self, topics) -> None:
        if set(topics) & set(TOPICS):
            self.refresh()

    def refresh(self) -> None:
        svc = getattr(self.ctx.services, "rectifications", None)
        if svc is None:
            return
        self.ctx.runner.run(lambda: svc.inbox().count, self._counted, lambda _e: None)

    def _counted(self, count: int) -> None:
        self.count = count
        self._show(count)
