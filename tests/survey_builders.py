"""Builders for the survey, promise and gap tests (and anyone else's): SERVQUAL forms in a
line, survey and outcome files in the import layout, and patrol rounds and complaints written
straight with the ORM so the gap figures can be checked by hand."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import openpyxl

from app.db.models_guest import Complaint
from app.db.models_patrol import (
    ChecklistItem,
    ChecklistTemplate,
    Inspection,
    InspectionResult,
    TemplateVersion,
)
from app.domain.complaint_clock import response_seconds
from app.domain.servqual import DIMENSIONS, ITEMS
from app.services.guest_dto import SurveyForm

DAY = dt.date(2026, 11, 23)  # a Monday
WEIGHTS = {"tangibles": 10.0, "reliability": 30.0, "responsiveness": 30.0, "assurance": 20.0,
           "empathy": 10.0}


def _answers(value: int | Mapping[int, int] | None, items: Iterable[int] = ITEMS
             ) -> dict[int, int]:
    """An int answers every item alike; a mapping is taken as it is; None answers nothing."""
    if value is None:
        return {}
    if isinstance(value, int):
        return {i: value for i in items}
    return dict(value)


def guest_form(respondent: str = "G1", e: int | Mapping[int, int] | None = 6,
               p: int | Mapping[int, int] | None = 5, day: dt.date = DAY,
               weights: Mapping[str, float] | None = None, area_id: int | None = None,
               items: Iterable[int] = ITEMS) -> SurveyForm:
    """A guest's paper form: by default every item answered E 6, P 5 (a gap of −1)."""
    items = tuple(items)
    return SurveyForm(respondent, "guest", day, _answers(e, items), _answers(p, items),
                      dict(weights) if weights is not None else None, area_id)


def manager_form(respondent: str = "M1", e: int | Mapping[int, int] | None = 5,
                 day: dt.date = DAY, area_id: int | None = None,
                 items: Iterable[int] = ITEMS) -> SurveyForm:
    """A manager's form: E only, answered as they believe guests would."""
    return SurveyForm(respondent, "manager", day, _answers(e, tuple(items)), {}, None, area_id)


# -- files in the import layout ---------------------------------------------------------

SURVEY_HEADER = ["respondent", "kind", "date", "area", *(f"E{i}" for i in ITEMS),
                 *(f"P{i}" for i in ITEMS), *(f"W_{d}" for d in DIMENSIONS)]
SURVEY_HEADER_ZH = ["受访者", "类型", "日期", "区域", *(f"期望{i}" for i in ITEMS),
                    *(f"感知{i}" for i in ITEMS),
                    *(f"权重_{z}" for z in ("有形性", "可靠性", "响应性", "保证性", "移情性"))]


def survey_row(form: SurveyForm, area: str = "", kind: str | None = None) -> list:
    """A form as one row of SURVEY_HEADER (kind written as given, e.g. 顾客)."""
    weights = form.weights or {}
    return [form.respondent, kind or form.kind, form.day.isoformat(), area,
            *(form.expectations.get(i, "") for i in ITEMS),
            *(form.perceptions.get(i, "") for i in ITEMS),
            *((weights.get(d, "") if form.weights is not None else "") for d in DIMENSIONS)]


def write_sheet(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8-sig") -> Path:
    """Rows to .csv (in ``encoding``, e.g. gb18030 as Excel on Chinese Windows saves it) or
    to .xlsx, by the file's extension."""
    path = Path(path)
    if path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        for r in rows:
            book.active.append(list(r))
        book.save(path)
    else:
        with open(path, "w", encoding=encoding, newline="") as fh:
            csv.writer(fh).writerows([["" if v is None else v for v in r] for r in rows])
    return path


def write_survey_file(path: Path, forms: Iterable[SurveyForm],
                      header: Sequence[str] = SURVEY_HEADER,
                      encoding: str = "utf-8-sig") -> Path:
    return write_sheet(path, [list(header), *(survey_row(f) for f in forms)], encoding)


OUTCOME_HEADER = ["promise", "at", "minutes", "area", "note"]


def write_outcome_file(path: Path, rows: Iterable[Sequence[object]],
                       header: Sequence[str] = OUTCOME_HEADER) -> Path:
    return write_sheet(path, [list(header), *rows])


# -- patrol results and complaints, straight into the database --------------------------

def checklist(db, items: Sequence[tuple[str, str, int | None, float]], key: str = "gap_check",
              status: str = "published", archive_others: bool = False) -> dict[str, int]:
    """A template version whose items are (text, dimension, SERVQUAL item, weight), all
    pass/fail; returns {"version": id, "template": id, text: item id}. ``archive_others``
    archives every other template (the seeded library) so coverage is only this one."""
    with db.write() as s:
        if archive_others:
            for t in s.query(ChecklistTemplate):
                t.archived = True
        t = ChecklistTemplate(key=key, name=f"Checklist {key}", name_en="")
        s.add(t)
        s.flush()
        v = TemplateVersion(template_id=t.id, version=1, status=status, levels="supervisor",
                            area_kinds="", published_at=dt.datetime(2026, 11, 1)
                            if status == "published" else None)
        s.add(v)
        s.flush()
        ids = {"version": v.id, "template": t.id}
        for pos, (text, dimension, servqual_item, weight) in enumerate(items):
            item = ChecklistItem(version_id=v.id, position=pos, text=text, category="service",
                                 dimension=dimension, servqual_item=servqual_item, weight=weight,
                                 response_type="pass_fail")
            s.add(item)
            s.flush()
            ids[text] = item.id
        return ids


def inspection(db, version_id: int, area_id: int, day: dt.date,
               outcomes: Mapping[int, str | None], status: str = "submitted") -> int:
    """A round with the given item id → outcome ('pass' | 'fail' | 'na' | None)."""
    with db.write() as s:
        at = dt.datetime.combine(day, dt.time(18, 0))
        insp = Inspection(version_id=version_id, level="supervisor", inspector="inspector",
                          area_id=area_id, day=day, started_at=at,
                          finished_at=at if status == "submitted" else None, status=status)
        s.add(insp)
        s.flush()
        s.add_all(InspectionResult(inspection_id=insp.id, item_id=item_id, outcome=outcome,
                                   answered_at=at) for item_id, outcome in outcomes.items())
        return insp.id


def complaint(db, received_at: dt.datetime, response_minutes: float | None = None,
              area_id: int | None = None) -> int:
    """A complaint received at ``received_at``, first answered after ``response_minutes``
    (None = not yet)."""
    answered = (None if response_minutes is None
                else received_at + dt.timedelta(minutes=response_minutes))
    with db.write() as s:
        row = Complaint(received_at=received_at, received_by="test", channel="in_person",
                        content="菜上得太慢", category="slow_service", dimension="responsiveness",
                        area_id=area_id, first_response_at=answered,
                        response_s=response_seconds(received_at, answered),
                        status="received" if response_minutes is None else "responded")
        s.add(row)
        s.flush()
        return row.id
