"""Render the checklist template editor to a PNG in Chinese: a fresh database with the
default checklist library, the 包房服务 (private-room service) template selected.

    QT_QPA_PLATFORM=offscreen python scripts/render_checklist_screens.py [OUT_DIR]
                                                           (default docs/screenshots)
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from screens_common import SIZE, application, out_dir_arg, snap, temp_database, ui_context

from app.domain.permissions import Role
from app.services.base import Actor
from app.services.bootstrap import Services
from app.services.checklists import ensure_default_library

TEMPLATE = "包房服务"


def render(out_dir: Path) -> list[Path]:
    from app.ui.checklists import ChecklistsTab

    _app, translate = application()
    out_dir.mkdir(parents=True, exist_ok=True)
    shot = out_dir / "checklist_editor.png"
    with temp_database(demo=False) as database:
        with database.write() as s:  # a no-op once open_database seeds the library itself
            ensure_default_library(s, dt.datetime.now().replace(microsecond=0))
        manager = Services.bind(database, Actor("manager", Role.MANAGER))
        tab = ChecklistsTab(ui_context(manager, translate))

        def select(tab: ChecklistsTab) -> None:
            if not tab.select_template(TEMPLATE):
                print(f"no template named {TEMPLATE}", file=sys.stderr)
            tab.editor.table.selectRow(0)
            tab.editor.table.setFocus()

        snap(tab, shot, SIZE, select)
    return [shot]


if __name__ == "__main__":
    for path in render(out_dir_arg()):
        print(path)
