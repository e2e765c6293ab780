"""Typing paper SERVQUAL forms with the keyboard only: digits fill E1 P1 E2 P2 …, 0 and Space
skip, Backspace goes back, other keys do nothing, Enter on the last answer saves and starts
the next form with the same date and area; weights sum to 100 or stay empty; the manager
form has no P."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.errors import ValidationError
from app.domain.permissions import Role
from app.services.base import Actor
from app.ui.surveys.answer_grid import SKIP_MARK
from app.ui.surveys.survey_entry import SurveyEntry, next_number, respondent_code
from tests.ui.survey_ui_builders import MON, answers, guest, type_into


@pytest.fixture
def entry(qtbot, ctx):
    def build(kind: str = "guest", area_id: int | None = None) -> SurveyEntry:
        widget = SurveyEntry(ctx, kind, MON, area_id)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return build


def _paper_form() -> tuple[str, dict[int, int], dict[int, int]]:
    """Keys for a whole guest form (E1 P1 E2 P2 …) with a few skipped answers."""
    keys, e, p = [], {}, {}
    skipped = {("E", 4): "0", ("P", 9): " ", ("E", 15): "0", ("P", 21): " "}
    for item in range(1, 23):
        for side, value, store in (("E", item % 7 + 1, e), ("P", (item + 3) % 7 + 1, p)):
            if (side, item) in skipped:
                keys.append(skipped[(side, item)])
            else:
                keys.append(str(value))
                store[item] = value
    return "".join(keys), e, p


def test_a_whole_form_by_digits_saves_exactly_what_was_typed(entry, services, ui_errors):
    widget = entry()
    keys, expected_e, expected_p = _paper_form()
    assert widget.respondent.text() == "G-20261102-001"
    type_into(widget.grid, keys)
    assert widget.grid.at_last()
    assert services.surveys.count() == 0  # nothing is saved before Enter
    QTest.keyClick(widget.grid, Qt.Key.Key_Return)
    assert not ui_errors, ui_errors
    [saved] = services.surveys.list()
    assert (saved.respondent, saved.kind, saved.day) == ("G-20261102-001", "guest", MON)
    form = services.surveys.form(saved.id)
    assert form.expectations == expected_e and form.perceptions == expected_p
    assert 4 not in form.expectations and 9 not in form.perceptions  # skipped: absent, not 0
    assert form.weights is None
    # The next blank form: same date, next code, the cursor on E1.
    assert widget.grid.answered() == 0 and widget.grid.current == 0
    assert widget.respondent.text() == "G-20261102-002"
    assert widget.current_day() == MON
    assert "G-20261102-001" in widget.status.text()


def test_a_stack_of_forms_keeps_date_and_area(entry, services, ui_errors):
    services.teams.save_area("牡丹厅", "private_room", "2", None, None)
    area = services.teams.areas()[0]
    widget = entry(area_id=area.id)
    assert widget.area.currentData() == area.id
    for _ in range(3):
        type_into(widget.grid, "7" * 44)
        QTest.keyClick(widget.grid, Qt.Key.Key_Enter)
    assert not ui_errors, ui_errors
    rows = services.surveys.list()
    assert sorted(r.respondent for r in rows) == [f"G-20261102-00{n}" for n in (1, 2, 3)]
    assert {(r.day, r.area) for r in rows} == {(MON, "牡丹厅")}
    assert widget.saved_count == 3


def test_wrong_keys_are_ignored_and_backspace_goes_back(entry):
    widget = entry()
    grid = widget.grid
    type_into(grid, "ax98-=.")
    for key in (Qt.Key.Key_F5, Qt.Key.Key_Escape, Qt.Key.Key_Return):
        QTest.keyClick(grid, key)  # Return is not on the last cell: nothing happens
    assert grid.answered() == 0 and grid.current == 0
    type_into(grid, "35")
    assert (grid.cell(1, "E").value, grid.cell(1, "P").value) == (3, 5)
    QTest.keyClick(grid, Qt.Key.Key_Backspace)  # back to P1; retyping overwrites it
    assert grid.current == 1
    type_into(grid, "6")
    assert grid.cell(1, "P").value == 6 and grid.current == 2
    QTest.keyClick(grid, Qt.Key.Key_Backspace)
    QTest.keyClick(grid, Qt.Key.Key_Delete)  # clears in place
    assert grid.cell(1, "P").value is None and grid.cell(1, "P").text() == SKIP_MARK
    assert grid.current == 1
    QTest.keyClick(grid, Qt.Key.Key_6, Qt.KeyboardModifier.KeypadModifier)  # the number pad
    assert grid.cell(1, "P").value == 6
    assert grid.answers() == ({1: 3}, {1: 6})


def test_weights_must_sum_to_100_or_all_stay_empty(entry, services, ui_errors):
    widget = entry()
    type_into(widget.grid, "5" * 44)
    for box, value in zip(widget.weights.values(), (30, 20, 20, 20, 0), strict=True):
        box.setValue(value)
    assert widget.weight_sum.text() == "Sum: 90 / 100"
    QTest.keyClick(widget.grid, Qt.Key.Key_Return)
    assert "add up to 100" in widget.error.text()
    assert services.surveys.count() == 0 and widget.grid.answered() == 44  # nothing lost
    widget.weights["empathy"].setValue(10)
    assert widget.weight_sum.text() == "Sum: 100 / 100"
    # Enter in a weight box moves to the next; after the last one it saves.
    QTest.keyClick(widget.weights["empathy"], Qt.Key.Key_Return)
    assert not ui_errors, ui_errors
    [saved] = services.surveys.list()
    assert saved.has_weights
    assert services.surveys.form(saved.id).weights == {
        "tangibles": 30, "reliability": 20, "responsiveness": 20, "assurance": 20,
        "empathy": 10}
    assert all(box.weight() is None for box in widget.weights.values())  # the next form


def test_ctrl_enter_saves_from_anywhere(entry, services, ui_errors):
    widget = entry()
    type_into(widget.grid, "4455")
    widget.respondent.setText("王女士")
    QTest.keyClick(widget.respondent, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not ui_errors, ui_errors
    [saved] = services.surveys.list()
    assert saved.respondent == "王女士"
    assert services.surveys.form(saved.id).expectations == {1: 4, 2: 5}
    assert widget.respondent.text() == "G-20261102-001"  # the automatic code is still free


def test_an_empty_form_or_respondent_is_not_saved(entry, services):
    widget = entry()
    QTest.keyClick(widget.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "no answers" in widget.error.text()
    type_into(widget.grid, "3")
    widget.respondent.clear()
    widget.save()
    assert "respondent" in widget.error.text()
    assert services.surveys.count() == 0


def test_the_manager_form_has_only_expectations(entry, services, ui_errors):
    widget = entry("manager")
    assert {c.side for c in widget.grid.cells} == {"E"} and len(widget.grid.cells) == 22
    assert widget.findChild(type(widget.status), "managerPrompt").text() == (
        "Answer as you believe our guests expect")
    assert widget.respondent.text() == "M-20261102-001"
    type_into(widget.grid, "6" * 21 + "0")
    QTest.keyClick(widget.grid, Qt.Key.Key_Return)
    assert not ui_errors, ui_errors
    [saved] = services.surveys.list()
    assert saved.kind == "manager" and saved.answered_p == 0
    form = services.surveys.form(saved.id)
    assert form.expectations == answers(6, range(1, 22)) and form.perceptions == {}


def test_a_refused_save_keeps_the_form(entry, make_ctx, qtbot):
    ctx = make_ctx(Actor("leader", Role.LEADER))  # may not enter surveys
    widget = SurveyEntry(ctx, "guest", MON)
    qtbot.addWidget(widget)
    type_into(widget.grid, "12")
    widget.weights["tangibles"].setValue(100)
    widget.respondent.setText("王女士")
    form = widget.form()
    widget.save()
    assert "may not" in widget.error.text()
    assert widget.grid.answers() == ({1: 1}, {1: 2})  # the refused form is back
    assert widget.respondent.text() == "王女士" and widget.weight_values()["tangibles"] == 100
    # Had the next form been started while the write ran, it is kept and the loss is said.
    widget.start_next()
    type_into(widget.grid, "7")
    widget._refused(form, ValidationError("Name the promise."))
    assert widget.grid.answers() == ({1: 7}, {})
    assert widget.error.text() == "The form of 王女士 was not saved: Name the promise."


def test_codes_number_after_the_highest_of_the_day(entry, services):
    for code in ("G-20261102-001", "G-20261102-004", "王女士"):
        services.surveys.add(guest(code, MON, {1: 5}, {1: 5}))
    assert entry().respondent.text() == "G-20261102-005"
    assert next_number("guest", MON, ["G-20261102-009", "M-20261102-020"]) == 10
    assert respondent_code("manager", MON, 7) == "M-20261102-007"
