"""The records the five gaps are computed from, gathered set-based (a handful of queries per
period, never one per form or inspection): survey responses, the coverage of the SERVQUAL
items by published checklists, scored patrol results, and promise outcomes (entered ones and
those taken from the complaint log). The formulas themselves are app.domain.servqual's."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Row, Select, bindparam, func, select
from sqlalchemy.orm import Session

from app.db.models import Area
from app.db.models_guest import Complaint, Promise, PromiseOutcome, Survey, SurveyAnswer
from app.db.models_patrol import (
    ChecklistItem,
    ChecklistTemplate,
    Inspection,
    InspectionResult,
    TemplateVersion,
)
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound
from app.domain.promises import kept
from app.domain.servqual import DIMENSIONS, Response
from app.services.analytics_queries import scored_condition, scored_fraction
from app.services.complaint_queries import limit_minutes, overdue_before


def bounds(start: dt.date | None, end: dt.date | None) -> tuple[dt.datetime | None,
                                                               dt.datetime | None]:
    """The period as [start 00:00, the day after end 00:00) for timestamp columns."""
    return (None if start is None else dt.datetime.combine(start, dt.time()),
            None if end is None else dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))


def _rows(s: Session, q: Select, params: dict | None = None) -> Sequence[Row]:
    """The rows of a column query, read through Core: on thousands of plain rows the ORM's
    per-row loading costs more than the SQL does. (No autoflush: callers read, or have
    flushed.)"""
    return s.connection().execute(q, params).all()


def area_name(s: Session, area_id: int | None) -> str | None:
    if area_id is None:
        return None
    name = s.scalar(select(Area.name).where(Area.id == area_id))
    if name is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such area."))
    return name


# ---------------------------------------------------------------- gaps 1 and 5


def responses(s: Session, start: dt.date, end: dt.date, area_id: int | None) -> list[Response]:
    """The forms dated in the period; with an area, only that area's forms (forms without an
    area count only for the whole venue)."""
    cond = [Survey.day >= start, Survey.day <= end]
    if area_id is not None:
        cond.append(Survey.area_id == area_id)
    # Only the columns a Response needs: entities would cost more than the SQL itself.
    weight_columns = [getattr(Survey, f"w_{d}") for d in DIMENSIONS]
    heads = {r.id: r for r in _rows(s, select(Survey.id, Survey.respondent, Survey.kind,
                                              Survey.day, *weight_columns)
                                    .where(*cond).order_by(Survey.day, Survey.id))}
    answers: dict[int, tuple[dict, dict]] = {sid: ({}, {}) for sid in heads}
    if heads:
        for sid, item, e, p in _rows(s, select(
                SurveyAnswer.survey_id, SurveyAnswer.item, SurveyAnswer.expectation,
                SurveyAnswer.perception).join(Survey, Survey.id == SurveyAnswer.survey_id)
                .where(*cond)):
            if e is not None:
                answers[sid][0][item] = e
            if p is not None:
                answers[sid][1][item] = p
    out = []
    for sid, r in heads.items():
        weights = None
        if r.w_tangibles is not None:
            weights = {d: getattr(r, f"w_{d}") or 0.0 for d in DIMENSIONS}
        out.append(Response(r.respondent or f"#{sid}", r.kind, r.day, answers[sid][0],
                            answers[sid][1], weights))
    return out


# ---------------------------------------------------------------- gap 2


@dataclass(frozen=True)
class CoveringItem:
    servqual_item: int
    dimension: str
    label: str  # "template · item text"


@cache  # constant: built and keyed for the statement cache once
def _covering_query() -> Select:
    latest = (select(TemplateVersion.template_id,
                     func.max(TemplateVersion.version).label("version"))
              .join(ChecklistTemplate, ChecklistTemplate.id == TemplateVersion.template_id)
              .where(TemplateVersion.status == "published", ChecklistTemplate.archived.is_(False))
              .group_by(TemplateVersion.template_id).subquery())
    current = (select(TemplateVersion.id, ChecklistTemplate.name)
               .join(latest, (latest.c.template_id == TemplateVersion.template_id)
                     & (latest.c.version == TemplateVersion.version))
               .join(ChecklistTemplate, ChecklistTemplate.id == TemplateVersion.template_id)
               .subquery())
    # One statement: every current version yields a row, with no item when none covers.
    return (select(ChecklistItem.servqual_item, ChecklistItem.dimension, current.c.name,
                   ChecklistItem.text)
            .select_from(current)
            .outerjoin(ChecklistItem, (ChecklistItem.version_id == current.c.id)
                       & ChecklistItem.servqual_item.is_not(None))
            .order_by(current.c.name, ChecklistItem.position, ChecklistItem.id))


def covering_items(s: Session) -> list[CoveringItem] | None:
    """Checklist items naming a SERVQUAL item in the latest published version of each live
    template; None when no template is published at all (gap 2 then has no data)."""
    rows = _rows(s, _covering_query())
    if not rows:
        return None
    return [CoveringItem(i, d, f"{name} · {text}") for i, d, name, text in rows
            if i is not None]


def coverage(items: list[CoveringItem] | None) -> dict[str, set[int]]:
    """dimension → its SERVQUAL items addressed by an item of that dimension; every
    dimension is present (possibly empty) once anything is published, none otherwise."""
    if items is None:
        return {}
    out: dict[str, set[int]] = {d: set() for d in DIMENSIONS}
    for c in items:
        if c.dimension in out:
            out[c.dimension].add(c.servqual_item)
    return out


# ---------------------------------------------------------------- gap 3


@dataclass(frozen=True)
class DayCompliance:
    """The counted patrol answers of one day and dimension, summed by the database."""

    day: dt.date
    dimension: str
    passes: float  # Σ weight × fraction
    total: float  # Σ weight
    n: int


def _scored_answers(by_area: bool) -> Select:
    """Weighted passes, weight and count of the answers of submitted rounds dated from
    :start to :end (in area :area) that count as the inspection score counts them
    (checklists.item_fraction): N/A, text and unanswered items and zero weights do not."""
    weight = ChecklistItem.weight
    q = (select(func.sum(weight * scored_fraction()), func.sum(weight), func.count())
         .select_from(InspectionResult)
         .join(Inspection, Inspection.id == InspectionResult.inspection_id)
         .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
         .where(Inspection.status == "submitted", Inspection.day >= bindparam("start"),
                Inspection.day <= bindparam("end"), scored_condition(), weight > 0))
    return q.where(Inspection.area_id == bindparam("area")) if by_area else q


def _period(start: dt.date, end: dt.date, area_id: int | None) -> dict:
    return {"start": start, "end": end} | ({} if area_id is None else {"area": area_id})


# The scoring CASE makes these statements costly to build and to key for SQLAlchemy's
# statement cache (≈ 1 ms a call); they are built once, the period passed as parameters.
@cache
def _daily_query(by_area: bool) -> Select:
    return (_scored_answers(by_area).add_columns(Inspection.day, ChecklistItem.dimension)
            .group_by(Inspection.day, ChecklistItem.dimension))


@cache
def _item_query(by_area: bool, by_dimension: bool) -> Select:
    q = (_scored_answers(by_area).add_columns(ChecklistTemplate.name, ChecklistItem.text)
         .join(TemplateVersion, TemplateVersion.id == ChecklistItem.version_id)
         .join(ChecklistTemplate, ChecklistTemplate.id == TemplateVersion.template_id)
         .group_by(ChecklistItem.id, ChecklistTemplate.name, ChecklistItem.text))
    return q.where(ChecklistItem.dimension == bindparam("dimension")) if by_dimension else q


def daily_compliance(s: Session, start: dt.date, end: dt.date,
                     area_id: int | None) -> list[DayCompliance]:
    """The scored answers of rounds dated in the period per day and dimension: a few rows
    per day however many answers (the sums are the database's)."""
    rows = _rows(s, _daily_query(area_id is not None), _period(start, end, area_id))
    return [DayCompliance(day, dim, float(p), float(t), int(n)) for p, t, n, day, dim in rows]


def compliance(rows: list[DayCompliance]) -> dict[str, tuple[float, float, int]]:
    """dimension → (weighted passes, weighted total, results) for servqual.gap3."""
    out: dict[str, list] = {}
    for r in rows:
        entry = out.setdefault(r.dimension, [0.0, 0.0, 0])
        entry[0] += r.passes
        entry[1] += r.total
        entry[2] += r.n
    return {d: (p, t, n) for d, (p, t, n) in out.items()}


def item_compliance(s: Session, start: dt.date, end: dt.date, area_id: int | None,
                    dimension: str | None) -> dict[str, tuple[float, float, int]]:
    """"template · item text" → (weighted passes, weighted total, results) over the period,
    of one dimension or all; items of several versions with the same label add up."""
    params = _period(start, end, area_id)
    if dimension is not None:
        params["dimension"] = dimension
    out: dict[str, list] = {}
    for p, t, n, template, text in _rows(
            s, _item_query(area_id is not None, dimension is not None), params):
        entry = out.setdefault(f"{template} · {text}", [0.0, 0.0, 0])
        entry[0] += float(p)
        entry[1] += float(t)
        entry[2] += int(n)
    return {label: (p, t, n) for label, (p, t, n) in out.items()}


# ---------------------------------------------------------------- gap 4


@dataclass(frozen=True)
class MeasuredOutcome:
    at: dt.datetime
    promise_id: int
    dimension: str
    kept: bool


def complaint_outcomes(s: Session, start: dt.date | None, end: dt.date | None,
                       area_id: int | None, now: dt.datetime, limit: float
                       ) -> list[tuple[Row, bool]]:
    """Complaints received in the period (rows of id, received_at, response_s, area_id,
    responder) with their measured outcome, the clock's rules (complaint_clock) counted by
    the database over the stored whole seconds: answered within the limit is kept, answered
    later or unanswered past it is not; those still on the clock are left out. Oldest first."""
    lo, hi = bounds(start, end)
    answered = Complaint.response_s.is_not(None)
    q = (select(Complaint.id, Complaint.received_at, Complaint.response_s, Complaint.area_id,
                Complaint.responder, answered & (Complaint.response_s <= limit * 60))
         .where(answered | (Complaint.received_at < overdue_before(now, limit))))
    if lo is not None:
        q = q.where(Complaint.received_at >= lo)
    if hi is not None:
        q = q.where(Complaint.received_at < hi)
    if area_id is not None:
        q = q.where(Complaint.area_id == area_id)
    return [(row, bool(row[-1])) for row in
            _rows(s, q.order_by(Complaint.received_at, Complaint.id))]


def measured_outcomes(s: Session, start: dt.date | None, end: dt.date | None,
                      area_id: int | None, now: dt.datetime, *, active_only: bool = True,
                      promise_id: int | None = None) -> list[MeasuredOutcome]:
    """Every measured outcome of the (active) promises in the period (None = open-ended):
    entered ones kept when measured ≤ target; complaint-response ones from the complaint log
    with the complaint.response_minutes limit. With an area, only records of that area;
    with ``promise_id``, only that promise's."""
    cond = []
    if active_only:
        cond.append(Promise.active.is_(True))
    if promise_id is not None:
        cond.append(Promise.id == promise_id)
    promises = {p.id: p for p in s.scalars(select(Promise).where(*cond))}
    out: list[MeasuredOutcome] = []
    if any(p.source != "complaint_response" for p in promises.values()):
        lo, hi = bounds(start, end)
        # Joined to the promises rather than promise_id IN (…): SQLite then reads the period
        # off the index on ``at`` instead of every outcome the promises ever had.
        q = (select(PromiseOutcome.promise_id, PromiseOutcome.at, PromiseOutcome.measured_minutes)
             .join(Promise, Promise.id == PromiseOutcome.promise_id)
             .where(*cond, Promise.source != "complaint_response"))
        if lo is not None:
            q = q.where(PromiseOutcome.at >= lo)
        if hi is not None:
            q = q.where(PromiseOutcome.at < hi)
        if area_id is not None:
            q = q.where(PromiseOutcome.area_id == area_id)
        for pid, at, minutes in _rows(s, q):
            p = promises[pid]
            out.append(MeasuredOutcome(at, pid, p.dimension, kept(minutes, p.target_minutes)))
    by_log = [p for p in promises.values() if p.source == "complaint_response"]
    if by_log:
        complaints = complaint_outcomes(s, start, end, area_id, now, limit_minutes(s))
        out += [MeasuredOutcome(c.received_at, p.id, p.dimension, ok)
                for p in by_log for c, ok in complaints]
    return out


def kept_by_dimension(outcomes: list[MeasuredOutcome]) -> dict[str, list[bool]]:
    out: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        out[o.dimension].append(o.kept)
    return dict(out)
