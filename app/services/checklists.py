"""Checklist templates and their versions: drafts are edited, published versions are frozen,
so every inspection keeps reading the exact items it was run against (DESIGN.md §3)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db.models_patrol import ChecklistItem, ChecklistTemplate, TemplateVersion
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.permissions import Permission
from app.services import audit
from app.services.backups import backup_before_import
from app.services.base import Service, required_name
from app.services.checklist_dto import ItemDTO, TemplateSummary, VersionDTO
from app.services.checklist_json import (
    ChecklistImportReport,
    ChecklistProblems,
    Problem,
    TemplateSpec,
    content_key,
    document,
    item_problems,
    parse_document,
    read_document,
    scope_problems,
    valid_key,
)
from app.services.checklist_library import library_document
from app.services.checklist_load import split_keys, suggest_version, version_dto

__all__ = ["ChecklistImportReport", "ChecklistService", "ensure_default_library"]

_ITEM_FIELDS = ("section", "section_en", "text", "text_en", "guidance", "category", "dimension",
                "servqual_item", "weight", "critical", "response_type", "max_score",
                "min_value", "max_value", "unit", "photo_on_fail", "default_severity")


def _join(values) -> str:
    return ",".join(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _add_items(s: Session, version_id: int, items) -> None:
    s.add_all(ChecklistItem(version_id=version_id, position=i,
                            **{f: getattr(item, f) for f in _ITEM_FIELDS})
              for i, item in enumerate(items))


def _spec(dto: VersionDTO) -> TemplateSpec:
    return TemplateSpec(dto.key, dto.name, dto.name_en, dto.description, dto.levels,
                        dto.area_kinds, dto.items)


def _latest(s: Session, template_id: int, status: str | None = None) -> TemplateVersion | None:
    query = select(TemplateVersion).where(TemplateVersion.template_id == template_id)
    if status:
        query = query.where(TemplateVersion.status == status)
    return s.scalar(query.order_by(TemplateVersion.version.desc()).limit(1))


def _add_version(s: Session, template: ChecklistTemplate, spec: TemplateSpec, *, number: int,
                 status: str, reason: str, at: dt.datetime | None,
                 by: str | None) -> TemplateVersion:
    version = TemplateVersion(
        template_id=template.id, version=number, status=status, description=spec.description,
        levels=_join(spec.levels), area_kinds=_join(spec.area_kinds), change_reason=reason,
        published_at=at if status == "published" else None,
        published_by=by if status == "published" else None)
    s.add(version)
    s.flush()
    _add_items(s, version.id, spec.items)
    s.flush()
    return version


def ensure_default_library(session: Session, now: dt.datetime) -> int:
    """Seed the default library as published version 1 of each template when the database
    has no template at all; returns how many templates were added."""
    if session.scalar(select(func.count()).select_from(ChecklistTemplate)):
        return 0
    specs = parse_document(library_document())
    for spec in specs:
        template = ChecklistTemplate(key=spec.key, name=spec.name, name_en=spec.name_en)
        session.add(template)
        session.flush()
        _add_version(session, template, spec, number=1, status="published", reason="",
                     at=now, by="system")
    audit.append(session, now, "system", "seed", "checklist_library", "",
                 {"templates": [s.key for s in specs],
                  "items": sum(len(s.items) for s in specs)})
    return len(specs)


class ChecklistService(Service):
    # -- reading ---------------------------------------------------------------------------

    def templates(self, include_archived: bool = False) -> list[TemplateSummary]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            query = select(ChecklistTemplate).order_by(ChecklistTemplate.id)
            if not include_archived:
                query = query.where(ChecklistTemplate.archived.is_(False))
            counts = dict(s.execute(select(ChecklistItem.version_id, func.count())
                                    .group_by(ChecklistItem.version_id)).all())
            out = []
            for t in s.scalars(query):
                latest = _latest(s, t.id)
                if latest is None:
                    continue
                published = _latest(s, t.id, "published")
                out.append(TemplateSummary(
                    t.id, t.key, t.name, t.name_en, latest.id, latest.version, latest.status,
                    published.id if published else None, split_keys(latest.levels),
                    split_keys(latest.area_kinds), counts.get(latest.id, 0)))
            return out

    def version(self, version_id: int) -> VersionDTO:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return version_dto(s, self._version(s, version_id).id)

    def suggest(self, area_kind: str, level: str) -> VersionDTO | None:
        """The published template for this kind of area and level (see suggest_version)."""
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            found = suggest_version(s, area_kind, level)
            return version_dto(s, found[0]) if found else None

    # -- editing ---------------------------------------------------------------------------

    def create_template(self, key: str, name: str, name_en: str = "", description: str = "",
                        levels=(), area_kinds=()) -> VersionDTO:
        self._require(Permission.EDIT_CHECKLISTS)
        with self.db.write() as s:
            template = self._new_template(s, key, name, name_en)
            spec = TemplateSpec(template.key, template.name, template.name_en,
                                description.strip(), tuple(levels), tuple(area_kinds), ())
            self._check_scope(spec.levels, spec.area_kinds)
            version = _add_version(s, template, spec, number=1, status="draft", reason="",
                                   at=None, by=None)
            self._audit(s, "create", "checklist_template", template.id, key=template.key,
                        name=template.name)
            return version_dto(s, version.id)

    def save_draft(self, version_id: int, *, name: str, name_en: str, description: str,
                   levels, area_kinds, items: list[ItemDTO]) -> VersionDTO:
        self._require(Permission.EDIT_CHECKLISTS)
        name = required_name(name, QT_TRANSLATE_NOOP("errors", "Enter a name for the checklist."))
        levels, area_kinds = tuple(levels), tuple(area_kinds)
        self._check_scope(levels, area_kinds)
        items = [ItemDTO(**{**i.__dict__, "position": n}) for n, i in enumerate(items)]
        problems = [p for n, i in enumerate(items) for p in item_problems(i, f"items[{n}]")]
        if problems:
            raise ChecklistProblems(problems, QT_TRANSLATE_NOOP(
                "errors", "{count} problem(s) in the items; nothing was saved."))
        with self.db.write() as s:
            version = self._draft(s, version_id)
            template = s.get(ChecklistTemplate, version.template_id)
            template.name, template.name_en = name, (name_en or "").strip()
            version.description = (description or "").strip()
            version.levels, version.area_kinds = _join(levels), _join(area_kinds)
            s.execute(delete(ChecklistItem).where(ChecklistItem.version_id == version.id))
            _add_items(s, version.id, items)
            s.flush()
            self._audit(s, "save_draft", "template_version", version.id, key=template.key,
                        version=version.version, name=name, items=len(items))
            return version_dto(s, version.id)

    def publish(self, version_id: int) -> VersionDTO:
        self._require(Permission.EDIT_CHECKLISTS)
        with self.db.write() as s:
            version = self._version(s, version_id)
            if version.status == "published":
                return version_dto(s, version.id)
            dto = version_dto(s, version.id)
            problems = scope_problems(dto.levels, dto.area_kinds)
            if not dto.items:
                problems.append(Problem("items", QT_TRANSLATE_NOOP(
                    "import", "a checklist needs at least one item")))
            problems += [p for n, i in enumerate(dto.items)
                         for p in item_problems(i, f"items[{n}]")]
            if problems:
                raise ChecklistProblems(problems, QT_TRANSLATE_NOOP(
                    "errors", "{count} problem(s); this version cannot be published yet."))
            version.status = "published"
            version.published_at = self.clock()
            version.published_by = self.actor.username
            s.flush()
            self._audit(s, "publish", "template_version", version.id, key=dto.key,
                        version=version.version, items=len(dto.items))
            return version_dto(s, version.id)

    def new_draft(self, template_id: int, change_reason: str) -> VersionDTO:
        self._require(Permission.EDIT_CHECKLISTS)
        reason = required_name(change_reason, QT_TRANSLATE_NOOP(
            "errors", "Say why the checklist changes (the reason stays with the new version)."))
        with self.db.write() as s:
            template = self._template(s, template_id)
            latest = _latest(s, template.id)
            if latest is not None and latest.status == "draft":
                return version_dto(s, latest.id)
            base = version_dto(s, latest.id)
            version = _add_version(s, template, _spec(base), number=latest.version + 1,
                                   status="draft", reason=reason, at=None, by=None)
            self._audit(s, "new_draft", "template_version", version.id, key=template.key,
                        version=version.version, reason=reason)
            return version_dto(s, version.id)

    def duplicate(self, template_id: int, key: str, name: str) -> VersionDTO:
        self._require(Permission.EDIT_CHECKLISTS)
        with self.db.write() as s:
            source = self._template(s, template_id)
            base = version_dto(s, (_latest(s, source.id, "published") or _latest(s, source.id)).id)
            template = self._new_template(s, key, name, "")
            spec = TemplateSpec(template.key, template.name, "", base.description, base.levels,
                                base.area_kinds, base.items)
            version = _add_version(s, template, spec, number=1, status="draft",
                                   reason="", at=None, by=None)
            self._audit(s, "duplicate", "checklist_template", template.id, key=template.key,
                        source=source.key, source_version=base.version)
            return version_dto(s, version.id)

    def set_archived(self, template_id: int, archived: bool) -> None:
        self._require(Permission.EDIT_CHECKLISTS)
        with self.db.write() as s:
            template = self._template(s, template_id)
            if template.archived != bool(archived):
                template.archived = bool(archived)
                self._audit(s, "archive" if archived else "unarchive", "checklist_template",
                            template.id, key=template.key)

    # -- files -----------------------------------------------------------------------------

    def export_json(self, path: str | Path, template_ids: list[int] | None = None) -> int:
        """Write the published version of each template (the draft when none is published
        yet); all templates that are not archived unless ``template_ids`` names some."""
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            query = select(ChecklistTemplate).order_by(ChecklistTemplate.id)
            if template_ids is None:
                query = query.where(ChecklistTemplate.archived.is_(False))
            else:
                query = query.where(ChecklistTemplate.id.in_(template_ids))
            specs = []
            for t in s.scalars(query):
                v = _latest(s, t.id, "published") or _latest(s, t.id)
                if v is not None:
                    specs.append(_spec(version_dto(s, v.id)))
        text = json.dumps(document(specs), ensure_ascii=False, indent=2)
        Path(path).write_text(text + "\n", encoding="utf-8")
        return len(specs)

    def import_json(self, path: str | Path) -> ChecklistImportReport:
        """All or nothing: a new key makes a template (published v1); a known key whose
        content differs gets a new published version, "imported from FILE"."""
        self._require(Permission.EDIT_CHECKLISTS)
        path = Path(path)
        specs = parse_document(read_document(path))
        reason = f"imported from {path.name}"
        created = updated = unchanged = 0
        backup_before_import(self.db)  # published versions cannot be taken back (DESIGN.md §6)
        with self.db.write() as s:
            existing = {t.key: t for t in s.scalars(select(ChecklistTemplate))}
            problems = []
            for i, spec in enumerate(specs):
                template = existing.get(spec.key)
                latest = _latest(s, template.id) if template else None
                if latest is not None and latest.status == "draft":
                    problems.append(Problem(f"templates[{i}].key", QT_TRANSLATE_NOOP(
                        "import", "'{value}' has an unpublished draft (version {version}); "
                                  "publish it first"),
                        {"value": spec.key, "version": latest.version}))
            if problems:
                raise ChecklistProblems(problems)
            now = self.clock()
            for spec in specs:
                template = existing.get(spec.key)
                if template is None:
                    template = ChecklistTemplate(key=spec.key, name=spec.name,
                                                 name_en=spec.name_en)
                    s.add(template)
                    s.flush()
                    _add_version(s, template, spec, number=1, status="published",
                                 reason=reason, at=now, by=self.actor.username)
                    created += 1
                    continue
                latest = _latest(s, template.id)
                renamed = (template.name, template.name_en) != (spec.name, spec.name_en)
                template.name, template.name_en = spec.name, spec.name_en
                if content_key(_spec(version_dto(s, latest.id))) != content_key(spec):
                    _add_version(s, template, spec, number=latest.version + 1,
                                 status="published", reason=reason, at=now,
                                 by=self.actor.username)
                    updated += 1
                elif renamed:
                    updated += 1
                else:
                    unchanged += 1
            self._audit(s, "import", "checklist_template", "", file=path.name,
                        keys=[sp.key for sp in specs], created=created, updated=updated,
                        unchanged=unchanged)
        return ChecklistImportReport(created, updated, unchanged)

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _check_scope(levels, area_kinds) -> None:
        problems = scope_problems(levels, area_kinds)
        if problems:
            raise ChecklistProblems(problems, QT_TRANSLATE_NOOP(
                "errors", "{count} problem(s) with the levels or area kinds; nothing was saved."))

    @staticmethod
    def _new_template(s: Session, key: str, name: str, name_en: str) -> ChecklistTemplate:
        key = (key or "").strip()
        if not valid_key(key):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A checklist key is 1-60 lower-case letters, digits, - or _ "
                          "(such as private-room-service)."))
        name = required_name(name, QT_TRANSLATE_NOOP("errors", "Enter a name for the checklist."))
        if s.scalar(select(ChecklistTemplate.id).where(ChecklistTemplate.key == key)):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A checklist with the key {key} already exists."), key=key)
        template = ChecklistTemplate(key=key, name=name, name_en=(name_en or "").strip())
        s.add(template)
        s.flush()
        return template

    @staticmethod
    def _template(s: Session, template_id: int) -> ChecklistTemplate:
        template = s.get(ChecklistTemplate, template_id)
        if template is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such checklist."))
        return template

    @staticmethod
    def _version(s: Session, version_id: int) -> TemplateVersion:
        version = s.get(TemplateVersion, version_id)
        if version is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such checklist version."))
        return version

    def _draft(self, s: Session, version_id: int) -> TemplateVersion:
        version = self._version(s, version_id)
        if version.status != "draft":
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Published versions are frozen; start a new version."))
        return version
