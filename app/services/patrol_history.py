"""Past rounds and the disagreements between layers, for lists and reports.

History pages in batches (offset/limit) over indexed columns: inspection.day, inspector,
area_id, version_id; the page's findings are counted with one grouped query over the
indexed finding.inspection_id, so three years of rounds stay quick."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.db.models import Area, ShiftType
from app.db.models_patrol import (
    ChecklistItem,
    ChecklistTemplate,
    Disagreement,
    Finding,
    Inspection,
    InspectionResult,
    TemplateVersion,
)
from app.domain.checklists import LEVEL_RANK, LEVELS
from app.domain.permissions import Permission
from app.services.base import Service
from app.services.checklist_dto import DisagreementDTO, HistoryFilter, HistoryRow


def _filtered(q, flt: HistoryFilter):
    if flt.date_from is not None:
        q = q.where(Inspection.day >= flt.date_from)
    if flt.date_to is not None:
        q = q.where(Inspection.day <= flt.date_to)
    if flt.area_id is not None:
        q = q.where(Inspection.area_id == flt.area_id)
    if flt.inspector:
        q = q.where(Inspection.inspector == flt.inspector)
    if flt.level:
        q = q.where(Inspection.level == flt.level)
    if flt.template_id is not None:
        q = q.where(Inspection.version_id.in_(
            select(TemplateVersion.id).where(TemplateVersion.template_id == flt.template_id)))
    if flt.score_below is not None:
        q = q.where(Inspection.score < flt.score_below)
    return q


def disagreement_dtos(s: Session, where=()) -> list[DisagreementDTO]:
    lower, higher = aliased(Inspection), aliased(Inspection)
    q = (select(Disagreement.id, Disagreement.day, Area.name, ChecklistItem.text,
                lower.id, lower.inspector, lower.level, higher.id, higher.inspector,
                higher.level)
         .join(lower, lower.id == Disagreement.lower_inspection_id)
         .join(higher, higher.id == Disagreement.higher_inspection_id)
         .join(Area, Area.id == higher.area_id)
         .join(ChecklistItem, ChecklistItem.id == Disagreement.item_id)
         .where(*where)
         .order_by(Disagreement.day.desc(), Disagreement.id.desc()))
    return [DisagreementDTO(*row) for row in s.execute(q)]


def record_disagreements(s: Session, insp: Inspection,
                         failed_items: list[ChecklistItem]) -> list[Disagreement]:
    """Lower-level rounds of the same area, day and shift that passed an item (matched by
    its text) this round failed: one row per item and lower round."""
    if not failed_items:
        return []
    texts = {i.text: i for i in failed_items}
    lower_levels = [k for k in LEVELS if LEVEL_RANK[k] < LEVEL_RANK.get(insp.level, 0)]
    if not lower_levels:
        return []
    same_shift = (Inspection.shift_type_id.is_(None) if insp.shift_type_id is None
                  else Inspection.shift_type_id == insp.shift_type_id)
    rows = s.execute(
        select(Inspection.id, Inspection.inspector, ChecklistItem.text)
        .join(InspectionResult, InspectionResult.inspection_id == Inspection.id)
        .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
        .where(Inspection.area_id == insp.area_id, Inspection.day == insp.day, same_shift,
               Inspection.status == "submitted", Inspection.id != insp.id,
               Inspection.level.in_(lower_levels), InspectionResult.outcome == "pass",
               ChecklistItem.text.in_(list(texts)))).all()
    out = [Disagreement(higher_inspection_id=insp.id, lower_inspection_id=lower_id,
                        item_id=texts[text].id, lower_inspector=inspector, day=insp.day)
           for lower_id, inspector, text in rows]
    s.add_all(out)
    s.flush()
    return out


class PatrolHistory(Service):
    """The history half of PatrolService."""

    def history(self, flt: HistoryFilter, offset: int = 0, limit: int = 256) -> list[HistoryRow]:
        """Rounds newest first, one batch at a time."""
        self._require(Permission.VIEW_ORG)
        q = _filtered(
            select(Inspection.id, Inspection.day, ShiftType.name, Area.name,
                   ChecklistTemplate.name, TemplateVersion.version, Inspection.level,
                   Inspection.inspector, Inspection.status, Inspection.score,
                   Inspection.flagged)
            .join(Area, Area.id == Inspection.area_id)
            .join(TemplateVersion, TemplateVersion.id == Inspection.version_id)
            .join(ChecklistTemplate, ChecklistTemplate.id == TemplateVersion.template_id)
            .outerjoin(ShiftType, ShiftType.id == Inspection.shift_type_id), flt)
        q = q.order_by(Inspection.day.desc(), Inspection.id.desc()).offset(offset).limit(limit)
        with self.db.read() as s:
            rows = s.execute(q).all()
            ids = [r[0] for r in rows]
            counts = dict(s.execute(
                select(Finding.inspection_id, func.count())
                .where(Finding.inspection_id.in_(ids))
                .group_by(Finding.inspection_id)).all()) if ids else {}
        return [HistoryRow(r[0], r[1], r[2] or "", r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                           r[10], counts.get(r[0], 0)) for r in rows]

    def history_count(self, flt: HistoryFilter) -> int:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return s.scalar(_filtered(select(func.count(Inspection.id)), flt)) or 0

    def disagreements(self, inspector: str | None = None, date_from: dt.date | None = None,
                      date_to: dt.date | None = None) -> list[DisagreementDTO]:
        """Items a higher layer failed that the inspector's lower-level round had passed."""
        self._require(Permission.VIEW_ORG)
        where = []
        if inspector:
            where.append(Disagreement.lower_inspector == inspector)
        if date_from is not None:
            where.append(Disagreement.day >= date_from)
        if date_to is not None:
            where.append(Disagreement.day <= date_to)
        with self.db.read() as s:
            return disagreement_dtos(s, where)

    def disagreement_rates(self, date_from: dt.date | None = None,
                           date_to: dt.date | None = None
                           ) -> list[tuple[str, int, int, float]]:
        """(inspector, disagreements, items they passed in submitted rounds, rate), highest
        rate first: how often a higher layer found fault with what someone passed."""
        self._require(Permission.VIEW_ORG)
        dq = select(Disagreement.lower_inspector, func.count()).group_by(
            Disagreement.lower_inspector)
        pq = (select(Inspection.inspector, func.count())
              .join(InspectionResult, InspectionResult.inspection_id == Inspection.id)
              .where(Inspection.status == "submitted", InspectionResult.outcome == "pass")
              .group_by(Inspection.inspector))
        if date_from is not None:
            dq = dq.where(Disagreement.day >= date_from)
            pq = pq.where(Inspection.day >= date_from)
        if date_to is not None:
            dq = dq.where(Disagreement.day <= date_to)
            pq = pq.where(Inspection.day <= date_to)
        with self.db.read() as s:
            disagreed = dict(s.execute(dq).all())
            passed = dict(s.execute(pq).all())
        out = [(name, disagreed.get(name, 0), passed.get(name, 0),
                round(disagreed.get(name, 0) / passed[name], 4) if passed.get(name) else 0.0)
               for name in sorted(set(disagreed) | set(passed))]
        return sorted(out, key=lambda r: (-r[3], -r[1], r[0]))
