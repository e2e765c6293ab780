"""The detail's other actions: the inspector rejects a fix with a reason, a manager above
reassigns and cancels, records accountability (问责), and a refusal stays in the dialog."""

from __future__ import annotations

from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.ui.rectifications.action_dialogs import (
    AccountabilityDialog,
    ReasonDialog,
    ReassignDialog,
)
from app.ui.rectifications.detail_view import RectificationDetailView
from tests.ui.rect_ui_builders import find, floor, inspector_actor, leader_actor, rect_of


def test_reject_reassign_cancel_and_accountability(qtbot, services, db, make_ctx, ui_errors):
    f = floor(services)
    finding = find(db, f["hall"].id, "备餐柜门未关", "minor")
    rect = rect_of(services, finding.id)
    leader = make_ctx(leader_actor(f["lead"].id))
    leader.services.rectifications.submit(rect.id, rect.version, "已关好", "people")

    view = RectificationDetailView(make_ctx(inspector_actor()), rect.id)
    qtbot.addWidget(view)
    reject = view.act("reject")
    assert isinstance(reject, ReasonDialog)
    reject.ok_button.click()
    assert reject.isVisible() and reject.error.text()  # a reason is needed
    reject.reason.setPlainText("柜门合页松动，仍会自己打开")
    reject.ok_button.click()
    assert view.detail.rectification.status == "in_progress"
    assert view.history_model.index(2, 4).data() == "柜门合页松动，仍会自己打开"

    admin = RectificationDetailView(make_ctx(SYSTEM), rect.id)
    qtbot.addWidget(admin)
    assert admin.buttons["reassign"].isEnabled() and admin.buttons["cancel"].isEnabled()
    move = admin.act("reassign")
    assert isinstance(move, ReassignDialog)
    move.person.set_current_id(f["servers"][1].id)
    move.reason.setText("钱进负责备餐区")
    move.ok_button.click()
    assert not ui_errors, ui_errors
    assert admin.detail.rectification.assignee.id == f["servers"][1].id

    blame = admin.act("accountability")
    assert isinstance(blame, AccountabilityDialog)
    assert blame.person.current_id() == f["servers"][1].id
    blame.kind.setCurrentIndex(blame.kind.findData("criticism"))
    blame.reason.setPlainText("同一问题一周内第二次")
    blame.ok_button.click()
    assert not blame.isVisible(), blame.error.text()
    records = services.accountability.for_employee(f["servers"][1].id)
    assert [(r.kind, r.rectification_id) for r in records] == [("criticism", rect.id)]

    cancel = admin.act("cancel")
    cancel.reason.setPlainText("柜子已报废撤走")
    cancel.ok_button.click()
    assert admin.detail.rectification.status == "cancelled"
    assert not any(admin.buttons[k].isEnabled() for k in ("start", "submit", "cancel"))


def test_a_role_without_the_right_sees_the_refusal(qtbot, services, db, make_ctx):
    f = floor(services)
    rect = rect_of(services, find(db, f["hall"].id, "窗帘脱钩", "minor").id)
    staff = make_ctx(Actor("staff", Role.STAFF, None, f["servers"][0].id))
    view = RectificationDetailView(staff, rect.id)
    qtbot.addWidget(view)
    assert not any(view.buttons[k].isEnabled() for k in ("start", "submit", "verify"))
    assert not view.buttons["accountability"].isEnabled()
