"""The writer the crash test kills: it records findings and moves their rectifications on
(start, submit) through the real services, and prints ``ACK <kind> <id> <detail>`` on stdout
only after the service call has returned, i.e. after the commit. Whatever it acknowledged
must survive a SIGKILL at any moment.

Two ways to run it (the database, the user name and employee id it acts as, the area its
findings are in, then a seed):

    python writer.py run DB USER EMPLOYEE AREA SEED   one writer in a fresh interpreter
    python writer.py serve DB USER EMPLOYEE AREA      a fork server: each line "run SEED"
                                                      on stdin forks one writer, prints
                                                      "PID <pid>", then "DEAD <pid> <status>"

The fork server exists for time only: a fresh interpreter spends ~0.6 s importing the
services on this 2-core machine, which for 100 kills would be a minute of imports. A forked
writer is still its own process with its own SQLite connection, opened after the fork, and
dies by SIGKILL just the same."""

from __future__ import annotations

import json
import os
import random
import sys
import time

MAX_SECONDS = 20.0  # a writer nobody kills stops on its own (the parent test died)


def _say(line: str) -> None:
    # One write(2) per line: a line under PIPE_BUF reaches the pipe whole or not at all.
    os.write(1, (line + "\n").encode())


def run(db_path: str, username: str, employee_id: int, area_id: int, seed: int) -> None:
    from app.domain.permissions import Role
    from app.services.base import Actor
    from app.services.bootstrap import open_database
    from app.services.patrols import PatrolService
    from app.services.rectification_dto import RectificationFilter
    from app.services.rectifications import RectificationService

    rng = random.Random(seed)
    db = open_database(db_path)
    actor = Actor(username, Role.LEADER, None, employee_id)
    patrols, rects = PatrolService(db, actor), RectificationService(db, actor)
    # Rectifications still to move on: id → (status, version). Reloaded from the database,
    # so what an earlier writer committed without acknowledging is picked up too.
    todo = {r.id: (r.status, r.version)
            for r in rects.list(RectificationFilter(status="open_any"), limit=64)
            if r.status in ("open", "in_progress")}
    _say("READY")
    deadline = time.monotonic() + MAX_SECONDS
    n = 0
    while time.monotonic() < deadline:
        n += 1
        opened = [i for i, (st, _v) in todo.items() if st == "open"]
        started = [i for i, (st, _v) in todo.items() if st == "in_progress"]
        roll = rng.random()
        if roll < 0.25 and opened:
            rid = rng.choice(opened)
            dto = rects.start(rid, todo[rid][1])
            _say(f"ACK start {rid} {dto.status}")
        elif roll < 0.5 and started:
            rid = rng.choice(started)
            dto = rects.submit(rid, todo[rid][1], f"已处理 {seed}-{n}", "people")
            _say(f"ACK submit {rid} {dto.status}")
        else:
            description = f"地毯污渍 crash-{seed}-{n} ✓"
            finding = patrols.ad_hoc_finding(area_id, description, rng.choice(
                ("minor", "major")), "hygiene")
            _say(f"ACK finding {finding.id} " + json.dumps(description, ensure_ascii=False))
            # Its rectification (opened in the same transaction), to move it on later.
            dto = next(r for r in rects.list(RectificationFilter(status="open"), limit=8)
                       if r.finding_id == finding.id)
            rid = dto.id
        todo[rid] = (dto.status, dto.version)
        if dto.status == "submitted":
            del todo[rid]
    db.dispose()


def serve(db_path: str, username: str, employee_id: int, area_id: int) -> None:
    import app.services.bootstrap  # noqa: F401 - the expensive imports, once, before any fork

    for line in sys.stdin:
        command, _sep, seed = line.strip().partition(" ")
        if command != "run":
            break
        sys.stdout.flush()  # nothing buffered may be copied into the child
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run(db_path, username, employee_id, area_id, int(seed))
            except BaseException as exc:  # reported to the parent, which fails the test
                _say(f"ERR {type(exc).__name__}: {exc}")
                code = 1
            finally:
                os._exit(code)
        _say(f"PID {pid}")
        _done, status = os.waitpid(pid, 0)
        _say(f"DEAD {pid} {status}")


def main(argv: list[str]) -> int:
    mode, db_path, username, employee_id, area_id, *rest = argv
    if mode == "serve":
        serve(db_path, username, int(employee_id), int(area_id))
    else:
        try:
            run(db_path, username, int(employee_id), int(area_id), int(rest[0]))
        except Exception as exc:
            _say(f"ERR {type(exc).__name__}: {exc}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
