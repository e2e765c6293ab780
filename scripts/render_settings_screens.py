"""Render the settings page and the sign-in dialog to PNG for a visual check (offscreen).

    QT_QPA_PLATFORM=offscreen python scripts/render_settings_screens.py [--lang zh_CN|en] [--out DIR]

Builds the demo venue in a throw-away database, signs in as its administrator, locks one
account so the "Locked until" column shows, and writes settings.png (users tab),
settings-new-user.png, settings-general.png, settings-roles.png, settings-about.png
and login.png.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QWidget
from screens_common import application, close, grab, temp_database, ui_context

from app.domain.errors import FloorQCError
from app.services.auth import sign_in
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services, venue_name
from app.ui.login_dialog import LoginDialog
from app.ui.pages.settings_page import SettingsPage


def shoot(widget: QWidget, path: Path) -> None:
    print(grab(widget, path))


def lock_someone(database, services: Services) -> None:
    """Five wrong passwords for one user, so the table shows a lock."""
    user = next((u for u in services.users.list_users() if u.role != "admin"), None)
    if user is None:
        return
    for _ in range(5):
        with contextlib.suppress(FloorQCError):  # the point is to fail
            sign_in(database, user.username, "wrong password")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh_CN", help="zh_CN (default) or en")
    parser.add_argument("--out", default="/tmp/shots", type=Path)
    parser.add_argument("--qm", type=Path, action="append", default=[],
                        help="an extra .qm translation to install (e.g. one not yet merged)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app, translate = application(args.lang)
    QSettings().setValue("ui/language", args.lang)
    extra = []
    for qm in args.qm:
        translator = QTranslator(app)
        if not translator.load(str(qm)):
            raise SystemExit(f"cannot load {qm}")
        app.installTranslator(translator)
        extra.append(translator)
    print(f"font: {app.font().family() or 'system'}; language: {args.lang}")

    with temp_database() as database:
        admin = Services.bind(database, SYSTEM)
        lock_someone(database, admin)
        actor = next(u for u in admin.users.list_users() if u.role == "admin")
        signed_in = Actor(actor.username, SYSTEM.role, actor.id, actor.employee_id)

        page = SettingsPage(ui_context(Services.bind(database, signed_in), translate))
        page.resize(1100, 700)
        page.show_tab(page.users)
        shoot(page, args.out / "settings.png")
        page.users.new_user()
        dialog = page.users.dialog
        dialog.username.setText("xiaowang")
        dialog.submit()  # empty passwords: shows the inline error line
        shoot(dialog, args.out / "settings-new-user.png")
        dialog.reject()
        page.backups.backup_now()  # one manual backup beside the pre-migrate one
        for name, panel in (("general", page.general), ("roles", page.permissions),
                            ("backups", page.backups), ("database", page.database),
                            ("about", page.about)):
            page.show_tab(panel)
            shoot(page, args.out / f"settings-{name}.png")

        login = LoginDialog(database, translate, venue_name(database))
        login.username.setText("nobody")
        login.password.setText("x")
        login.try_sign_in()  # show the error line as well
        login.username.setText(actor.username)
        shoot(login, args.out / "login.png")
        close(page, login)
    print(f"done at {dt.datetime.now():%H:%M:%S}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
