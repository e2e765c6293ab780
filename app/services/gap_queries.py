"""The records the five gaps are computed from, gathered set-based (a handful of queries per
period, never one per form or inspection): survey responses, the coverage of the SERVQUAL
items by published checklists, scored patrol results, and promise outcomes (entered ones and
those taken from the complaint log). The formulas themselves are app.domain.servqual's."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
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
from app.domain import complaint_clock
from app.domain.checklists import Answer, item_fraction
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound
from app.domain.promises import kept
from app.domain.servqual import DIMENSIONS, Response
from app.services.checklist_load import item_rule
from app.services.settings import read_setting


def bounds(start: dt.date | None, end: dt.date | None) -> tuple[dt.datetime | None,
                                                               dt.datetime | None]:
    """The period as [start 00:00, the day after end 00:00) for timestamp columns."""
    return (None if start is None else dt.datetime.combine(start, dt.time()),
            None if end is None else dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))


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
    surveys = s.execute(select(Survey).where(*cond).order_by(Survey.day, Survey.id)).scalars()
    heads = {r.id: r for r in surveys}
    answers: dict[int, tuple[dict, dict]] = {sid: ({}, {}) for sid in heads}
    if heads:
        for sid, item, e, p in s.execute(
                select(SurveyAnswer.survey_id, SurveyAnswer.item, SurveyAnswer.expectation,
                       SurveyAnswer.perception)
                .join(Survey, Survey.id == SurveyAnswer.survey_id).where(*cond)):
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


def covering_items(s: Session) -> list[CoveringItem] | None:
    """Checklist items naming a SERVQUAL item in the latest published version of each live
    template; None when no template is published at all (gap 2 then has no data)."""
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
    if not s.scalar(select(func.count()).select_from(current)):
        return None
    rows = s.execute(select(ChecklistItem.servqual_item, ChecklistItem.dimension,
                            current.c.name, ChecklistItem.text)
                     .join(current, current.c.id == ChecklistItem.version_id)
                     .where(ChecklistItem.servqual_item.is_not(None))
                     .order_by(current.c.name, ChecklistItem.position, ChecklistItem.id))
    return [CoveringItem(i, d, f"{name} · {text}") for i, d, name, text in rows]


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
class ScoredResult:
    """One counted patrol answer: its item's weight and the 0..1 it scored."""

    day: dt.date
    dimension: str
    label: str  # "template · item text"
    weight: float
    fraction: float


def scored_results(s: Session, start: dt.date, end: dt.date,
                   area_id: int | None) -> list[ScoredResult]:
    """Answers of submitted rounds dated in the period, scored as the inspection score is
    (checklists.item_fraction): N/A, text and unanswered items and zero weights do not count."""
    cond = [Inspection.status == "submitted", Inspection.day >= start, Inspection.day <= end]
    if area_id is not None:
        cond.append(Inspection.area_id == area_id)
    rows = s.execute(
        select(Inspection.day, InspectionResult.item_id, InspectionResult.outcome,
               InspectionResult.value)
        .join(InspectionResult, InspectionResult.inspection_id == Inspection.id)
        .where(*cond)).all()
    # Thousands of answers share a few hundred items: load and rule each item once.
    items = {item.id: (item, template) for item, template in s.execute(
        select(ChecklistItem, ChecklistTemplate.name)
        .join(TemplateVersion, TemplateVersion.id == ChecklistItem.version_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == TemplateVersion.template_id)
        .where(ChecklistItem.id.in_({item_id for _, item_id, _, _ in rows})))}
    rules = {item_id: item_rule(item) for item_id, (item, _) in items.items()}
    out = []
    for day, item_id, outcome, value in rows:
        item, template = items[item_id]
        fraction = item_fraction(rules[item_id], Answer(outcome, value))
        if fraction is None or item.weight <= 0:
            continue
        out.append(ScoredResult(day, item.dimension, f"{template} · {item.text}", item.weight,
                                fraction))
    return out


def compliance(results: list[ScoredResult]) -> dict[str, tuple[float, float, int]]:
    """dimension → (weighted passes, weighted total, results) for servqual.gap3."""
    out: dict[str, list] = {}
    for r in results:
        entry = out.setdefault(r.dimension, [0.0, 0.0, 0])
        entry[0] += r.weight * r.fraction
        entry[1] += r.weight
        entry[2] += 1
    return {d: (p, t, n) for d, (p, t, n) in out.items()}


# ---------------------------------------------------------------- gap 4


@dataclass(frozen=True)
class MeasuredOutcome:
    at: dt.datetime
    promise_id: int
    dimension: str
    kept: bool


def response_limit(s: Session) -> int:
    return int(read_setting(s, "complaint.response_minutes"))


def complaint_outcomes(s: Session, start: dt.date | None, end: dt.date | None,
                       area_id: int | None, now: dt.datetime, limit: float
                       ) -> list[tuple[Complaint, bool]]:
    """Complaints received in the period with their measured outcome (complaint_clock):
    answered on time or late, or unanswered past the limit; those still on the clock are
    left out. Oldest first."""
    lo, hi = bounds(start, end)
    q = select(Complaint)
    if lo is not None:
        q = q.where(Complaint.received_at >= lo)
    if hi is not None:
        q = q.where(Complaint.received_at < hi)
    if area_id is not None:
        q = q.where(Complaint.area_id == area_id)
    out = []
    for c in s.scalars(q.order_by(Complaint.received_at, Complaint.id)):
        measured = complaint_clock.outcomes([(c.received_at, c.first_response_at)], now, limit)
        if measured:
            out.append((c, measured[0]))
    return out


def measured_outcomes(s: Session, start: dt.date | None, end: dt.date | None,
                      area_id: int | None, now: dt.datetime, *, active_only: bool = True,
                      promise_id: int | None = None) -> list[MeasuredOutcome]:
    """Every measured outcome of the (active) promises in the period (None = open-ended):
    entered ones kept when measured ≤ target; complaint-response ones from the complaint log
    with the complaint.response_minutes limit. With an area, only records of that area;
    with ``promise_id``, only that promise's."""
    pq = select(Promise)
    if active_only:
        pq = pq.where(Promise.active.is_(True))
    if promise_id is not None:
        pq = pq.where(Promise.id == promise_id)
    promises = {p.id: p for p in s.scalars(pq)}
    out: list[MeasuredOutcome] = []
    manual = [pid for pid, p in promises.items() if p.source != "complaint_response"]
    if manual:
        lo, hi = bounds(start, end)
        q = select(PromiseOutcome.promise_id, PromiseOutcome.at,
                   PromiseOutcome.measured_minutes).where(PromiseOutcome.promise_id.in_(manual))
        if lo is not None:
            q = q.where(PromiseOutcome.at >= lo)
        if hi is not None:
            q = q.where(PromiseOutcome.at < hi)
        if area_id is not None:
            q = q.where(PromiseOutcome.area_id == area_id)
        for pid, at, minutes in s.execute(q):
            p = promises[pid]
            out.append(MeasuredOutcome(at, pid, p.dimension, kept(minutes, p.target_minutes)))
    by_log = [p for p in promises.values() if p.source == "complaint_response"]
    if by_log:
        complaints = complaint_outcomes(s, start, end, area_id, now, response_limit(s))
        out += [MeasuredOutcome(c.received_at, p.id, p.dimension, ok)
                for p in by_log for c, ok in complaints]
    return out


def kept_by_dimension(outcomes: list[MeasuredOutcome]) -> dict[str, list[bool]]:
    out: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        out[o.dimension].append(o.kept)
    return dict(out)
