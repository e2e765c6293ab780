"""How long the roster's week grid takes to open and repaint for 200 staff with a full week,
next to the same grid for an empty week, measured in the same run (issue 3).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_roster_grid.py [--reps N]

Each repetition times: read the WeekView from the service, set it on the model, show a fresh
grid widget at 1280×800 and force a full paint (grab). The median of the repetitions is
reported for both weeks; the full week must cost at most 3× the empty one (exit code 1 if not).
Both weeks list the same 200 active people, so the difference is the cells themselves."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from app.db.models import Area, Employee, RosterEntry, Team, TeamMember  # noqa: E402
from app.domain.shifts import week_start  # noqa: E402
from app.services.base import SYSTEM  # noqa: E402
from app.services.bootstrap import Services, open_database  # noqa: E402

STAFF = 200
TEAM_SIZE = 10
TARGET_RATIO = 3.0
SIZE = (1280, 800)


def build_venue(services: Services, monday: dt.date) -> int:
    """Four departments, twenty teams of ten, 200 people, each working about five shifts of
    one kind in the week (two rotating days off), inserted in bulk."""
    org = services.org
    rank = {r.key: r.id for r in org.ranks()}
    posts = []
    for d in range(4):
        dept = org.save_department(f"部门{d + 1}")
        posts.append((dept.id, org.save_post(f"组长{d + 1}", dept.id, rank["team_leader"], 5).id,
                      org.save_post(f"服务员{d + 1}", dept.id, rank["staff"], 40).id))
    shifts = [s.id for s in services.shifts.shift_types()]
    with services.db.write() as s:
        s.execute(insert(Employee), [
            {"code": f"B{n:04d}", "name": f"员工{n:03d}", "phone": "", "active": True,
             "post_id": posts[(n // 50) % 4][1 if n % TEAM_SIZE == 0 else 2], "version": 1}
            for n in range(STAFF)])
        ids = s.scalars(select(Employee.id).order_by(Employee.code)).all()
        for t in range(STAFF // TEAM_SIZE):
            members = ids[t * TEAM_SIZE:(t + 1) * TEAM_SIZE]
            team = Team(name=f"第{t + 1}组", department_id=posts[(t * TEAM_SIZE // 50) % 4][0],
                        leader_id=members[0])
            s.add(team)
            s.flush()
            s.execute(insert(TeamMember), [{"team_id": team.id, "employee_id": m}
                                           for m in members[1:]])
            s.add(Area(name=f"包房 {t + 201}", kind="private_room", floor="2F",
                       department_id=team.department_id, default_team_id=team.id))
        s.flush()
        areas = s.scalars(select(Area.id).order_by(Area.id)).all()
        post_of = dict(s.execute(select(Employee.id, Employee.post_id)).all())
        rows = []
        for n, emp in enumerate(ids):
            for weekday in range(7):
                if weekday in (n % 7, (n + 3) % 7):
                    continue
                rows.append({"day": monday + dt.timedelta(days=weekday),
                             "shift_type_id": shifts[n % len(shifts)], "employee_id": emp,
                             "post_id": post_of[emp], "area_id": areas[n // TEAM_SIZE],
                             "attendance": ("late", "absent", None)[n % 3] if n % 17 == 0
                             else None,
                             "late_minutes": 10 if n % 51 == 0 else None,
                             "redeployed_from_post_id": post_of[ids[0]] if n % 23 == 0 else None,
                             "approved_by": "bench" if n % 23 == 0 else None,
                             "override_reason": "peak" if n % 29 == 0 else None})
        s.execute(insert(RosterEntry), rows)
    return len(rows)


def measure(services: Services, monday: dt.date, reps: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from app.ui.roster.week_grid import WeekGrid

    times = []
    for _ in range(reps):
        start = time.perf_counter()
        view = services.roster.week(monday)
        grid = WeekGrid()
        grid.grid_model.set_week(view)
        grid.resize(*SIZE)
        grid.show()
        grid.grab()  # paints every visible cell and both headers
        times.append(time.perf_counter() - start)
        grid.close()
        grid.deleteLater()
        QApplication.processEvents()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=9)
    args = parser.parse_args()

    from app.ui.application import install_font, make_application

    app = make_application([])
    install_font(app)
    full_week = week_start(dt.date.today())
    empty_week = full_week + dt.timedelta(weeks=2)
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "bench.db", backup=False)
        services = Services.bind(database, SYSTEM)
        cells = build_venue(services, full_week)
        measure(services, full_week, 2)  # warm-up: imports, fonts, statement caches
        empty, full = [], []
        for _ in range(args.reps):  # interleaved, so drift hits both alike
            empty += measure(services, empty_week, 1)
            full += measure(services, full_week, 1)
        database.dispose()
    empty_ms, full_ms = statistics.median(empty) * 1000, statistics.median(full) * 1000
    ratio = full_ms / empty_ms
    print(f"staff: {STAFF}, cells in the full week: {cells}, repetitions: {args.reps}")
    print(f"empty week: median {empty_ms:.1f} ms (min {min(empty) * 1000:.1f})")
    print(f"full week:  median {full_ms:.1f} ms (min {min(full) * 1000:.1f})")
    verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
    print(f"ratio: {ratio:.2f} (target ≤ {TARGET_RATIO:.1f}) {verdict}")
    del app
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
