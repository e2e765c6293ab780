"""The start-up path of `floorqc` on an empty database, as a newcomer meets it: the first-run
dialog builds the demo venue, the sign-in dialog accepts a demo user, the main window opens
in Chinese and the database is left open-able."""

from __future__ import annotations

from app.ui import application
from app.ui.first_run_dialog import FirstRunDialog
from app.ui.login_dialog import LoginDialog


def test_first_start_builds_the_demo_signs_in_and_opens_the_window(qapp, tmp_path, monkeypatch):
    def first_run(dialog: FirstRunDialog) -> int:
        dialog.demo.setChecked(True)
        dialog.confirm()
        return dialog.result()

    def sign_in(dialog: LoginDialog) -> int:
        dialog.username.setText("manager")
        dialog.password.setText("manager123")
        dialog.try_sign_in()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", first_run)
    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    monkeypatch.setattr(application, "current_language", lambda: "zh_CN")
    try:
        window, database = application.open_main_window(str(tmp_path / "venue.db"))
        title, status = window.windowTitle(), window.user_label.text()
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        window.close()
        database.dispose()
    finally:  # later tests expect the English source texts
        for translator in getattr(qapp, "_floorqc_translators", []):
            qapp.removeTranslator(translator)
    assert "金悦大酒店" in title
    assert "manager" in status and "经理" in status
    assert {"组织", "排班", "巡查"} <= set(nav)
