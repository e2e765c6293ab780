"""Automatic backups while FloorQC runs: every 30 minutes when something changed, and when
the main window closes (DESIGN.md §6). The work goes through the one task runner, so a
backup never overlaps a write; a failure is reported by signal, not a dialog every half hour."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.backups import backup_if_changed
from app.ui.context import UiContext

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000


class BackupSchedule(QObject):
    """The first check of a session always backs up (the file may hold changes from a
    session that never closed cleanly); later ones only when the file changed since."""

    backed_up = Signal(object)  # Path of the new backup
    failed = Signal(str)  # the message, translated

    def __init__(self, ctx: UiContext, interval_ms: int = INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._marker: tuple | None = None
        self._running = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_now)
        self.timer.start()

    def run_now(self) -> None:
        """One check through the runner (the timer calls this; so may a test)."""
        if self._running or self._stopped:
            return
        self._running = True
        db, since = self.ctx.services.db, self._marker
        self.ctx.runner.run(lambda: backup_if_changed(db, since), self._done, self._failed,
                            owner=self)

    def stop(self) -> None:
        """No more backups from this schedule (before a restore replaces the file)."""
        self._stopped = True
        self.timer.stop()

    def backup_on_close(self) -> Path | None:
        """Call from the main window's closeEvent: waits for running work, then backs up on
        the calling thread if anything changed; returns the file written, if any. Never
        raises: closing must not fail because a backup did (the failure is logged)."""
        if self._stopped:
            return None
        self.stop()
        self.ctx.runner.wait()
        try:
            self._marker, path = backup_if_changed(self.ctx.services.db, self._marker, "close")
        except Exception:
            log.exception("backup on close failed")
            return None
        return path

    def _done(self, result) -> None:
        self._running = False
        self._marker, path = result
        if path is not None:
            log.info("scheduled backup: %s", path)
            self.backed_up.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._running = False  # the marker stays: the next check tries again
        log.warning("scheduled backup failed: %s", error)
        self.failed.emit(self.ctx.message(error))
