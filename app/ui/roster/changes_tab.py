"""Change log tab (变更记录): every change made to the week after it was published — who, when,
what it was before and after, and the reason given for a confirmed rule breach."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.errors import QT_TRANSLATE_NOOP
from app.services.roster_dto import ChangeDTO
from app.ui.context import UiContext
from app.ui.pages.org_common import NoticeBanner, make_table
from app.ui.roster.common import (
    Lookups,
    RosterState,
    RosterTab,
    attendance_label,
    weekday_label,
)
from app.ui.table_model import Column

ACTIONS = {
    "set": QT_TRANSLATE_NOOP("ChangesTab", "Set"),
    "clear": QT_TRANSLATE_NOOP("ChangesTab", "Cleared"),
    "attendance": QT_TRANSLATE_NOOP("ChangesTab", "Attendance"),
    "redeploy": QT_TRANSLATE_NOOP("ChangesTab", "Redeployed"),
    "acting_leader": QT_TRANSLATE_NOOP("ChangesTab", "Acting leader"),
    "copy": QT_TRANSLATE_NOOP("ChangesTab", "Copied last week"),
    "template": QT_TRANSLATE_NOOP("ChangesTab", "Applied a template"),
}


@dataclass(frozen=True)
class ChangeRow:
    at: dt.datetime
    actor: str
    action: str
    who: str
    slot: str
    before: str
    after: str
    reason: str


def _load(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class ChangesTab(RosterTab):
    def __init__(self, ctx: UiContext, state: RosterState, banner: NoticeBanner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, banner, parent)
        self.note = QLabel()
        self.note.setObjectName("changesNote")
        self.note.setWordWrap(True)
        self.table, self.model = make_table([
            Column(self.tr("When"), lambda r: f"{r.at:%m-%d %H:%M}"),
            Column(self.tr("By"), lambda r: r.actor),
            Column(self.tr("Change"), lambda r: r.action),
            Column(self.tr("Employee"), lambda r: r.who),
            Column(self.tr("Shift"), lambda r: r.slot),
            Column(self.tr("Before"), lambda r: r.before, tooltip=lambda r: r.before),
            Column(self.tr("After"), lambda r: r.after, tooltip=lambda r: r.after),
            Column(self.tr("Reason"), lambda r: r.reason, tooltip=lambda r: r.reason or None),
        ], widths=(90, 80, 80, 70, 110, 240, 240))
        self.table.setObjectName("changeLog")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        roster, monday = self.ctx.services.roster, self.state.monday
        self.read("changes", lambda: roster.changes(monday), self.show_changes)

    def show_changes(self, changes: list[ChangeDTO]) -> None:
        lookups = self.state.lookups
        self.model.set_rows([self.row(c, lookups) for c in reversed(changes)])  # newest first
        published = self.state.week is not None and self.state.week.status == "published"
        self.note.setText(
            self.tr("{n} change(s) since the week was published.").format(n=len(changes))
            if published else self.tr("The week is a draft: changes are logged once it is "
                                      "published."))

    def row(self, change: ChangeDTO, lookups: Lookups) -> ChangeRow:
        before, after = _load(change.before), _load(change.after)
        either = after or before
        employee = lookups.employees.get(either.get("employee_id"))
        return ChangeRow(change.at, change.actor,
                         self.tr(ACTIONS.get(change.action, change.action)),
                         employee.name if employee else "", self._slot(either, lookups),
                         self._describe(change.action, before, lookups),
                         self._describe(change.action, after, lookups), change.reason)

    def _slot(self, values: dict, lookups: Lookups) -> str:
        shift = lookups.shifts.get(values.get("shift_type_id"))
        try:
            day = dt.date.fromisoformat(values.get("day", ""))
        except (TypeError, ValueError):
            return shift.name if shift else ""
        return f"{weekday_label(day)} {day.month}-{day.day:02d} {shift.name if shift else ''}"

    def _describe(self, action: str, values: dict, lookups: Lookups) -> str:
        """A snapshot in words: post · area, redeployment and attendance."""
        if not values:
            return "—"
        if action in ("copy", "template"):
            return self.tr("{copied} filled, {skipped} skipped").format(
                copied=values.get("copied", 0), skipped=values.get("skipped", 0))
        if action == "acting_leader":
            team = lookups.teams.get(values.get("team_id"))
            person = lookups.employees.get(values.get("employee_id"))
            return f"{team.name if team else '?'}: {person.name if person else '—'}"
        post = lookups.posts.get(values.get("post_id"))
        area = lookups.areas.get(values.get("area_id"))
        parts = [p for p in (post.name if post else "", area.name if area else "") if p]
        source = lookups.posts.get(values.get("redeployed_from_post_id"))
        if source is not None:
            parts.append(self.tr("from {post}").format(post=source.name))
        status = values.get("attendance")
        if status == "late":
            parts.append(self.tr("late {n} min").format(n=values.get("late_minutes") or 0))
        elif status:
            parts.append(attendance_label(status))
        return " · ".join(parts) or "—"
