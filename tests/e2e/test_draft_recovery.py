"""A patrol round survives the application being killed: every answer reported saved is in
the database afterwards, and the database is intact (each answer is its own transaction)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from app.db.models_patrol import InspectionResult
from app.services.base import SYSTEM
from app.services.bootstrap import Services, open_database
from tests.patrol_builders import floor, make_version

# Answers items one by one, round after round, and says so only once each answer is saved.
RUNNER = textwrap.dedent("""
    import datetime as dt, sys
    from app.domain.permissions import Role
    from app.services.base import Actor
    from app.services.bootstrap import open_database
    from app.services.patrols import PatrolService

    path, area_id, *item_ids = (int(a) if a.isdigit() else a for a in sys.argv[1:])
    version_id = item_ids.pop(0)
    db = open_database(path)
    svc = PatrolService(db, Actor("runner", Role.SUPERVISOR))
    n = 0
    for _ in range(500):
        round_ = svc.start(area_id, version_id, "supervisor", at=dt.datetime(2026, 11, 23, 17))
        for item in round_.version.items:
            n += 1
            if item.response_type in ("number", "score"):
                a = svc.answer(round_.id, item.id, None, n % 4)
            elif item.response_type == "text":
                a = svc.answer(round_.id, item.id, None, text=f"note {n}")
            else:
                a = svc.answer(round_.id, item.id, "pass" if n % 2 else "fail")
            print(f"saved {n} {round_.id} {item.id} {a.outcome} {a.value} {a.text!r}",
                  flush=True)
""")


@pytest.fixture
def prepared(db_path, db):
    services = Services.bind(db, SYSTEM)
    f = floor(services)
    ids = make_version(db)
    db.dispose()
    return f["room"].id, ids["version"]


def run_and_kill(db_path, tmp_path, area_id, version_id, kill_after: int) -> list[str]:
    env = {**os.environ, "FLOORQC_ARGON2_PROFILE": "test", "FLOORQC_LANG": "en",
           "FLOORQC_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", RUNNER, str(db_path), str(area_id),
                             str(version_id)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    lines = []
    try:
        while len(lines) < kill_after:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        lines.extend(proc.stdout.readlines())  # what it printed before dying also counts
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        stderr = proc.stderr.read()
        proc.stderr.close()
    assert len(lines) >= kill_after, stderr
    return [line for line in lines if line.endswith("\n") and line.startswith("saved ")]


@pytest.mark.parametrize("seed", range(5))
def test_killed_round_keeps_every_saved_answer(prepared, db_path, tmp_path, seed):
    area_id, version_id = prepared
    kill_after = random.Random(seed).randint(3, 40)
    saved = run_and_kill(db_path, tmp_path, area_id, version_id, kill_after)
    assert len(saved) >= kill_after

    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    db = open_database(db_path)
    try:
        with db.read() as s:
            stored = {(r.inspection_id, r.item_id): (r.outcome, str(r.value), repr(r.text))
                      for r in s.query(InspectionResult)}
        for line in saved:
            _, n, insp, item, outcome, value, text = line.rstrip("\n").split(" ", 6)
            row = stored.get((int(insp), int(item)))
            assert row is not None, f"answer {n} was reported saved but is missing"
            assert row == (outcome, value, text)
        assert len(stored) >= len(saved)
    finally:
        db.dispose()
