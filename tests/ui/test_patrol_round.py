"""A patrol round with the keyboard alone: an all-pass round of 20 items in at most 25 key
presses; a failed item with its note and a photo, submitted, with a finding owned by the
person rostered there; a refused submit listing its reasons inline."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from app.domain.permissions import Role
from app.services.base import Actor
from app.ui.patrols.patrols_page import PatrolsPage
from app.ui.patrols.summary_view import SummaryView
from tests.patrol_builders import DINNER, floor
from tests.ui.patrol_ui_builders import (
    FLOOR_ITEM,
    Keyboard,
    make_round_version,
    patrol_ctx,
    png_image,
)

SUPERVISOR = Actor("wangli", Role.SUPERVISOR)


def open_page(qtbot, ctx) -> PatrolsPage:
    page = PatrolsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def test_an_all_pass_round_of_20_items_takes_at_most_25_keys(qtbot, services, make_ctx, ui_errors):
    f = floor(services)
    ids = make_round_version(services.db)
    ctx = patrol_ctx(make_ctx(SUPERVISOR))
    page = open_page(qtbot, ctx)
    page.start_round(f["room"].id, ids["version"], "supervisor")
    view = page.round
    assert view is not None and view.progress() == (0, 20)
    keys = Keyboard(page, view.list)

    keys.press(Qt.Key.Key_P, times=20)
    assert view.progress() == (20, 20)
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # submit

    assert isinstance(page.summary, SummaryView), view.refusal.text()
    inspection = ctx.services.patrols.inspection(view.inspection.id)
    assert inspection.status == "submitted" and inspection.score == 100.0
    assert not inspection.flagged
    assert all(a.outcome == "pass" for a in inspection.answers.values())
    assert page.summary.score_label.text() == "100.0"
    assert keys.count <= 25, f"{keys.count} key presses"
    assert keys.count == 21
    assert ui_errors == []


def test_a_failed_item_with_note_and_photo_becomes_a_finding_of_the_rostered_person(
        qtbot, services, make_ctx, ui_errors):
    f = floor(services)  # 赵敏 alone on 牡丹厅 201 for Monday's dinner
    ids = make_round_version(services.db)
    ctx = patrol_ctx(make_ctx(SUPERVISOR))
    started = ctx.services.patrols.start(f["room"].id, ids["version"], "supervisor", at=DINNER)
    page = open_page(qtbot, ctx)
    page.open_round(started.id)
    view = page.round
    keys = Keyboard(page, view.list)

    keys.press(Qt.Key.Key_P, times=FLOOR_ITEM)
    keys.press(Qt.Key.Key_F)  # the floor item fails: the cursor stays, the note opens
    assert view.current == FLOOR_ITEM and keys.target() is view.note
    keys.type("地面有水渍")
    # a photo, through the code path paste and drop share
    mime = QMimeData()
    mime.setImageData(png_image())
    assert view.add_mime(view.item.id, mime)
    assert len(view.photos.ids) == 1
    keys.press(Qt.Key.Key_Return)  # saves the note, moves on
    assert view.current == FLOOR_ITEM + 1 and keys.target() is view.list
    saved = ctx.services.patrols.inspection(started.id).answers[ids["items"][FLOOR_ITEM]]
    assert (saved.outcome, saved.note, len(saved.photo_ids)) == ("fail", "地面有水渍", 1)

    keys.press(Qt.Key.Key_P, times=20 - FLOOR_ITEM - 1)
    assert "⚠" not in view.refusal.text()
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    summary = page.summary
    assert isinstance(summary, SummaryView), view.refusal.text()
    assert summary.summary.failed == 1 and summary.summary.passed == 19
    [finding] = summary.findings_model.rows
    assert finding.responsible is not None and finding.responsible.name == "赵敏"
    assert finding.leader is not None and finding.leader.name == "王丽"
    assert finding.severity == "major" and "地面有水渍" in finding.description
    assert len(finding.photo_ids) == 1
    texts = [summary.findings_model.index(0, c).data() for c in range(8)]
    assert "赵敏" in " ".join(texts)
    assert ui_errors == []


def test_a_refused_submit_lists_its_reasons_inline(qtbot, services, make_ctx):
    f = floor(services)
    ids = make_round_version(services.db)
    ctx = patrol_ctx(make_ctx(SUPERVISOR))
    page = open_page(qtbot, ctx)
    page.start_round(f["room"].id, ids["version"], "supervisor")
    view = page.round
    keys = Keyboard(page, view.list)
    keys.press(Qt.Key.Key_P, times=FLOOR_ITEM)
    keys.press(Qt.Key.Key_F)
    keys.press(Qt.Key.Key_Escape)  # back to the list without a note
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.summary is None and view.refusal.isVisible()
    text = view.refusal.text()
    assert "Not answered" in text and "required photo" in text and "note" in text
    assert ctx.services.patrols.inspection(view.inspection.id).status == "draft"


def test_backspace_goes_back_and_a_draft_resumes_where_it_stopped(qtbot, services, make_ctx):
    f = floor(services)
    ids = make_round_version(services.db)
    ctx = patrol_ctx(make_ctx(SUPERVISOR))
    page = open_page(qtbot, ctx)
    page.start_round(f["room"].id, ids["version"], "supervisor")
    view = page.round
    keys = Keyboard(page, view.list)
    keys.press(Qt.Key.Key_P, times=3)
    keys.press(Qt.Key.Key_Backspace)
    keys.press(Qt.Key.Key_N)  # item 3 becomes not applicable
    assert view.answers[ids["items"][2]].outcome == "na"
    view.close_button.click()
    assert page.round is None
    page.open_round(view.inspection.id)
    assert page.round.progress() == (3, 20) and page.round.current == 3
