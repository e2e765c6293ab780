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
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate, QTranslator  # noqa: E402

from app.domain.permissions import Role  # noqa: E402
from app.services.base import SYSTEM, Actor  # noqa: E402
from app.services.bootstrap import Services, open_database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402

SIZE = (1280, 800)
SHIFT = "晚市"


class TsvTranslator(QTranslator):
    """Translations read from a TSV file, asked before the installed catalogue."""

    def __init__(self, path: Path | None, parent=None) -> None:
        super().__init__(parent)
        self.rows: dict[tuple[str, str], str] = {}
        if path is not None:
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 3:
                    self.rows[(parts[0], parts[1])] = parts[2]

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return self.rows.get((context, source), "")

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.rows


def render(out_dir: Path, extra_tsv: Path | None) -> Path:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import install_font, install_language, make_application
    from app.ui.context import UiContext
    from app.ui.reports import catalogue
    from app.ui.reports.reports_page import ReportsPage
    from app.ui.tasks import AppSignals, TaskRunner

    app = make_application([])
    install_font(app)
    base = install_language(app, "zh_CN")
    extra = TsvTranslator(extra_tsv, app)
    app.installTranslator(extra)

    def translate(context: str, text: str) -> str:
        return extra.rows.get((context, text)) or base(context, text)

    out_dir.mkdir(parents=True, exist_ok=True)
    shot = out_dir / "reports_page.png"
    today = dt.date.today()
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "floorqc.db", backup=False)
        build_demo(database, SYSTEM, today)
        signals = AppSignals()
        runner = TaskRunner(signals, lambda err: print(f"error: {err}", file=sys.stderr),
                            synchronous=True)
        manager = Actor("manager", Role.MANAGER)
        page = ReportsPage(UiContext(Services.bind(database, manager), runner, signals,
                                     translate))
        page.select(catalogue.SHIFT)
        page.date.setDate(QDate(today.year, today.month, today.day))
        page.shift.setCurrentIndex(page.shift.findData(SHIFT))
        page.resize(*SIZE)
        page.show()
        QApplication.processEvents()
        page.grab().save(str(shot))
        page.close()
        page.deleteLater()
        QApplication.processEvents()
        database.dispose()
    return shot


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--extra-tsv", type=Path, default=None)
    args = parser.parse_args()
    print(render(args.out_dir, args.extra_tsv))
