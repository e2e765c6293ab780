"""The Promise register tab: the table with kept shares for a period, new and edited
promises, recording and importing outcomes, and the complaint promise that measures itself."""

from __future__ import annotations

import datetime as dt

from app.domain.permissions import Role
from app.domain.promises import COMPLAINT_PROMISE_NAME
from app.services.base import Actor
from app.services.guest_dto import PromiseDraft
from app.ui.analytics.period import ALL_TIME
from app.ui.surveys.promise_dialogs import OutcomeDialog, PromiseDialog
from app.ui.surveys.surveys_page import SurveysPage
from tests.ui.survey_ui_builders import write_csv

AT = dt.datetime(2026, 11, 3, 12, 30)


def _tab(qtbot, ctx):
    page = SurveysPage(ctx)
    qtbot.addWidget(page)
    page.show_tab(page.promises)
    page.promises.period.set_key(ALL_TIME)
    return page.promises


def _rows(tab) -> list[list[str]]:
    model = tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _select(tab, name: str) -> None:
    tab.view.selectRow(next(r for r, p in enumerate(tab.model.rows) if p.name == name))


def _dish(services, target: float = 15.0):
    return services.promises.save(PromiseDraft("首道菜15分钟内上桌", "reliability", target))


def test_the_register_shows_kept_shares(qtbot, ctx, services):
    dish = _dish(services)
    for minutes in (12, 14, 19, 15):
        services.promises.record_outcome(dish.id, AT, minutes)
    tab = _tab(qtbot, ctx)
    rows = {r[0]: r for r in _rows(tab)}
    assert rows["首道菜15分钟内上桌"] == ["首道菜15分钟内上桌", "Reliability", "15",
                                     "Entered or imported", "4", "3", "75.0 %"]
    complaint = rows[COMPLAINT_PROMISE_NAME]
    assert complaint[1:4] == ["Responsiveness", "5", "Taken from the complaint log"]
    assert complaint[6] == "no data"  # never 0 % without outcomes
    _select(tab, "首道菜15分钟内上桌")
    assert tab.outcomes_title.text() == "Outcomes of “首道菜15分钟内上桌”"
    outcomes = tab.outcomes
    assert outcomes.rowCount() == 4
    assert sorted(outcomes.index(r, 2).data() for r in range(4)) == ["kept"] * 3 + ["missed"]


def test_new_and_edited_promises(qtbot, ctx, services, ui_errors):
    tab = _tab(qtbot, ctx)
    dialog = tab.new_promise()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PromiseDialog)
    dialog.ok_button.click()
    assert dialog.error.text() == "Name the promise." and dialog.isVisible()
    dialog.name.setText("结账3分钟内完成")
    dialog.dimension.setCurrentIndex(dialog.dimension.findData("responsiveness"))
    dialog.target.setValue(3)
    dialog.ok_button.click()
    assert not ui_errors, ui_errors
    assert not dialog.isVisible()
    saved = next(p for p in services.promises.promises() if p.name == "结账3分钟内完成")
    assert (saved.dimension, saved.target_minutes, saved.source) == ("responsiveness", 3.0,
                                                                     "manual")
    assert tab.selected().id == saved.id  # the new promise is selected
    edit = tab.edit_promise()
    qtbot.addWidget(edit)
    assert edit.name.text() == "结账3分钟内完成" and edit.target.value() == 3
    edit.target.setValue(4)
    edit.active.setChecked(False)
    edit.ok_button.click()
    again = next(p for p in services.promises.promises() if p.id == saved.id)
    assert again.target_minutes == 4.0 and not again.active


def test_the_complaint_promise_cannot_be_recorded_by_hand(qtbot, ctx, services):
    tab = _tab(qtbot, ctx)
    _select(tab, COMPLAINT_PROMISE_NAME)
    assert not tab.record_button.isEnabled()
    assert not tab.note.isHidden() and "automatically" in tab.note.text()
    dialog = OutcomeDialog(tab.selected(), [], AT)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled() and dialog.automatic
    edit = tab.edit_promise()  # its limit is the complaint setting: not editable here
    qtbot.addWidget(edit)
    assert not edit.target.isEnabled()
    edit.description.setPlainText("五分钟内回应")
    edit.ok_button.click()
    assert not edit.isVisible()


def test_record_an_outcome(qtbot, ctx, services, ui_errors):
    services.teams.save_area("二楼大厅", "hall", "2", None, None)
    dish = _dish(services)
    tab = _tab(qtbot, ctx)
    _select(tab, dish.name)
    assert tab.record_button.isEnabled() and tab.note.isHidden()
    tab.record_button.click()
    dialog = tab.dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, OutcomeDialog) and dialog.ok_button.isEnabled()
    dialog.at.setDateTime(AT)
    dialog.minutes.setValue(17.5)
    dialog.area.setCurrentIndex(1)
    dialog.note.setText("周二午市 8号桌")
    dialog.ok_button.click()
    assert not ui_errors, ui_errors
    [outcome] = services.promises.outcomes(dish.id)
    assert (outcome.at, outcome.measured_minutes, outcome.area, outcome.note, outcome.kept) == (
        AT, 17.5, "二楼大厅", "周二午市 8号桌", False)
    row = next(r for r in _rows(tab) if r[0] == dish.name)
    assert row[4:] == ["1", "0", "0.0 %"]
    assert tab.outcomes.rowCount() == 1


def test_import_outcomes_through_the_dialog(qtbot, ctx, services, tmp_path):
    dish = _dish(services)
    tab = _tab(qtbot, ctx)
    dialog = tab.open_import()
    qtbot.addWidget(dialog)
    dialog.set_file(write_csv(tmp_path / "outcomes.csv", [
        ["promise", "at", "minutes", "note"],
        [dish.name, "2026-11-03 12:00", "11", ""],
        [dish.name, "2026-11-03 19:10", "21", "包房客满"]]))
    with qtbot.waitSignal(dialog.imported) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].result == 2
    assert dialog.status.text() == "Imported 2 outcomes."
    row = next(r for r in _rows(tab) if r[0] == dish.name)
    assert row[4:] == ["2", "1", "50.0 %"]


def test_roles(qtbot, make_ctx, services):
    _dish(services)
    supervisor = _tab(qtbot, make_ctx(Actor("s", Role.SUPERVISOR)))
    assert not supervisor.new_button.isEnabled() and not supervisor.edit_button.isEnabled()
    _select(supervisor, "首道菜15分钟内上桌")
    assert supervisor.record_button.isEnabled() and supervisor.import_button.isEnabled()
    assert supervisor.edit_promise() is None
