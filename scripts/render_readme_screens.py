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

from pathlib import Path

from screens_common import application, close, grab, out_dir_arg, temp_database, ui_context

from app.services.auth import sign_in
from app.services.base import SYSTEM
from app.services.bootstrap import Services, venue_name
from app.services.demo_data import USERS

PAGE_SIZE = (1280, 800)
WINDOW_SIZE = (1440, 860)  # the navigation takes 150 px; the staff table needs them back
SELECTED_POST = "传菜组长"  # leads 14 runners in the demo: a filled detail panel
SIGNED_IN_AS = "manager"


def render(out_dir: Path) -> list[Path]:
    from app.ui.login_dialog import LoginDialog
    from app.ui.main_window import MainWindow
    from app.ui.pages.org_page import OrgPage

    _app, translate = application()
    if translate("MainWindow", "Organisation") == "Organisation":
        raise SystemExit("the zh_CN translation is not loaded; run `make translations` first")
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def shoot(widget, name: str) -> None:
        shots.append(grab(widget, out_dir / name))
        print(shots[-1])

    with temp_database() as database:
        venue = venue_name(database)

        # Organisation page: Staff tab with a leader selected, then the org chart.
        ctx = ui_context(Services.bind(database, SYSTEM), translate)
        page = OrgPage(ctx)
        page.resize(*PAGE_SIZE)
        page.show()
        leader = next(e for e in ctx.services.staff.employees() if e.post == SELECTED_POST)
        page.staff.select_employee(leader.id)
        shoot(page, "org_staff.png")
        page.show_tab(page.chart)
        page.chart.exceeded.setCurrentRow(0)  # selects and scrolls to the worst span
        shoot(page, "org_chart.png")
        page.close()

        # Sign-in dialog, filled in as the demo manager.
        login = LoginDialog(database, translate, venue)
        login.username.setText(SIGNED_IN_AS)
        login.password.setText("********")
        shoot(login, "login.png")
        login.close()

        # Main window, signed in, on the Organisation page.
        password = next(u["password"] for u in USERS if u["username"] == SIGNED_IN_AS)
        actor = sign_in(database, SIGNED_IN_AS, password)
        window = MainWindow(ui_context(Services.bind(database, actor), translate), venue)
        window.resize(*WINDOW_SIZE)
        org = window.open_page("org")
        org.staff.select_employee(actor.employee_id)  # the manager's own record, detail filled
        shoot(window, "main_window.png")
        close(page, login, window)
    return shots


if __name__ == "__main__":
    render(out_dir_arg())
