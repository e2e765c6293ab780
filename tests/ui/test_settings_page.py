"""The settings page: users and roles for the administrator, business settings for those who
may change them, the language, the permission table and the about box."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from app import __version__
from app.domain.permissions import Permission, Role, allows
from app.services.auth import create_first_admin, sign_in
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services
from app.services.dto import UserDTO
from app.ui.context import UiContext
from app.ui.pages.settings_page import SettingsPage
from app.ui.pages.users_admin import UserTableModel
from app.ui.tasks import AppSignals, TaskRunner
from app.ui.user_dialog import ChangeRoleDialog, NewUserDialog, ResetPasswordDialog
from tests.helpers import hire, make_org

SUPERVISOR = Actor("zhuguan", Role.SUPERVISOR)


@pytest.fixture
def open_page(qtbot):
    def build(ctx) -> SettingsPage:
        page = SettingsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1000, 680)
        page.show()
        qtbot.waitExposed(page)
        return page

    return build


@pytest.fixture
def employee(ctx):
    _dept, _leader, post = make_org(ctx.services)
    return hire(ctx.services, "S1", "张三", post.id).employee


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def row_texts(page: SettingsPage) -> list[list[str]]:
    model = page.users.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def select(page: SettingsPage, username: str) -> None:
    user = next(u for u in page.users.model._rows if u.username == username)
    page.users.select_user(user.id)
    assert page.users.selected_user().username == username


def fill_passwords(qtbot, dialog, first: str, second: str | None = None) -> None:
    qtbot.keyClicks(dialog.password, first)
    qtbot.keyClicks(dialog.repeat, first if second is None else second)


# -- users and roles ---------------------------------------------------------------------


def test_the_administrator_sees_every_tab(ctx, open_page):
    page = open_page(ctx)
    assert page.tab_titles() == ["General", "Users and roles", "What each role may do", "Backups",
                                 "Database", "About"]
    assert page.users is not None


def test_the_administrator_creates_a_user_with_a_role_and_an_employee(
        qtbot, ctx, db, open_page, employee, ui_errors):
    page = open_page(ctx)
    page.show_tab(page.users)
    assert not page.users.reset_button.isEnabled()  # nothing selected yet
    click(qtbot, page.users.new_button)
    dialog = page.users.dialog
    assert isinstance(dialog, NewUserDialog) and dialog.isVisible()
    assert [dialog.employee.itemText(i) for i in range(dialog.employee.count())] == [
        "(no employee)", "S1 · 张三 — 包房服务员"]
    qtbot.keyClicks(dialog.username, "xiaozhang")
    dialog.select_role(Role.SUPERVISOR.value)
    dialog.select_employee(employee.id)
    fill_passwords(qtbot, dialog, "secret-1")
    with qtbot.waitSignal(ctx.signals.changed) as changed:
        click(qtbot, dialog.ok_button)
    assert changed.args == [frozenset({"users"})]
    assert page.users.dialog is None and not dialog.isVisible()
    assert row_texts(page) == [["xiaozhang", "Supervisor", "张三", "Yes", ""]]
    assert page.users.selected_user().username == "xiaozhang"  # the new user is selected
    actor = sign_in(db, "xiaozhang", "secret-1")
    assert (actor.role, actor.employee_id) == (Role.SUPERVISOR, employee.id)
    assert ui_errors == []


def test_the_new_user_dialog_keeps_what_was_typed_when_refused(qtbot, ctx, open_page):
    ctx.services.users.create_user("xiaoli", "secret-1", Role.STAFF)
    page = open_page(ctx)
    click(qtbot, page.users.new_button)
    dialog = page.users.dialog
    qtbot.keyClicks(dialog.username, "xiaowang")
    fill_passwords(qtbot, dialog, "secret-1", "secret-2")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.error.text() == "The two passwords differ."
    assert [u.username for u in ctx.services.users.list_users()] == ["xiaoli"]

    dialog.username.setText("xiaoli")  # taken: the service says so inside the dialog
    dialog.password.clear()
    dialog.repeat.clear()
    fill_passwords(qtbot, dialog, "secret-1")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and page.users.dialog is dialog
    assert dialog.error.text() == "The user name xiaoli is taken."
    dialog.username.setText("xiaowang")
    click(qtbot, dialog.ok_button)
    assert page.users.dialog is None
    assert [r[0] for r in row_texts(page)] == ["xiaoli", "xiaowang"]


def test_resetting_a_password_lifts_the_lock(qtbot, ctx, db, open_page):
    user = ctx.services.users.create_user("xiaoli", "secret-1", Role.LEADER)
    for _ in range(5):
        with pytest.raises(Exception, match="password|locked"):
            sign_in(db, "xiaoli", "wrong-one")
    page = open_page(ctx)
    (row,) = row_texts(page)
    assert row[:2] == ["xiaoli", "Team leader"] and row[4] != ""  # locked until …
    select(page, "xiaoli")
    click(qtbot, page.users.reset_button)
    dialog = page.users.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    assert "xiaoli" in dialog.intro.text() and "lifts the lock-out" in dialog.intro.text()
    fill_passwords(qtbot, dialog, "secret-2")
    click(qtbot, dialog.ok_button)
    assert page.users.dialog is None
    assert row_texts(page)[0][4] == ""
    assert sign_in(db, "xiaoli", "secret-2").user_id == user.id


def test_changing_the_role_and_deactivating(qtbot, ctx, db, open_page):
    ctx.services.users.create_user("xiaoli", "secret-1", Role.LEADER)
    page = open_page(ctx)
    select(page, "xiaoli")
    click(qtbot, page.users.role_button)
    dialog = page.users.dialog
    assert isinstance(dialog, ChangeRoleDialog) and dialog.role.currentData() == "leader"
    dialog.select_role(Role.MANAGER.value)
    click(qtbot, dialog.ok_button)
    assert row_texts(page) == [["xiaoli", "Manager", "—", "Yes", ""]]
    assert sign_in(db, "xiaoli", "secret-1").role == Role.MANAGER

    select(page, "xiaoli")
    click(qtbot, page.users.role_button)
    dialog = page.users.dialog
    dialog.active.setFocus()
    qtbot.keyClick(dialog.active, Qt.Key.Key_Space)
    assert not dialog.active.isChecked()
    click(qtbot, dialog.ok_button)
    assert row_texts(page)[0][3] == "No"
    with pytest.raises(Exception, match="Wrong user name or password"):
        sign_in(db, "xiaoli", "secret-1")


def test_an_administrator_cannot_demote_themselves(qtbot, db, make_ctx, open_page):
    admin = create_first_admin(db, "boss", "first-pass")
    page = open_page(make_ctx(admin))
    select(page, "boss")
    click(qtbot, page.users.role_button)
    dialog = page.users.dialog
    dialog.select_role(Role.STAFF.value)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.error.text() == "You cannot remove your own administrator rights."
    assert row_texts(page)[0][1] == "Administrator"


def test_the_user_table_model_shows_only_current_locks():
    now = dt.datetime(2025, 3, 1, 9, 0)
    model = UserTableModel(lambda role: role.upper(), clock=lambda: now)
    model.set_rows([
        UserDTO(1, "a", "staff", None, "", True, now + dt.timedelta(minutes=5)),
        UserDTO(2, "b", "hr", 7, "王丽", False, now - dt.timedelta(minutes=5)),
    ])
    assert model.rowCount() == 2 and model.columnCount() == 5
    texts = [[model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert texts == [["a", "STAFF", "—", "Yes", "2025-03-01 09:05"],
                     ["b", "HR", "王丽", "No", ""]]
    assert model.row_of(2) == 1 and model.row_of(3) is None


# -- business settings, language, permissions, about -------------------------------------


def test_a_supervisor_sees_no_user_administration_and_cannot_save_settings(
        qtbot, make_ctx, open_page, services):
    ctx = make_ctx(SUPERVISOR)
    page = open_page(ctx)
    assert page.users is None
    assert "Users and roles" not in page.tab_titles()
    business = page.general.business
    assert not business.save_button.isEnabled()
    assert not any(spin.isEnabled() for spin in business.spins.values())
    assert business.findChild(type(business.status), "settingsReadOnly").isVisible()
    assert business.spins["auth.lockout_minutes"].value() == 15  # may still read them
    # Even if the button were reachable, the service refuses and the page says why.
    business.spins["auth.lockout_minutes"].setValue(1)
    business.save()
    assert business.status.text() == "Your role (Supervisor) may not change settings."
    assert services.settings.get("auth.lockout_minutes") == 15


def test_the_administrator_saves_business_settings(qtbot, ctx, open_page, ui_errors):
    page = open_page(ctx)
    business = page.general.business
    assert business.save_button.isEnabled()
    assert business.values() == {"auth.max_failed_logins": 5, "auth.lockout_minutes": 15,
                                 "org.default_span": 3, "roster.min_rest_hours": 10,
                                 "roster.max_week_hours": 48,
                                 "patrol.leader_interval_hours": 2,
                                 "patrol.supervisor_per_shift": 1,
                                 "patrol.manager_per_day": 1, "patrol.grace_minutes": 30,
                                 "rect.critical_minutes": 15, "rect.minor_hours": 24,
                                 "rect.major_fallback_hours": 4, "rect.escalation_minutes": 30,
                                 "rect.recurrence_days": 30,
                                 "complaint.response_minutes": 5}
    business.spins["auth.max_failed_logins"].setValue(3)
    with qtbot.waitSignal(ctx.signals.changed) as changed:
        click(qtbot, business.save_button)
    assert changed.args == [frozenset({"settings"})]
    assert business.status.text() == "Saved."
    assert ctx.services.settings.get("auth.max_failed_logins") == 3
    click(qtbot, business.defaults_button)
    assert business.values()["auth.max_failed_logins"] == 5
    click(qtbot, business.save_button)
    assert ctx.services.settings.get("auth.max_failed_logins") == 5
    assert ui_errors == []


def test_the_spin_boxes_respect_the_declared_minimum(ctx, open_page):
    page = open_page(ctx)
    spin = page.general.business.spins["auth.lockout_minutes"]
    spin.setValue(0)
    assert spin.value() == 1


def test_the_language_is_stored_for_the_next_start(qtbot, ctx, open_page):
    page = open_page(ctx)
    language = page.general.language
    assert language.combo.currentData() == "zh_CN"  # the default
    assert language.combo.itemText(0) == "中文"
    language.select("en")
    assert QSettings().value("ui/language") == "en"
    assert language.note.isVisible()
    assert language.note.text() == "FloorQC will use English the next time it starts."
    language.select("zh_CN")
    assert QSettings().value("ui/language") == "zh_CN" and not language.note.isVisible()


@pytest.mark.parametrize("actor", [Actor("boss", Role.ADMIN), SUPERVISOR], ids=str)
def test_the_permission_table_follows_role_permissions(make_ctx, open_page, actor):
    page = open_page(make_ctx(actor))
    matrix = page.permissions.matrix
    assert matrix.rowCount() == len(Permission) and matrix.columnCount() == len(Role)
    assert [matrix.horizontalHeaderItem(c).text() for c in range(len(Role))] == [
        "Administrator", "HR", "Manager", "Supervisor", "Team leader", "Staff"]
    assert matrix.verticalHeaderItem(0).text() == "View the organisation"
    for permission in Permission:
        for role in Role:
            assert matrix.allowed(permission, role) == allows(role, permission)


def test_the_about_box_shows_version_database_and_font_licence(qtbot, ctx, db_path, open_page):
    page = open_page(ctx)
    about = page.about
    assert about.version.text() == __version__
    assert about.database.text() == str(db_path.resolve())
    assert "SIL Open Font License" in about.font_note.text()
    assert "Noto Sans SC" in about.font_note.text()
    click(qtbot, about.licence_button)
    assert about.dialog.isVisible()
    assert "SIL OPEN FONT LICENSE" in about.dialog.text.toPlainText()
    about.dialog.reject()


def test_with_the_real_background_runner(qtbot, db, ui_errors, open_page):
    """As in the application: service calls on the worker thread, results on the main one."""
    signals = AppSignals()
    runner = TaskRunner(signals, ui_errors)
    ctx = UiContext(Services.bind(db, SYSTEM), runner, signals, lambda _c, text: text)
    ctx.services.users.create_user("xiaoli", "secret-1", Role.STAFF)
    page = open_page(ctx)
    qtbot.waitUntil(lambda: page.users.model.rowCount() == 1)
    click(qtbot, page.users.new_button)
    qtbot.waitUntil(lambda: page.users.dialog is not None)
    dialog = page.users.dialog
    qtbot.keyClicks(dialog.username, "xiaowang")
    fill_passwords(qtbot, dialog, "secret-2")
    with qtbot.waitSignal(signals.changed):
        click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: page.users.model.rowCount() == 2)
    assert page.users.dialog is None
    page.general.business.spins["org.default_span"].setValue(4)
    with qtbot.waitSignal(signals.changed):
        click(qtbot, page.general.business.save_button)
    assert ctx.services.settings.get("org.default_span") == 4
    qtbot.waitUntil(lambda: runner.pending == 0)  # the reload after the save, too
    assert page.general.business.values()["org.default_span"] == 4
    assert ui_errors == []
