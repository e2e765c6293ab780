"""One runner for service calls from the UI (after Anki's CollectionOp): the work runs on a
single serial worker thread, results come back on the main thread, and a successful write
broadcasts what it changed so the pages that care can refresh."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from app.domain.errors import FloorQCError

log = logging.getLogger(__name__)


class AppSignals(QObject):
    """App-wide broadcast: ``changed`` carries the set of topics a write touched
    (e.g. {"org"}, {"users"}, {"settings"})."""

    changed = Signal(frozenset)


class _Bridge(QObject):
    done = Signal(object, object, object)  # callback, result, error


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge, callback) -> None:
        super().__init__()
        self._fn, self._bridge, self._callback = fn, bridge, callback

    def run(self) -> None:  # on the worker thread: no widget is touched here
        try:
            result = self._fn()
        except Exception as exc:  # handed to the main thread, never swallowed
            exc.__floorqc_trace__ = traceback.format_exc()
            self._bridge.done.emit(self._callback, None, exc)
        else:
            self._bridge.done.emit(self._callback, result, None)


class TaskRunner(QObject):
    """``run(work, on_success, on_error, changes)``. ``synchronous=True`` runs the work at
    once on the calling thread (tests, and short reads during start-up)."""

    def __init__(self, signals: AppSignals, on_error: Callable[[BaseException], None],
                 synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = signals
        self._default_error = on_error
        self._synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # writes stay in order
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._finish)
        self.pending = 0

    def run(self, work: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            changes: Iterable[str] = (), owner: QObject | None = None) -> None:
        """``owner``: the widget the callbacks update; if it is gone when the work ends
        (its window was closed meanwhile), the callbacks are skipped."""
        callback = (on_success, on_error, frozenset(changes), owner)
        self.pending += 1
        if self._synchronous:
            try:
                result = work()
            except Exception as exc:
                self._finish(callback, None, exc)
            else:
                self._finish(callback, result, None)
            return
        self._pool.start(_Job(work, self._bridge, callback))

    def wait(self) -> None:
        self._pool.waitForDone()

    def _finish(self, callback, result, error) -> None:
        self.pending -= 1
        on_success, on_error, changes, owner = callback
        if owner is not None and not isValid(owner):
            on_success = on_error = None
        if error is not None:
            if isinstance(error, FloorQCError):  # the user was refused something; not a bug
                log.info("refused: %s", error)
            else:
                log.error("task failed: %s", getattr(error, "__floorqc_trace__", error))
            handler = on_error or (self._default_error if owner is None or isValid(owner)
                                   else None)
            if handler is not None and _alive(handler):
                handler(error)
        elif on_success is not None and _alive(on_success):
            on_success(result)
        if error is not None:
            return
        if changes:
            self.signals.changed.emit(changes)


def _alive(fn) -> bool:
    """False when ``fn`` is a method of a widget that was closed while the work ran."""
    owner = getattr(fn, "__self__", None)
    return not isinstance(owner, QObject) or isValid(owner)
