"""Consistent SQLite copies: the backup API, verified with quick_check, written atomically
(temporary file, fsync, rename), rotated, listed, and restored over the live file.

Backups of ``<dir>/<stem>.db`` live in ``backup_dir_for`` as ``<stem>-<time>-<reason>.db``;
the time in the name (not the file's mtime, which a copy changes) is the backup's time."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import QT_TRANSLATE_NOOP, FloorQCError

STAMP = "%Y%m%d-%H%M%S-%f"
_STAMP_RE = r"\d{8}-\d{6}-\d{6}"
_REASON_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Recovery points: taken right before something that may need undoing, or by hand.
PROTECTED_REASONS = frozenset({"pre-migrate", "pre-import", "pre-restore", "manual"})
_SIDE_FILES = ("-wal", "-shm", "-journal")
_STALE_TMP = dt.timedelta(hours=1)
_PROBE_TIMEOUT_S = 2.0


class BackupError(FloorQCError):
    """A backup could not be written or read; the message says which file and why."""


class BackupMissing(BackupError):
    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."),
                         path=str(path))


class BackupDamaged(BackupError):
    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "{path} is damaged or not a database ({problem}). Choose another backup; "
                      "nothing was changed."), path=str(path), problem=problem)


class DatabaseFailsCheck(BackupError):
    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "{path} fails its integrity check ({problem}), so no backup was made of "
                      "it. Restore the newest good backup."), path=str(path), problem=problem)


class NotFloorQCDatabase(BackupError):
    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "{path} is not a FloorQC database (it has no schema version). Choose a "
                      "FloorQC backup; nothing was changed."), path=str(path))


class DatabaseInUse(BackupError):
    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "{path} is open in FloorQC or another program. Close it everywhere and "
                      "try again; nothing was changed."), path=str(path))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: dt.datetime
    reason: str
    size: int


@dataclass(frozen=True)
class RotationPolicy:
    """The newest backup of each of the most recent ``daily`` days, ``weekly`` ISO weeks and
    ``monthly`` months that have backups is kept (a backup may count for all three), and the
    ``recent`` newest of all, so today keeps more than one point to go back to (the daily
    rule alone would let each half-hourly backup replace the one before)."""

    recent: int = 10
    daily: int = 12
    weekly: int = 10
    monthly: int = 9
    protect: dt.timedelta = dt.timedelta(days=30)


DEFAULT_POLICY = RotationPolicy()


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    kept: Path | None  # the pre-restore backup, or the unreadable file kept aside
    revision: str


# -- writing -------------------------------------------------------------------------------
def backup_sqlite(source: Path, target_dir: Path, reason: str, *, now: dt.datetime | None = None,
                  rotate: bool = True) -> Path:
    """Copy ``source`` into ``target_dir`` as ``<stem>-<time>-<reason>.db``, then rotate the
    folder's backups of that database; returns the new file."""
    if not _REASON_RE.fullmatch(reason):
        raise ValueError(f"bad backup reason {reason!r}")
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    final = target_dir / f"{source.stem}-{stamp}-{reason}.db"
    tmp = final.with_suffix(".db.tmp")
    _copy_verified(source, tmp, DatabaseFailsCheck)
    os.replace(tmp, final)
    _fsync_dir(target_dir)
    if rotate:
        rotate_backups(target_dir, source.stem, now=now, verified=final)
    return final


