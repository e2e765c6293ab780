"""Patrol rounds: scoring through submit, what submit refuses, findings and their owners,
disagreements between layers, permissions."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from app.db.models import AuditLog
from app.domain.checklists import allowed_levels, level_for_role
from app.domain.errors import FloorQCError, PermissionDenied
from app.services.checklist_dto import HistoryFilter
from app.services.patrols import PatrolIncomplete
from tests.patrol_builders import DAY, DINNER, answer_all_pass, floor, make_version, patrols


def jpeg(color=(200, 30, 30), size=(64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def world(services, db):
    f = floor(services)
    return f, make_version(db)


def test_roles_map_to_levels():
    assert level_for_role("staff") == "self"
    assert level_for_role("admin") == "manager"
    assert level_for_role("hr") is None
    assert allowed_levels("staff") == ("self",)
    assert allowed_levels("leader") == ("self", "leader")
    assert allowed_levels("supervisor") == ("self", "leader", "supervisor")
    assert "external" in allowed_levels("manager") and allowed_levels("hr") == ()


def test_start_places_the_round_in_its_day_and_shift(db, world):
    f, ids = world
    svc = patrols(db)
    round_ = svc.start(f["room"].id, ids["version"], "supervisor", at=DINNER)
    assert (round_.day, round_.shift, round_.status) == (DAY, "晚市", "draft")
    assert [i.text for i in round_.version.items][0] == "Uniform clean and name badge worn"
    # After midnight the night shift still belongs to the day it started.
    night = svc.start(f["hall"].id, ids["version"], "supervisor",
                      at=dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(2, 0)))
    assert (night.day, night.shift) == (DAY, "夜班")
    assert [d.id for d in svc.drafts()] == [night.id, round_.id]


def test_score_weights_na_and_number_limits(db, world):
    f, ids = world
    svc = patrols(db)
    r = svc.start(f["room"].id, ids["version"], "supervisor", at=DINNER)
    svc.answer(r.id, ids["uniform"], "pass")               # 1 × 1
    svc.answer(r.id, ids["tables"], None, 2)               # 2 × 0.5
    fridge = svc.answer(r.id, ids["fridge"], None, 7.5)    # out of 0–5 °C: fails, 1 × 0
    assert fridge.outcome == "fail"
    svc.set_note(r.id, ids["fridge"], "Fridge at 7.5 °C")
    svc.answer(r.id, ids["remarks"], None, text="Busy night")  # text: not scored
    svc.answer(r.id, ids["exit"], "pass")                  # 1 × 1
    svc.answer(r.id, ids["floor"], "na")                   # excluded
    summary = svc.submit(r.id)
    # (1 + 1 + 0 + 1) / (1 + 2 + 1 + 1) = 60 %
    assert summary.score == 60.0 and not summary.flagged
    assert (summary.passed, summary.failed, summary.not_applicable) == (4, 1, 1)
    assert summary.inspection.status == "submitted" and summary.inspection.finished_at
    assert [x.description for x in summary.findings] == [
        "Drinks fridge temperature — Fridge at 7.5 °C"]


def test_critical_failure_flags_the_round_whatever_its_score(db, world):
    f, ids = world
    svc = patrols(db)
    r = svc.start(f["room"].id, ids["version"], "supervisor", at=DINNER)
    answer_all_pass(svc, r.id, ids)
    svc.answer(r.id, ids["exit"], "fail")
    svc.set_note(r.id, ids["exit"], "Boxes stacked in front of the fire exit")
    summary = svc.submit(r.id)
    assert summary.flagged and summary.score == pytest.approx(100 * 5 / 6, abs=0.01)
    assert summary.findings[0].severity == "critical"
    assert svc.history(HistoryFilter())[0].flagged


def test_submit_lists_every_reason_then_succeeds_once_fixed(db, world):
    f, ids = world
    svc = patrols(db)
    r = svc.start(f["room"].id, ids["version"], "supervisor", at=DINNER)
    svc.answer(r.id, ids["uniform"], "fail")             # no note
    svc.answer(r.id, ids["floor"], "fail")               # no photo, no note
    svc.answer(r.id, ids["exit"], "pass")
    with pytest.raises(PatrolIncomplete) as refused:
        svc.submit(r.id)
    text = refused.value.render()
    for line in ("Not answered: Tables set to standard",
                 "Not answered: Drinks fridge temperature",
                 "Not answered: Remarks for the next shift",
                 "Failed without the required photo: Floor clean and dry",
                 "Failed without a note describing the problem: Floor clean and dry",
                 "Failed without a note describing the problem: Uniform clean and name badge"):
        assert line in text
    assert len(refused.value.problems) == 6
    assert svc.inspection(r.id).status == "draft"
    svc.answer(r.id, ids["tables"], None, 4)
    svc.answer(r.id, ids["fridge"], None, 4)
    svc.answer(r.id, ids["remarks"], None, text="-")
    svc.set_note(r.id, ids["uniform"], "Badge missing")
    svc.set_note(r.id, ids["floor"], "Spill by the door")
    photo = svc.add_photo(r.id, ids["floor"], jpeg())
    summary = svc.submit(r.id)
    assert summary.failed == 2
    floor_finding = next(x for x in summary.findings if x.description.startswith("Floor"))
    assert floor_finding.photo_ids == (photo,)
    assert svc.photo(photo).mime == "image/jpeg"
    with pytest.raises(FloorQCError, match="submitted"):
        svc.answer(r.id, ids["uniform"], "pass")


def test_findings_owner_from_the_roster(db, world, services):
    f, ids = world
    svc = patrols(db)
    # 赵敏 alone is rostered on the room at dinner: she and her team leader answer for it.
    r = svc.start(f["room"].id, ids["version"], "supervisor", at=DINNER)
    answer_all_pass(svc, r.id, ids)
    svc.answer(r.id, ids["uniform"], "fail")
    svc.set_note(r.id, ids["uniform"], "Badge missing")
    svc.answer(r.id, ids["floor"], "fail")
    svc.set_note(r.id, ids["floor"], "Wet floor")
    svc.add_photo(r.id, ids["floor"], jpeg())
    summary = svc.submit(r.id)
    assert len(summary.findings) == 2
    by_item = {x.item_id: x for x in summary.findings}
    assert by_item[ids["uniform"]].severity == "minor"
    assert by_item[ids["floor"]].severity == "major"
    for x in summary.findings:
        assert (x.responsible.name, x.leader.name, x.unrostered) == ("赵敏", "王丽", False)
    # Nobody rostered in the hall: the default team's leader, flagged unrostered.
    h = svc.start(f["hall"].id, ids["version"], "supervisor", at=DINNER)
    answer_all_pass(svc, h.id, ids)
    svc.answer(h.id, ids["uniform"], "fail")
    svc.set_note(h.id, ids["uniform"], "Apron stained")
    hall = svc.submit(h.id).findings[0]
    assert (hall.responsible.name, hall.unrostered) == ("王丽", True)
    assert {x.id for x in svc.findings(area_id=f["hall"].id)} == {hall.id}
    assert len(svc.findings(inspection_id=r.id)) == 2
    # Reassigning needs a reason; the new owner's team leader becomes the leader.
    with pytest.raises(FloorQCError, match="reason"):
        svc.reassign_finding(hall.id, f["servers"][1].id, " ")
    moved = svc.reassign_finding(hall.id, f["servers"][1].id, "钱进 set up the hall")
    assert (moved.responsible.name, moved.leader.name) == ("钱进", "王丽")
    assert (moved.owner_reason, moved.unrostered) == ("钱进 set up the hall", False)
    assert svc.set_finding_severity(hall.id, "major").severity == "major"
    with db.read() as s:
        actions = {(a.action, a.entity) for a in s.query(AuditLog)}
    assert {("create", "finding"), ("submit", "inspection"), ("reassign", "finding"),
            ("update", "finding")} <= actions


def test_ad_hoc_finding_with_photo(db, world):
    f, _ = world
    svc = patrols(db, "leader")
    x = svc.ad_hoc_finding(f["room"].id, "Broken chair at table 3", "major", "facilities",
                           photo=jpeg(), at=DINNER)
    assert (x.responsible.name, x.leader.name, x.inspection_id) == ("赵敏", "王丽", None)
    assert len(x.photo_ids) == 1 and x.status == "open"
    assert svc.findings()[0].id == x.id
    with pytest.raises(FloorQCError, match="Describe"):
        svc.ad_hoc_finding(f["room"].id, "", "major")
    with pytest.raises(FloorQCError, match="severity"):
        svc.ad_hoc_finding(f["room"].id, "Something", "awful")


def _round(db, ids, area_id, role, level, at, fail=()):
    svc = patrols(db, role)
    r = svc.start(area_id, ids["version"], level, at=at)
    answer_all_pass(svc, r.id, ids)
    for key in fail:
        svc.answer(r.id, ids[key], "fail")
        svc.set_note(r.id, ids[key], "not right")
        svc.add_photo(r.id, ids[key], jpeg())
    return svc.submit(r.id)


def test_disagreement_between_layers(db, world):
    f, ids = world
    room = f["room"].id
    _round(db, ids, room, "leader", "leader", DINNER)
    summary = _round(db, ids, room, "supervisor", "supervisor", DINNER + dt.timedelta(hours=1),
                     fail=("floor",))
    [d] = summary.disagreements
    assert (d.lower_inspector, d.lower_level, d.higher_level) == (
        "test-leader", "leader", "supervisor")
    assert d.item_text == "Floor clean and dry" and d.area == "牡丹厅 201"
    svc = patrols(db)
    assert [x.id for x in svc.disagreements(inspector="test-leader")] == [d.id]
    assert svc.disagreements(inspector="test-supervisor") == []
    rates = {r[0]: r for r in svc.disagreement_rates(DAY, DAY)}
    assert rates["test-leader"][:3] == ("test-leader", 1, 6)
    assert rates["test-leader"][3] == pytest.approx(1 / 6, abs=1e-3)


def test_no_disagreement_across_shifts_or_areas(db, world):
    f, ids = world
    _round(db, ids, f["room"].id, "leader", "leader", dt.datetime.combine(DAY, dt.time(12)))
    _round(db, ids, f["hall"].id, "leader", "leader", DINNER)
    summary = _round(db, ids, f["room"].id, "supervisor", "supervisor", DINNER,
                     fail=("floor",))
    assert summary.disagreements == ()
    assert patrols(db).disagreements() == []


def test_permissions(db, world):
    f, ids = world
    staff = patrols(db, "staff")
    assert staff.start(f["room"].id, ids["version"], "self", at=DINNER).level == "self"
    with pytest.raises(FloorQCError, match="may not run"):
        staff.start(f["room"].id, ids["version"], "leader", at=DINNER)
    with pytest.raises(PermissionDenied):
        patrols(db, "hr").start(f["room"].id, ids["version"], "self", at=DINNER)
    with pytest.raises(PermissionDenied):
        patrols(db, "hr").ad_hoc_finding(f["room"].id, "x", "minor")
    mine = patrols(db, "leader", "alice").start(f["room"].id, ids["version"], "leader",
                                                at=DINNER)
    other = patrols(db, "leader", "bob")
    with pytest.raises(FloorQCError, match="Only alice"):
        other.answer(mine.id, ids["uniform"], "pass")
    with pytest.raises(FloorQCError, match="Only alice"):
        other.submit(mine.id)
    with pytest.raises(FloorQCError, match="Only alice"):
        patrols(db, "manager").answer(mine.id, ids["uniform"], "pass")  # not even a manager
    assert patrols(db, "leader", "alice").answer(mine.id, ids["uniform"], "pass").outcome == "pass"


def test_answer_validation(db, world, services):
    f, ids = world
    svc = patrols(db)
    r = svc.start(f["room"].id, ids["version"], "supervisor", at=DINNER)
    with pytest.raises(FloorQCError, match="between 0 and 4"):
        svc.answer(r.id, ids["tables"], None, 9)
    with pytest.raises(FloorQCError, match="Enter a value"):
        svc.answer(r.id, ids["fridge"], "pass")
    with pytest.raises(FloorQCError, match="Unknown answer"):
        svc.answer(r.id, ids["uniform"], "maybe")
    other = make_version(db, key="other")
    with pytest.raises(FloorQCError, match="not on the round"):
        svc.answer(r.id, other["uniform"], "pass")
    draft = make_version(db, key="draft_one", status="draft")
    with pytest.raises(FloorQCError, match="published"):
        svc.start(f["room"].id, draft["version"], "supervisor")
    a = svc.answer(r.id, ids["uniform"], "pass")
    assert (a.outcome, a.photo_ids) == ("pass", ())
    assert svc.answer(r.id, ids["uniform"], None).outcome is None  # cleared again
    pid = svc.add_photo(r.id, ids["uniform"], jpeg())
    assert svc.inspection(r.id).answers[ids["uniform"]].photo_ids == (pid,)
    svc.remove_photo(r.id, ids["uniform"], pid)
    assert svc.inspection(r.id).answers[ids["uniform"]].photo_ids == ()


def test_history_filters_and_batches(db, world):
    f, ids = world
    for h in range(3):
        _round(db, ids, f["room"].id, "supervisor", "supervisor",
               DINNER + dt.timedelta(days=h), fail=("floor",) if h == 1 else ())
    _round(db, ids, f["hall"].id, "leader", "leader", DINNER)
    svc = patrols(db)
    rows = svc.history(HistoryFilter())
    assert [r.day for r in rows][:3] == [DAY + dt.timedelta(days=2), DAY + dt.timedelta(days=1),
                                         DAY]
    assert svc.history_count(HistoryFilter()) == 4
    assert svc.history_count(HistoryFilter(inspector="test-leader")) == 1
    assert svc.history_count(HistoryFilter(area_id=f["room"].id, level="supervisor")) == 3
    assert svc.history_count(HistoryFilter(date_from=DAY + dt.timedelta(days=1))) == 2
    assert svc.history_count(HistoryFilter(template_id=ids["template"])) == 4
    low = svc.history(HistoryFilter(score_below=100))
    assert [(r.day, r.findings) for r in low] == [(DAY + dt.timedelta(days=1), 1)]
    assert len(svc.history(HistoryFilter(), offset=1, limit=2)) == 2
    assert svc.history(HistoryFilter(), offset=4) == []
