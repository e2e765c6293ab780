"""SERVQUAL survey forms: typed in from paper (guest E and P, manager E "as guests expect"),
imported from a spreadsheet all-or-nothing, listed, and the reverse-scored items setting."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from app.db.backup import backup_sqlite
from app.db.models import Area, Setting
from app.db.models_guest import Survey, SurveyAnswer
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.permissions import Permission
from app.domain.servqual import DIMENSIONS, ITEMS
from app.paths import backup_dir_for
from app.services.base import Service
from app.services.guest_dto import ImportSummary, SurveyDTO, SurveyForm
from app.services.roster_sheet import Problem
from app.services.settings import read_setting
from app.services.staff_io import ImportFailed
from app.services.survey_io import check_form, parse_survey_sheet
from app.services.tabular import read_rows

REVERSED_SETTING = "survey.reversed_items"
_WEIGHT_COLUMNS = {d: f"w_{d}" for d in DIMENSIONS}


class SurveyImportFailed(ImportFailed):
    """The survey file has problems; nothing was imported. ``problems`` lists every one."""


def reversed_items(s: Session) -> frozenset[int]:
    return frozenset(read_setting(s, REVERSED_SETTING))


def _survey_values(form: SurveyForm, by: str, at: dt.datetime) -> dict:
    weights = form.weights or {}
    return {"respondent": (form.respondent or "").strip(), "kind": form.kind, "day": form.day,
            "area_id": form.area_id, "entered_by": by, "entered_at": at,
            **{col: (float(weights.get(d, 0.0)) if form.weights is not None else None)
               for d, col in _WEIGHT_COLUMNS.items()}}


def _answer_values(survey_id: int, form: SurveyForm) -> list[dict]:
    items = sorted(set(form.expectations) | set(form.perceptions))
    return [{"survey_id": survey_id, "item": i, "expectation": form.expectations.get(i),
             "perception": form.perceptions.get(i)} for i in items]


def _counted() -> Select:
    """Surveys with their answered E and P counts (one grouped query, no query per form)."""
    answers = (select(SurveyAnswer.survey_id,
                      func.count(SurveyAnswer.expectation).label("e"),
                      func.count(SurveyAnswer.perception).label("p"))
               .group_by(SurveyAnswer.survey_id).subquery())
    return (select(Survey, Area.name, func.coalesce(answers.c.e, 0),
                   func.coalesce(answers.c.p, 0))
            .outerjoin(Area, Area.id == Survey.area_id)
            .outerjoin(answers, answers.c.survey_id == Survey.id))


def _dto(row: Survey, area: str | None, e: int, p: int) -> SurveyDTO:
    return SurveyDTO(row.id, row.respondent, row.kind, row.day, area or "", e, p,
                     row.w_tangibles is not None, row.entered_by, row.entered_at)


def _filtered(q: Select, date_from: dt.date | None, date_to: dt.date | None,
              kind: str | None) -> Select:
    if date_from is not None:
        q = q.where(Survey.day >= date_from)
    if date_to is not None:
        q = q.where(Survey.day <= date_to)
    if kind is not None:
        q = q.where(Survey.kind == kind)
    return q


class SurveyService(Service):
    # -- forms -----------------------------------------------------------------------
    def add(self, form: SurveyForm) -> SurveyDTO:
        self._require(Permission.ENTER_SURVEYS)
        problems = check_form(form)
        if problems:
            raise ValidationError(problems[0].message, **problems[0].params)
        with self.db.write() as s:
            if form.area_id is not None and s.get(Area, form.area_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such area."))
            survey_id = s.execute(insert(Survey).values(
                **_survey_values(form, self.actor.username, self.clock()))
                .returning(Survey.id)).scalar_one()
            s.execute(insert(SurveyAnswer), _answer_values(survey_id, form))
            self._audit(s, "create", "survey", survey_id, kind=form.kind,
                        respondent=form.respondent, day=form.day.isoformat(),
                        answered_e=len(form.expectations), answered_p=len(form.perceptions))
            return self._one(s, survey_id)

    def delete(self, survey_id: int) -> None:
        self._require(Permission.ENTER_SURVEYS)
        with self.db.write() as s:
            row = self._get(s, survey_id)
            form = _form(s, row)
            s.execute(delete(SurveyAnswer).where(SurveyAnswer.survey_id == survey_id))
            s.delete(row)
            self._audit(s, "delete", "survey", survey_id, kind=row.kind,
                        respondent=row.respondent, day=row.day.isoformat(),
                        expectations={str(k): v for k, v in form.expectations.items()},
                        perceptions={str(k): v for k, v in form.perceptions.items()},
                        weights=form.weights)

    def form(self, survey_id: int) -> SurveyForm:
        self._require_any(Permission.ENTER_SURVEYS, Permission.VIEW_REPORTS)
        with self.db.read() as s:
            return _form(s, self._get(s, survey_id))

    def list(self, date_from: dt.date | None = None, date_to: dt.date | None = None,
             kind: str | None = None, offset: int = 0, limit: int = 256) -> list[SurveyDTO]:
        """Newest first (by the form's date, then by entry)."""
        self._require_any(Permission.ENTER_SURVEYS, Permission.VIEW_REPORTS)
        q = _filtered(_counted(), date_from, date_to, kind)
        with self.db.read() as s:
            rows = s.execute(q.order_by(Survey.day.desc(), Survey.id.desc())
                             .offset(max(0, offset)).limit(max(0, limit))).all()
            return [_dto(*r) for r in rows]

    def count(self, date_from: dt.date | None = None, date_to: dt.date | None = None,
              kind: str | None = None) -> int:
        self._require_any(Permission.ENTER_SURVEYS, Permission.VIEW_REPORTS)
        q = _filtered(select(func.count()).select_from(Survey), date_from, date_to, kind)
        with self.db.read() as s:
            return s.scalar(q) or 0

    # -- import ----------------------------------------------------------------------
    def import_file(self, path: str | Path) -> ImportSummary:
        """All or nothing: every problem with its row and column, or every form saved."""
        self._require(Permission.ENTER_SURVEYS)
        path = Path(path)
        sheet = parse_survey_sheet(read_rows(path))
        with self.db.read() as s:  # check before taking a backup or the write lock
            forms, problems = _resolve(s, sheet)
        if problems:
            raise SurveyImportFailed(problems)
        source = self.db.sqlite_file
        if source is not None and source.exists():
            backup_sqlite(source, backup_dir_for(source), "pre-import")  # DESIGN.md §6
        with self.db.write() as s:
            forms, problems = _resolve(s, sheet)  # again under the lock
            if problems:
                raise SurveyImportFailed(problems)
            now = self.clock()
            # Core bulk statements: an ORM object per row costs ~30x (STYLE.md).
            ids = s.execute(insert(Survey).returning(Survey.id, sort_by_parameter_order=True),
                            [_survey_values(f, self.actor.username, now) for f in forms]
                            ).scalars().all()
            answers = [a for sid, f in zip(ids, forms, strict=True)
                       for a in _answer_values(sid, f)]
            s.execute(insert(SurveyAnswer), answers)
            guests = sum(1 for f in forms if f.kind == "guest")
            self._audit(s, "import", "survey", "", file=path.name, forms=len(forms),
                        guests=guests, managers=len(forms) - guests,
                        first_id=ids[0], last_id=ids[-1])
        return ImportSummary(len(forms), guests, len(forms) - guests)

    # -- the reverse-scored items setting --------------------------------------------
    def reversed_items(self) -> frozenset[int]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return reversed_items(s)

    def set_reversed_items(self, items) -> None:
        """Items worded negatively (1988 SERVQUAL) and scored 8 − x; [] for the revised form."""
        self._require(Permission.MANAGE_PROMISES)
        items = list(items)
        if not all(isinstance(i, int) and not isinstance(i, bool) and i in ITEMS
                   for i in items):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Reverse-scored items must be SERVQUAL item numbers from 1 to 22."))
        value = sorted(set(items))
        with self.db.write() as s:
            old = read_setting(s, REVERSED_SETTING)
            row = s.get(Setting, REVERSED_SETTING)
            if row is None:
                s.add(Setting(key=REVERSED_SETTING, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            self._audit(s, "update", "setting", REVERSED_SETTING, before=old, after=value)

    # -- helpers ---------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, survey_id: int) -> Survey:
        row = s.get(Survey, survey_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such survey form."))
        return row

    @staticmethod
    def _one(s: Session, survey_id: int) -> SurveyDTO:
        return _dto(*s.execute(_counted().where(Survey.id == survey_id)).one())


def _form(s: Session, row: Survey) -> SurveyForm:
    answers = s.execute(select(SurveyAnswer.item, SurveyAnswer.expectation,
                               SurveyAnswer.perception)
                        .where(SurveyAnswer.survey_id == row.id)
                        .order_by(SurveyAnswer.item)).all()
    weights = None
    if row.w_tangibles is not None:
        weights = {d: getattr(row, col) or 0.0 for d, col in _WEIGHT_COLUMNS.items()}
    return SurveyForm(row.respondent, row.kind, row.day,
                      {i: e for i, e, _ in answers if e is not None},
                      {i: p for i, _, p in answers if p is not None}, weights, row.area_id)


def _resolve(s: Session, sheet) -> tuple[list[SurveyForm], list[Problem]]:
    """The sheet's forms with their areas, and every problem including the ones needing the
    database: unknown areas, and a form already recorded (the same respondent, type and day
    — importing one file twice would count its guests twice)."""
    problems = list(sheet.problems)
    areas = dict(s.execute(select(Area.name, Area.id)).all())
    named = {(f.form.respondent, f.form.kind, f.form.day) for f in sheet.forms
             if f.form.respondent}
    recorded: set[tuple] = set()
    if named:
        days = {d for _, _, d in named}
        recorded = {tuple(r) for r in s.execute(
            select(Survey.respondent, Survey.kind, Survey.day)
            .where(Survey.day.in_(days), Survey.respondent != ""))}
    first: dict[tuple, int] = {}
    forms = []
    for f in sheet.forms:
        form = f.form
        key = (form.respondent, form.kind, form.day)
        if f.area and f.area not in areas:
            problems.append(Problem(f.row, sheet.col("area"), QT_TRANSLATE_NOOP(
                "import", "unknown area {area}"), {"area": f.area}))
        if form.respondent and key in recorded:
            problems.append(Problem(f.row, sheet.col("respondent"), QT_TRANSLATE_NOOP(
                "errors", "A form of {respondent} of this type on {day} is already recorded."),
                {"respondent": form.respondent, "day": form.day.isoformat()}, "errors"))
        elif form.respondent and key in first:
            problems.append(Problem(f.row, sheet.col("respondent"), QT_TRANSLATE_NOOP(
                "errors", "{respondent} has another form of this type on {day} (row {first})."),
                {"respondent": form.respondent, "day": form.day.isoformat(),
                 "first": first[key]}, "errors"))
        else:
            first.setdefault(key, f.row)
        forms.append(SurveyForm(form.respondent, form.kind, form.day, form.expectations,
                                form.perceptions, form.weights, areas.get(f.area)))
    problems.sort(key=lambda p: (p.row, sheet.position(p.column)))
    return forms, problems


__all__ = ["SurveyImportFailed", "SurveyService", "reversed_items"]
