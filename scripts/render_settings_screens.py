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
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.domain.errors import FloorQCError  # noqa: E402
from app.services.auth import sign_in  # noqa: E402
from app.services.base import SYSTEM, Actor  # noqa: E402
from app.services.bootstrap import Services, open_database, venue_name  # noqa: E402
from app.services.demo import build_demo  # noqa: E402
from app.ui.application import install_font, install_language, make_application  # noqa: E402
from app.ui.context import UiContext  # noqa: E402
from app.ui.login_dialog import LoginDialog  # noqa: E402
from app.ui.pages.settings_page import SettingsPage  # noqa: E402
from app.ui.tasks import AppSignals, TaskRunner  # noqa: E402


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


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

    app = make_application(["render"])
    app.setApplicationName("FloorQC-render")  # never touch the real user's QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        QSettings().setValue("ui/language", args.lang)
        family = install_font(app)
        translate = install_language(app, args.lang)
        extra = []
        for qm in args.qm:
            translator = QTranslator(app)
            if not translator.load(str(qm)):
                raise SystemExit(f"cannot load {qm}")
            app.installTranslator(translator)
            extra.append(translator)
        print(f"font: {family or 'system'}; language: {args.lang}")

        database = open_database(Path(tmp) / "render.db", backup=False)
        build_demo(database, SYSTEM)
        admin = Services.bind(database, SYSTEM)
        lock_someone(database, admin)
        actor = next(u for u in admin.users.list_users() if u.role == "admin")
        signed_in = Actor(actor.username, SYSTEM.role, actor.id, actor.employee_id)

        signals = AppSignals()
        ctx = UiContext(Services.bind(database, signed_in), None, signals, translate)
        ctx.runner = TaskRunner(signals, lambda e: print("error:", e), synchronous=True)

        page = SettingsPage(ctx)
        page.resize(1100, 700)
        page.show_tab(page.users)
        grab(page, args.out / "settings.png")
        page.users.new_user()
        dialog = page.users.dialog
        dialog.username.setText("xiaowang")
        dialog.submit()  # empty passwords: shows the inline error line
        grab(dialog, args.out / "settings-new-user.png")
        dialog.reject()
        for name, panel in (("general", page.general), ("roles", page.permissions),
                            ("about", page.about)):
            page.show_tab(panel)
            grab(page, args.out / f"settings-{name}.png")

        login = LoginDialog(database, translate, venue_name(database))
        login.username.setText("nobody")
        login.password.setText("x")
        login.try_sign_in()  # show the error line as well
        login.username.setText(actor.username)
        grab(login, args.out / "login.png")
        page.close()
        login.close()
        database.dispose()
    print(f"done at {dt.datetime.now():%H:%M:%S}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
