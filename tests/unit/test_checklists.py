"""ChecklistService: drafts are edited, published versions are frozen, every change audited."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from app.db.models import AuditLog
from app.db.models_patrol import ChecklistItem, Inspection, TemplateVersion
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.services import audit
from app.services.base import SYSTEM, Actor
from app.services.checklist_dto import ItemDTO
from app.services.checklist_json import ChecklistProblems
from app.services.checklists import ChecklistService

NOW = dt.datetime(2024, 5, 1, 10, 0)


def make_item(text: str, **changes) -> ItemDTO:
    base = ItemDTO(id=None, position=0, section="包房", section_en="Room", text=text,
                   text_en=f"EN {text}", guidance="", category="service",
                   dimension="responsiveness", servqual_item=11, weight=1.0, critical=False,
                   response_type="pass_fail", max_score=None, min_value=None, max_value=None,
                   unit="", photo_on_fail=False, default_severity="minor")
    return dataclasses.replace(base, **changes)


@pytest.fixture
def svc(db) -> ChecklistService:
    return ChecklistService(db, SYSTEM, clock=lambda: NOW)


def as_role(db, role: str) -> ChecklistService:
    return ChecklistService(db, Actor(f"test-{role}", Role(role)), clock=lambda: NOW)


def published(svc: ChecklistService, key: str = "test-room", items=None):
    draft = svc.create_template(key, "测试包房", "Test room", levels=["leader"],
                                area_kinds=["private_room"])
    svc.save_draft(draft.id, name="测试包房", name_en="Test room", description="d",
                   levels=["leader"], area_kinds=["private_room"],
                   items=items or [make_item("上茶"), make_item("报菜名")])
    return svc.publish(draft.id)


def test_create_edit_and_publish(svc):
    draft = svc.create_template("test-room", "测试包房", levels=["leader", "supervisor"])
    assert (draft.version, draft.status, draft.items) == (1, "draft", ())
    saved = svc.save_draft(draft.id, name="测试包房 2", name_en="Room 2", description="x",
                           levels=["leader"], area_kinds=["private_room"],
                           items=[make_item("b"), make_item("a")])
    assert [i.text for i in saved.items] == ["b", "a"]
    assert [i.position for i in saved.items] == [0, 1]
    again = svc.save_draft(draft.id, name="测试包房 2", name_en="Room 2", description="x",
                           levels=["leader"], area_kinds=["private_room"],
                           items=[saved.items[1], saved.items[0], make_item("c")])
    assert [i.text for i in again.items] == ["a", "b", "c"]  # drafts are freely editable
    done = svc.publish(draft.id)
    assert (done.status, done.published_at, done.name) == ("published", NOW, "测试包房 2")
    summary = next(t for t in svc.templates() if t.key == "test-room")
    assert (summary.published_version_id, summary.latest_status, summary.items) == (
        draft.id, "published", 3)


def test_published_versions_are_frozen(svc):
    v1 = published(svc)
    with pytest.raises(ValidationError, match="Published versions are frozen"):
        svc.save_draft(v1.id, name="x", name_en="", description="", levels=[], area_kinds=[],
                       items=[make_item("改")])
    assert svc.version(v1.id) == v1


def test_new_draft_needs_a_reason_copies_and_is_reused(svc):
    v1 = published(svc)
    with pytest.raises(ValidationError, match="why"):
        svc.new_draft(v1.template_id, "  ")
    v2 = svc.new_draft(v1.template_id, "加上催菜回应")
    assert (v2.version, v2.status, v2.change_reason) == (2, "draft", "加上催菜回应")
    assert [dataclasses.replace(i, id=None) for i in v2.items] == [
        dataclasses.replace(i, id=None) for i in v1.items]
    assert {i.id for i in v2.items}.isdisjoint({i.id for i in v1.items})
    assert svc.new_draft(v1.template_id, "again").id == v2.id  # the open draft, as is


def test_an_inspection_keeps_its_version(svc, services):
    v1 = published(svc)
    area = services.teams.save_area("测试厅 901", "private_room", "9F", None, None)
    with svc.db.write() as s:
        inspection = Inspection(version_id=v1.id, level="leader", inspector="test",
                                area_id=area.id, day=NOW.date(), started_at=NOW)
        s.add(inspection)
        s.flush()
        inspection_id = inspection.id
    v2 = svc.new_draft(v1.template_id, "改第一项")
    svc.save_draft(v2.id, name=v2.name, name_en=v2.name_en, description=v2.description,
                   levels=v2.levels, area_kinds=v2.area_kinds,
                   items=[make_item("上茶并介绍茶叶"), *v2.items[1:], make_item("新项")])
    v2 = svc.publish(v2.id)
    assert [i.text for i in v2.items] == ["上茶并介绍茶叶", "报菜名", "新项"]
    assert svc.version(v1.id) == v1  # v1 and its items unchanged
    with svc.db.read() as s:
        version_id = s.get(Inspection, inspection_id).version_id
        assert s.get(TemplateVersion, version_id).version == 1
        texts = s.scalars(select(ChecklistItem.text).where(ChecklistItem.version_id == version_id)
                          .order_by(ChecklistItem.position)).all()
    assert texts == ["上茶", "报菜名"]
    assert svc.version(version_id).items == v1.items
    summary = next(t for t in svc.templates() if t.key == "test-room")
    assert (summary.latest_version, summary.published_version_id) == (2, v2.id)
    assert svc.suggest("private_room", "leader").id in {v2.id} | {
        t.published_version_id for t in svc.templates() if t.key != "test-room"}


def test_publish_validates_every_item(svc):
    draft = svc.create_template("test-empty", "空表")
    with pytest.raises(ChecklistProblems, match="at least one item"):
        svc.publish(draft.id)
    bad = [make_item("温度", response_type="number"),
           make_item("评分", response_type="score"),
           make_item("权重", weight=0),
           make_item("类别", category="foo")]
    with pytest.raises(ChecklistProblems) as info:
        svc.save_draft(draft.id, name="空表", name_en="", description="", levels=[],
                       area_kinds=[], items=bad)
    paths = [p.path for p in info.value.problems]
    assert paths == ["items[0].min_value", "items[1].max_score", "items[2].weight",
                     "items[3].category"]
    assert "items[3].category: unknown category 'foo'" in info.value.render()
    with pytest.raises(ChecklistProblems, match="level"):
        svc.save_draft(draft.id, name="空表", name_en="", description="", levels=["boss"],
                       area_kinds=[], items=[])
    assert svc.version(draft.id).items == ()


def test_keys_are_checked(svc):
    with pytest.raises(ValidationError, match="lower-case"):
        svc.create_template("包房", "包房")
    svc.create_template("test-dup", "一")
    with pytest.raises(ValidationError, match="already exists"):
        svc.create_template("test-dup", "二")
    with pytest.raises(ValidationError, match="name"):
        svc.create_template("test-noname", " ")
    with pytest.raises(NotFound):
        svc.version(999_999)


def test_duplicate_and_archive(svc):
    v1 = published(svc)
    copy = svc.duplicate(v1.template_id, "test-room-copy", "包房副本")
    assert (copy.version, copy.status, copy.name) == (1, "draft", "包房副本")
    assert [i.text for i in copy.items] == [i.text for i in v1.items]
    svc.set_archived(v1.template_id, True)
    assert "test-room" not in {t.key for t in svc.templates()}
    assert "test-room" in {t.key for t in svc.templates(include_archived=True)}
    svc.set_archived(v1.template_id, False)
    assert "test-room" in {t.key for t in svc.templates()}


def _publish(svc, key, levels, kinds):
    draft = svc.create_template(key, key, levels=levels, area_kinds=kinds)
    svc.save_draft(draft.id, name=key, name_en="", description="", levels=levels,
                   area_kinds=kinds, items=[make_item("x")])
    return svc.publish(draft.id)


def test_suggest_prefers_the_specific_template(svc):
    # No library template serves the bar for a mystery guest, seeded or not.
    assert svc.suggest("bar", "external") is None
    draft_only = svc.create_template("test-draft", "草稿", levels=["external"],
                                     area_kinds=["bar"])
    assert svc.suggest("bar", "external") is None  # drafts are never suggested
    wide = _publish(svc, "test-wide", ["external"], ["bar", "hall", "kitchen"])
    any_kind = _publish(svc, "test-any", ["external"], [])
    assert svc.suggest("bar", "external").id == wide.id  # naming the kind beats any kind
    assert svc.suggest("restroom", "external").id == any_kind.id
    later = _publish(svc, "test-later", ["external", "manager"], ["bar"])
    assert svc.suggest("bar", "external").id == wide.id  # among equals, the older template
    svc.set_archived(wide.template_id, True)
    assert svc.suggest("bar", "external").id == later.id  # archived ones are never suggested
    assert svc.suggest("bar", "self") is None or "self" in svc.suggest("bar", "self").levels
    assert draft_only.status == "draft"


@pytest.mark.parametrize("role", ["supervisor", "manager", "admin"])
def test_editors_may_edit(db, role):
    svc = as_role(db, role)
    assert published(svc, f"test-{role}").status == "published"


@pytest.mark.parametrize("role", ["hr", "leader", "staff"])
def test_others_may_not_edit_but_may_read(db, role):
    v1 = published(ChecklistService(db, SYSTEM, clock=lambda: NOW))
    svc = as_role(db, role)
    assert svc.version(v1.id) == v1
    assert any(t.key == "test-room" for t in svc.templates())
    with pytest.raises(PermissionDenied):
        svc.create_template("test-x", "x")
    with pytest.raises(PermissionDenied):
        svc.new_draft(v1.template_id, "why")
    with pytest.raises(PermissionDenied):
        svc.publish(v1.id)
    with pytest.raises(PermissionDenied):
        svc.set_archived(v1.template_id, True)
    with pytest.raises(PermissionDenied):
        svc.duplicate(v1.template_id, "test-y", "y")


def test_every_change_is_audited(svc):
    v1 = published(svc)
    v2 = svc.new_draft(v1.template_id, "原因")
    svc.duplicate(v1.template_id, "test-copy", "副本")
    svc.set_archived(v1.template_id, True)
    svc.publish(v2.id)
    with svc.db.read() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.entity)
                         .where(AuditLog.at == NOW)).all()
        assert audit.verify(s).ok
    assert {a for a, _ in rows} >= {"create", "save_draft", "publish", "new_draft",
                                    "duplicate", "archive"}
