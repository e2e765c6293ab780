"""Which patrols are due now (巡检计划): per area, the level's windows of the day.

- team leader: a check at shift opening and every ``patrol.leader_interval_hours`` after,
  for each shift;
- supervisor: ``patrol.supervisor_per_shift`` patrols per shift (the shift split evenly);
- manager: ``patrol.manager_per_day`` audits per working day (from the first shift's start
  to the last shift's end, split evenly).
A window is done when a submitted round of that level in the area started inside it; open
and not done it is due, overdue once ``patrol.grace_minutes`` past its start, missed once
closed. Windows that have not opened yet are not listed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db.models import Area, ShiftType
from app.db.models_patrol import Inspection
from app.domain.checklists import level_for_role
from app.domain.permissions import Permission
from app.domain.shifts import shift_window
from app.services.base import Service
from app.services.checklist_dto import DueItem
from app.services.checklist_load import suggest_version
from app.services.settings import read_setting

STATE_ORDER = {"overdue": 0, "due": 1, "missed": 2, "done": 3}
Window = tuple[dt.datetime, dt.datetime]


def _split(window: Window, parts: int) -> list[Window]:
    begin, end = window
    step = (end - begin) / max(1, parts)
    return [(begin + step * k, begin + step * (k + 1)) for k in range(max(1, parts))]


def _every(window: Window, hours: int) -> list[Window]:
    begin, end = window
    out, step = [], dt.timedelta(hours=max(1, hours))
    while begin < end:
        out.append((begin, min(begin + step, end)))
        begin += step
    return out


def windows(level: str, shifts: list[tuple[dt.time, dt.time]], day: dt.date,
            settings: dict[str, int]) -> list[Window]:
    """The level's windows for the working day ``day`` (shift windows start on ``day``)."""
    spans = [shift_window(day, start, end) for start, end in shifts]
    if not spans:
        return []
    if level == "leader":
        return [w for span in spans for w in _every(span, settings["leader_interval_hours"])]
    if level == "supervisor":
        return [w for span in spans for w in _split(span, settings["supervisor_per_shift"])]
    if level == "manager":
        day_span = (min(b for b, _ in spans), max(e for _, e in spans))
        return _split(day_span, settings["manager_per_day"])
    return []


class PatrolPlanService(Service):
    def due(self, now: dt.datetime | None = None, level: str | None = None) -> list[DueItem]:
        self._require(Permission.VIEW_ORG)
        level = level or level_for_role(self.actor.role)
        if level not in ("leader", "supervisor", "manager"):
            return []
        now = now or self.clock()
        today = now.date()
        with self.db.read() as s:
            settings = {k: read_setting(s, f"patrol.{k}") for k in (
                "leader_interval_hours", "supervisor_per_shift", "manager_per_day",
                "grace_minutes")}
            shifts = [(sh.start, sh.end) for sh in s.scalars(
                select(ShiftType).where(ShiftType.active.is_(True)))]
            # Today's opened windows, and yesterday's only while they are still open.
            wins = sorted({w for w in windows(level, shifts, today, settings) if w[0] <= now}
                          | {w for w in windows(level, shifts, today - dt.timedelta(days=1),
                                                settings) if w[0] <= now < w[1]})
            if not wins:
                return []
            rounds = s.execute(select(Inspection.area_id, Inspection.started_at,
                                      Inspection.status, Inspection.inspector, Inspection.id)
                               .where(Inspection.level == level,
                                      Inspection.day >= today - dt.timedelta(days=2),
                                      Inspection.day <= today)
                               .order_by(Inspection.id)).all()
            areas = list(s.execute(select(Area.id, Area.name, Area.kind).order_by(Area.name)))
            suggested = {kind: suggest_version(s, kind, level) for kind in {a.kind for a in areas}}
        grace = dt.timedelta(minutes=settings["grace_minutes"])
        out = []
        for area in areas:
            mine = [r for r in rounds if r.area_id == area.id]
            for begin, end in wins:
                inside = [r for r in mine if begin <= r.started_at < end]
                if any(r.status == "submitted" for r in inside):
                    state = "done"
                elif now >= end:
                    state = "missed"
                elif now > begin + grace:
                    state = "overdue"
                else:
                    state = "due"
                draft = next((r.id for r in reversed(inside) if r.status == "draft"
                              and r.inspector == self.actor.username), None)
                version = suggested.get(area.kind)
                out.append(DueItem(area.id, area.name, area.kind, level,
                                   version[0] if version else None,
                                   version[1] if version else "", begin, state,
                                   draft if state != "done" else None))
        return sorted(out, key=lambda d: (STATE_ORDER[d.state], d.due_at, d.area))
