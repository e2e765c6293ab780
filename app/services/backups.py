"""Backups from the app and the schedule: list, verify, back up now, restore (DESIGN.md §6).

SQLite files only; a PostgreSQL server is backed up with its own tools (pg_dump). Backups
are written by app.db.backup, which also rotates them after every new one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from app.db.backup import (
    BackupInfo,
    backup_sqlite,
    change_token,
    list_backups,
    quick_check,
    restore_sqlite,
)
from app.db.engine import Database
from app.domain.errors import QT_TRANSLATE_NOOP, FloorQCError, NotFound
from app.domain.permissions import Permission
from app.paths import backup_dir_for
from app.services.base import Service

# Why a backup was made, as the list shows it (context "backups").
REASON_LABELS = {
    "manual": QT_TRANSLATE_NOOP("backups", "Made by hand"),
    "scheduled": QT_TRANSLATE_NOOP("backups", "Every 30 minutes"),
    "close": QT_TRANSLATE_NOOP("backups", "On closing FloorQC"),
    "pre-migrate": QT_TRANSLATE_NOOP("backups", "Before an upgrade"),
    "pre-import": QT_TRANSLATE_NOOP("backups", "Before an import"),
    "pre-restore": QT_TRANSLATE_NOOP("backups", "Before a restore"),
}


class ServerDatabase(FloorQCError):
    """Backups of a PostgreSQL database are made on the server, not by FloorQC."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This database is on a PostgreSQL server: back it up with pg_dump and "
                      "restore it with pg_restore (see \"Several laptops\" in the README)."))


@dataclass(frozen=True)
class BackupDTO:
    path: Path
    at: dt.datetime
    reason: str
    size: int
    verified: bool | None = None  # None until someone asks (quick_check reads every page)
    problem: str = ""  # what quick_check found when verified is False

    @property
    def reason_label(self) -> str:
        """An English label, to translate in context "backups" (unknown reasons as is)."""
        return REASON_LABELS.get(self.reason, self.reason)

    @classmethod
    def of(cls, info: BackupInfo) -> BackupDTO:
        return cls(info.path, info.at, info.reason, info.size)


@dataclass(frozen=True)
class RestoreDTO:
    restored: Path  # the database file, now holding the backup's data
    source: Path  # the backup it came from
    kept: Path | None  # the previous file's pre-restore backup (or the file kept aside)


class BackupService(Service):
    def folder(self) -> Path | None:
        """Where this database's backups are written; None on PostgreSQL."""
        self._require(Permission.EDIT_SETTINGS)
        path = self.db.sqlite_file
        return backup_dir_for(path) if path is not None else None

    def list(self) -> list[BackupDTO]:
        """Newest first; nothing is opened (``verify`` checks one on demand)."""
        self._require(Permission.EDIT_SETTINGS)
        path = self.db.sqlite_file
        if path is None:
            return []
        return [BackupDTO.of(b) for b in list_backups(backup_dir_for(path), path.stem)]

    def verify(self, backup_path: str | Path) -> BackupDTO:
        """The backup with ``verified`` set by quick_check."""
        self._require(Permission.EDIT_SETTINGS)
        dto = self._find(Path(backup_path))
        problem = quick_check(dto.path)
        return replace(dto, verified=problem == "ok", problem="" if problem == "ok" else problem)

    def backup_now(self, reason: str = "manual") -> BackupDTO:
        self._require(Permission.EDIT_SETTINGS)
        source = self._file()
        written = backup_sqlite(source, backup_dir_for(source), reason)
        return replace(self._find(written), verified=True)  # backup_sqlite checked it

    def restore(self, backup_path: str | Path) -> RestoreDTO:
        """Put a backup in place of the database (the current file is backed up first).

        The engine is disposed first, and restore_sqlite refuses (DatabaseInUse) while any
        connection still has the file open. Afterwards every holder of this Database must
        stop using it and reopen the file through open_database, which migrates an older
        backup to the current schema (backing it up first)."""
        self._require(Permission.EDIT_SETTINGS)
        target = self._file()
        source = Path(backup_path)
        self.db.dispose()
        result = restore_sqlite(source, target, backup_dir_for(target))
        return RestoreDTO(result.target, source, result.kept)

    def _file(self) -> Path:
        path = self.db.sqlite_file
        if path is None:
            raise ServerDatabase()
        return path

    def _find(self, backup_path: Path) -> BackupDTO:
        for dto in self.list():
            if dto.path.resolve() == backup_path.resolve():
                return dto
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."),
                       path=str(backup_path))


# -- for the schedule and the importers (no permission: every role's work is protected) ------
def change_marker(db: Database) -> tuple | None:
    """What ``backup_if_changed`` compares; None on PostgreSQL or when the file is missing."""
    path = db.sqlite_file
    return change_token(path) if path is not None else None


def backup_if_changed(db: Database, since: tuple | None,
                      reason: str = "scheduled") -> tuple[tuple | None, Path | None]:
    """Back up when the file changed since the marker ``since`` (None: always); returns the
    new marker and the backup written, if any.

    The marker is a file fingerprint (app.db.backup.change_token), not the audit log's last
    id, because some writes (roster cells, patrol drafts) add no audit row, and not PRAGMA
    data_version, which is per connection and blind to the pool's own writes. It is read
    before the copy starts, so a write made during the copy shows up as a change next time."""
    path = db.sqlite_file
    if path is None or not path.exists():
        return since, None
    marker = change_token(path)
    if since is not None and marker == since:
        return marker, None
    return marker, backup_sqlite(path, backup_dir_for(path), reason)


def backup_before_import(db: Database) -> Path | None:
    """The recovery point every import takes before it writes (DESIGN.md §6)."""
    path = db.sqlite_file
    if path is None or not path.exists():
        return None
    return backup_sqlite(path, backup_dir_for(path), "pre-import")
