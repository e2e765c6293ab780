"""Checklist JSON export and import: round trip, all-or-nothing, every problem with its path."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json

import pytest

from app.db.engine import Database
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import open_database
from app.services.checklist_json import MAX_BYTES, ChecklistProblems
from app.services.checklist_library import library_document
from app.services.checklists import ChecklistService, ensure_default_library

NOW = dt.datetime(2024, 5, 1, 10, 0)


def service(db: Database, role: str = "admin") -> ChecklistService:
    actor = SYSTEM if role == "admin" else Actor(f"test-{role}", Role(role))
    return ChecklistService(db, actor, clock=lambda: NOW)


def one_template(key: str = "test-json") -> dict:
    return {"format": "floorqc-checklists", "version": 1, "templates": [{
        "key": key, "name": "测试", "name_en": "Test", "description": "",
        "levels": ["leader"], "area_kinds": ["hall"],
        "items": [{"text": "地面干净", "text_en": "Floor clean", "category": "hygiene",
                   "dimension": "tangibles", "servqual_item": 2},
                  {"text": "冷藏柜温度", "category": "hygiene", "dimension": "assurance",
                   "response_type": "number", "min_value": 0, "max_value": 5, "unit": "°C",
                   "critical": True}]}]}


def write(path, doc) -> str:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return str(path)


def strip_ids(version):
    return (version.key, version.name, version.name_en, version.description, version.levels,
            version.area_kinds, tuple(dataclasses.replace(i, id=None) for i in version.items))


def test_round_trip_into_a_fresh_database(db, tmp_path):
    with db.write() as s:
        ensure_default_library(s, NOW)
    svc = service(db)
    own = svc.create_template("test-own", "自建", levels=["leader"])
    svc.save_draft(own.id, name="自建", name_en="Own", description="描述", levels=["leader"],
                   area_kinds=["bar"], items=svc.version(
                       svc.templates()[0].published_version_id).items[:3])
    svc.publish(own.id)
    count = svc.export_json(tmp_path / "out.json")
    assert count == len(svc.templates())
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"]) == ("floorqc-checklists", 1)

    fresh = open_database(tmp_path / "fresh.db")
    try:
        target = service(fresh)
        with fresh.read() as s:
            seeded = {t.key for t in target.templates()}
        report = target.import_json(tmp_path / "out.json")
        assert report.created + report.unchanged == count
        assert report.created == count - len(seeded) and report.updated == 0
        before = {t.key: strip_ids(svc.version(t.published_version_id))
                  for t in svc.templates()}
        after = {t.key: strip_ids(target.version(t.published_version_id))
                 for t in target.templates()}
        assert after == before
        again = target.import_json(tmp_path / "out.json")
        assert (again.created, again.updated, again.unchanged) == (0, 0, count)
    finally:
        fresh.dispose()


def test_changed_content_makes_a_new_published_version(db, tmp_path):
    svc = service(db)
    first = svc.import_json(write(tmp_path / "a.json", one_template()))
    assert (first.created, first.updated) == (1, 0)
    v1_id = next(t.published_version_id for t in svc.templates() if t.key == "test-json")
    doc = one_template()
    doc["templates"][0]["items"][0]["text"] = "地面干净无水渍"
    report = svc.import_json(write(tmp_path / "b.json", doc))
    assert (report.created, report.updated) == (0, 1)
    summary = next(t for t in svc.templates() if t.key == "test-json")
    latest = svc.version(summary.published_version_id)
    assert (latest.version, latest.status, latest.change_reason) == (
        2, "published", "imported from b.json")
    assert latest.items[0].text == "地面干净无水渍"
    assert latest.items[1].default_severity == "critical"  # a critical item's default
    v1 = svc.version(v1_id)
    assert (v1.version, v1.items[0].text) == (1, "地面干净")  # the old version stays


def test_import_refuses_a_template_with_an_open_draft(db, tmp_path):
    svc = service(db)
    svc.import_json(write(tmp_path / "a.json", one_template()))
    summary = next(t for t in svc.templates() if t.key == "test-json")
    svc.new_draft(summary.template_id, "editing")
    with pytest.raises(ChecklistProblems, match=r"templates\[0\]\.key: 'test-json' has an "
                                                r"unpublished draft"):
        svc.import_json(write(tmp_path / "b.json", one_template()))


def test_every_problem_is_listed_with_its_path_and_nothing_is_saved(db, tmp_path):
    doc = one_template("test-bad")
    good = copy.deepcopy(doc["templates"][0])
    good["key"] = "test-good"
    item = doc["templates"][0]["items"]
    item[0]["category"] = "foo"
    item[0]["servqual_item"] = 7
    item[1]["weight"] = 0
    item[1]["max_value"] = -1
    item.append({"text": "评分", "category": "service", "dimension": "assurance",
                 "response_type": "score", "colour": "red"})
    item.append("not an item")
    doc["templates"].insert(0, good)
    doc["templates"].append({"key": "Bad Key", "name": "", "levels": ["boss"],
                             "area_kinds": ["garden"], "items": []})
    doc["templates"].append(copy.deepcopy(good))
    svc = service(db)
    before = svc.templates(include_archived=True)
    with pytest.raises(ChecklistProblems) as info:
        svc.import_json(write(tmp_path / "bad.json", doc))
    text = info.value.render()
    for expected in (
            "templates[1].items[0].category: unknown category 'foo'",
            "templates[1].items[1].weight: the weight must be more than 0",
            "templates[1].items[1].min_value: the lower limit is above the upper limit",
            "templates[1].items[2].colour: unknown field",
            "templates[1].items[3]: an item must be an object",
            "templates[2].key: the key 'Bad Key' must be",
            "templates[2].name: missing",
            "templates[2].levels[0]: unknown level 'boss'",
            "templates[2].area_kinds[0]: unknown area kind 'garden'",
            "templates[2].items: a template needs a list of at least one item",
            "templates[3].key: the key 'test-good' is already used by templates[0]"):
        assert expected in text, expected
    assert text.splitlines()[0].startswith(f"{len(info.value.problems)} problem(s)")
    assert svc.templates(include_archived=True) == before  # all or nothing


def test_score_item_problems_and_servqual_mismatch(tmp_path, db):
    doc = one_template()
    items = doc["templates"][0]["items"]
    items[0]["servqual_item"] = 7
    items.append({"text": "评分", "category": "service", "dimension": "assurance",
                  "response_type": "score"})
    items.append({"text": "x", "category": "service", "dimension": "empathy",
                  "servqual_item": 30, "critical": "yes"})
    with pytest.raises(ChecklistProblems) as info:
        service(db).import_json(write(tmp_path / "s.json", doc))
    paths = [p.path for p in info.value.problems]
    assert paths == ["templates[0].items[0].servqual_item", "templates[0].items[2].max_score",
                     "templates[0].items[3].critical"]
    assert "measures reliability, not tangibles" in info.value.render()


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe not json", "not a FloorQC checklist file"),
    (b"{\"format\": ", "not a FloorQC checklist file"),
    ("题目,分数\n".encode(), "not a FloorQC checklist file"),
])
def test_non_json_is_refused_clearly(db, tmp_path, content, message):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        service(db).import_json(path)


def test_wrong_format_and_version(db, tmp_path):
    with pytest.raises(ChecklistProblems) as info:
        service(db).import_json(write(tmp_path / "w.json", {"format": "x", "version": 2,
                                                           "templates": []}))
    assert [p.path for p in info.value.problems] == ["format", "version", "templates"]
    with pytest.raises(ChecklistProblems, match="JSON object"):
        service(db).import_json(write(tmp_path / "l.json", [1, 2]))


def test_big_files_are_refused_before_reading(db, tmp_path):
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(ValidationError, match="larger than 5 MB"):
        service(db).import_json(path)


def test_import_needs_edit_rights_export_does_not(db, tmp_path):
    path = write(tmp_path / "a.json", one_template())
    with pytest.raises(PermissionDenied):
        service(db, "leader").import_json(path)
    service(db).import_json(path)
    assert service(db, "staff").export_json(tmp_path / "e.json") >= 1


def test_export_selected_templates(db, tmp_path):
    svc = service(db)
    svc.import_json(write(tmp_path / "a.json", one_template()))
    template_id = next(t.template_id for t in svc.templates() if t.key == "test-json")
    assert svc.export_json(tmp_path / "one.json", [template_id]) == 1
    doc = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [t["key"] for t in doc["templates"]] == ["test-json"]
    assert doc["templates"][0]["items"][1]["critical"] is True


def test_the_library_itself_imports(db, tmp_path):
    report = service(db).import_json(write(tmp_path / "lib.json", library_document()))
    assert report.created + report.unchanged == len(library_document()["templates"])
