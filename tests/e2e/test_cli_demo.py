"""Headless commands as scripts use them: exit codes, messages, the database they leave."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys


def run_cli(*args: str, tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "FLOORQC_ARGON2_PROFILE": "test", "FLOORQC_LANG": "en",
           "FLOORQC_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_version(tmp_path):
    from app import __version__

    out = run_cli("--version", tmp_path=tmp_path)
    assert out.returncode == 0 and out.stdout.strip() == f"floorqc {__version__}"


def test_demo_builds_the_venue_once(tmp_path):
    db = tmp_path / "d.db"
    first = run_cli("demo", "--db", str(db), tmp_path=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "63 staff" in first.stdout
    assert "patrol rounds over three weeks" in first.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM employee").fetchone() == (63,)
    assert con.execute("SELECT count(*) FROM app_user").fetchone() == (6,)
    rounds = con.execute("SELECT count(*) FROM inspection").fetchone()[0]
    assert rounds > 500 and f"{rounds} patrol rounds" in first.stdout
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()

    again = run_cli("demo", "--db", str(db), tmp_path=tmp_path)
    assert again.returncode == 1
    assert again.stderr.strip() == "This database already has staff; the demo venue needs an empty one."


def test_messages_default_to_chinese(tmp_path):
    db = tmp_path / "d.db"
    run_cli("demo", "--db", str(db), tmp_path=tmp_path)
    env_zh = {**os.environ, "FLOORQC_ARGON2_PROFILE": "test", "FLOORQC_LANG": "zh_CN",
              "FLOORQC_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-m", "app", "demo", "--db", str(db)],
                         capture_output=True, text=True, env=env_zh, timeout=120)
    assert out.returncode == 1
    assert "已有员工" in out.stderr


def _staff(db) -> list[tuple]:
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT e.code, e.name, e.phone, e.hire_date, e.active, p.name, d.name, l.code "
        "FROM employee e JOIN post p ON p.id = e.post_id "
        "JOIN department d ON d.id = p.department_id "
        "LEFT JOIN employee l ON l.id = e.leader_id ORDER BY e.code").fetchall()
    skills = con.execute(
        "SELECT e.code, p.name, q.level FROM qualification q JOIN employee e ON e.id = q.employee_id "
        "JOIN post p ON p.id = q.post_id ORDER BY 1, 2").fetchall()
    con.close()
    return rows, skills


def test_demo_export_import_reproduces_staff_leaders_and_posts(tmp_path):
    demo, sheet, copy = tmp_path / "d.db", tmp_path / "s.xlsx", tmp_path / "e.db"
    assert run_cli("demo", "--db", str(demo), tmp_path=tmp_path).returncode == 0
    out = run_cli("export", "staff", str(sheet), "--db", str(demo), tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    out = run_cli("import", "staff", str(sheet), "--db", str(copy), "--create-missing",
                  tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    original, imported = _staff(demo), _staff(copy)
    assert len(original[0]) == 63
    assert imported == original
