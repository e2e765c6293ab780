"""What complaints and guest comments share: checking what the guest said as it is written
down (the words themselves, the guest's name, contact and table, when it was received, the
area), and reading them back (names by id, people by user name, a range of days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AppUser, Area, Employee
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.services.base import required_name

# Column widths of the guest's details, checked so PostgreSQL never refuses a long entry.
_WIDTHS = {"guest_name": 80, "guest_contact": 80, "table_no": 20}


@dataclass(frozen=True)
class GuestEntry:
    content: str
    texts: dict[str, str]  # guest_name, guest_contact, table_no: trimmed, within their widths
    received_at: dt.datetime


def checked_entry(draft, now: dt.datetime, no_content: str, too_late: str) -> GuestEntry:
    """The draft's words and guest details, trimmed and checked; received now unless the draft
    says when (never later than now). ``no_content`` and ``too_late`` (with ``{at}``) are the
    caller's messages, as they name a complaint or a comment."""
    content = required_name(draft.content, no_content)
    texts = {k: (getattr(draft, k) or "").strip() for k in _WIDTHS}
    if any(len(texts[k]) > width for k, width in _WIDTHS.items()):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The guest's name and contact may have at most 80 characters, the "
                      "table at most 20."))
    received = draft.received_at or now
    if received > now:
        raise ValidationError(too_late, at=received.strftime("%Y-%m-%d %H:%M"))
    return GuestEntry(content, texts, received)


def check_area(s: Session, area_id: int | None) -> None:
    if area_id is not None and s.get(Area, area_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such area."))


def names_by_id(s: Session, model, ids: Iterable[int | None]) -> dict[int, str]:
    """id → name of the ``model`` rows (areas, departments, employees) among ``ids``, in one
    query (none when there are no ids)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(model.id, model.name).where(model.id.in_(wanted))).all())


def display_names(s: Session, usernames: Iterable[str]) -> dict[str, str]:
    """User name → the employee's name where the sign-in belongs to one, else the user name."""
    wanted = {u for u in usernames if u}
    if not wanted:
        return {}
    found = dict(s.execute(select(AppUser.username, Employee.name)
                           .join(Employee, Employee.id == AppUser.employee_id)
                           .where(AppUser.username.in_(wanted))).all())
    return {u: found.get(u, u) for u in wanted}


def on_days(column, date_from: dt.date | None, date_to: dt.date | None) -> list:
    """The conditions for ``column`` (a time) to fall on the days from ``date_from`` to
    ``date_to`` inclusive; a missing end leaves that side open."""
    conditions = []
    if date_from is not None:
        conditions.append(column >= dt.datetime.combine(date_from, dt.time()))
    if date_to is not None:
        conditions.append(column < dt.datetime.combine(date_to + dt.timedelta(days=1),
                                                       dt.time()))
    return conditions