def _copy_verified(source: Path, tmp: Path, damaged: type[BackupError]) -> None:
    """A consistent copy through the backup API (it reads committed WAL content too), checked
    with quick_check and fsynced; the temporary file is removed on any failure, and a copy
    that fails its check raises ``damaged(source, problem)``."""
    try:
        src = sqlite3.connect(_ro_uri(source), uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                ok = dst.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    raise damaged(source, ok)
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
    except sqlite3.DatabaseError as exc:
        _remove(tmp)
        raise damaged(source, str(exc)) from exc
    except BaseException:
        _remove(tmp)
        raise


def _ro_uri(path: Path) -> str:
    # as_uri percent-encodes, so names with '?', '#' or '%' cannot be misread as parameters.
    return path.resolve().as_uri() + "?mode=ro"


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable; directories cannot be opened this way on Windows."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


# -- listing and checking ------------------------------------------------------------------
def list_backups(target_dir: Path, stem: str) -> list[BackupInfo]:
    """The backups of database ``stem`` in ``target_dir``, newest first (nothing is opened)."""
    pattern = re.compile(rf"{re.escape(stem)}-({_STAMP_RE})-({_REASON_RE.pattern})\.db")
    found = []
    try:
        entries = list(target_dir.iterdir())
    except OSError:
        return []
    for path in entries:
        match = pattern.fullmatch(path.name)
        if not match:
            continue
        try:
            at = dt.datetime.strptime(match.group(1), STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, at, match.group(2), size))
    return sorted(found, key=lambda b: (b.at, b.path.name), reverse=True)


def quick_check(path: Path) -> str:
    """"ok", or what is wrong with the file (also when it is not a database at all)."""
    if not path.is_file():
        return "missing"
    try:
        con = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "ok" if rows == ["ok"] else "; ".join(rows[:3])


def verify_backup(path: Path) -> bool:
    return quick_check(path) == "ok"


def check_backup(path: Path) -> str:
    """The backup's schema revision, if it may be restored by this version of FloorQC;
    otherwise BackupMissing, BackupDamaged, NotFloorQCDatabase or DatabaseTooNew."""
    if not path.is_file():
        raise BackupMissing(path)
    problem = quick_check(path)
    if problem != "ok":
        raise BackupDamaged(path, problem)
    try:
        con = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        row = None
    if not row or not row[0]:
        raise NotFloorQCDatabase(path)
    _refuse_unknown_revision(row[0])
    return row[0]


def _refuse_unknown_revision(revision: str) -> None:
    # Imported here: app.db.migrate imports this module for its pre-migration backup.
    from alembic.script import ScriptDirectory

    from app.db.migrate import DatabaseTooNew, alembic_config

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception as exc:  # alembic raises a family of errors for unknown ids
        raise DatabaseTooNew(revision) from exc


# -- rotation ------------------------------------------------------------------------------
def survivors(backups: list[BackupInfo], now: dt.datetime,
              policy: RotationPolicy = DEFAULT_POLICY) -> set[Path]:
    """Which backups the rotation keeps (pure: no file is touched or opened)."""
    ordered = sorted(backups, key=lambda b: (b.at, b.path.name), reverse=True)
    periods = (
        (lambda t: t.date(), policy.daily),
        (lambda t: t.isocalendar()[:2], policy.weekly),
        (lambda t: (t.year, t.month), policy.monthly),
    )
    keep = {b.path for b in ordered[:policy.recent]}
    for period_of, count in periods:
        seen: list[object] = []
        for b in ordered:  # newest first, so the first of each period is its newest
            period = period_of(b.at)
            if seen and seen[-1] == period:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(b.path)
    keep.update(b.path for b in ordered
                if b.reason in PROTECTED_REASONS and now - b.at < policy.protect)
    return keep


def rotate_backups(target_dir: Path, stem: str, *, now: dt.datetime | None = None,
                   policy: RotationPolicy = DEFAULT_POLICY,
                   verified: Path | None = None) -> list[Path]:
    """Delete the backups the policy does not keep; returns them. The newest backup that
    passes quick_check is never deleted (``verified``: one already known to pass)."""
    now = now or dt.datetime.now()
    backups = list_backups(target_dir, stem)
    keep = survivors(backups, now, policy)
    for b in backups:  # newest first; usually only the newest is checked
        if b.path == verified or verify_backup(b.path):
            keep.add(b.path)
            break
    deleted = []
    for b in backups:
        if b.path not in keep:
            _remove(b.path)
            if not b.path.exists():
                deleted.append(b.path)
    _remove_stale_tmp(target_dir, stem)
    return deleted


