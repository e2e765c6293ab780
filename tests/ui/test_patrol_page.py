"""The Patrols page: the due list for a team leader (overdue in red, Start opens the round
with the suggested checklist), history loading in batches of 256 and opening a past round
read-only, findings with a new owner and an ad-hoc finding, disagreements per inspector."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import insert

from app.db.models_patrol import Inspection
from app.domain.permissions import Role
from app.services.base import Actor
from app.services.patrols import PatrolService
from app.ui.form_dialog import select_data, set_date_value
from app.ui.patrols.common import STATE_COLOURS
from app.ui.patrols.patrols_page import PatrolsPage
from tests.patrol_builders import DAY, DINNER, floor
from tests.ui.patrol_ui_builders import FLOOR_ITEM, make_round_version, patrol_ctx, png_bytes

SIX_PM = dt.datetime.combine(DAY, dt.time(18, 0))  # 晚市 opened at 16:30: a leader check overdue


def make_page(qtbot, ctx) -> PatrolsPage:
    page = PatrolsPage(ctx)
    qtbot.addWidget(page)
    return page


def test_due_list_shows_overdue_checks_for_a_team_leader_and_starts_one(qtbot, services,
                                                                        make_ctx, ui_errors):
    f = floor(services)
    make_round_version(services.db)
    ctx = patrol_ctx(make_ctx(Actor("lead", Role.LEADER)), now=SIX_PM)
    page = make_page(qtbot, ctx)
    due = page.due
    assert due.level.currentData() == "leader"
    rows = due.model.rows
    overdue = [r for r in rows if r.state == "overdue"]
    assert {r.area for r in overdue} == {f["room"].name, f["hall"].name}
    assert all(r.template_version_id is not None for r in overdue)  # the suggested checklist
    assert rows[0].state == "overdue"  # overdue first
    first = due.model.index(0, 0)
    assert first.data() == "Overdue"
    assert first.data(Qt.ItemDataRole.BackgroundRole) == STATE_COLOURS["overdue"][0]

    due.view.selectRow(0)
    due.start_selected()
    assert page.round is not None and page.round.inspection.level == "leader"
    assert page.round.inspection.version.id == rows[0].template_version_id
    assert page.round.inspection.area_id == rows[0].area_id
    page.round.close_button.click()
    assert len(due.drafts_model.rows) == 1
    assert ui_errors == []


def test_start_a_round_offers_the_levels_of_the_role(qtbot, services, make_ctx):
    f = floor(services)
    ids = make_round_version(services.db)
    page = make_page(qtbot, patrol_ctx(make_ctx(Actor("wangli", Role.SUPERVISOR))))
    dialog = page.due.start_free(f["hall"].id)
    levels = [dialog.level.itemData(i) for i in range(dialog.level.count())]
    assert levels == ["self", "leader", "supervisor"]
    assert dialog.area.currentData() == f["hall"].id
    assert dialog.template.currentData() is not None  # the best fit first
    assert select_data(dialog.template, ids["version"])
    dialog.ok_button.click()
    assert page.round is not None and page.round.inspection.area_id == f["hall"].id
    assert page.round.inspection.version.id == ids["version"]


def test_history_loads_in_batches_and_opens_a_round_read_only(qtbot, services, make_ctx):
    f = floor(services)
    ids = make_round_version(services.db)
    day = dt.date(2026, 1, 1)
    with services.db.write() as s:
        s.execute(insert(Inspection), [
            {"version_id": ids["version"], "level": "supervisor", "inspector": "wangli",
             "area_id": f["room"].id, "day": day + dt.timedelta(days=n // 3),
             "started_at": dt.datetime.combine(day, dt.time(12)), "status": "submitted",
             "score": 80.0 + n % 20, "flagged": False} for n in range(300)])
    page = make_page(qtbot, patrol_ctx(make_ctx(Actor("wangli", Role.SUPERVISOR))))
    history = page.show_tab(page.history)
    model = history.model
    assert model.rowCount() == 256 and model.canFetchMore(model.index(-1, -1))
    assert history.count_label.text() == "300 rounds"
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 300 and not model.canFetchMore(model.index(-1, -1))

    history.score_below.setValue(85)
    history.load()
    assert model.rowCount() == 75 and history.count_label.text() == "75 rounds"
    assert all(r.score < 85 for r in model.rows)

    history._open(model.index(0, 0))
    assert page.round is not None and page.round.read_only
    assert not page.round.submit_button.isVisibleTo(page.round)
    assert not page.round.pass_button.isEnabled()


def test_findings_change_owner_with_a_reason_and_add_an_ad_hoc_finding(qtbot, services,
                                                                       make_ctx, tmp_path):
    f = floor(services)
    ctx = patrol_ctx(make_ctx(Actor("wangli", Role.SUPERVISOR)))
    ctx.services.patrols.ad_hoc_finding(f["room"].id, "地毯有污渍", "minor", at=DINNER)
    page = make_page(qtbot, ctx)
    findings = page.show_tab(page.findings)
    [finding] = findings.model.rows
    assert finding.responsible.name == "赵敏"
    findings.view.selectRow(0)
    dialog = findings.change_owner()
    dialog.person.set_current_id(f["servers"][1].id)
    dialog.reason.setText("赵敏当晚被抽调到大厅")
    dialog.ok_button.click()
    [finding] = findings.model.rows
    assert finding.responsible.name == "钱进" and finding.owner_reason == "赵敏当晚被抽调到大厅"

    photo = tmp_path / "spill.png"
    photo.write_bytes(png_bytes())
    dialog = findings.add_ad_hoc()
    dialog.ok_button.click()  # no description: refused inline, the dialog stays
    assert dialog.error.isVisibleTo(dialog) and len(findings.model.rows) == 1
    dialog.description.setPlainText("传菜通道地面湿滑")
    dialog.severity.setCurrentIndex(dialog.severity.findData("major"))
    dialog.set_photo(str(photo))
    dialog.ok_button.click()
    assert len(findings.model.rows) == 2
    new = next(r for r in findings.model.rows if r.description == "传菜通道地面湿滑")
    assert new.severity == "major" and len(new.photo_ids) == 1


def test_disagreements_per_inspector(qtbot, services, make_ctx, db):
    f = floor(services)
    ids = make_round_version(services.db)
    items = ids["items"]
    lower = PatrolService(db, Actor("lead", Role.LEADER))
    first = lower.start(f["room"].id, ids["version"], "leader", at=DINNER)
    for item in items:
        lower.answer(first.id, item, "pass")
    lower.submit(first.id)
    ctx = patrol_ctx(make_ctx(Actor("wangli", Role.SUPERVISOR)))
    higher = ctx.services.patrols
    second = higher.start(f["room"].id, ids["version"], "supervisor",
                          at=DINNER + dt.timedelta(hours=1))
    for n, item in enumerate(items):
        higher.answer(second.id, item, "fail" if n == FLOOR_ITEM else "pass")
    higher.set_note(second.id, items[FLOOR_ITEM], "地面有水渍")
    higher.add_photo(second.id, items[FLOOR_ITEM], png_bytes())
    summary = higher.submit(second.id)
    assert len(summary.disagreements) == 1

    page = make_page(qtbot, ctx)
    tab = page.disagreements
    set_date_value(tab.date_from, DAY)
    set_date_value(tab.date_to, DAY)
    page.show_tab(tab)
    rates = {r[0]: r for r in tab.rates_model.rows}
    assert rates["lead"][1] == 1 and rates["lead"][2] == 20
    tab.choose("lead")
    [row] = tab.list_model.rows
    assert row.lower_inspector == "lead" and row.higher_inspector == "wangli"
    tab.choose("wangli")
    assert tab.list_model.rows == ()

    summary_view = page.show_summary(summary)
    assert summary_view.disagreements_model.rowCount() == 1
    assert "lead" in summary_view.disagreements_model.index(0, 1).data()
