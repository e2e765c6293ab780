"""The real sign-in and first-run dialogs, driven with the keyboard and mouse (never exec())."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.domain.permissions import Role
from app.services.auth import create_first_admin, has_users, sign_in
from app.ui.first_run_dialog import FirstRunDialog
from app.ui.login_dialog import LoginDialog

LOCKED = "This account is locked after too many failed sign-ins."


def identity(_context: str, text: str) -> str:
    return text


@pytest.fixture
def login(qtbot, db, services):
    services.users.create_user("xiaoli", "right-pass", Role.SUPERVISOR)
    dialog = LoginDialog(db, identity, "金悦大酒店")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_signing_in_accepts_the_dialog_with_the_actor(qtbot, login):
    with qtbot.waitSignal(login.accepted):
        attempt(qtbot, login, "xiaoli", "right-pass")
    assert login.result() == QDialog.DialogCode.Accepted
    assert (login.actor.username, login.actor.role) == ("xiaoli", Role.SUPERVISOR)


def test_a_wrong_password_shows_why_and_clears_the_field(qtbot, login):
    attempt(qtbot, login, "xiaoli", "wrong-pass")
    assert login.isVisible() and login.actor is None
    assert login.error.isVisible()
    assert login.error.text() == "Wrong user name or password."
    assert login.password.text() == "" and login.username.text() == "xiaoli"


def test_enter_in_the_password_field_signs_in(qtbot, login):
    qtbot.keyClicks(login.username, "xiaoli")
    qtbot.keyClicks(login.password, "right-pass")
    with qtbot.waitSignal(login.accepted):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.actor.username == "xiaoli"


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(qtbot, login, db):
    for _ in range(4):
        attempt(qtbot, login, "xiaoli", "wrong-pass")
        assert login.error.text() == "Wrong user name or password."
    attempt(qtbot, login, "xiaoli", "wrong-pass")
    assert login.error.isVisible() and login.error.text().startswith(LOCKED)
    assert "15 min" in login.error.text()
    attempt(qtbot, login, "xiaoli", "right-pass")
    assert login.error.text().startswith(LOCKED)
    assert login.actor is None and login.isVisible()
    assert login.result() != QDialog.DialogCode.Accepted


def test_quit_rejects(qtbot, login):
    with qtbot.waitSignal(login.rejected):
        qtbot.mouseClick(login.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)
    assert login.actor is None


# -- first run ---------------------------------------------------------------------------


@pytest.fixture
def first_run(qtbot, db):
    demo_calls = []
    dialog = FirstRunDialog(db, identity, lambda: demo_calls.append("demo"))
    dialog.demo_calls = demo_calls
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ok_button(dialog: QDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_the_first_run_creates_the_first_administrator(qtbot, first_run, db):
    assert first_run.admin.isChecked() and first_run.admin_box.isEnabled()
    first_run.username.clear()
    qtbot.keyClicks(first_run.username, "boss")
    qtbot.keyClicks(first_run.password, "first-pass")
    qtbot.keyClicks(first_run.repeat, "first-pass")
    with qtbot.waitSignal(first_run.accepted):
        qtbot.mouseClick(ok_button(first_run), Qt.MouseButton.LeftButton)
    assert first_run.choice == "admin" and first_run.demo_calls == []
    assert sign_in(db, "boss", "first-pass").role == Role.ADMIN


def test_mismatched_passwords_are_refused_and_nothing_is_created(qtbot, first_run, db):
    qtbot.keyClicks(first_run.password, "first-pass")
    qtbot.keyClicks(first_run.repeat, "first-pazz")
    qtbot.mouseClick(ok_button(first_run), Qt.MouseButton.LeftButton)
    assert first_run.error.isVisible()
    assert first_run.error.text() == "The two passwords differ."
    assert first_run.isVisible() and first_run.choice == ""
    assert not has_users(db)


def test_a_short_password_shows_the_service_message(qtbot, first_run, db):
    qtbot.keyClicks(first_run.password, "12345")
    qtbot.keyClicks(first_run.repeat, "12345")
    qtbot.mouseClick(ok_button(first_run), Qt.MouseButton.LeftButton)
    assert first_run.error.text() == "A password needs at least 6 characters."
    assert not has_users(db)


def test_a_second_first_administrator_is_refused(qtbot, first_run, db):
    create_first_admin(db, "boss", "first-pass")  # e.g. on another laptop meanwhile
    qtbot.keyClicks(first_run.password, "other-pass")
    qtbot.keyClicks(first_run.repeat, "other-pass")
    qtbot.mouseClick(ok_button(first_run), Qt.MouseButton.LeftButton)
    assert first_run.error.text() == "An administrator already exists."
    assert first_run.choice == ""


def test_the_demo_choice_builds_the_demo_instead(qtbot, first_run):
    qtbot.mouseClick(first_run.demo, Qt.MouseButton.LeftButton)
    assert first_run.demo.isChecked() and not first_run.admin_box.isEnabled()
    with qtbot.waitSignal(first_run.accepted):
        qtbot.mouseClick(ok_button(first_run), Qt.MouseButton.LeftButton)
    assert first_run.choice == "demo" and first_run.demo_calls == ["demo"]
