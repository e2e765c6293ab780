"""The Surveys tab: the list with its filters and batches, new forms, the spreadsheet import
through the dialog, deleting a form, and the reverse-scored items."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from app.domain.permissions import Role
from app.services.base import Actor
from app.ui.analytics.period import ALL_TIME, CUSTOM
from app.ui.surveys.survey_dialogs import ReversedItemsDialog, SurveyImportDialog
from app.ui.surveys.survey_entry import SurveyEntryDialog
from app.ui.surveys.surveys_page import SurveysPage
from tests.ui.survey_ui_builders import MON, answers, guest, manager, survey_rows, write_csv


def _texts(tab) -> list[list[str]]:
    model = tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _page(qtbot, ctx) -> SurveysPage:
    page = SurveysPage(ctx)
    qtbot.addWidget(page)
    page.surveys.period.set_key(ALL_TIME)
    return page


def test_the_list_shows_forms_with_their_counts_and_filters(qtbot, ctx, services):
    services.surveys.add(guest("G-1", MON, answers(6), answers(5),
                               {"tangibles": 20, "reliability": 20, "responsiveness": 20,
                                "assurance": 20, "empathy": 20}))
    services.surveys.add(guest("G-2", MON + dt.timedelta(days=9), {1: 5, 2: 5}, {1: 4}))
    services.surveys.add(manager("M-1", MON, answers(7, range(1, 12))))
    tab = _page(qtbot, ctx).surveys
    assert tab.count_label.text() == "3 forms"
    assert _texts(tab) == [
        ["2026-11-11", "G-2", "Guest", "whole venue", "2", "1", "no", "system"],
        ["2026-11-02", "M-1", "Manager", "whole venue", "11", "", "no", "system"],
        ["2026-11-02", "G-1", "Guest", "whole venue", "22", "22", "yes", "system"],
    ]
    tab.kind.setCurrentIndex(tab.kind.findData("manager"))
    assert [r[1] for r in _texts(tab)] == ["M-1"] and tab.count_label.text() == "1 forms"
    tab.kind.setCurrentIndex(0)
    tab.period.set_custom(MON + dt.timedelta(days=7), MON + dt.timedelta(days=13))
    assert tab.period.key() == CUSTOM
    assert [r[1] for r in _texts(tab)] == ["G-2"]


def test_the_list_loads_in_batches(qtbot, ctx, services):
    for n in range(300):
        services.surveys.add(guest(f"G-{n:03d}", MON, {1: 5}, {1: 5}))
    tab = _page(qtbot, ctx).surveys
    assert tab.count_label.text() == "300 forms"
    assert tab.model.rowCount() == 256 and tab.model.canFetchMore(tab.model.index(-1, -1))
    tab.model.fetchMore(tab.model.index(-1, -1))
    assert tab.model.rowCount() == 300


def test_new_forms_open_the_keyboard_entry(qtbot, ctx, services):
    tab = _page(qtbot, ctx).surveys
    dialog = tab.new_form("manager")  # a child of the page: closed with it
    assert isinstance(dialog, SurveyEntryDialog) and dialog.entry.kind == "manager"
    dialog.entry.grid.cells[0].set_value(6)
    dialog.entry.save()
    assert tab.count_label.text() == "1 forms"  # the list follows the saved form


def test_import_through_the_dialog(qtbot, ctx, services, tmp_path):
    tab = _page(qtbot, ctx).surveys
    dialog = tab.open_import()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SurveyImportDialog)
    dialog.set_file(write_csv(tmp_path / "forms.csv", survey_rows(MON)))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as blocker:
        dialog.import_button.click()
    summary = blocker.args[0].result
    assert (summary.added, summary.guests, summary.managers) == (2, 1, 1)
    assert dialog.status.text() == "Imported 2 forms: 1 from guests, 1 from managers."
    assert tab.count_label.text() == "2 forms"
    form = services.surveys.form(services.surveys.list(kind="manager")[0].id)
    assert form.expectations == answers(7) and form.perceptions == {}


def test_a_bad_file_lists_its_problems_and_imports_nothing(qtbot, ctx, services, tmp_path):
    tab = _page(qtbot, ctx).surveys
    dialog = tab.open_import()
    qtbot.addWidget(dialog)
    rows = survey_rows(MON)
    rows[1][3] = 9  # E1 of the guest outside 1–7
    dialog.set_file(write_csv(tmp_path / "bad.csv", rows))
    dialog.import_button.click()
    problems = dialog.problems
    assert problems.rowCount() >= 1
    assert (problems.index(0, 0).data(), problems.index(0, 1).data()) == (2, "E1")
    assert services.surveys.count() == 0
    assert not dialog.import_button.isEnabled()


def test_delete_asks_then_removes_the_form(qtbot, ctx, services):
    services.surveys.add(guest("G-1", MON, {1: 5}, {1: 5}))
    tab = _page(qtbot, ctx).surveys
    assert not tab.delete_button.isEnabled()
    tab.view.selectRow(0)
    assert tab.delete_button.isEnabled()
    box = tab.delete_selected()
    qtbot.addWidget(box)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert services.surveys.count() == 0 and tab.count_label.text() == "0 forms"


def test_reverse_scored_items_are_chosen_with_check_boxes(qtbot, ctx, services):
    services.surveys.set_reversed_items([4])
    tab = _page(qtbot, ctx).surveys
    tab.reversed_button.click()
    dialog = tab.reversed_dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ReversedItemsDialog) and len(dialog.boxes) == 22
    assert dialog.items() == [4]
    dialog.boxes[4].setChecked(False)
    for item in (3, 7, 22):
        dialog.boxes[item].setChecked(True)
    dialog.ok_button.click()
    assert services.surveys.reversed_items() == frozenset({3, 7, 22})
    assert not dialog.isVisible()


def test_roles_see_only_the_buttons_they_may_use(qtbot, make_ctx, services):
    supervisor = _page(qtbot, make_ctx(Actor("s", Role.SUPERVISOR))).surveys
    assert supervisor.new_guest.isEnabled() and supervisor.import_button.isEnabled()
    assert not supervisor.reversed_button.isEnabled()  # MANAGE_PROMISES: admin and manager
    hr = _page(qtbot, make_ctx(Actor("h", Role.HR))).surveys  # may read, not enter
    assert not hr.new_guest.isEnabled() and not hr.new_manager.isEnabled()
    assert not hr.import_button.isEnabled()
