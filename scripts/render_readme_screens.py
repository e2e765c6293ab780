"""Render the README screenshots in Chinese (offscreen), from the demo venue.

    QT_QPA_PLATFORM=offscreen python scripts/render_readme_screens.py [OUT_DIR]
                                                          (default: docs/screenshots)

Builds the demo venue (``floorqc demo``) in a throw-away database, installs the bundled font
and the zh_CN translation (build the .qm first: ``make translations``), and writes:

* org_staff.png   - Organisation page, Staff tab, the 传菜组长 selected (detail panel filled)
* org_chart.png   - Org chart tab with the first exceeded span (amber) selected
* login.png       - the sign-in dialog
* main_window.png - the main window on the Organisation page, signed in as the demo manager
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.services.auth import sign_in  # noqa: E402
from app.services.base import SYSTEM  # noqa: E402
from app.services.bootstrap import Services, open_database, venue_name  # noqa: E402
from app.services.demo import build_demo  # noqa: E402
from app.services.demo_data import USERS  # noqa: E402
from app.ui.application import install_font, install_language, make_application  # noqa: E402
from app.ui.context import UiContext  # noqa: E402
from app.ui.tasks import AppSignals, TaskRunner  # noqa: E402

PAGE_SIZE = (1280, 800)
WINDOW_SIZE = (1440, 860)  # the navigation takes 150 px; the staff table needs them back
SELECTED_POST = "传菜组长"  # leads 14 runners in the demo: a filled detail panel
SIGNED_IN_AS = "manager"


def grab(widget: QWidget, path: Path) -> Path:
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    return path


def make_ctx(database, actor, translate) -> UiContext:
    """As tests/ui/conftest.py does: the task runner works synchronously."""
    signals = AppSignals()
    runner = TaskRunner(signals, lambda err: print(f"error: {err}", file=sys.stderr),
                        synchronous=True)
    return UiContext(Services.bind(database, actor), runner, signals, translate)


def render(out_dir: Path) -> list[Path]:
    from app.ui.login_dialog import LoginDialog
    from app.ui.main_window import MainWindow
    from app.ui.pages.org_page import OrgPage

    app = make_application(["render"])
    app.setApplicationName("FloorQC-render")  # never touch the real user's QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        install_font(app)
        translate = install_language(app, "zh_CN")
        if translate("MainWindow", "Organisation") == "Organisation":
            raise SystemExit("the zh_CN translation is not loaded; run `make translations` first")

        database = open_database(Path(tmp) / "floorqc.db", backup=False)
        build_demo(database, SYSTEM)
        venue = venue_name(database)

        # Organisation page: Staff tab with a leader selected, then the org chart.
        ctx = make_ctx(database, SYSTEM, translate)
        page = OrgPage(ctx)
        page.resize(*PAGE_SIZE)
        page.show()
        leader = next(e for e in ctx.services.staff.employees() if e.post == SELECTED_POST)
        page.staff.select_employee(leader.id)
        shots.append(grab(page, out_dir / "org_staff.png"))
        page.show_tab(page.chart)
        page.chart.exceeded.setCurrentRow(0)  # selects and scrolls to the worst span
        shots.append(grab(page, out_dir / "org_chart.png"))
        page.close()

        # Sign-in dialog, filled in as the demo manager.
        login = LoginDialog(database, translate, venue)
        login.username.setText(SIGNED_IN_AS)
        login.password.setText("********")
        shots.append(grab(login, out_dir / "login.png"))
        login.close()

        # Main window, signed in, on the Organisation page.
        password = next(u["password"] for u in USERS if u["username"] == SIGNED_IN_AS)
        actor = sign_in(database, SIGNED_IN_AS, password)
        window = MainWindow(make_ctx(database, actor, translate), venue)
        window.resize(*WINDOW_SIZE)
        org = window.open_page("org")
        org.staff.select_employee(actor.employee_id)  # the manager's own record, detail filled
        shots.append(grab(window, out_dir / "main_window.png"))
        window.close()

        for widget in (page, login, window):
            widget.deleteLater()
        QApplication.processEvents()
        database.dispose()
    return shots


if __name__ == "__main__":
    render(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
