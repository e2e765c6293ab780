"""GapService on a small venue whose every figure was worked out by hand: survey forms (gaps 1
and 5), a published checklist (gap 2), patrol rounds (gap 3), a promise and complaints (gap 4),
per area, per week, with reversed items, and what lies behind each bar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import event

from app.domain import servqual
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.services.gap_queries import responses
from app.services.gaps import GapService, weeks
from app.services.guest_dto import PromiseDraft
from app.services.promises import PromiseService
from tests.helpers import make_org
from tests.survey_builders import (
    WEIGHTS,
    checklist,
    complaint,
    guest_form,
    inspection,
    manager_form,
)

START, END = dt.date(2026, 11, 23), dt.date(2026, 12, 6)  # two Monday-start weeks
NOW = dt.datetime(2026, 12, 6, 23, 0)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


@dataclass
class Venue:
    room: int
    hall: int
    items: dict[str, int]
    dish_promise: int


@pytest.fixture
def venue(services, db) -> Venue:
    dept, _, _ = make_org(services)
    room = services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, None).id
    hall = services.teams.save_area("二楼大厅", "hall", "2F", dept.id, None).id
    add = services.surveys.add
    add(guest_form("G1", 6, 5, dt.date(2026, 11, 23), WEIGHTS, room))
    add(guest_form("G2", {i: 5 for i in range(1, 5)} | {i: 7 for i in range(5, 10)},
                   {i: 7 for i in range(1, 5)} | {i: 4 for i in range(5, 10)},
                   dt.date(2026, 11, 24), None, hall))
    add(guest_form("G3", 4, 4, dt.date(2026, 12, 1)))
    add(manager_form("M1", 5, dt.date(2026, 11, 23)))
    add(guest_form("G9", 1, 7, dt.date(2026, 12, 7)))  # after the period

    items = checklist(db, [("Floor clean", "tangibles", 2, 1.0),
                           ("Uniform", "tangibles", 3, 1.0),
                           ("Dish on time", "reliability", 8, 2.0),
                           ("Bill right", "reliability", 9, 1.0),
                           ("Greeting", "empathy", None, 1.0),
                           ("Mis-filed", "assurance", 11, 1.0)], archive_others=True)
    checklist(db, [("Draft only", "tangibles", 1, 1.0)], key="draft", status="draft")
    i = items
    inspection(db, i["version"], room, dt.date(2026, 11, 23),
               {i["Floor clean"]: "pass", i["Uniform"]: "fail", i["Dish on time"]: "pass",
                i["Bill right"]: "fail", i["Greeting"]: "pass", i["Mis-filed"]: "na"})
    inspection(db, i["version"], hall, dt.date(2026, 11, 30),
               {i["Floor clean"]: "fail", i["Uniform"]: "fail", i["Dish on time"]: "fail",
                i["Bill right"]: "fail", i["Greeting"]: "pass"})
    inspection(db, i["version"], room, dt.date(2026, 11, 24), {i["Floor clean"]: "fail"},
               status="draft")
    inspection(db, i["version"], room, dt.date(2026, 12, 10), {i["Floor clean"]: "fail"})

    promises = PromiseService(db, SYSTEM, clock=lambda: NOW)
    dish = promises.save(PromiseDraft("First dish within 15 minutes", "reliability", 15)).id
    for when, minutes, area in ((at(START, 19), 12, room),
                                (at(START + dt.timedelta(1), 19), 20, hall),
                                (at(dt.date(2026, 11, 30), 19), 15, None),
                                (at(dt.date(2026, 12, 10), 19), 30, room)):
        promises.record_outcome(dish, when, minutes, area)
    gone = promises.save(PromiseDraft("Old promise", "empathy", 1, active=False)).id
    promises.record_outcome(gone, at(START, 12), 9)
    promises.save(PromiseDraft("Bill within 5 minutes", "empathy", 5))
    complaint(db, at(START, 18), 3, room)
    complaint(db, at(START + dt.timedelta(1), 18), 7, hall)
    complaint(db, at(dt.date(2026, 12, 1), 12), None)  # never answered: late
    complaint(db, dt.datetime(2026, 12, 6, 22, 58), None)  # still on the clock: not measured
    return Venue(room, hall, items, dish)


def gaps(db, role: Role = Role.MANAGER) -> GapService:
    return GapService(db, Actor(f"test-{role}", role), clock=lambda: NOW)


def values(gap: servqual.Gap) -> dict[str, float | None]:
    return {d: None if m.value is None else round(m.value, 4) for d, m in gap.dimensions.items()}


def ns(gap: servqual.Gap) -> dict[str, int]:
    return {d: m.n for d, m in gap.dimensions.items()}


def test_every_gap_matches_the_hand_worked_figures(venue, db):
    result = gaps(db).five_gaps(START, END)
    assert result.period == (START, END) and result.area is None
    g5 = result.gap5
    assert values(g5) == {"tangibles": 0.3333, "reliability": -1.3333, "responsiveness": -0.5,
                          "assurance": -0.5, "empathy": -0.5}
    assert ns(g5) == {"tangibles": 3, "reliability": 3, "responsiveness": 2, "assurance": 2,
                      "empathy": 2}
    assert (g5.overall.value, g5.overall.n, g5.overall.dimensions_with_data) == (
        pytest.approx(-0.5), 3, 5)
    assert round(g5.items[1].value, 4) == 0.3333 and g5.items[1].n == 3
    assert g5.expectation["tangibles"] == servqual.Measure(5.0, 3)
    assert round(g5.perception["tangibles"].value, 4) == 5.3333
    assert result.weighted_score == servqual.Measure(-1.0, 1)  # only G1 gave weights

    g1 = result.gap1
    assert values(g1) == {"tangibles": 0.0, "reliability": -0.6667, "responsiveness": 0.0,
                          "assurance": 0.0, "empathy": 0.0}
    assert ns(g1)["reliability"] == 4 and ns(g1)["empathy"] == 3  # manager + guests
    assert result.gap1.overall.n == 4

    # Gap 2: the draft and the archived library do not count; item 11 filed under assurance
    # addresses none of assurance's items.
    assert values(result.gap2) == {"tangibles": -50.0, "reliability": -60.0,
                                   "responsiveness": -100.0, "assurance": -100.0,
                                   "empathy": -100.0}
    assert (result.gap2.overall.value, result.gap2.overall.n) == (pytest.approx(-82.0), 22)

    # Gap 3: submitted rounds in the period only; reliability weighted 2:1 → 2/6 passes.
    assert values(result.gap3) == {"tangibles": -75.0, "reliability": -66.6667,
                                   "responsiveness": None, "assurance": None, "empathy": 0.0}
    assert ns(result.gap3) == {"tangibles": 4, "reliability": 4, "responsiveness": 0,
                               "assurance": 0, "empathy": 2}
    assert result.gap3.overall.dimensions_with_data == 3

    # Gap 4: 15 of 15 minutes counts as kept; the inactive promise and the complaint still on
    # the clock do not count; the unanswered one past the limit is late.
    assert values(result.gap4) == {"tangibles": None, "reliability": -33.3333,
                                   "responsiveness": -66.6667, "assurance": None,
                                   "empathy": None}
    assert (result.gap4.overall.value, result.gap4.overall.n) == (pytest.approx(-50.0), 6)


def test_the_service_equals_the_domain_on_the_same_data(venue, db):
    result = gaps(db).five_gaps(START, END)
    with db.read() as s:
        forms = responses(s, START, END, None)
    assert len(forms) == 4
    expected = servqual.five_gaps(forms, reversed_items=frozenset())
    assert result.gap1 == expected.gap1 and result.gap5 == expected.gap5
    assert result.weighted_score == expected.weighted_score
    assert result.to_json()["gaps"]["gap5"] == expected.to_json()["gaps"]["gap5"]


def test_an_area_sees_only_its_own_records(venue, db):
    result = gaps(db).five_gaps(START, END, venue.room)
    assert result.area == "牡丹厅 201"
    assert values(result.gap5) == {d: -1.0 for d in servqual.DIMENSIONS}  # G1 only
    assert result.gap1.overall.value is None  # the manager form names no area
    assert values(result.gap2)["tangibles"] == -50.0  # standards are venue-wide
    assert values(result.gap3) == {"tangibles": -50.0, "reliability": -33.3333,
                                   "responsiveness": None, "assurance": None, "empathy": 0.0}
    assert values(result.gap4) == {"tangibles": None, "reliability": 0.0,
                                   "responsiveness": 0.0, "assurance": None, "empathy": None}
    assert ns(result.gap4)["reliability"] == 1
    with pytest.raises(NotFound):
        gaps(db).five_gaps(START, END, 9999)


def test_a_period_without_data_says_so_everywhere(services, db):
    with db.write() as s:  # nothing published either
        from app.db.models_patrol import ChecklistTemplate

        for t in s.query(ChecklistTemplate):
            t.archived = True
    result = gaps(db).five_gaps(dt.date(2027, 1, 4), dt.date(2027, 1, 10))
    for g in result.gaps:
        assert all(m.value is None and m.n == 0 for m in g.dimensions.values())
        assert (g.overall.value, g.overall.n, g.overall.dimensions_with_data) == (None, 0, 0)
        assert all(m.value is None and m.n == 0 for m in (g.items or {}).values())
    assert result.weighted_score == servqual.Measure(None, 0)
    assert result.to_json()["gaps"]["gap3"]["overall"] == {"value": None, "n": 0,
                                                          "dimensions_with_data": 0}


def test_once_anything_is_published_an_uncovered_dimension_is_minus_100(services, db):
    checklist(db, [("Floor clean", "tangibles", 2, 1.0)], archive_others=True)
    result = gaps(db).five_gaps(START, END)
    assert values(result.gap2) == {"tangibles": -75.0, "reliability": -100.0,
                                   "responsiveness": -100.0, "assurance": -100.0,
                                   "empathy": -100.0}


def test_only_the_latest_published_version_counts(services, db):
    from app.db.models_patrol import ChecklistItem, TemplateVersion

    ids = checklist(db, [("Prompt", "responsiveness", 11, 1.0)], archive_others=True)
    with db.write() as s:
        v2 = TemplateVersion(template_id=ids["template"], version=2, status="published",
                             levels="supervisor", area_kinds="")
        s.add(v2)
        s.flush()
        s.add(ChecklistItem(version_id=v2.id, position=0, text="Prompt, renumbered",
                            category="service", dimension="responsiveness", servqual_item=12))
    result = gaps(db).five_gaps(START, END)
    assert result.gap2.dimensions["responsiveness"].value == -75.0
    rows = gaps(db).behind(2, START, END, "responsiveness")
    assert [(r.item, r.value) for r in rows] == [(10, -100.0), (11, -100.0), (13, -100.0),
                                                 (12, 0.0)]


def test_reversed_items_change_the_result(venue, db, services):
    before = gaps(db).five_gaps(START, END)
    services.surveys.set_reversed_items([1])
    after = gaps(db).five_gaps(START, END)
    # Q1 scored 8 − x: G1 E2 P3 (+1), G2 E3 P1 (−2), G3 E4 P4 (0).
    assert round(after.gap5.items[1].value, 4) == -0.3333
    assert round(before.gap5.items[1].value, 4) == 0.3333
    assert round(after.gap5.dimensions["tangibles"].value, 4) == round(1 / 6, 4)
    assert after.gap5.items[2] == before.gap5.items[2]
    with db.read() as s:
        forms = responses(s, START, END, None)
    assert after.gap5 == servqual.five_gaps(forms, reversed_items=frozenset({1})).gap5


def test_weekly_buckets_are_monday_weeks_clipped_to_the_period(venue, db):
    assert weeks(dt.date(2026, 11, 25), dt.date(2026, 12, 2)) == [
        (dt.date(2026, 11, 25), dt.date(2026, 11, 29)),
        (dt.date(2026, 11, 30), dt.date(2026, 12, 2))]
    svc = gaps(db)
    weekly = svc.weekly(START, END)
    assert [d for d, _ in weekly] == [dt.date(2026, 11, 23), dt.date(2026, 11, 30)]
    first, second = (g for _, g in weekly)
    assert first.period == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert first.gap5.dimensions["tangibles"].value == 0.5  # G1 −1, G2 +2
    assert second.gap5.dimensions["tangibles"] == servqual.Measure(0.0, 1)  # G3
    assert values(first.gap4)["responsiveness"] == -50.0
    assert values(second.gap4) == {"tangibles": None, "reliability": 0.0,
                                   "responsiveness": -100.0, "assurance": None,
                                   "empathy": None}
    assert values(second.gap3)["tangibles"] == -100.0
    for (start, week), end in zip(weekly, (dt.date(2026, 11, 29), END), strict=True):
        assert week == svc.five_gaps(start, end)  # the same as asking for the week alone
    clipped = svc.weekly(dt.date(2026, 11, 25), dt.date(2026, 11, 25))
    assert [d for d, _ in clipped] == [dt.date(2026, 11, 25)]


def test_behind_gap5_lists_items_worst_first(venue, db):
    rows = gaps(db).behind(5, START, END)
    assert [r.item for r in rows] == [5, 6, 7, 8, 9, *range(10, 23), 1, 2, 3, 4]
    q5 = rows[0]
    assert q5.label.startswith("Q5 When the restaurant promises")
    assert (round(q5.value, 4), q5.n, q5.detail) == (-1.3333, 3, "P 4.33 − E 5.67")
    tangibles = gaps(db).behind(5, START, END, "tangibles")
    assert [r.item for r in tangibles] == [1, 2, 3, 4]
    summary = gaps(db).behind(5, START, END, item=1)
    assert [(r.label, round(r.value, 4), r.n) for r in summary] == [
        ("Guests' expectation (E)", 5.0, 3), ("Guests' perception (P)", 5.3333, 3),
        ("Perception − expectation (P − E)", 0.3333, 3)]


def test_behind_gap1_compares_managers_with_guests(venue, db):
    rows = gaps(db).behind(1, START, END, "reliability")
    assert rows[0].item == 5 and round(rows[0].value, 4) == -0.6667
    assert rows[0].detail == "5.00 − 5.67"
    summary = gaps(db).behind(1, START, END, item=5)
    assert [(r.label, round(r.value, 4), r.n) for r in summary] == [
        ("Managers' idea of guests' expectation", 5.0, 1), ("Guests' expectation (E)", 5.6667, 3),
        ("Managers − guests", -0.6667, 4)]


def test_behind_gaps_2_to_4(venue, db):
    svc = gaps(db)
    coverage = svc.behind(2, START, END, "tangibles")
    assert [(r.item, r.value, r.n) for r in coverage] == [(1, -100.0, 0), (4, -100.0, 0),
                                                          (2, 0.0, 1), (3, 0.0, 1)]
    assert coverage[2].detail == "Checklist gap_check · Floor clean"
    compliance = svc.behind(3, START, END, "reliability")
    assert [(r.label, round(r.value, 4), r.n) for r in compliance] == [
        ("Checklist gap_check · Bill right", -100.0, 2),
        ("Checklist gap_check · Dish on time", -50.0, 2)]
    assert [r.label for r in svc.behind(3, START, END, area_id=venue.room)] == [
        "Checklist gap_check · Bill right", "Checklist gap_check · Uniform",
        "Checklist gap_check · Dish on time", "Checklist gap_check · Floor clean",
        "Checklist gap_check · Greeting"]
    promises = svc.behind(4, START, END)
    assert [(r.label, None if r.value is None else round(r.value, 2), r.n, r.detail)
            for r in promises] == [("投诉5分钟内回应", -66.67, 3, "1/3"),
                                   ("First dish within 15 minutes", -33.33, 3, "2/3"),
                                   ("Bill within 5 minutes", None, 0, "0/0")]
    assert [r.label for r in svc.behind(4, START, END, "empathy")] == ["Bill within 5 minutes"]


@pytest.mark.parametrize("call, message", [
    (lambda s: s.five_gaps(END, START), "The period ends (2026-11-23) before it starts"),
    (lambda s: s.behind(6, START, END), "There is no gap 6."),
    (lambda s: s.behind(5, START, END, "comfort"), "Unknown dimension comfort."),
    (lambda s: s.behind(5, START, END, item=23), "There is no SERVQUAL item 23"),
])
def test_bad_requests_are_refused_clearly(db, call, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call(gaps(db))


def test_reports_need_the_view_reports_permission(venue, db):
    assert gaps(db, Role.HR).five_gaps(START, END).gap5.overall.n == 3
    with pytest.raises(PermissionDenied, match=r"\(Team leader\)"):
        gaps(db, Role.LEADER).five_gaps(START, END)
    with pytest.raises(PermissionDenied):
        gaps(db, Role.STAFF).behind(5, START, END)


def test_the_queries_do_not_grow_with_the_number_of_forms(services, db):
    """Set-based: the same statements for 3 forms as for 60, rounds and outcomes alike."""
    dept, _, _ = make_org(services)
    area = services.teams.save_area("大厅", "hall", "1F", dept.id, None).id
    ids = checklist(db, [("Floor clean", "tangibles", 2, 1.0)])

    def statements() -> int:
        seen = []

        def count(*_args) -> None:
            seen.append(1)

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            gaps(db).five_gaps(START, END)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(seen)

    def add(n: int, offset: int) -> None:
        for k in range(n):
            services.surveys.add(guest_form(f"G{offset + k}", 6, 5))
            inspection(db, ids["version"], area, START, {ids["Floor clean"]: "pass"})
            complaint(db, at(START, 12), 2)

    add(3, 0)
    few = statements()
    add(57, 100)
    assert statements() == few
