"""Consistent SQLite copies: the backup API, verified with quick_check, written atomically."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path


class BackupError(Exception):
    pass


def backup_sqlite(source: Path, target_dir: Path, reason: str) -> Path:
    """Copy ``source`` into ``target_dir`` as ``<stem>-<time>-<reason>.db`` and return the path."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = target_dir / f"{source.stem}-{stamp}-{reason}.db"
    tmp = final.with_suffix(".db.tmp")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise BackupError(f"backup of {source} failed quick_check: {ok}")
        finally:
            dst.close()
    finally:
        src.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return final
