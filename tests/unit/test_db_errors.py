"""Disk full, read-only and locked databases (issue 8, part 2): the write fails with a message
saying what is wrong and what to do, nothing of that transaction is saved, everything saved
before is still there, and the next write works once the cause is gone."""

from __future__ import annotations

import errno
import os
import sqlite3
import time

import pytest
from sqlalchemy import create_engine, event, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError

import app.db.engine as engine_module
from app.db.db_errors import kind_of
from app.db.engine import Database
from app.db.models import Employee
from app.domain.errors import DatabaseLocked, DatabaseReadOnly, DiskFull, StorageError
from app.services.base import SYSTEM
from app.services.bootstrap import Services, open_database
from app.services.dto import EmployeeInput


def _codes(database: Database) -> list[str]:
    with database.read() as s:
        return list(s.scalars(select(Employee.code).order_by(Employee.code)))


def _many(first: int, count: int) -> list[dict]:
    return [{"code": f"B{i:05d}", "name": "x" * 60, "phone": "1" * 30}
            for i in range(first, first + count)]


def test_disk_full_saves_nothing_of_the_write_and_the_next_write_works(db):
    services = Services.bind(db, SYSTEM)
    services.staff.create(EmployeeInput("E1", "张三"))
    limit = {"pages": 0}

    # PRAGMA max_page_count is per connection: apply the current limit whichever one serves.
    @event.listens_for(db.engine, "checkout")
    def _limit(dbapi_conn, _record, _proxy):
        if limit["pages"]:
            dbapi_conn.execute(f"PRAGMA max_page_count={limit['pages']}")

    with db.read() as s:
        limit["pages"] = s.connection().exec_driver_sql("PRAGMA page_count").scalar()

    with pytest.raises(DiskFull) as caught, db.write() as s:
        s.add(Employee(code="E2", name="李四"))
        s.flush()
        s.execute(insert(Employee), _many(0, 3000))

    message = caught.value.render()
    assert "is full" in message and "free some space" in message
    assert str(db.sqlite_file) in message
    assert isinstance(caught.value.__cause__, OperationalError)
    assert _codes(db) == ["E1"]  # E2 and the bulk rows went with the transaction

    limit["pages"] = 1_000_000  # space freed
    services.staff.create(EmployeeInput("E3", "王五"))
    with db.write() as s:
        s.execute(insert(Employee), _many(0, 3000))
    assert _codes(db)[:1] == ["B00000"] and {"E1", "E3"} <= set(_codes(db))
    with db.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def _read_only(path) -> Database:
    # A fresh engine on a read-only connection: the same refusal SQLite gives for a
    # write-protected file, and it works when the tests run as root (where chmod does not).
    return Database(create_engine("sqlite://", creator=lambda: sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)))


def test_a_read_only_database_says_so_and_still_reads(db, db_path):
    Services.bind(db, SYSTEM).staff.create(EmployeeInput("E1", "张三"))
    db.dispose()
    ro = _read_only(db_path)
    try:
        with pytest.raises(DatabaseReadOnly) as caught, ro.write() as s:
            s.add(Employee(code="E2", name="李四"))
        assert "can only be read" in caught.value.render()
        assert "permissions" in caught.value.render()
        assert _codes(ro) == ["E1"]
    finally:
        ro.dispose()
    reopened = open_database(db_path)  # writable again: the next write works
    Services.bind(reopened, SYSTEM).staff.create(EmployeeInput("E2", "李四"))
    assert _codes(reopened) == ["E1", "E2"]
    reopened.dispose()


def test_a_write_protected_file_says_so(db, db_path):
    db.dispose()
    os.chmod(db_path, 0o444)
    try:
        if os.access(db_path, os.W_OK):
            pytest.skip("running as root: chmod does not stop writes (the test above covers it)")
        database = Database(engine_module.make_engine(db_path))
        with pytest.raises(DatabaseReadOnly), database.write() as s:
            s.add(Employee(code="E2", name="李四"))
        database.dispose()
    finally:
        os.chmod(db_path, 0o644)


def test_a_locked_database_names_the_cause_and_works_once_released(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "locked.db"
    database = open_database(path)
    services = Services.bind(database, SYSTEM)
    services.staff.create(EmployeeInput("E1", "张三"))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseLocked) as caught:
            services.staff.create(EmployeeInput("E2", "李四"))
        assert time.monotonic() - started < 3  # the short busy_timeout, not a hang
        assert "close the other FloorQC window" in caught.value.render()
        assert _codes(database) == ["E1"]  # readers still read under WAL
    finally:
        other.execute("ROLLBACK")
        other.close()
    services.staff.create(EmployeeInput("E2", "李四"))
    assert _codes(database) == ["E1", "E2"]
    database.dispose()


def test_other_database_errors_stay_what_they_are(db):
    with db.write() as s:
        s.add(Employee(code="E1", name="张三"))
    # A bug to fix, not the user's disk: it stays what it is.
    with pytest.raises(IntegrityError), db.write() as s:
        s.execute(insert(Employee), [{"code": "E1", "name": "again"}])
    assert _codes(db) == ["E1"]
    # An import file nobody may read is not the database's fault: no "read-only" message.
    with pytest.raises(PermissionError), db.write() as s:
        s.add(Employee(code="E2", name="李四"))
        raise PermissionError(errno.EACCES, "Permission denied", "staff.xlsx")
    assert _codes(db) == ["E1"]


@pytest.mark.parametrize(("error", "kind"), [
    (OSError(errno.ENOSPC, "No space left on device"), "full"),
    (OSError(errno.EROFS, "Read-only file system"), "readonly"),
    (sqlite3.OperationalError("database or disk is full"), "full"),
    (sqlite3.DatabaseError("database disk image is malformed"), "corrupt"),
    (FileNotFoundError(errno.ENOENT, "gone"), None),
    (ValueError("not storage"), None),
])
def test_kinds_of_storage_failure(error, kind):
    assert kind_of(error) == kind
    if kind is not None:
        assert issubclass(type(_mapped(error)), StorageError)


def _mapped(error):
    from app.db.db_errors import storage_error

    return storage_error(error, "/data/venue.db")
