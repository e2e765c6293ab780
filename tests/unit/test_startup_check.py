"""Start-up checks (issue 8, part 2): a database file damaged three ways — its header
overwritten, pages in the middle scribbled over, the file truncated — is detected when the
app opens it, kept aside unchanged as ``<name>.corrupt-<time>``, and the newest backup that
passes quick_check is offered; restoring that backup gives a database that opens with its
data."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from app.db.backup import BackupDamaged, backup_sqlite
from app.db.models import Employee
from app.db.startup_check import (
    check_database_file,
    list_backups,
    restore_backup,
    unresolved_damage,
)
from app.domain.errors import DatabaseDamaged
from app.paths import backup_dir_for
from app.services.bootstrap import open_database, pending_damage, restore_damaged

ROWS = 4000
PAGE = 4096


def _employees(path: Path) -> int:
    database = open_database(path)
    try:
        with database.read() as s:
            return s.scalar(select(func.count()).select_from(Employee))
    finally:
        database.dispose()


def _add(path: Path, first: int, count: int) -> None:
    database = open_database(path)
    with database.write() as s:
        s.execute(insert(Employee), [{"code": f"E{i:05d}", "name": f"员工{i:05d}",
                                      "phone": f"138{i:08d}"} for i in range(first, first + count)])
    database.dispose()


@pytest.fixture
def venue(tmp_path) -> Path:
    """A real, migrated database with a few thousand rows, VACUUMed so that every page is
    in use: scribbling anywhere in the middle hits a b-tree page quick_check reads."""
    path = tmp_path / "venue.db"
    _add(path, 0, ROWS)
    con = sqlite3.connect(path)
    con.execute("VACUUM")
    con.close()
    return path


@pytest.fixture
def backups(venue) -> tuple[Path, Path]:
    """(older, newer): the newer one has one more employee than the older."""
    older = backup_sqlite(venue, backup_dir_for(venue), "daily")
    _add(venue, ROWS, 1)
    newer = backup_sqlite(venue, backup_dir_for(venue), "daily")
    return older, newer


def overwrite_header(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.write(b"\x00" * 100)


def scribble_middle(path: Path) -> None:
    pages = path.stat().st_size // PAGE
    assert pages > 40, "the database is too small for a meaningful middle"
    with open(path, "r+b") as fh:
        fh.seek(pages // 2 * PAGE)
        fh.write(b"\xde\xad\xbe\xef" * (8 * PAGE // 4))


def truncate(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


DAMAGE = {"header": overwrite_header, "middle pages": scribble_middle, "truncation": truncate}


@pytest.mark.parametrize("how", DAMAGE)
def test_start_up_detects_the_damage_keeps_the_file_and_offers_the_newest_backup(
        venue, backups, how):
    older, newer = backups
    DAMAGE[how](venue)
    damaged_bytes = venue.read_bytes()

    with pytest.raises(DatabaseDamaged) as caught:
        open_database(venue)

    damaged = caught.value
    assert not venue.exists()
    assert damaged.path == venue
    assert re.fullmatch(r"venue\.db\.corrupt-\d{8}-\d{6}", damaged.kept.name)
    assert damaged.kept.parent == venue.parent
    assert damaged.kept.read_bytes() == damaged_bytes  # kept exactly as it was found
    assert damaged.backup == newer
    assert damaged.backup_taken == list_backups(venue)[0].at
    message = damaged.render()
    assert str(damaged.kept) in message and damaged.backup_taken.strftime("%Y-%m-%d") in message

    restore_damaged(damaged.backup, venue)
    assert _employees(venue) == ROWS + 1


def test_a_damaged_newest_backup_is_passed_over_for_the_older_good_one(venue, backups):
    older, newer = backups
    scribble_middle(newer)
    truncate(venue)

    result = check_database_file(venue)

    assert not result.ok and result.kept.exists() and not venue.exists()
    assert result.backup.path == older
    restore_backup(result.backup.path, venue)
    assert _employees(venue) == ROWS


def test_without_a_good_backup_nothing_is_offered_and_the_next_start_is_empty(venue):
    overwrite_header(venue)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(venue)
    assert caught.value.backup is None
    assert "no good backup" in caught.value.render()
    assert _employees(venue) == 0  # a fresh database where the damaged one was


def test_the_wal_and_shm_files_go_aside_with_the_database(venue):
    wal, shm = venue.with_name("venue.db-wal"), venue.with_name("venue.db-shm")
    wal.write_bytes(b"wal frames")
    shm.write_bytes(b"index")
    overwrite_header(venue)

    kept = check_database_file(venue).kept

    assert not wal.exists() and not shm.exists()
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal frames"
    assert kept.with_name(kept.name + "-shm").read_bytes() == b"index"


def test_a_healthy_file_a_new_file_and_an_empty_file_without_backups_are_left_alone(
        venue, tmp_path):
    assert check_database_file(venue).ok and venue.exists()
    assert check_database_file(tmp_path / "absent.db").ok
    empty = tmp_path / "empty.db"
    empty.touch()
    assert check_database_file(empty).ok and empty.exists()  # SQLite's own "new database"


def test_an_emptied_file_with_backups_counts_as_damaged(venue, backups):
    venue.write_bytes(b"")
    result = check_database_file(venue)
    assert not result.ok and result.backup.path == backups[1]


def test_backups_of_another_database_with_a_similar_name_are_not_offered(venue, tmp_path):
    other = tmp_path / "venue-old.db"
    _add(other, 0, 3)
    backup_sqlite(other, backup_dir_for(other), "daily")
    overwrite_header(venue)
    assert check_database_file(venue).backup is None


def test_restore_refuses_a_damaged_backup_and_changes_nothing(venue, backups):
    older, newer = backups
    scribble_middle(newer)
    before = venue.read_bytes()
    with pytest.raises(BackupDamaged):
        restore_backup(newer, venue)
    assert venue.read_bytes() == before
    assert [p.name for p in venue.parent.iterdir() if ".restoring" in p.name] == []


def test_restore_over_an_existing_file_keeps_that_file_aside(venue, backups):
    older, _ = backups
    kept = restore_backup(older, venue)
    assert re.fullmatch(r"venue\.db\.replaced-\d{8}-\d{6}", kept.name)
    assert _employees(venue) == ROWS
    assert _employees(kept) == ROWS + 1


def test_damage_kept_aside_earlier_stays_pending_until_restored(venue, backups):
    assert pending_damage(venue) is None
    truncate(venue)
    kept = check_database_file(venue).kept

    pending = pending_damage(venue)  # say the user quit the recovery dialog

    assert pending.kept == kept and pending.backup == backups[1]
    open_database(venue).dispose()  # a command-line run creates a blank database there
    assert unresolved_damage(venue).kept == kept  # still nobody's data: still pending
    restore_damaged(pending.backup, venue)
    assert pending_damage(venue) is None
    assert pending_damage("postgresql+psycopg://floorqc@localhost/floorqc") is None


def test_a_database_in_use_is_never_pending_even_beside_an_old_damaged_copy(tmp_path):
    from app.services.auth import create_first_admin

    path = tmp_path / "venue.db"
    open_database(path).dispose()
    (tmp_path / "venue.db.corrupt-20260101-120000").write_bytes(b"old damage")
    assert pending_damage(path) is not None  # blank: nobody has used it yet
    database = open_database(path)
    create_first_admin(database, "admin", "a-long-password-1")
    database.dispose()
    assert pending_damage(path) is None
