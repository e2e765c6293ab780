"""Builders for the complaint UI tests: the venue of tests/complaint_builders.py, contexts
whose complaint, comment, rectification and on-duty services read one settable clock, the
people who sign in (a server, the floor supervisor, the team leader), and small helpers to
find the dialog a button opened."""

from __future__ import annotations

import warnings

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.permissions import Role
from app.services.base import Actor
from app.services.bootstrap import Services
from app.ui.context import UiContext
from tests.complaint_builders import DAY, DINNER, Venue, build_venue  # noqa: F401
from tests.rect_builders import Clock

SUPERVISOR = "zhou.sup"


def clocked(ctx: UiContext, clock: Clock) -> UiContext:
    """The same context with its services on ``clock``."""
    ctx.services = Services.bind(ctx.services.db, ctx.services.actor, clock)
    return ctx


def staff_actor(venue: Venue, name: str = "zhao.min") -> Actor:
    """赵敏, a server (staff role): records and answers complaints, no more."""
    return Actor(name, Role.STAFF, None, venue.server_ids[0])


def supervisor_actor() -> Actor:
    return Actor(SUPERVISOR, Role.SUPERVISOR)


def manager_actor() -> Actor:
    return Actor("li.manager", Role.MANAGER)


def hr_actor() -> Actor:
    return Actor("hr.chen", Role.HR)


def leader(venue: Venue) -> Actor:
    return Actor("wang.li", Role.LEADER, None, venue.lead_id)


def opened(parent: QWidget, kind: type) -> QWidget:
    """The one visible dialog of ``kind`` that ``parent`` has opened."""
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, value) -> None:
    """Pick a combo item by its data, as a user picking from the list would."""
    index = combo.findData(value)
    assert index >= 0, (value, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def make_active(widget: QWidget) -> None:
    """Make ``widget``'s window the active one, so its shortcuts work: the offscreen
    platform never activates a window by itself, and Qt's way to force it is deprecated."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget.window())


def type_text(widget: QWidget, text: str) -> None:
    """Type Chinese the way an input method does: one commit of the composed text (QTest's
    key clicks carry Latin-1 only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
