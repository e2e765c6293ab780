"""Backups (DESIGN.md §6): rotation on hand-computed sets, restore that keeps the current file,
refusals that change nothing, and the schedule's change detection."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import time
import types
from pathlib import Path

import pytest

from app.db.backup import (
    STAMP,
    BackupDamaged,
    BackupInfo,
    BackupMissing,
    DatabaseInUse,
    NotFloorQCDatabase,
    RotationPolicy,
    backup_sqlite,
    list_backups,
    restore_sqlite,
    rotate_backups,
    survivors,
)
from app.db.migrate import DatabaseTooNew
from app.domain.errors import PermissionDenied
from app.domain.permissions import Role
from app.paths import backup_dir_for
from app.services.backups import (
    BackupService,
    ServerDatabase,
    backup_if_changed,
    change_marker,
)
from app.services.base import SYSTEM

NOW = dt.datetime(2026, 11, 23, 20, 0)  # a Monday, ISO week 48


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def info(at: str, reason: str = "scheduled") -> BackupInfo:
    when = t(at)
    return BackupInfo(Path(f"/b/floorqc-{when.strftime(STAMP)}-{reason}.db"), when, reason, 1)


def names(paths) -> list[str]:
    return sorted(p.name[len("floorqc-"):len("floorqc-") + 13] for p in paths)


def departments(services) -> set[str]:
    return {d.name for d in services.org.departments()}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- rotation ------------------------------------------------------------------------------
def test_rotation_keeps_the_newest_of_each_day_week_and_month_and_recent_recovery_points():
    backups = {
        "a": info("2026-11-23 10:00"), "b": info("2026-11-23 09:00"),
        "c": info("2026-11-22 18:00"), "d": info("2026-11-21 18:00"),
        "e": info("2026-11-20 18:00"), "f": info("2026-11-15 18:00"),
        "g": info("2026-10-31 18:00"), "h": info("2026-10-05 18:00"),
        "i": info("2026-09-30 18:00"),
        "j": info("2026-11-10 09:00", "pre-import"),  # 13 days old: protected
        "k": info("2026-10-01 09:00", "pre-migrate"),  # 53 days old: rotated like any other
        "m": info("2026-10-25 09:00", "pre-restore"),  # 29 days old: protected
        "n": info("2026-11-18 09:00", "manual"),  # made by hand 5 days ago: protected
        "o": info("2026-10-20 09:00", "manual"),  # 34 days ago: rotated
    }
    policy = RotationPolicy(recent=2, daily=3, weekly=2, monthly=2)
    kept = survivors(list(backups.values()), NOW, policy)
    # newest two: a, b · days: 11-23 a, 11-22 c, 11-21 d · weeks: W48 a, W47 c
    # months: Nov a, Oct g · recovery points younger than 30 days: j, m, n
    assert {k for k, b in backups.items() if b.path in kept} == {"a", "b", "c", "d", "g", "j",
                                                                  "m", "n"}


def test_default_rotation_over_a_year_of_daily_backups():
    day, backups = dt.date(2026, 1, 1), []
    while day <= NOW.date():
        backups.append(info(f"{day} 18:00"))
        day += dt.timedelta(days=1)
    kept = sorted(str(b.at.date()) for b in backups if b.path in survivors(backups, NOW))
    daily = [f"2026-11-{d}" for d in range(12, 24)]  # the last 12 days
    weekly = ["2026-11-08", "2026-11-01", "2026-10-25", "2026-10-18", "2026-10-11",
              "2026-10-04", "2026-09-27"]  # the Sundays of W45..W39 (W48..W46 are daily)
    monthly = ["2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31", "2026-06-30",
               "2026-05-31", "2026-04-30", "2026-03-31"]  # Nov is today's
    assert kept == sorted(daily + weekly + monthly)


def _real_backup(folder: Path, at: str, reason: str = "scheduled") -> Path:
    path = folder / f"floorqc-{t(at).strftime(STAMP)}-{reason}.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE x (v)")
    con.execute("INSERT INTO x VALUES (?)", (at,))
    con.commit()
    con.close()
    return path


def test_rotation_never_deletes_the_newest_backup_that_verifies(tmp_path):
    old = _real_backup(tmp_path, "2026-11-23 08:00")
    good = _real_backup(tmp_path, "2026-11-23 09:00")
    bad = _real_backup(tmp_path, "2026-11-23 10:00")
    bad.write_bytes(b"not a database at all" * 100)
    deleted = rotate_backups(tmp_path, "floorqc", now=NOW,
                             policy=RotationPolicy(recent=0, daily=1, weekly=1, monthly=1))
    assert deleted == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([good.name, bad.name])


def test_backup_sqlite_rotates_and_leaves_no_temporary_files(tmp_path, db_path, db):
    folder = backup_dir_for(db_path)
    stale = folder / "floorqc-20260101-000000-000000-manual.db.tmp"
    folder.mkdir(exist_ok=True)
    stale.write_bytes(b"left by a killed backup")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    running = folder / "floorqc-20260101-000000-000001-manual.db.tmp"
    running.write_bytes(b"a backup still being written")
    for day in range(1, 16):
        backup_sqlite(db_path, folder, "scheduled", now=dt.datetime(2026, 11, day, 12))
    left = list_backups(folder, "floorqc")
    # 12 daily (11-04..11-15; the 10 newest are among them), and the weeks' newest:
    # W44 11-01, W45 11-08 and W46 11-15 (daily already)
    assert [b.at.day for b in left] == [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 1]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [b.path.name for b in left] + [running.name])


# -- restore -------------------------------------------------------------------------------
def test_restore_keeps_the_current_file_and_brings_back_the_backups_data(services, db_path):
    services.org.save_department("前厅")
    saved = services.backups.backup_now()
    assert saved.verified and saved.reason == "manual" and saved.size > 0
    services.org.save_department("后厨")  # made after the backup

    done = services.backups.restore(saved.path)

    assert done.restored == db_path and done.source == saved.path
    assert departments(services) == {"前厅"}  # the engine reconnects to the restored file
    assert done.kept is not None and done.kept.name.endswith("-pre-restore.db")
    con = sqlite3.connect(done.kept)
    assert ("后厨",) in con.execute("SELECT name FROM department").fetchall()
    con.close()
    assert [b.reason for b in services.backups.list()] == ["pre-restore", "manual"]


def test_a_corrupt_backup_is_refused_and_nothing_changes(services, db_path):
    services.org.save_department("前厅")
    saved = services.backups.backup_now()
    services.org.save_department("后厨")
    data = bytearray(saved.path.read_bytes())
    data[4096 * 2:4096 * 6] = b"\xff" * (4096 * 4)  # pages 3..6 overwritten
    saved.path.write_bytes(bytes(data))
    services.db.dispose()
    before = digest(db_path)

    with pytest.raises(BackupDamaged, match="is damaged or not a database"):
        services.backups.restore(saved.path)

    assert digest(db_path) == before
    assert departments(services) == {"前厅", "后厨"}
    assert [b.reason for b in services.backups.list()] == ["manual"]  # no pre-restore copy
    assert not list(db_path.parent.glob("*restore-tmp*"))
    assert services.backups.verify(saved.path).verified is False


def test_restore_refuses_files_that_are_not_floorqc_backups(services, tmp_path, db_path):
    services.db.dispose()
    before = digest(db_path)
    with pytest.raises(BackupMissing):
        services.backups.restore(tmp_path / "nowhere.db")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (t)")
    con.commit()
    with pytest.raises(NotFloorQCDatabase, match="not a FloorQC database"):
        services.backups.restore(other)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('ffffffffffff')")
    con.commit()
    con.close()
    with pytest.raises(DatabaseTooNew, match="newer FloorQC"):
        services.backups.restore(other)
    assert digest(db_path) == before


def test_restore_refuses_while_another_connection_has_the_file_open(services, db_path):
    saved = services.backups.backup_now()
    services.org.save_department("后厨")
    other = sqlite3.connect(db_path)  # another program (or a window left open)
    other.execute("SELECT count(*) FROM department").fetchone()
    try:
        with pytest.raises(DatabaseInUse, match="Close it everywhere"):
            services.backups.restore(saved.path)
    finally:
        other.close()
    assert "后厨" in departments(services)
    services.backups.restore(saved.path)  # once it is closed, the restore goes through
    assert "后厨" not in departments(services)


def test_an_unreadable_current_file_is_kept_aside_not_backed_up(services, db_path, tmp_path):
    saved = services.backups.backup_now()
    services.db.dispose()
    db_path.write_bytes(b"garbage" * 1000)
    result = restore_sqlite(saved.path, db_path, backup_dir_for(db_path))
    assert result.kept is not None and result.kept.name.startswith("floorqc.db.corrupt-")
    assert result.kept.read_bytes() == b"garbage" * 1000
    assert not db_path.with_name("floorqc.db-wal").exists()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA quick_check").fetchone() == ("ok",)
    con.close()


# -- service rules -------------------------------------------------------------------------
def test_only_those_who_change_settings_see_and_make_backups(services_as):
    with pytest.raises(PermissionDenied):
        services_as(Role.SUPERVISOR).backups.list()
    with pytest.raises(PermissionDenied):
        services_as(Role.SUPERVISOR).backups.backup_now()
    assert services_as(Role.MANAGER).backups.backup_now().reason == "manual"


def test_on_postgresql_backups_are_left_to_pg_dump():
    server = BackupService(types.SimpleNamespace(sqlite_file=None), SYSTEM)
    assert server.list() == [] and server.folder() is None
    with pytest.raises(ServerDatabase, match="pg_dump"):
        server.backup_now()
    with pytest.raises(ServerDatabase, match="pg_restore"):
        server.restore("/somewhere/floorqc.db")


# -- the schedule's change detection --------------------------------------------------------
def test_backup_if_changed_writes_only_when_something_changed(services, db, db_path):
    folder = backup_dir_for(db_path)

    def count() -> int:
        return len(list_backups(folder, "floorqc"))

    marker, first = backup_if_changed(db, None)  # no marker yet: always
    assert first is not None and count() == 1
    marker, again = backup_if_changed(db, marker)
    assert again is None and count() == 1
    departments(services)  # reading changes nothing
    marker, again = backup_if_changed(db, marker)
    assert again is None and count() == 1

    services.org.save_department("前厅")
    marker, second = backup_if_changed(db, marker)
    assert second is not None and second.name.endswith("-scheduled.db") and count() == 2
    assert backup_if_changed(db, marker) == (marker, None)
    assert change_marker(db) == marker


def test_every_write_moves_the_marker_even_in_the_same_instant(services, db):
    # Size and header, not mtime alone: two quick writes are never mistaken for none.
    markers = [change_marker(db)]
    for name in ("甲", "乙", "丙"):
        services.org.save_department(name)
        markers.append(change_marker(db))
    assert len(set(markers)) == 4
