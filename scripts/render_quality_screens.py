"""Render the analytics page's quality tab to a PNG in Chinese: the demo venue (three weeks of
patrol rounds ending yesterday among the rest), the four weeks ending yesterday, as the
manager sees them — trends, Pareto, p-chart, DPMO and sigma level, team ranking, inspector
disagreement — at a height that shows every chart without scrolling.

    QT_QPA_PLATFORM=offscreen python scripts/render_quality_screens.py [OUT_DIR]
                                                  [--extra-tsv FILE ...] [--today YYYY-MM-DD]

OUT_DIR defaults to docs/screenshots (file analytics_quality.png). --extra-tsv adds
translations not yet merged into the .qm (lines: context<TAB>English<TAB>Chinese), taking
precedence over it.
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

from app.domain.permissions import Role  # noqa: E402
from app.services.analytics_dto import AnalyticsFilter  # noqa: E402
from app.services.base import SYSTEM, Actor  # noqa: E402
from app.services.bootstrap import Services, open_database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402

SIZE = (1280, 1760)
DAYS = 21  # the demo has three weeks of rounds, ending yesterday


def extra_translator(files: list[Path]):
    """A QTranslator answering from the given .tsv files (None when there are none)."""
    from PySide6.QtCore import QTranslator

    table: dict[tuple[str, str], str] = {}
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[2]:
                table[(parts[0], parts[1].replace("\\n", "\n"))] = parts[2].replace("\\n", "\n")
    if not table:
        return None

    class Extra(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
            return table.get((context, source))

        def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
            return False

    return Extra(), table


def render(out_dir: Path, extra: list[Path], today: dt.date) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from app.ui.analytics.quality_tab import QualityTab
    from app.ui.application import install_font, install_language, make_application
    from app.ui.context import UiContext
    from app.ui.tasks import AppSignals, TaskRunner

    app = make_application([])
    install_font(app)
    translate = install_language(app, "zh_CN")
    overlay = extra_translator(extra)
    if overlay is not None:
        translator, table = overlay
        app.installTranslator(translator)  # installed last, asked first
        base = translate

        def translate(context: str, text: str) -> str:
            return table.get((context, text)) or base(context, text)

    out_dir.mkdir(parents=True, exist_ok=True)
    shot = out_dir / "analytics_quality.png"
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "floorqc.db", backup=False)
        build_demo(database, SYSTEM, today)
        manager = Services.bind(database, Actor("manager", Role.MANAGER))
        signals = AppSignals()
        runner = TaskRunner(signals, lambda err: print(f"error: {err}", file=sys.stderr),
                            synchronous=True)
        tab = QualityTab(UiContext(manager, runner, signals, translate), standalone=True)
        last = today - dt.timedelta(days=1)
        tab.resize(*SIZE)
        tab.show()
        QApplication.processEvents()
        tab.set_filter(AnalyticsFilter(last - dt.timedelta(days=DAYS - 1), last))
        QApplication.processEvents()
        tab.grab().save(str(shot))
        tab.close()
        tab.deleteLater()
        QApplication.processEvents()
        database.dispose()
    return [shot]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--extra-tsv", type=Path, action="append", default=[])
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    for shot in render(args.out_dir, args.extra_tsv, args.today):
        print(shot)


if __name__ == "__main__":
    main()
