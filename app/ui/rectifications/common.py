"""What the rectification screens share: the services (bound to the signed-in actor), the
live countdown text and colour derived from due_at and now, labels of states, root causes and
efficacy, the columns of an item table, and writes that announce the "rectifications" topic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.rectification import CLOSED, EFFICACY, ROOT_CAUSES, STATES
from app.services.rectification_dto import RectificationDTO
from app.ui.context import UiContext
from app.ui.patrols.common import SEVERITY_COLOURS, person_text, severity_label
from app.ui.table_model import Column

TOPIC = "rectifications"
TOPICS = (TOPIC, "patrols")  # a rectification write also changes its finding
RED = QColor("#b3261e")
AMBER = QColor("#c25e00")
GREEN = QColor("#1e6b2a")
AMBER_MINUTES = 15  # under this many minutes left, the countdown turns amber
COUNTDOWN_MS = 30_000  # how often countdowns are redrawn




def rectifications(ctx: UiContext):
    """The RectificationService of the signed-in actor."""
    return ctx.services.rectifications


def accountability(ctx: UiContext):
    return ctx.services.accountability


def now_of(ctx: UiContext) -> dt.datetime:
    """The rectification service's clock (tests fix it), else the wall clock."""
    try:
        return rectifications(ctx).clock()
    except Exception:  # noqa: BLE001 - the countdown must never break a screen
        return dt.datetime.now().replace(microsecond=0)


def state_label(state: str) -> str:
    return QCoreApplication.translate("rect_states", STATES.get(state, state))


def root_cause_label(key: str) -> str:
    return QCoreApplication.translate("root_causes", ROOT_CAUSES.get(key, key)) if key else ""


def efficacy_label(key: str) -> str:
    return QCoreApplication.translate("efficacy", EFFICACY.get(key, key)) if key else ""


def _span(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return QCoreApplication.translate("Rectifications", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("Rectifications", "{h} h {m} min").format(h=hours, m=mins)
    return QCoreApplication.translate("Rectifications", "{m} min").format(m=mins)


def countdown(rect: RectificationDTO, now: dt.datetime) -> str:
    """"12 min left" / "Overdue 1 h 5 min"; closed and submitted items have no clock."""
    if rect.status in CLOSED:
        return state_label(rect.status)
    if rect.status == "submitted":
        return QCoreApplication.translate("Rectifications", "fixed, due {time}").format(time=rect.due_at.strftime("%H:%M"))
    seconds = (rect.due_at - now).total_seconds()
    if seconds >= 0:
        return QCoreApplication.translate("Rectifications", "{span} left").format(span=_span(int(seconds // 60)))
    return QCoreApplication.translate("Rectifications", "Overdue {span}").format(span=_span(int(-seconds // 60)))


def countdown_colour(rect: RectificationDTO, now: dt.datetime) -> QColor | None:
    if rect.status in CLOSED or rect.status == "submitted":
        return None
    left = (rect.due_at - now).total_seconds()
    if left < 0:
        return RED
    if left < AMBER_MINUTES * 60:
        return AMBER
    return None


def who_text(rect: RectificationDTO, levels: bool = True) -> str:
    """Assignee, and the accountable person when escalation moved it up."""
    assignee = person_text(rect.assignee)
    if not levels and rect.accountable is not None and rect.escalation_level:
        return f"{assignee or '—'} → {rect.accountable.name}"
    if rect.accountable is not None and (rect.assignee is None
                                         or rect.accountable.id != rect.assignee.id):
        return QCoreApplication.translate("Rectifications", "{assignee} → {accountable} (level {level})").format(
            assignee=assignee or "—", accountable=rect.accountable.name,
            level=rect.escalation_level)
    return assignee


def item_columns(now: Callable[[], dt.datetime]) -> list[Column]:
    """Columns of every rectification table; ``now`` is read at paint time, so a repaint
    every half minute keeps the countdown live."""
    return [
        Column(QCoreApplication.translate("Rectifications", "Severity"), lambda r: severity_label(r.severity),
               foreground=lambda r: SEVERITY_COLOURS.get(r.severity)),
        Column(QCoreApplication.translate("Rectifications", "Area"), lambda r: r.area),
        Column(QCoreApplication.translate("Rectifications", "Description"), lambda r: r.description, tooltip=lambda r: r.description),
        Column(QCoreApplication.translate("Rectifications", "Due"), lambda r: countdown(r, now()),
               foreground=lambda r: countdown_colour(r, now()),
               tooltip=lambda r: r.due_at.strftime("%Y-%m-%d %H:%M")),
        Column(QCoreApplication.translate("Rectifications", "Assignee / accountable"), who_text),
        Column(QCoreApplication.translate("Rectifications", "Status"), lambda r: state_label(r.status)),
    ]


COLUMN_WIDTHS = (64, 120, 300, 150, 190, 130)


def write(ctx: UiContext, work: Callable[[], Any], on_saved: Callable[[Any], None] | None,
          on_failed: Callable[[BaseException], None],
          changes: Iterable[str] = TOPICS) -> None:
    ctx.runner.run(work, on_saved, on_failed, changes=changes)
