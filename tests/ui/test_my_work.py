"""My work (我的工作), the home page: a leader sees the item assigned to them, submits the fix
with an after-photo pasted into the dialog, the inspector sees it waiting for verification and
verifies it, and then it is in nobody's inbox; the detail shows the whole history."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.domain.permissions import Role
from app.ui.main_window import MainWindow
from app.ui.rectifications.action_dialogs import SubmitFixDialog, VerifyDialog
from app.ui.rectifications.detail_view import RectificationDetailView
from app.ui.rectifications.my_work_page import MyWorkPage
from app.ui.table_model import ROW_ROLE
from tests.ui.patrol_ui_builders import png_image
from tests.ui.rect_ui_builders import INSPECTOR, find, floor, leader_actor, rect_of, signed_in


def _ids(page: MyWorkPage, section: str) -> set[int]:
    return {r.id for r in page.rows(section)}


def _select(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_leader_fixes_inspector_verifies_then_no_inbox_holds_it(qtbot, services, db, make_ctx,
                                                                ui_errors):
    f = floor(services)
    finding = find(db, f["hall"].id, "大厅地面有水渍", "critical", photo=True)
    rect = rect_of(services, finding.id)

    # The leader signs in (the same call the sign-in dialog makes) and opens My work.
    leader = make_ctx(signed_in(services, "wang.li", Role.LEADER, f["lead"].id))
    page = MyWorkPage(leader)
    qtbot.addWidget(page)
    assert _ids(page, "assigned_to_me") == {rect.id}
    assert page.inbox.count == 1
    model = page.tables["assigned_to_me"][1]
    assert "left" in model.index(0, 3).data()  # the live countdown ("还剩 15 分钟")
    assert model.index(0, 1).data() == "二楼大厅"

    view = page.open_item("assigned_to_me", 0)
    qtbot.addWidget(view)
    assert isinstance(view, RectificationDetailView)
    assert view.buttons["submit"].isEnabled() and view.buttons["start"].isEnabled()
    assert not view.buttons["verify"].isEnabled()

    dialog = view.act("submit")
    assert isinstance(dialog, SubmitFixDialog)
    _select(dialog.root_cause, "method")
    dialog.corrective.setPlainText("拖干地面，放置防滑提示牌")
    dialog.preventive.setPlainText("雨天门口加铺防滑垫")
    dialog.ok_button.click()  # the finding has a photo: an after-photo is required
    assert "photo" in dialog.error.text() and dialog.isVisible()

    QGuiApplication.clipboard().setImage(png_image())
    pasted = dialog.paste()  # Ctrl+V and a drop share add_mime
    if not pasted:  # some offscreen platforms keep no clipboard; use the drop path
        mime = QMimeData()
        mime.setImageData(png_image())
        pasted = dialog.add_mime(mime)
    assert pasted == 1 and "1" in dialog.photo_label.text()
    dialog.ok_button.click()
    assert not ui_errors, ui_errors
    assert not dialog.isVisible()
    submitted = view.detail.rectification
    assert submitted.status == "submitted" and len(submitted.after_photo_ids) == 1
    assert submitted.root_cause == "method"
    page.reload()
    assert rect.id not in _ids(page, "assigned_to_me")

    inspector = make_ctx(signed_in(services, INSPECTOR, Role.SUPERVISOR))
    verifier = MyWorkPage(inspector)
    qtbot.addWidget(verifier)
    assert _ids(verifier, "to_verify") == {rect.id}
    check = verifier.open_item("to_verify", 0)
    qtbot.addWidget(check)
    assert check.buttons["verify"].isEnabled() and check.buttons["reject"].isEnabled()
    assert not check.buttons["submit"].isEnabled()
    verify = check.act("verify")
    assert isinstance(verify, VerifyDialog)
    _select(verify.efficacy, "effective")
    verify.ok_button.click()
    assert not ui_errors, ui_errors
    assert check.detail.rectification.status == "verified"

    page.reload()
    verifier.reload()
    for inbox_page in (page, verifier):
        assert all(rect.id not in _ids(inbox_page, key) for key in
                   ("assigned_to_me", "my_team", "to_verify", "escalated_to_me"))

    actions = [e.action for e in check.detail.events]
    assert actions == ["create", "submit", "verify"]
    history = check.history_model
    assert history.rowCount() == 3
    assert history.index(1, 1).data() == "wang.li"
    assert "→" in history.index(1, 3).data()
    assert history.index(2, 1).data() == "zhou.insp"


def test_my_work_is_home_and_the_navigation_counts_the_inbox(qtbot, services, db, make_ctx):
    f = floor(services)
    find(db, f["hall"].id, "台面有污渍", "minor")
    ctx = make_ctx(leader_actor(f["lead"].id))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.page_keys()[0] == "my_work"
    assert isinstance(window.stack.currentWidget(), MyWorkPage)
    assert window.nav.item(0).text() == "My work (1)"
    find(db, f["hall"].id, "灯泡不亮", "major")
    ctx.signals.changed.emit(frozenset({"patrols"}))
    assert window.nav.item(0).text() == "My work (2)"


def test_a_stale_version_says_who_changed_it_and_reloads(qtbot, services, db, make_ctx):
    f = floor(services)
    finding = find(db, f["hall"].id, "地毯破损", "major")
    rect = rect_of(services, finding.id)
    ctx = make_ctx(leader_actor(f["lead"].id))
    view = RectificationDetailView(ctx, rect.id)
    qtbot.addWidget(view)
    ctx.services.rectifications.start(rect.id, rect.version)  # behind the view's back
    view.act("start")
    assert not view.conflict.isHidden()
    assert "changed by" in view.conflict_text.text() and "reload" in view.conflict_text.text()
    view.reload_button.click()
    assert view.conflict.isHidden()
    assert view.detail.rectification.status == "in_progress"
    assert not view.buttons["start"].isEnabled()


def test_double_click_opens_the_detail(qtbot, services, db, make_ctx):
    f = floor(services)
    find(db, f["hall"].id, "餐具有水渍", "minor")
    page = MyWorkPage(make_ctx(leader_actor(f["lead"].id)))
    qtbot.addWidget(page)
    view, model = page.tables["assigned_to_me"]
    index = model.index(0, 2)
    view.doubleClicked.emit(index)
    detail = page.findChildren(RectificationDetailView)
    assert len(detail) == 1 and detail[0].rect_id == model.data(index, ROW_ROLE).id
    assert isinstance(detail[0], QWidget)
