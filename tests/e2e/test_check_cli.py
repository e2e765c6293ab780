"""`floorqc check`: integrity, foreign keys and the audit hash chain; a tampered or removed
audit row is caught and named."""

from __future__ import annotations

import sqlite3

from tests.e2e.test_cli_demo import run_cli


def _demo(tmp_path):
    db = tmp_path / "d.db"
    assert run_cli("demo", "--db", str(db), tmp_path=tmp_path).returncode == 0
    return db


def test_check_passes_on_a_fresh_demo_and_names_an_edited_row(tmp_path):
    db = _demo(tmp_path)
    ok = run_cli("check", "--db", str(db), tmp_path=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "integrity check: ok" in ok.stdout and "audit chain: ok" in ok.stdout

    con = sqlite3.connect(db)
    (rows,) = con.execute("SELECT count(*) FROM audit_log").fetchone()
    victim = con.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET ?",
                         (rows // 2,)).fetchone()[0]
    con.execute("UPDATE audit_log SET detail = '{\"quietly\": \"changed\"}' WHERE id = ?",
                (victim,))
    con.commit()
    con.close()
    bad = run_cli("check", "--db", str(db), tmp_path=tmp_path)
    assert bad.returncode == 1
    assert f"audit row {victim} does not match its hash" in bad.stderr


def test_check_catches_a_row_deleted_from_the_middle(tmp_path):
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id")]
    gone, after = ids[len(ids) // 2], ids[len(ids) // 2 + 1]
    con.execute("DELETE FROM audit_log WHERE id = ?", (gone,))
    con.commit()
    con.close()
    bad = run_cli("check", "--db", str(db), tmp_path=tmp_path)
    assert bad.returncode == 1
    assert f"audit row {after} does not match its hash" in bad.stderr


def _small(tmp_path):
    """A real database with two people, made in-process (faster than the demo)."""
    from app.services.base import SYSTEM
    from app.services.bootstrap import Services, open_database
    from app.services.dto import EmployeeInput

    db = tmp_path / "small.db"
    database = open_database(db)
    staff = Services.bind(database, SYSTEM).staff
    boss = staff.create(EmployeeInput("E1", "张三"))
    staff.create(EmployeeInput("E2", "李四", leader_id=boss.employee.id))
    database.dispose()
    return db


def test_check_fails_on_an_index_that_no_longer_matches_its_table(tmp_path):
    # quick_check at start does not compare indexes with their tables; integrity_check does.
    db = _small(tmp_path)
    con = sqlite3.connect(db)
    index = con.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
                        "WHERE name = 'ix_employee_name'").fetchone()
    con.execute("PRAGMA writable_schema=ON")
    con.execute("DELETE FROM sqlite_master WHERE name = 'ix_employee_name'")
    con.commit()
    con.close()
    con = sqlite3.connect(db)  # without the index in its schema, the update leaves it stale
    con.execute("UPDATE employee SET name = '王五' WHERE code = 'E1'")
    con.commit()
    con.execute("PRAGMA writable_schema=ON")
    con.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", index)
    con.commit()
    con.close()

    bad = run_cli("check", "--db", str(db), tmp_path=tmp_path)
    assert bad.returncode == 1
    assert "integrity check failed" in bad.stderr and "ix_employee_name" in bad.stderr
    assert db.exists()  # passed quick_check, so it was not moved aside


def test_check_fails_on_a_reference_to_a_missing_row(tmp_path):
    db = _small(tmp_path)
    con = sqlite3.connect(db)  # foreign keys are off on a plain connection
    con.execute("UPDATE employee SET leader_id = 999 WHERE code = 'E2'")
    con.commit()
    con.close()
    bad = run_cli("check", "--db", str(db), tmp_path=tmp_path)
    assert bad.returncode == 1
    assert "foreign key check failed: employee row" in bad.stderr
    assert "refers to a missing employee (1 problem(s))" in bad.stderr


def test_check_on_a_damaged_file_keeps_it_aside_and_names_the_backup(tmp_path):
    from app.db.backup import backup_sqlite
    from app.paths import backup_dir_for

    db = _small(tmp_path)
    backup = backup_sqlite(db, backup_dir_for(db), "daily")
    with open(db, "r+b") as fh:
        fh.write(b"\x00" * 100)
    bad = run_cli("check", "--db", str(db), tmp_path=tmp_path)
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert "is damaged" in bad.stderr and str(backup) in bad.stderr
    kept = [p for p in tmp_path.glob("small.db.corrupt-*") if not p.name.endswith(("wal", "shm"))]
    assert len(kept) == 1 and str(kept[0]) in bad.stderr and not db.exists()
