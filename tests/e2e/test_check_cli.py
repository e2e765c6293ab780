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
