"""`floorqc backup` and `floorqc restore` as scripts use them: the file written, a round trip
that brings the data back, and one-line refusals that leave the database as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.services.base import SYSTEM
from app.services.bootstrap import Services, open_database
from tests.e2e.test_cli_demo import run_cli


def _small_db(tmp_path) -> Path:
    path = tmp_path / "venue.db"
    db = open_database(path)
    Services.bind(db, SYSTEM).org.save_department("前厅")
    db.dispose()
    return path


def _departments(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM department")}
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(out) -> str:
    assert out.returncode == 1
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    return lines[0]


def test_backup_then_restore_round_trip(tmp_path):
    db = _small_db(tmp_path)
    made = run_cli("backup", "--db", str(db), tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == tmp_path / "backups" and backup.name.endswith("-manual.db")
    assert _departments(backup) == {"前厅"}

    con = sqlite3.connect(db)
    con.execute("UPDATE department SET name = '改错了'")
    con.commit()
    con.close()

    done = run_cli("restore", str(backup), "--db", str(db), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Restored {db} from {backup}; the previous file was kept as ")
    assert _departments(db) == {"前厅"}
    kept = Path(done.stdout.strip().rsplit(" ", 1)[1].rstrip("."))
    assert kept.name.endswith("-pre-restore.db") and _departments(kept) == {"改错了"}
    assert run_cli("check", "--db", str(db), tmp_path=tmp_path).returncode == 0


def _not_floorqc(tmp_path) -> Path:
    path = tmp_path / "notes.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (t)")
    con.commit()
    con.close()
    return path


def _too_new(tmp_path) -> Path:
    path = _not_floorqc(tmp_path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('ffffffffffff')")
    con.commit()
    con.close()
    return path


def _damaged(tmp_path) -> Path:
    path = tmp_path / "backups" / "damaged.db"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    return path


@pytest.mark.parametrize(("make", "reason"), [
    (lambda tmp: tmp / "missing.db", "There is no backup file at"),
    (_damaged, "is damaged or not a database"),
    (_not_floorqc, "is not a FloorQC database"),
    (_too_new, "written by a newer FloorQC (schema ffffffffffff)"),
], ids=["missing", "damaged", "not-floorqc", "too-new"])
def test_restore_refuses_with_one_line_and_changes_nothing(tmp_path, make, reason):
    db = _small_db(tmp_path)
    before = _digest(db)
    line = _one_line(run_cli("restore", str(make(tmp_path)), "--db", str(db), tmp_path=tmp_path))
    assert reason in line
    assert _digest(db) == before
    assert not (tmp_path / "backups").exists() or not list(
        (tmp_path / "backups").glob("venue-*"))


def test_backup_refuses_what_it_cannot_copy(tmp_path):
    line = _one_line(run_cli("backup", "--db", str(tmp_path / "none.db"), tmp_path=tmp_path))
    assert line == f"There is no database at {tmp_path / 'none.db'}."
    assert not (tmp_path / "none.db").exists()  # nothing was created
    server = "postgresql+psycopg://floorqc@localhost/floorqc"
    assert "pg_dump" in _one_line(run_cli("backup", "--db", server, tmp_path=tmp_path))
    assert "pg_restore" in _one_line(run_cli("restore", "x.db", "--db", server,
                                             tmp_path=tmp_path))
