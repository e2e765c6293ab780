"""Checklist versions as DTOs, and the template suggested for an area kind and level.

Patrols and the patrol plan read versions through here (no permission checks: callers check)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models_patrol import ChecklistItem, ChecklistTemplate, TemplateVersion
from app.domain.checklists import ItemRule
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound
from app.services.checklist_dto import ItemDTO, VersionDTO


def split_keys(text: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in (text or "").split(",") if k.strip())


def item_dto(i: ChecklistItem) -> ItemDTO:
    return ItemDTO(i.id, i.position, i.section, i.section_en, i.text, i.text_en, i.guidance,
                   i.category, i.dimension, i.servqual_item, i.weight, i.critical,
                   i.response_type, i.max_score, i.min_value, i.max_value, i.unit,
                   i.photo_on_fail, i.default_severity)


def item_rule(i: ItemDTO | ChecklistItem) -> ItemRule:
    return ItemRule(i.weight, i.critical, i.response_type, i.max_score, i.min_value, i.max_value)


def version_dto(session: Session, version_id: int) -> VersionDTO:
    row = session.execute(select(TemplateVersion, ChecklistTemplate)
                          .join(ChecklistTemplate,
                                ChecklistTemplate.id == TemplateVersion.template_id)
                          .where(TemplateVersion.id == version_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such checklist version."))
    v, t = row
    items = session.scalars(select(ChecklistItem).where(ChecklistItem.version_id == v.id)
                            .order_by(ChecklistItem.position, ChecklistItem.id))
    return VersionDTO(v.id, t.id, t.key, t.name, t.name_en, v.version, v.status, v.description,
                      split_keys(v.levels), split_keys(v.area_kinds), v.change_reason,
                      v.published_at, tuple(item_dto(i) for i in items))


def suggest_version(session: Session, area_kind: str, level: str) -> tuple[int, str] | None:
    """(version id, template name) of the latest published version of a live template for
    the level and area kind: templates naming the kind first, then those for any kind."""
    rows = session.execute(
        select(TemplateVersion.id, TemplateVersion.template_id, TemplateVersion.version,
               TemplateVersion.levels, TemplateVersion.area_kinds, ChecklistTemplate.name)
        .join(ChecklistTemplate, ChecklistTemplate.id == TemplateVersion.template_id)
        .where(TemplateVersion.status == "published", ChecklistTemplate.archived.is_(False))
        .order_by(TemplateVersion.template_id, TemplateVersion.version.desc())).all()
    latest = {}
    for r in rows:
        latest.setdefault(r.template_id, r)
    best = None
    for r in latest.values():
        kinds = split_keys(r.area_kinds)
        if level not in split_keys(r.levels) or (kinds and area_kind not in kinds):
            continue
        rank = (0 if kinds else 1, r.template_id)
        if best is None or rank < best[0]:
            best = (rank, r)
    return (best[1].id, best[1].name) if best else None
