"""The default checklist library: complete, bilingual, valid, and covering every demo area."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models_patrol import ChecklistTemplate, TemplateVersion
from app.domain.checklists import CATEGORIES, DIMENSIONS, LEVELS, RESPONSE_TYPES, SEVERITIES
from app.domain.org import AREA_KINDS
from app.services.base import SYSTEM
from app.services.checklist_json import SERVQUAL_DIMENSION, parse_document
from app.services.checklist_library import LIBRARY, library_document
from app.services.checklists import ChecklistService, ensure_default_library
from app.services.demo_data import AREAS

REQUIRED_NAMES = {"迎宾与预订", "包房服务", "大厅值台", "传菜速度与出品流程", "仪容仪表与精神面貌",
                  "卫生质检", "设施设备巡检报修", "安全巡查", "布草/餐具/低值易耗品", "开餐前检查",
                  "收市检查"}


@pytest.fixture(scope="module")
def specs():
    return parse_document(library_document())  # raises with every problem if anything is off


def test_library_has_the_required_templates_and_enough_items(specs):
    assert len(specs) >= 10
    assert {s.name for s in specs} >= REQUIRED_NAMES
    assert sum(len(s.items) for s in specs) >= 150
    assert all(len(s.items) >= 10 for s in specs)
    assert len({s.key for s in specs}) == len(specs)


def test_every_item_is_bilingual_and_uses_known_keys(specs):
    for spec in specs:
        assert spec.name and spec.name_en and spec.description
        assert set(spec.levels) <= set(LEVELS) and spec.levels
        assert set(spec.area_kinds) <= set(AREA_KINDS)
        for item in spec.items:
            where = f"{spec.key}: {item.text}"
            assert item.text.strip() and item.text_en.strip(), where
            assert item.section and item.section_en, where
            assert item.category in CATEGORIES, where
            assert item.dimension in DIMENSIONS, where
            assert item.response_type in RESPONSE_TYPES, where
            assert item.default_severity in SEVERITIES, where
            assert 1 <= item.weight <= 3, where
            if item.servqual_item is not None:
                assert SERVQUAL_DIMENSION[item.servqual_item] == item.dimension, where
            if item.critical:
                assert item.default_severity == "critical", where


def test_library_uses_every_response_type_dimension_and_has_safety_musts(specs):
    items = [i for s in specs for i in s.items]
    assert {i.response_type for i in items} == set(RESPONSE_TYPES)
    assert {i.dimension for i in items} == set(DIMENSIONS)
    assert {i.category for i in items} == set(CATEGORIES)
    assert set(range(1, 23)) <= {i.servqual_item for i in items}
    critical = {i.text for i in items if i.critical}
    assert any("消防通道" in t for t in critical)
    assert any("灭火器" in t for t in critical)
    assert any("留样" in t for t in critical)
    fridge = next(i for i in items if i.text == "冷藏柜温度")
    assert (fridge.min_value, fridge.max_value, fridge.critical) == (0, 5, True)
    hot = next(i for i in items if i.text == "热菜出品温度")
    assert hot.min_value == 60
    assert any(i.response_type == "score" and i.max_score == 5 and "精神面貌" in i.text
               for i in items)
    assert sum(i.photo_on_fail for i in items) >= 30


def test_mystery_guest_audit_has_templates(specs):
    external = {s.name for s in specs if "external" in s.levels}
    assert {"包房服务", "迎宾与预订"} <= external


def test_library_data_matches_the_json_shape():
    for template in LIBRARY:
        assert set(template) == {"key", "name", "name_en", "description", "levels",
                                 "area_kinds", "items"}


def test_seeded_once_as_published_v1_and_covers_every_demo_area(db):
    now = dt.datetime(2024, 5, 1, 9, 0)
    with db.write() as s:
        ensure_default_library(s, now)  # the lead may already seed it from open_database
        assert ensure_default_library(s, now) == 0
    with db.read() as s:
        versions = s.scalars(select(TemplateVersion)).all()
        assert s.scalar(select(func.count()).select_from(ChecklistTemplate)) == len(LIBRARY)
        assert {(v.version, v.status, v.published_by) for v in versions} == {
            (1, "published", "system")}
    service = ChecklistService(db, SYSTEM)
    summaries = service.templates()
    assert sum(t.items for t in summaries) == sum(len(t["items"]) for t in LIBRARY)
    for kind in {a["kind"] for a in AREAS}:
        for level in ("leader", "supervisor"):
            assert service.suggest(kind, level) is not None, (kind, level)


def test_suggest_prefers_the_template_made_for_the_area_kind(db):
    with db.write() as s:
        ensure_default_library(s, dt.datetime(2024, 5, 1, 9, 0))
    service = ChecklistService(db, SYSTEM)
    assert service.suggest("private_room", "leader").name == "包房服务"
    assert service.suggest("hall", "supervisor").name == "大厅值台"
    assert service.suggest("reception", "external").name == "迎宾与预订"
    assert service.suggest("pass", "leader").name == "传菜速度与出品流程"
    assert service.suggest("restroom", "supervisor").name == "卫生质检"
    assert service.suggest("kitchen", "manager").name == "卫生质检"
    assert service.suggest("other", "self").name == "仪容仪表与精神面貌"
    assert service.suggest("other", "leader").name == "安全巡查"
    assert service.suggest("bar", "supervisor").name == "卫生质检"
    assert service.suggest("bar", "self").name == "开餐前检查"
    assert service.suggest("kitchen", "external") is None
