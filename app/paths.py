"""Where FloorQC keeps its data and finds its bundled resources (frozen-aware)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "FloorQC"
APP_AUTHOR = "FloorQC"


def resources_dir() -> Path:
    # PyInstaller unpacks data next to the executable under sys._MEIPASS.
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def migrations_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "migrations"
    return Path(__file__).resolve().parent.parent / "migrations"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    # FLOORQC_DATA_DIR lets tests and portable installs keep everything in one folder.
    override = os.environ.get("FLOORQC_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "floorqc.db"


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"
