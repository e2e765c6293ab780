"""Render the checklist template editor to a PNG in Chinese: a fresh database with the
default checklist library, the 包房服务 (private-room service) template selected.

    QT_QPA_PLATFORM=offscreen python scripts/render_checklist_screens.py [OUT_DIR]
                                                           (default docs/screenshots)
"""

from __future__ import annotations

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
from app.services.base import Actor  # noqa: E402
from app.services.bootstrap import Services, open_database  # noqa: E402
from app.services.checklists import ensure_default_library  # noqa: E402

SIZE = (1280, 800)
TEMPLATE = "包房服务"


def render(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import install_font, install_language, make_application
    from app.ui.checklists import ChecklistsTab
    from app.ui.context import UiContext
    from app.ui.tasks import AppSignals, TaskRunner

    app = make_application([])
    install_font(app)
    translate = install_language(app, "zh_CN")
    out_dir.mkdir(parents=True, exist_ok=True)
    shot = out_dir / "checklist_editor.png"
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "floorqc.db", backup=False)
        with database.write() as s:  # a no-op once open_database seeds the library itself
            ensure_default_library(s, dt.datetime.now().replace(microsecond=0))
        manager = Services.bind(database, Actor("manager", Role.MANAGER))
        signals = AppSignals()
        runner = TaskRunner(signals, lambda err: print(f"error: {err}", file=sys.stderr),
                            synchronous=True)
        tab = ChecklistsTab(UiContext(manager, runner, signals, translate))
        tab.resize(*SIZE)
        tab.show()
        QApplication.processEvents()
        if not tab.select_template(TEMPLATE):
            print(f"no template named {TEMPLATE}", file=sys.stderr)
        tab.editor.table.selectRow(0)
        tab.editor.table.setFocus()
        QApplication.processEvents()
        tab.grab().save(str(shot))
        tab.close()
        tab.deleteLater()
        QApplication.processEvents()
        database.dispose()
    return [shot]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    for path in render(target):
        print(path)
