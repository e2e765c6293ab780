"""PromiseService: the seeded complaint promise, saving promises, entering and importing
measured outcomes, and the complaint promise measured from the complaint log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models_guest import Promise, PromiseOutcome
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.domain.promises import COMPLAINT_PROMISE_NAME
from app.services.base import Actor
from app.services.bootstrap import open_database
from app.services.guest_dto import PromiseDraft
from app.services.promises import OutcomeImportFailed, PromiseService, ensure_default_promises
from tests.helpers import make_org
from tests.survey_builders import complaint, write_outcome_file

NOW = dt.datetime(2026, 11, 25, 12, 0)
DISH = PromiseDraft("First dish within 15 minutes", "reliability", 15, "起菜15分钟内上第一道菜")


def promises(db, role: Role = Role.ADMIN) -> PromiseService:
    return PromiseService(db, Actor(f"test-{role}", role), clock=lambda: NOW)


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _complaint_promise(db) -> int:
    return next(p.id for p in promises(db).promises() if p.source == "complaint_response")


def test_every_database_starts_with_the_complaint_promise(db, db_path, services):
    (seeded,) = services.promises.promises()
    assert (seeded.name, seeded.dimension, seeded.source, seeded.active) == (
        COMPLAINT_PROMISE_NAME, "responsiveness", "complaint_response", True)
    assert (seeded.target_minutes, seeded.measured, seeded.kept_share) == (5.0, 0, None)
    services.settings.set("complaint.response_minutes", 3)
    assert services.promises.promises()[0].target_minutes == 3.0  # follows the setting
    db.dispose()
    again = open_database(db_path)  # opening again adds nothing
    try:
        assert _count(again, Promise) == 1
        with again.write() as s:
            assert ensure_default_promises(s, NOW) is False
    finally:
        again.dispose()


def test_save_creates_and_updates(db):
    svc = promises(db)
    dish = svc.save(DISH)
    assert (dish.name, dish.target_minutes, dish.source, dish.measured) == (
        "First dish within 15 minutes", 15.0, "manual", 0)
    changed = svc.save(PromiseDraft("First dish within 12 minutes", "reliability", 12,
                                    active=False), dish.id)
    assert (changed.id, changed.target_minutes, changed.active) == (dish.id, 12.0, False)
    listed = svc.promises()
    assert [p.name for p in listed] == [COMPLAINT_PROMISE_NAME, "First dish within 12 minutes"]


@pytest.mark.parametrize("draft, message", [
    (PromiseDraft(" ", "reliability", 5), "Name the promise."),
    (PromiseDraft("X", "comfort", 5), "Unknown dimension comfort."),
    (PromiseDraft("X", "reliability", 0), "The target must be a number of minutes above 0, not 0."),
    (PromiseDraft("X", "reliability", 5, source="guess"), "Unknown promise source guess."),
    (PromiseDraft(COMPLAINT_PROMISE_NAME, "reliability", 5),
     f"A promise named {COMPLAINT_PROMISE_NAME} already exists."),
    (PromiseDraft("Second", "responsiveness", 5, source="complaint_response"),
     "Only one promise can be measured from the complaint log."),
    (PromiseDraft("Other", "responsiveness", 10, source="complaint_response"),
     "The complaint promise follows the setting “Minutes to give a complaint its first "
     "response” (5); change it there."),
])
def test_wrong_promises_are_refused(db, draft, message):
    with pytest.raises(ValidationError) as refused:
        promises(db).save(draft)
    assert str(refused.value) == message
    assert _count(db, Promise) == 1


def test_outcomes_are_entered_and_counted_per_period(services, db):
    dept, _, _ = make_org(services)
    hall = services.teams.save_area("大厅", "hall", "1F", dept.id, None)
    svc = promises(db, Role.SUPERVISOR)
    dish = promises(db).save(DISH).id
    first = svc.record_outcome(dish, dt.datetime(2026, 11, 23, 19, 5), 15, hall.id, " 12桌 ")
    assert (first.kept, first.area, first.note, first.entered_by) == (True, "大厅", "12桌",
                                                                       "test-supervisor")
    svc.record_outcome(dish, dt.datetime(2026, 11, 24, 19, 0), 15.5)
    svc.record_outcome(dish, dt.datetime(2026, 11, 25, 11, 0), 3)
    by_name = {p.name: p for p in svc.promises()}
    assert (by_name[DISH.name].measured, by_name[DISH.name].kept) == (3, 2)
    assert by_name[DISH.name].kept_share == pytest.approx(200 / 3)
    one_day = {p.name: p for p in svc.promises(dt.date(2026, 11, 24), dt.date(2026, 11, 24))}
    assert (one_day[DISH.name].measured, one_day[DISH.name].kept_share) == (1, 0.0)
    listed = svc.outcomes(dish)
    assert [(o.at.day, o.kept) for o in listed] == [(25, True), (24, False), (23, True)]
    assert [o.at.day for o in svc.outcomes(dish, dt.date(2026, 11, 24), offset=1)] == [24]


@pytest.mark.parametrize("minutes", [-1, float("nan"), True])
def test_a_wrong_measurement_is_refused(db, minutes):
    dish = promises(db).save(DISH).id
    with pytest.raises(ValidationError, match="number of minutes of at least 0"):
        promises(db).record_outcome(dish, NOW, minutes)
    assert _count(db, PromiseOutcome) == 0


def test_the_complaint_promise_is_measured_from_the_log(db):
    log = _complaint_promise(db)
    with pytest.raises(ValidationError, match="measured from the complaint log"):
        promises(db).record_outcome(log, NOW, 3)
    complaint(db, dt.datetime(2026, 11, 24, 18, 0), 4.5)  # on time
    complaint(db, dt.datetime(2026, 11, 24, 19, 0), 5 + 1 / 60)  # 5:01, late
    complaint(db, dt.datetime(2026, 11, 25, 11, 0), None)  # unanswered for an hour: late
    complaint(db, dt.datetime(2026, 11, 25, 11, 58), None)  # on the clock: not measured
    (listed,) = [p for p in promises(db).promises() if p.id == log]
    assert (listed.measured, listed.kept) == (3, 1)
    rows = promises(db, Role.STAFF).outcomes(log)  # staff handle complaints: may look
    assert [(r.id, r.at.hour, round(r.measured_minutes, 2), r.kept) for r in rows] == [
        (None, 11, 60.0, False), (None, 19, 5.02, False), (None, 18, 4.5, True)]
    assert rows[0].note.startswith("#")
    assert [r.at.hour for r in promises(db).outcomes(log, dt.date(2026, 11, 24),
                                                     dt.date(2026, 11, 24))] == [19, 18]


def test_a_promise_with_outcomes_keeps_its_source(db):
    with db.write() as s:  # without the seeded one, the log would be free to measure another
        s.query(Promise).delete()
    dish = promises(db).save(DISH).id
    promises(db).record_outcome(dish, NOW, 10)
    with pytest.raises(ValidationError, match="its source cannot change"):
        promises(db).save(PromiseDraft(DISH.name, "reliability", 5, source="complaint_response"),
                          dish)


def test_outcomes_are_imported_all_or_nothing(services, db, tmp_path):
    dept, _, _ = make_org(services)
    services.teams.save_area("大厅", "hall", "1F", dept.id, None)
    dish = promises(db).save(DISH).id
    good = write_outcome_file(tmp_path / "ok.csv", [
        [DISH.name, "2026-11-23 19:05", "12", "大厅", "12桌"],
        [DISH.name, "2026/11/24 19:00:30", "16.5", "", ""]])
    assert promises(db, Role.SUPERVISOR).import_outcomes(good) == 2
    assert [(o.area, o.measured_minutes, o.kept) for o in promises(db).outcomes(dish)] == [
        ("", 16.5, False), ("大厅", 12.0, True)]
    bad = write_outcome_file(tmp_path / "bad.csv", [
        [DISH.name, "2026-11-25 19:00", "10", ""],
        ["Unknown promise", "2026-11-25", "-3", "火星厅"],
        [COMPLAINT_PROMISE_NAME, "2026-11-25 19:00", "2", ""]],
        header=["承诺", "时间", "分钟", "区域"])
    with pytest.raises(OutcomeImportFailed) as failed:
        promises(db).import_outcomes(bad)
    assert failed.value.render().splitlines() == [
        "5 problems; nothing was imported.",
        "Row 3, column 承诺: No promise named Unknown promise.",
        "Row 3, column 时间: The time “2026-11-25” is not understood; write it like "
        "2026-11-23 19:05.",
        "Row 3, column 分钟: The measured time must be a number of minutes of at least 0, not -3.",
        "Row 3, column 区域: unknown area 火星厅",
        f"Row 4, column 承诺: “{COMPLAINT_PROMISE_NAME}” is measured from the complaint log; "
        "its outcomes cannot be entered.",
    ]
    assert _count(db, PromiseOutcome) == 2


def test_who_may_do_what(db, services_as):
    dish = promises(db).save(DISH).id
    with pytest.raises(PermissionDenied, match=r"\(Supervisor\)"):
        promises(db, Role.SUPERVISOR).save(DISH, dish)
    with pytest.raises(PermissionDenied, match=r"\(Team leader\)"):
        promises(db, Role.LEADER).record_outcome(dish, NOW, 3)
    assert promises(db, Role.HR).promises()  # reports
    assert promises(db, Role.LEADER).outcomes(dish) == []  # handles complaints
    with pytest.raises(NotFound, match="No such promise."):
        promises(db).outcomes(999)
    assert services_as(Role.MANAGER).promises.save(
        PromiseDraft("Tea within 2 minutes", "responsiveness", 2)).name == "Tea within 2 minutes"
