"""Render the Reports page to a PNG in Chinese: the demo venue, signed in as a manager, the
shift report (交班报告) of today's dinner service chosen.

    QT_QPA_PLATFORM=offscreen python scripts/render_reports_screen.py [OUT_DIR]
        [--extra-tsv FILE]

OUT_DIR defaults to docs/screenshots (file reports_page.png). --extra-tsv adds translations
not yet merged into the catalogue (context<TAB>English<TAB>Chinese lines); they win over it.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from screens_common import SCREENSHOTS, application, snap, temp_database, ui_context

from app.domain.permissions import Role
from app.services.base import Actor
from app.services.bootstrap import Services

SHIFT = "晚市"


def render(out_dir: Path, extra_tsv: Path | None) -> Path:
    from app.ui.reports import catalogue
    from app.ui.reports.reports_page import ReportsPage

    _app, translate = application(extra_files=[extra_tsv])
    out_dir.mkdir(parents=True, exist_ok=True)
    shot = out_dir / "reports_page.png"
    today = dt.date.today()
    with temp_database(today=today) as database:
        manager = Actor("manager", Role.MANAGER)
        page = ReportsPage(ui_context(Services.bind(database, manager), translate))
        page.select(catalogue.SHIFT)
        page.date.setDate(QDate(today.year, today.month, today.day))
        page.shift.setCurrentIndex(page.shift.findData(SHIFT))
        snap(page, shot)
    return shot


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=SCREENSHOTS)
    parser.add_argument("--extra-tsv", type=Path, default=None)
    args = parser.parse_args()
    print(render(args.out_dir, args.extra_tsv))
