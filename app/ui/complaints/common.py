"""What the complaint screens share: the services of the signed-in actor, the service clock,
labels of channels, categories, states and comment kinds, and the first-response clock as
text and colour (a live mm:ss countdown while unanswered, the response time once answered).

The clock is read from the ComplaintDTO's ``deadline`` (received_at + the response limit
setting), so the screens never need the setting themselves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.complaints import (
    CATEGORIES,
    CHANNELS,
    COMMENT_KINDS,
    SATISFACTION,
    SEVERITIES,
    STATES,
)
from app.domain.permissions import Permission
from app.domain.servqual_instrument import DIMENSION_LABELS
from app.services.guest_dto import ComplaintDTO
from app.ui.context import UiContext

TOPIC = "complaints"
TOPICS = (TOPIC, "rectifications")  # opening a rectification changes both
RED = QColor("#b3261e")
AMBER = QColor("#c25e00")
GREEN = QColor("#1e6b2a")
TICK_MS = 1000  # the response clock counts seconds
AMBER_SECONDS = 60  # in its last minute the countdown turns amber
SEVERITY_COLOURS = {"critical": RED, "major": AMBER}


def complaints(ctx: UiContext):
    """The ComplaintService of the signed-in actor."""
    return ctx.services.complaints


def comments(ctx: UiContext):
    return ctx.services.guest_comments


def can_read(ctx: UiContext) -> bool:
    """What the complaint reads ask (the services enforce it; the screens only avoid asking)."""
    actor = ctx.services.actor
    return actor.can(Permission.HANDLE_COMPLAINTS) or actor.can(Permission.VIEW_REPORTS)


def now_of(ctx: UiContext) -> dt.datetime:
    """The complaint service's clock (tests fix it), else the wall clock."""
    try:
        return complaints(ctx).clock()
    except Exception:  # noqa: BLE001 - the clock must never break a screen
        return dt.datetime.now().replace(microsecond=0)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def channel_label(key: str) -> str:
    return _translate("complaints", CHANNELS.get(key, key))


def category_label(key: str) -> str:
    label = CATEGORIES.get(key)
    return _translate("complaints", label[0]) if label else key


def dimension_label(key: str) -> str:
    return _translate("servqual", DIMENSION_LABELS.get(key, key)) if key else ""


def severity_label(key: str) -> str:
    return _translate("complaints", SEVERITIES.get(key, key))


def state_label(key: str) -> str:
    return _translate("complaints", STATES.get(key, key))


def satisfaction_label(score: int | None) -> str:
    if score is None:
        return ""
    return f"{score} · {_translate('complaints', SATISFACTION.get(score, str(score)))}"


def kind_label(key: str) -> str:
    return _translate("complaints", COMMENT_KINDS.get(key, key))


def where_text(area: str, table_no: str) -> str:
    """"二楼大厅 · 8号桌"-style: the area and the table, whichever is known."""
    if area and table_no:
        return QCoreApplication.translate("ComplaintClock", "{area} · table {table}").format(
            area=area, table=table_no)
    if table_no:
        return QCoreApplication.translate("ComplaintClock", "table {table}").format(
            table=table_no)
    return area


def duration_text(seconds: float | int | None) -> str:
    """Whole seconds as m:ss, or h:mm:ss from an hour on; "—" for no figure."""
    if seconds is None:
        return "—"
    seconds = int(abs(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def span_text(seconds: float | None) -> str:
    """A longer time (to resolve) in days, hours and minutes; "—" for no figure."""
    if seconds is None:
        return "—"
    minutes = int(seconds // 60)
    hours, mins = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return QCoreApplication.translate("ComplaintClock", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("ComplaintClock", "{h} h {m} min").format(
            h=hours, m=mins)
    return QCoreApplication.translate("ComplaintClock", "{m} min").format(m=mins)


def seconds_left(complaint: ComplaintDTO, now: dt.datetime) -> int:
    """Whole seconds to the response deadline; negative once late (floored like the domain)."""
    return (complaint.deadline - now) // dt.timedelta(seconds=1)


def is_waiting(complaint: ComplaintDTO) -> bool:
    return complaint.first_response_at is None and complaint.status == "received"


def clock_text(complaint: ComplaintDTO, now: dt.datetime) -> str:
    """"03:12" left, "Late 01:05", or once answered "02:31 on time" / "07:40 late"."""
    if is_waiting(complaint):
        left = seconds_left(complaint, now)
        if left >= 0:
            return duration_text(left)
        return QCoreApplication.translate("ComplaintClock", "Late {time}").format(
            time=duration_text(-left))
    if complaint.response_seconds is None:
        return ""
    if complaint.on_time:
        return QCoreApplication.translate("ComplaintClock", "{time} on time").format(
            time=duration_text(complaint.response_seconds))
    return QCoreApplication.translate("ComplaintClock", "{time} late").format(
        time=duration_text(complaint.response_seconds))


def clock_colour(complaint: ComplaintDTO, now: dt.datetime) -> QColor | None:
    if is_waiting(complaint):
        left = seconds_left(complaint, now)
        if left < 0:
            return RED
        return AMBER if left < AMBER_SECONDS else None
    if complaint.response_seconds is None:
        return None
    return GREEN if complaint.on_time else RED


def is_late(complaint: ComplaintDTO, now: dt.datetime) -> bool:
    if is_waiting(complaint):
        return seconds_left(complaint, now) < 0
    return complaint.on_time is False


def share_text(share: float | None) -> str:
    return "—" if share is None else f"{share:.0f}%"
