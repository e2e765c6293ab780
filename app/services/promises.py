"""The promise register (gap 4): service promises with a measurable target and their measured
outcomes — entered or imported, or for the complaint promise taken from the complaint log."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db.backup import backup_sqlite
from app.db.models import Area
from app.db.models_guest import Promise, PromiseOutcome
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.permissions import Permission
from app.domain.promises import SOURCES, kept
from app.domain.servqual import DIMENSIONS
from app.paths import backup_dir_for
from app.services.base import Service, required_name
from app.services.complaint_queries import limit_minutes
from app.services.gap_queries import bounds, complaint_outcomes, measured_outcomes
from app.services.guest_dto import PromiseDraft, PromiseDTO, PromiseOutcomeDTO
from app.services.promise_seed import COMPLAINT_SOURCE, ensure_default_promises  # noqa: F401
from app.services.roster_sheet import Problem
from app.services.staff_io import ImportFailed
from app.services.survey_io import BAD_MINUTES, NOTE_MAX, parse_outcome_sheet
from app.services.tabular import read_rows

_NAME_MAX = 120
_BY_LOG = QT_TRANSLATE_NOOP("errors", "“{name}” is measured from the complaint log; its "
                                      "outcomes cannot be entered.")


class OutcomeImportFailed(ImportFailed):
    """The outcome file has problems; nothing was imported. ``problems`` lists every one."""


def _check_draft(draft: PromiseDraft) -> str:
    name = required_name(draft.name, QT_TRANSLATE_NOOP("errors", "Name the promise."))
    if len(name) > _NAME_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The promise's name is too long (at most {limit} characters)."),
            limit=_NAME_MAX)
    if draft.dimension not in DIMENSIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown dimension {dimension}."),
                              dimension=draft.dimension)
    if draft.source not in SOURCES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown promise source {source}."),
                              source=draft.source)
    target = draft.target_minutes
    if (isinstance(target, bool) or not isinstance(target, int | float)
            or not math.isfinite(target) or target <= 0):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The target must be a number of minutes above 0, not {value}."),
            value=target)
    return name


class PromiseService(Service):
    def _require_view(self) -> None:
        self._require_any(Permission.ENTER_SURVEYS, Permission.VIEW_REPORTS,
                    Permission.HANDLE_COMPLAINTS)

    # -- the register ----------------------------------------------------------------
    def promises(self, date_from: dt.date | None = None,
                 date_to: dt.date | None = None) -> list[PromiseDTO]:
        """Every promise (active first, then by name) with what was measured and kept in the
        period (None = all time). The complaint promise's target is the response limit."""
        self._require_view()
        with self.db.read() as s:
            rows = list(s.scalars(select(Promise).order_by(Promise.active.desc(),
                                                           Promise.name)))
            counted: dict[int, list[bool]] = {}
            for o in measured_outcomes(s, date_from, date_to, None, self.clock(),
                                       active_only=False):
                counted.setdefault(o.promise_id, []).append(o.kept)
            limit = limit_minutes(s)
            return [_dto(p, counted.get(p.id, []), limit) for p in rows]

    def save(self, draft: PromiseDraft, promise_id: int | None = None) -> PromiseDTO:
        self._require(Permission.MANAGE_PROMISES)
        name = _check_draft(draft)
        with self.db.write() as s:
            limit = limit_minutes(s)
            if draft.source == COMPLAINT_SOURCE and draft.target_minutes != limit:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "The complaint promise follows the setting “Minutes to give a "
                              "complaint its first response” ({minutes}); change it there."),
                    minutes=limit)
            clash = s.scalar(select(Promise.id).where(Promise.name == name))
            if clash is not None and clash != promise_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "A promise named {name} already exists."), name=name)
            other_log = s.scalar(select(Promise.id).where(Promise.source == COMPLAINT_SOURCE))
            if draft.source == COMPLAINT_SOURCE and other_log not in (None, promise_id):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Only one promise can be measured from the complaint log."))
            if promise_id is None:
                row = Promise(created_at=self.clock())
                s.add(row)
                before = None
            else:
                row = self._get(s, promise_id)
                before = _snapshot(row)
                if row.source != draft.source and s.scalar(select(func.count()).where(
                        PromiseOutcome.promise_id == row.id)):
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "errors", "“{name}” already has measured outcomes; its source cannot "
                                  "change."), name=row.name)
            row.name, row.description = name, (draft.description or "").strip()
            row.dimension, row.target_minutes = draft.dimension, float(draft.target_minutes)
            row.source, row.active = draft.source, bool(draft.active)
            s.flush()
            self._audit(s, "create" if before is None else "update", "promise", row.id,
                        before=before, after=_snapshot(row))
            counted = [o.kept for o in measured_outcomes(s, None, None, None, self.clock(),
                                                         active_only=False, promise_id=row.id)]
            return _dto(row, counted, limit)

    # -- outcomes --------------------------------------------------------------------
    def record_outcome(self, promise_id: int, at: dt.datetime, measured_minutes: float,
                       area_id: int | None = None, note: str = "") -> PromiseOutcomeDTO:
        self._require(Permission.ENTER_SURVEYS)
        if (isinstance(measured_minutes, bool) or not isinstance(measured_minutes, int | float)
                or not math.isfinite(measured_minutes) or measured_minutes < 0):
            raise ValidationError(BAD_MINUTES, value=measured_minutes)
        note = (note or "").strip()
        if len(note) > NOTE_MAX:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The note is too long (at most {limit} characters)."), limit=NOTE_MAX)
        with self.db.write() as s:
            promise = self._get(s, promise_id)
            if promise.source == COMPLAINT_SOURCE:
                raise ValidationError(_BY_LOG, name=promise.name)
            area = s.get(Area, area_id) if area_id is not None else None
            if area_id is not None and area is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such area."))
            row = PromiseOutcome(promise_id=promise.id, at=at, area_id=area_id,
                                 measured_minutes=float(measured_minutes), note=note,
                                 entered_by=self.actor.username)
            s.add(row)
            s.flush()
            self._audit(s, "create", "promise_outcome", row.id, promise=promise.name,
                        at=at.isoformat(sep=" "), minutes=row.measured_minutes, area=area_id)
            return PromiseOutcomeDTO(row.id, promise.id, row.at, area.name if area else "",
                                     row.measured_minutes,
                                     kept(row.measured_minutes, promise.target_minutes),
                                     row.note, row.entered_by)

    def outcomes(self, promise_id: int, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, offset: int = 0,
                 limit: int = 256) -> list[PromiseOutcomeDTO]:
        """Newest first. The complaint promise lists the complaints it measured (id None,
        note "#<complaint id>", minutes to the first response or, unanswered, so far)."""
        self._require_view()
        offset, limit = max(0, offset), max(0, limit)
        with self.db.read() as s:
            promise = self._get(s, promise_id)
            if promise.source == COMPLAINT_SOURCE:
                return self._complaint_outcomes(s, promise, date_from, date_to)[
                    offset:offset + limit]
            lo, hi = bounds(date_from, date_to)
            q = (select(PromiseOutcome, Area.name)
                 .outerjoin(Area, Area.id == PromiseOutcome.area_id)
                 .where(PromiseOutcome.promise_id == promise.id))
            if lo is not None:
                q = q.where(PromiseOutcome.at >= lo)
            if hi is not None:
                q = q.where(PromiseOutcome.at < hi)
            rows = s.execute(q.order_by(PromiseOutcome.at.desc(), PromiseOutcome.id.desc())
                             .offset(offset).limit(limit)).all()
            return [PromiseOutcomeDTO(o.id, promise.id, o.at, area or "", o.measured_minutes,
                                      kept(o.measured_minutes, promise.target_minutes), o.note,
                                      o.entered_by) for o, area in rows]

    def import_outcomes(self, path: str | Path) -> int:
        """All or nothing; returns how many outcomes were added."""
        self._require(Permission.ENTER_SURVEYS)
        path = Path(path)
        sheet = parse_outcome_sheet(read_rows(path))
        with self.db.read() as s:
            values, problems = _resolve_outcomes(s, sheet, self.actor.username)
        if problems:
            raise OutcomeImportFailed(problems)
        source = self.db.sqlite_file
        if source is not None and source.exists():
            backup_sqlite(source, backup_dir_for(source), "pre-import")  # DESIGN.md §6
        with self.db.write() as s:
            values, problems = _resolve_outcomes(s, sheet, self.actor.username)
            if problems:
                raise OutcomeImportFailed(problems)
            s.execute(insert(PromiseOutcome), values)
            self._audit(s, "import", "promise_outcome", "", file=path.name, rows=len(values))
        return len(values)

    # -- helpers ---------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, promise_id: int) -> Promise:
        row = s.get(Promise, promise_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such promise."))
        return row

    def _complaint_outcomes(self, s: Session, promise: Promise, date_from: dt.date | None,
                            date_to: dt.date | None) -> list[PromiseOutcomeDTO]:
        now = self.clock()
        found = complaint_outcomes(s, date_from, date_to, None, now, limit_minutes(s))
        areas = dict(s.execute(select(Area.id, Area.name).where(
            Area.id.in_({c.area_id for c, _ in found if c.area_id}))).all()) if found else {}
        out = []
        for c, ok in reversed(found):
            seconds = c.response_s
            if seconds is None:  # unanswered past the limit: the time it has waited so far
                seconds = max(0, int((now - c.received_at).total_seconds()))
            out.append(PromiseOutcomeDTO(None, promise.id, c.received_at,
                                         areas.get(c.area_id, ""), seconds / 60.0, ok,
                                         f"#{c.id}", c.responder))
        return out


def _snapshot(p: Promise) -> dict:
    return {"name": p.name, "dimension": p.dimension, "target_minutes": p.target_minutes,
            "source": p.source, "active": p.active, "description": p.description}


def _dto(p: Promise, outcomes: list[bool], limit: int) -> PromiseDTO:
    target = float(limit) if p.source == COMPLAINT_SOURCE else p.target_minutes
    return PromiseDTO(p.id, p.name, p.description, p.dimension, target, p.source, p.active,
                      len(outcomes), sum(outcomes),
                      100.0 * sum(outcomes) / len(outcomes) if outcomes else None)


def _resolve_outcomes(s: Session, sheet, by: str) -> tuple[list[dict], list[Problem]]:
    problems = list(sheet.problems)
    promises = {p.name: p for p in s.scalars(select(Promise))}
    areas = dict(s.execute(select(Area.name, Area.id)).all())
    values = []
    for r in sheet.rows:
        promise = promises.get(r.promise)
        if r.promise and promise is None:
            problems.append(Problem(r.row, sheet.col("promise"), QT_TRANSLATE_NOOP(
                "errors", "No promise named {name}."), {"name": r.promise}, "errors"))
        elif promise is not None and promise.source == COMPLAINT_SOURCE:
            problems.append(Problem(r.row, sheet.col("promise"), _BY_LOG,
                                    {"name": promise.name}, "errors"))
        if r.area and r.area not in areas:
            problems.append(Problem(r.row, sheet.col("area"), QT_TRANSLATE_NOOP(
                "import", "unknown area {area}"), {"area": r.area}))
        if promise is not None and r.at is not None and r.minutes is not None:
            values.append({"promise_id": promise.id, "at": r.at, "area_id": areas.get(r.area),
                           "measured_minutes": r.minutes, "note": r.note, "entered_by": by})
    # As the user reads the sheet: by row, then left to right.
    problems.sort(key=lambda p: (p.row, sheet.position(p.column)))
    return values, problems
