"""SurveyService: typing in paper forms (guest E and P, manager E), what a form must satisfy,
reading forms back, listing, deleting, and the reverse-scored items setting."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models import AuditLog
from app.db.models_guest import Survey, SurveyAnswer
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.services.guest_dto import SurveyForm
from tests.helpers import make_org
from tests.survey_builders import DAY, WEIGHTS, guest_form, manager_form


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_guest_form_is_saved_and_read_back_exactly(services):
    dept, _, _ = make_org(services)
    room = services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, None)
    form = guest_form("G001", {1: 7, 2: 6, 11: 5}, {1: 5, 11: 2}, weights=WEIGHTS,
                      area_id=room.id)
    saved = services.surveys.add(form)
    assert (saved.respondent, saved.kind, saved.day, saved.area) == ("G001", "guest", DAY,
                                                                     "牡丹厅 201")
    assert (saved.answered_e, saved.answered_p, saved.has_weights) == (3, 2, True)
    assert saved.entered_by == "system"
    assert services.surveys.form(saved.id) == form


def test_a_manager_form_has_expectations_only(services):
    saved = services.surveys.add(manager_form("经理A", 6))
    assert (saved.kind, saved.answered_e, saved.answered_p, saved.has_weights) == (
        "manager", 22, 0, False)
    back = services.surveys.form(saved.id)
    assert back.perceptions == {} and back.weights is None and back.area_id is None


@pytest.mark.parametrize("form, message", [
    (guest_form(e={5: 8}, p=None), "The answer to E5 must be a whole number from 1 to 7, not 8."),
    (guest_form(e=None, p={3: 0}), "The answer to P3 must be a whole number from 1 to 7, not 0."),
    (guest_form(e={4: 2.5}, p=None),
     "The answer to E4 must be a whole number from 1 to 7, not 2.5."),
    (guest_form(e={23: 4}, p=None), "There is no SERVQUAL item 23; items run from 1 to 22."),
    (SurveyForm("M1", "manager", DAY, {1: 5}, {1: 4}),
     "A manager form answers only the expectations (E), as guests would expect; leave the "
     "perceptions (P) empty."),
    (guest_form(e=None, p=None), "The form has no answers."),
    (SurveyForm("X", "staff", DAY, {1: 4}), "Write the form type as guest or manager (顾客 or 经理), "
                                           "not “staff”."),
    (guest_form(weights={**WEIGHTS, "empathy": 20}), "The weights add up to 110; they must add "
                                                     "up to 100."),
    (guest_form(weights={**WEIGHTS, "empathy": -10, "tangibles": 30}),
     "The weight W_empathy must be a number of at least 0, not -10."),
    (guest_form(weights={"comfort": 100}), "Unknown dimension comfort in the weights."),
    (guest_form("x" * 61), "The respondent is too long (at most 60 characters)."),
])
def test_a_wrong_form_is_refused_naming_the_item_or_field(services, db, form, message):
    with pytest.raises(ValidationError) as refused:
        services.surveys.add(form)
    assert str(refused.value) == message
    assert _count(db, Survey) == 0 and _count(db, SurveyAnswer) == 0


def test_weights_within_half_a_point_of_100_are_accepted(services):
    weights = {**WEIGHTS, "empathy": 10.4}
    saved = services.surveys.add(guest_form(weights=weights))
    assert services.surveys.form(saved.id).weights == pytest.approx(weights)


def test_an_unknown_area_is_refused(services, db):
    with pytest.raises(NotFound, match="No such area."):
        services.surveys.add(guest_form(area_id=999))
    assert _count(db, Survey) == 0


def test_list_and_count_filter_newest_first(services):
    a = services.surveys.add(guest_form("A", day=DAY))
    b = services.surveys.add(guest_form("B", day=DAY + dt.timedelta(days=2)))
    c = services.surveys.add(manager_form("C", day=DAY + dt.timedelta(days=1)))
    assert [s.id for s in services.surveys.list()] == [b.id, c.id, a.id]
    assert [s.id for s in services.surveys.list(kind="guest")] == [b.id, a.id]
    assert [s.id for s in services.surveys.list(date_from=DAY + dt.timedelta(days=1))] == [
        b.id, c.id]
    assert [s.id for s in services.surveys.list(date_to=DAY, kind="guest")] == [a.id]
    assert [s.id for s in services.surveys.list(offset=1, limit=1)] == [c.id]
    assert services.surveys.count() == 3
    assert services.surveys.count(kind="manager") == 1
    assert services.surveys.count(date_from=DAY + dt.timedelta(days=3)) == 0


def test_delete_removes_the_form_and_its_answers(services, db):
    keep = services.surveys.add(guest_form("keep"))
    gone = services.surveys.add(guest_form("gone"))
    services.surveys.delete(gone.id)
    assert [s.id for s in services.surveys.list()] == [keep.id]
    assert _count(db, SurveyAnswer) == 22  # one row per item holds its E and P
    with pytest.raises(NotFound, match="No such survey form."):
        services.surveys.form(gone.id)
    with pytest.raises(NotFound):
        services.surveys.delete(gone.id)
    with db.read() as s:
        detail = s.scalar(select(AuditLog.detail).where(AuditLog.entity == "survey",
                                                        AuditLog.action == "delete"))
    assert "gone" in detail  # the deleted answers stay readable in the audit log


def test_the_reversed_items_setting(services, services_as):
    assert services.surveys.reversed_items() == frozenset()
    services_as(Role.MANAGER).surveys.set_reversed_items([9, 2, 2])
    assert services_as(Role.STAFF).surveys.reversed_items() == frozenset({2, 9})
    assert services.settings.get("survey.reversed_items") == [2, 9]
    with pytest.raises(ValidationError, match="from 1 to 22"):
        services.surveys.set_reversed_items([0, 5])
    with pytest.raises(PermissionDenied, match=r"\(Supervisor\)"):
        services_as(Role.SUPERVISOR).surveys.set_reversed_items([])
    services.surveys.set_reversed_items([])
    assert services.surveys.reversed_items() == frozenset()


@pytest.mark.parametrize("role, may_enter, may_read", [
    (Role.SUPERVISOR, True, True), (Role.HR, False, True), (Role.LEADER, False, False),
    (Role.STAFF, False, False)])
def test_who_may_enter_and_read_forms(services, services_as, db, role, may_enter, may_read):
    existing = services.surveys.add(guest_form("G0"))
    acting = services_as(role).surveys
    if may_enter:
        acting.add(guest_form("G1"))
    else:
        with pytest.raises(PermissionDenied):
            acting.add(guest_form("G1"))
        with pytest.raises(PermissionDenied):
            acting.delete(existing.id)
    if may_read:
        assert acting.count() == (2 if may_enter else 1)
        assert acting.form(existing.id).respondent == "G0"
    else:
        with pytest.raises(PermissionDenied):
            acting.list()


def test_every_change_is_audited(services, db):
    saved = services.surveys.add(dataclasses.replace(guest_form("G5"), perceptions={}))
    with db.read() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.entity_id)
                         .where(AuditLog.entity == "survey")).all()
    assert rows == [("create", str(saved.id))]