def _remove_stale_tmp(target_dir: Path, stem: str) -> None:
    """Temporary files left by a backup that was killed midway (never one still running;
    their age is by the wall clock, whatever time the caller stamps backups with)."""
    for tmp in target_dir.glob(f"{_glob_escape(stem)}-*.db.tmp"):
        try:
            age = time.time() - tmp.stat().st_mtime
        except OSError:
            continue
        if age > _STALE_TMP.total_seconds():
            _remove(tmp)


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


# -- restoring -----------------------------------------------------------------------------
def restore_sqlite(backup: Path, target: Path, backup_dir: Path, *,
                   now: dt.datetime | None = None) -> RestoreResult:
    """Put ``backup`` in place of ``target``. Nothing changes unless the backup passes
    quick_check, is a FloorQC database and is not newer than this code, and no connection
    has ``target`` open. The current file is backed up first (reason "pre-restore"), or kept
    aside as ``<name>.corrupt-<time>`` when it cannot be read."""
    revision = check_backup(backup)
    now = now or dt.datetime.now()
    readable = target.exists() and _exclusive_probe(target)  # DatabaseInUse stops us here
    tmp = target.with_name(target.name + ".restore-tmp")
    _remove(tmp)
    # The copy is made and checked before the current file is touched: a full disk or a
    # failed check leaves everything as it was.
    _copy_verified(backup, tmp, BackupDamaged)
    try:
        kept = None
        if readable:
            try:
                kept = backup_sqlite(target, backup_dir, "pre-restore", now=now)
            except DatabaseFailsCheck:
                readable = False
        if target.exists() and not readable:
            kept = _keep_aside(target, now)
        # Stale -wal/-shm would be replayed onto the restored file, so they go before the
        # rename. The probe's clean close already checkpointed and removed them, or they
        # went aside with an unreadable file: nothing committed is lost here.
        for suffix in _SIDE_FILES:
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, target)
    except BaseException:
        _remove(tmp)
        raise
    _fsync_dir(target.parent)
    return RestoreResult(target, kept, revision)


def _exclusive_probe(target: Path) -> bool:
    """True once we alone hold ``target`` (then its WAL is checkpointed and removed); False
    when it is not a readable database; DatabaseInUse when another connection has it open.

    In WAL mode every open connection, idle pooled ones included and those of other
    processes, holds a shared lock on the -shm file, so an EXCLUSIVE lock is granted only
    when nobody else has the file open."""
    try:
        con = sqlite3.connect(target, timeout=_PROBE_TIMEOUT_S, isolation_level=None)
    except sqlite3.DatabaseError:
        return False
    try:
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("COMMIT")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise DatabaseInUse(target) from exc
        return False
    finally:
        con.close()
    return True


def _keep_aside(target: Path, now: dt.datetime) -> Path:
    """Move an unreadable database (and its -wal) aside untouched, for someone to inspect."""
    aside = target.with_name(f"{target.name}.corrupt-{now.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal"):
        source = target.with_name(target.name + suffix)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + suffix))
    target.with_name(target.name + "-shm").unlink(missing_ok=True)
    _fsync_dir(target.parent)
    return aside


# -- change detection ----------------------------------------------------------------------
def change_token(path: Path) -> tuple | None:
    """A fingerprint that differs whenever a transaction was committed to ``path``.

    The SQLite change counter (header bytes 24-27) moves on every commit in rollback-journal
    mode; in WAL mode each commit appends frames to the -wal (its size grows) until a
    checkpoint resets it, which rewrites the WAL header's salts and moves the main file's
    mtime. Sizes and headers do not depend on clock resolution. A checkpoint alone can change
    the token without new data: that costs one extra backup, never a missed one."""
    try:
        main = path.stat()
        with open(path, "rb") as fh:
            header = fh.read(100)[24:28]
    except OSError:
        return None
    wal = path.with_name(path.name + "-wal")
    try:
        wal_stat = wal.stat()
        with open(wal, "rb") as fh:
            wal_header = fh.read(32)
        wal_part = (wal_stat.st_size, wal_stat.st_mtime_ns, wal_header)
    except OSError:
        wal_part = None
    return (main.st_size, main.st_mtime_ns, header, wal_part)
