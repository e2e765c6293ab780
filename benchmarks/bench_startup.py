"""Cold start to a usable main window on the large three-year venue, next to a bare PySide6
QMainWindow started in the same run, and the resident memory with the data open (issue 9).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--reps N] [--db PATH]

Each start is a fresh ``python -c`` subprocess; its time runs from just before the parent
launches it to the moment the child, its window shown and the event queue processed once,
reads the clock (``time.time()`` on both sides, so interpreter start-up counts):
- app: import app.ui.application, make the QApplication, install the font and language,
  open the large database (open_database, as the app does), bind the services to a signed-in
  admin (the login dialog and its password hash are left out: a person types there), build
  and show MainWindow, processEvents() once;
- bare: import PySide6, QApplication, QMainWindow().show(), processEvents() once.
Target: app ≤ bare + 0.5 s (medians). Children may write bytecode (PYTHONDONTWRITEBYTECODE
is dropped from their environment) so that, after the warm-up start, the app's modules load
from __pycache__ as in an installed copy. Every app child closes as the app does (waits for its
background loads, disposes the database), so each start finds the file closed cleanly and
skips the full quick_check (app.db.clean_close), as a normal start does; three more starts
with the clean-close marker removed show the first start after a crash (no target).

Memory: one more app child then opens the analytics page (its default period), the patrol
history, rectifications and complaints pages, lets their background loads finish (events
processed for --settle seconds), computes the three-year analytics overview, and reports its
peak resident set (resource.getrusage ru_maxrss). Target ≤ 300 MB.
Exit code 1 if any target is missed."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from large_venue import ROOT, add_db_argument, large_db, venue_line  # noqa: E402

from app.db import clean_close  # noqa: E402

TARGET_EXTRA_S = 0.5
TARGET_RSS_MB = 300.0

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(time.time())
"""

APP = """
import sys, time
from app.ui.application import current_language, install_font, install_language, \\
    make_application
from app.domain.permissions import Role
from app.services.base import Actor
from app.services.bootstrap import Services, open_database, venue_name
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.tasks import AppSignals, TaskRunner

app = make_application()
install_font(app)
translate = install_language(app, current_language())
database = open_database(sys.argv[1])
actor = Actor(username="manager", role=Role.ADMIN, user_id=3, employee_id=1)
signals = AppSignals()
ctx = UiContext(Services.bind(database, actor), None, signals, translate)
ctx.runner = TaskRunner(signals, lambda error: print("error:", error, file=sys.stderr))
window = MainWindow(ctx, venue_name(database))
window.show()
app.processEvents()
print(time.time())
if sys.argv[2] == "memory":
    import datetime as dt
    import resource
    from app.services.analytics_dto import AnalyticsFilter

    def settle(seconds):
        end = time.time() + seconds
        while time.time() < end:
            app.processEvents()
            time.sleep(0.01)

    for key in ("analytics", "patrols", "rectifications", "complaints"):
        window.open_page(key)
        settle(float(sys.argv[3]))
    last = dt.date.today() - dt.timedelta(days=1)
    ctx.services.analytics.overview(AnalyticsFilter(last - dt.timedelta(days=1094), last))
    settle(0.2)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
# Closed as run_gui closes it, so the next start finds the file closed cleanly.
ctx.runner.wait()
window.close()
database.dispose()
"""


def start(code: str, *args: str) -> tuple[float, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FLOORQC_ARGON2_PROFILE="test")
    # As installed (pip, or the PyInstaller bundle) the app's modules are compiled once;
    # with PYTHONDONTWRITEBYTECODE every start would compile ~150 source files again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    launched = time.time()
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    lines = done.stdout.split()
    return float(lines[0]) - launched, lines[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--settle", type=float, default=3.0,
                        help="seconds of event processing after opening each page (memory)")
    add_db_argument(parser)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path, built = large_db(args.db, tmp)
        start(BARE)  # warm the file cache for both
        start(APP, str(path), "start")
        bare, app = [], []
        for _ in range(args.reps):  # interleaved
            bare.append(start(BARE)[0])
            app.append(start(APP, str(path), "start")[0])
        unclean = []
        for _ in range(3):  # as after a crash: nothing vouches for the file, the full check runs
            clean_close.forget(path)
            unclean.append(start(APP, str(path), "start")[0])
        _, rest = start(APP, str(path), "memory", str(args.settle))
        rss = float(rest[0])

    bare_s, app_s = statistics.median(bare), statistics.median(app)
    ok_start = app_s <= bare_s + TARGET_EXTRA_S
    ok_rss = rss <= TARGET_RSS_MB
    print(venue_line(path, built)
          + f"; repetitions: {args.reps}, medians")
    print(f"bare QMainWindow {bare_s:.3f} s, FloorQC main window {app_s:.3f} s: "
          f"+{app_s - bare_s:.3f} s (target ≤ +{TARGET_EXTRA_S} s) "
          f"{'ok' if ok_start else 'MISSED'}")
    print(f"after an unclean shutdown (full quick_check of the file): "
          f"{statistics.median(unclean):.3f} s, +{statistics.median(unclean) - bare_s:.3f} s "
          f"(no target: the first start after a crash)")
    print(f"peak resident memory, three years open with analytics and the lists loaded: "
          f"{rss:.0f} MB (target ≤ {TARGET_RSS_MB:.0f} MB) {'ok' if ok_rss else 'MISSED'}")
    return 0 if ok_start and ok_rss else 1


if __name__ == "__main__":
    sys.exit(main())
