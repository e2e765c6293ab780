"""The start-up recovery dialog for a damaged database (docs/screenshots/recovery_dialog.png),
with made-up paths: nothing is damaged or restored."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, "scripts")
from screens_common import application, grab  # noqa: E402

from app.domain.errors import DatabaseDamaged  # noqa: E402
from app.ui.recovery_dialog import RecoveryDialog  # noqa: E402

app, translate = application()
home = Path("/home/server/.local/share/FloorQC")
damaged = DatabaseDamaged(home / "floorqc.db", home / "floorqc.db.corrupt-20261124-083015",
                          home / "backups/floorqc-20261124-080000-000000-scheduled.db",
                          dt.datetime(2026, 11, 24, 8, 0), "database disk image is malformed")
dialog = RecoveryDialog(damaged, translate, lambda b, d: None)
dialog.show()
app.processEvents()
grab(dialog, Path("docs/screenshots/recovery_dialog.png"))
