"""The start-up check of a SQLite file (DESIGN.md §6): before anything migrates or writes,
the file must open, be a SQLite database and pass ``PRAGMA quick_check`` — unless FloorQC
closed it cleanly last time and nothing has touched it since (app.db.clean_close). A file that fails
is moved aside as ``<name>.corrupt-<YYYYmmdd-HHMMSS>`` (with its -wal/-shm, so nothing that
could still be rescued from it is lost) and the newest backup that passes quick_check is
offered. Also here: putting a backup back in place atomically."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path

from app.db import clean_close
from app.db.backup import BackupDamaged, BackupInfo
from app.db.backup import list_backups as backup_files
from app.db.db_errors import kind_of, translate_db_errors
from app.domain.errors import DatabaseDamaged
from app.paths import backup_dir_for

HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm")
_EMPTY = "the file is empty"


@dataclass(frozen=True)
class CheckResult:
    """``problem`` is None for a usable file (or none at all); otherwise the file was moved
    to ``kept`` and ``backup`` is the newest good backup, or None."""

    path: Path
    problem: str | None = None
    kept: Path | None = None
    backup: BackupInfo | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_database_file(path: Path) -> CheckResult:
    """Check ``path``; a damaged file is kept aside before this returns."""
    path = Path(path)
    if not path.exists():
        return CheckResult(path)
    with translate_db_errors(path, files=True):
        problem = problem_with(path, full=not clean_close.closed_cleanly(path))
    if problem is None:
        return CheckResult(path)
    backup = newest_good_backup(path)
    if problem == _EMPTY and backup is None:
        # SQLite treats an empty file as a new database; with nothing to restore, it is one.
        return CheckResult(path)
    return CheckResult(path, problem, keep_aside(path, "corrupt"), backup)


def ensure_usable(path: Path) -> None:
    """``check_database_file``, raising DatabaseDamaged when the file had to be kept aside."""
    result = check_database_file(path)
    clean_close.forget(path)  # opened from here on: only the next clean close vouches for it
    if not result.ok:
        backup = result.backup
        raise DatabaseDamaged(result.path, result.kept, backup and backup.path,
                              backup and backup.at, result.problem or "")


def unresolved_damage(path: Path) -> DatabaseDamaged | None:
    """A damaged file kept aside earlier and not dealt with since: a ``<name>.corrupt-<time>``
    copy is there while the database is missing, or is a blank one nobody has used (say the
    user quit the recovery dialog, or a command-line run met the damage and the next run
    created an empty file). The desktop app offers the backup again."""
    path = Path(path)
    kept = sorted(p for p in path.parent.glob(f"{glob_escape(path.name)}.corrupt-*")
                  if not p.name.endswith(SIDECARS))
    if not kept or (path.exists() and not _blank(path)):
        return None
    backup = newest_good_backup(path)
    return DatabaseDamaged(path, kept[-1], backup and backup.path, backup and backup.at,
                           "kept aside earlier")


def _blank(path: Path) -> bool:
    """True for a database nobody has used yet: no user account and no employee."""
    try:
        con = sqlite3.connect(path, timeout=5)
        try:
            return con.execute("SELECT (SELECT count(*) FROM app_user) + "
                               "(SELECT count(*) FROM employee)").fetchone()[0] == 0
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        return "no such table" in str(exc)
    except sqlite3.Error:
        return False


def problem_with(path: Path, *, full: bool = True) -> str | None:
    """None when ``path`` is a healthy SQLite database, else what is wrong with it; without
    ``full``, only that it is one and opens (its header and schema). Locked or unreadable
    files raise instead: they are not damaged and must not be moved aside."""
    with open(path, "rb") as fh:
        head = fh.read(len(HEADER))
    if not head:
        return _EMPTY
    if head != HEADER:
        return "not a SQLite database (bad header)"
    try:
        # Opened read-write, so a WAL left by a crash is replayed before the check.
        con = sqlite3.connect(path, timeout=5)
        try:
            check = "PRAGMA quick_check" if full else "SELECT 'ok' FROM sqlite_master LIMIT 1"
            rows = [r[0] for r in con.execute(check)] or ["ok"]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if kind_of(exc) == "corrupt":
            return str(exc)
        raise
    return None if rows == ["ok"] else "; ".join(rows[:5])


def passes_quick_check(path: Path) -> bool:
    """For a file nobody writes (a backup, a copy being restored). ``immutable=1`` reads it
    without locks and without leaving -wal/-shm files beside it."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(HEADER)) != HEADER:
                return False
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?immutable=1", uri=True)
        try:
            return [r[0] for r in con.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return False


def list_backups(path: Path) -> list[BackupInfo]:
    """Backups of the database ``path`` in its backup folder, newest first, as app.db.backup
    names them (so backups of ``venue-old.db`` are never offered for ``venue.db``)."""
    return backup_files(backup_dir_for(Path(path)), Path(path).stem)


def newest_good_backup(path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(path) if passes_quick_check(b.path)), None)


def keep_aside(path: Path, label: str) -> Path:
    """Rename ``path`` (and its -wal/-shm) to ``<name>.<label>-<time>``; returns the new path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    os.replace(path, target)
    clean_close.forget(path)
    for side in SIDECARS:
        old = path.with_name(path.name + side)
        if old.exists():
            os.replace(old, target.with_name(target.name + side))
    _fsync_dir(path.parent)
    return target


def restore_backup(backup: Path, target: Path) -> Path | None:
    """Put ``backup`` in place as ``target``: copied to a temporary file, checked, fsynced,
    then renamed over, so a crash leaves either the old state or the whole backup. A file
    already at ``target`` is kept aside first; returns where it went (None if there was none)."""
    backup, target = Path(backup), Path(target)
    tmp = target.with_name(f"{target.name}.restoring")
    with translate_db_errors(target, files=True):
        try:
            shutil.copyfile(backup, tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            if not passes_quick_check(tmp):
                raise BackupDamaged(backup, "quick_check failed")
            kept = keep_aside(target, "replaced") if target.exists() else None
            # A -wal without its database would be replayed into the restored copy.
            for side in SIDECARS:
                target.with_name(target.name + side).unlink(missing_ok=True)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        finally:
            tmp.unlink(missing_ok=True)
    return kept


def _fsync_dir(folder: Path) -> None:
    # The rename itself must reach the disk; Windows cannot open a folder, and needs not.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
