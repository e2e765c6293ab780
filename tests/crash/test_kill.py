"""Crash test (issue 8 part 3): a writer process recording findings and moving their
rectifications on is killed with SIGKILL at random moments, 100 times, on one database.
After every kill: each write it acknowledged is there as acknowledged, nothing is
half-written, the audit chain verifies and ``PRAGMA integrity_check`` passes.

The writer acknowledges a write only after the service call (and so the commit) returned;
what it wrote but had no time to acknowledge may or may not be there, never half of it."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import make_engine
from app.db.models import AuditLog
from app.db.models_patrol import Finding
from app.db.models_rectification import Rectification, RectificationEvent
from app.services import audit
from tests.crash.world import USER, build_world

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("writer.py")
KILLS = 100
FRESH_EVERY = 25  # every 25th writer is a fresh interpreter rather than a fork
SEED = 20261123
RANK = {"open": 0, "in_progress": 1, "submitted": 2}
WAIT = 60.0  # seconds to wait for a line before calling the writer stuck


class Lines:
    """The lines of a pipe, read by a thread so the test can wait with a timeout."""

    def __init__(self, pipe) -> None:
        self.pipe = pipe
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.thread = threading.Thread(target=self._pump, daemon=True)
        self.thread.start()

    def _pump(self) -> None:
        for raw in self.pipe:
            self.queue.put(raw.decode().rstrip("\n"))
        self.queue.put(None)

    def next(self, timeout: float = WAIT) -> str | None:
        """The next line; None at the end of the stream."""
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the writer said nothing for {timeout} s") from None

    def close(self) -> None:
        self.thread.join(timeout=10)
        self.pipe.close()


@dataclass
class Acked:
    findings: dict[int, str] = field(default_factory=dict)  # finding id → description
    status: dict[int, str] = field(default_factory=dict)  # rectification id → highest status
    writes: int = 0

    def take(self, line: str) -> None:
        if line.startswith("ERR"):
            raise AssertionError(f"the writer failed: {line}")
        if not line.startswith("ACK "):
            return
        _ack, kind, ident, detail = line.split(" ", 3)
        self.writes += 1
        if kind == "finding":
            self.findings[int(ident)] = json.loads(detail)
        else:
            rid = int(ident)
            if RANK[detail] >= RANK.get(self.status.get(rid, "open"), 0):
                self.status[rid] = detail


def _check(path: Path, acked: Acked) -> tuple[list[str], list[str]]:
    """(lost acknowledged writes, damage found) in the database as a fresh start sees it."""
    lost: list[str] = []
    damage: list[str] = []
    engine = make_engine(path)
    try:
        with engine.connect() as con:
            integrity = [r[0] for r in con.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                damage.append(f"integrity_check: {integrity[:5]}")
            fk = list(con.exec_driver_sql("PRAGMA foreign_key_check"))
            if fk:
                damage.append(f"foreign_key_check: {fk[:5]}")
        with Session(engine) as s:
            findings = dict(s.execute(select(Finding.id, Finding.description)).all())
            rects = {rid: (fid, st) for rid, fid, st in s.execute(
                select(Rectification.id, Rectification.finding_id, Rectification.status))}
            events = set(s.execute(select(RectificationEvent.rectification_id,
                                          RectificationEvent.action)).all())
            audited = set(s.execute(select(AuditLog.entity, AuditLog.entity_id,
                                           AuditLog.action)).all())
            chain = audit.verify(s)
    finally:
        engine.dispose()
    if not chain.ok:
        damage.append(f"audit chain broken at row {chain.broken_at}")

    rect_of = {fid: rid for rid, (fid, _st) in rects.items()}
    for fid in findings:
        if fid not in rect_of:
            damage.append(f"finding {fid} has no rectification")
        if ("finding", str(fid), "create") not in audited:
            damage.append(f"finding {fid} has no audit record")
    for rid, (fid, st) in rects.items():
        if fid not in findings:
            damage.append(f"rectification {rid} has no finding")
        if (rid, "create") not in events:
            damage.append(f"rectification {rid} has no create event")
        for action in ("start", "submit"):
            if ((rid, action) in events) != (("rectification", str(rid), action) in audited):
                damage.append(f"rectification {rid}: {action} event and audit disagree")
        if st != "open" and (rid, "start") not in events:
            damage.append(f"rectification {rid} is {st} without its start event")
        if st == "submitted" and (rid, "submit") not in events:
            damage.append(f"rectification {rid} is submitted without its submit event")

    for fid, description in acked.findings.items():
        if findings.get(fid) != description:
            lost.append(f"finding {fid} ({description!r}): found {findings.get(fid)!r}")
    for rid, st in acked.status.items():
        have = rects.get(rid, (None, None))[1]
        if have is None or RANK.get(have, -1) < RANK[st]:
            lost.append(f"rectification {rid}: acknowledged {st}, found {have}")
    return lost, damage


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _killed(status: int) -> bool:
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def _fresh_run(args: list[str], seed: int, pause: float, acked: Acked, err) -> None:
    """One writer in a new interpreter, killed ``pause`` seconds after it is ready."""
    proc = subprocess.Popen([sys.executable, str(WRITER), "run", *args, str(seed)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err,
                            cwd=ROOT, env=_env())
    lines = Lines(proc.stdout)
    try:
        line = lines.next()
        acked.take(line or "ERR the writer ended before it was ready")
        time.sleep(pause)
        proc.send_signal(signal.SIGKILL)
        while (line := lines.next()) is not None:
            acked.take(line)
    finally:
        proc.kill()
        proc.wait()
        lines.close()
    assert proc.returncode == -signal.SIGKILL


def _forked_run(server: subprocess.Popen, lines: Lines, seed: int, pause: float,
                early: bool, acked: Acked) -> None:
    """One writer forked by the server; killed ``pause`` s after it started (``early``: maybe
    still inside open_database) or after it reported ready."""
    server.stdin.write(f"run {seed}\n".encode())
    server.stdin.flush()
    line = lines.next()
    assert line and line.startswith("PID "), line
    pid = int(line.split()[1])
    if not early:
        line = lines.next()
        acked.take(line or "ERR the server ended")
    time.sleep(pause)
    with contextlib.suppress(ProcessLookupError):  # it ended by itself: DEAD says how
        os.kill(pid, signal.SIGKILL)
    while True:
        line = lines.next()
        assert line is not None, "the fork server ended"
        if line.startswith("DEAD "):
            status = int(line.split()[2])
            assert _killed(status), f"the writer ended with status {status}, not by SIGKILL"
            return
        acked.take(line)


def test_acknowledged_writes_survive_100_sigkills(tmp_path):
    path = tmp_path / "crash.db"
    employee_id, area_id = build_world(path)
    args = [str(path), USER, str(employee_id), str(area_id)]
    rng = random.Random(SEED)
    acked = Acked()
    lost: list[str] = []
    damage: list[str] = []
    began = time.monotonic()
    fresh = early_kills = 0
    with open(tmp_path / "writer-stderr.txt", "wb") as err:
        server = subprocess.Popen([sys.executable, str(WRITER), "serve", *args],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                                  cwd=ROOT, env=_env())
        lines = Lines(server.stdout)
        try:
            for kill in range(KILLS):
                seed = rng.randrange(1 << 30)
                early = rng.random() < 0.1  # now and then during start-up and migration check
                pause = rng.uniform(0.0, 0.03) if early else rng.uniform(0.02, 0.3)
                if kill % FRESH_EVERY == 0:
                    fresh += 1
                    _fresh_run(args, seed, pause, acked, err)
                else:
                    early_kills += early
                    _forked_run(server, lines, seed, pause, early, acked)
                lost_now, damage_now = _check(path, acked)
                lost += [f"after kill {kill + 1}: {x}" for x in lost_now]
                damage += [f"after kill {kill + 1}: {x}" for x in damage_now]
                if lost or damage:
                    break
        finally:
            server.stdin.close()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            lines.close()
    seconds = time.monotonic() - began
    print(f"\ncrash test: {kill + 1} SIGKILLs ({fresh} fresh interpreters, {early_kills} "
          f"aimed at start-up), {acked.writes} acknowledged writes ({len(acked.findings)} findings, "
          f"{len(acked.status)} rectifications moved on), {len(lost)} lost, "
          f"{len(damage)} integrity problems, {seconds:.1f} s")
    assert not lost, "\n".join(lost[:20])
    assert not damage, "\n".join(damage[:20])
    assert kill + 1 == KILLS
    assert acked.writes >= KILLS  # the writers did write: on average a few per run
