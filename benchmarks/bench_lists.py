"""The largest lists — patrol history, rectifications, complaints — opening with three years
of data next to the same list holding about 256 rows, measured in the same run (issue 9).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_lists.py [--reps N] [--db PATH]

"Opening" is what a tab does on show: the service's first page (``history``/``list`` with
offset 0 and the page size the tabs use, 256) plus a DtoTableModel (app/ui/table_model.py)
over those rows with the tab's columns, reading the display text of the first 40 rows (what
a 1280×800 window shows) through ``model.data``.

The small case is the same list on the same file with a date filter starting on the latest
day that leaves at least 256 rows in the list (found with the service's ``count``): the
same page size, the same code path, about 256 rows behind it instead of 56 k / 67 k / 15 k.
Target: three years ≤ 1.5 × the small case. Exit code 1 if any target is missed."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from large_venue import add_db_argument, data_end, large_db, venue_line  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.base import SYSTEM  # noqa: E402
from app.services.bootstrap import Services, open_database  # noqa: E402
from app.services.checklist_dto import HistoryFilter  # noqa: E402
from app.services.guest_dto import ComplaintFilter  # noqa: E402
from app.services.rectification_dto import RectificationFilter  # noqa: E402
from app.ui.complaints.columns import log_columns  # noqa: E402
from app.ui.rectifications.common import item_columns  # noqa: E402
from app.ui.table_model import Column, DtoTableModel  # noqa: E402

PAGE = 256
VISIBLE = 40
RATIO = 1.5


def history_columns() -> list[Column]:
    """The History tab's columns (app/ui/patrols/history_tab.py builds them in __init__)."""
    return [Column("Day", lambda r: r.day), Column("Shift", lambda r: r.shift),
            Column("Area", lambda r: r.area),
            Column("Checklist", lambda r: f"{r.template} v{r.version}"),
            Column("Level", lambda r: r.level), Column("Inspector", lambda r: r.inspector),
            Column("Status", lambda r: r.status), Column("Score", lambda r: r.score),
            Column("Findings", lambda r: r.findings or "")]


@dataclass
class ListCase:
    name: str
    page: Callable[[object], list]  # filter → first page
    count: Callable[[object], int]
    columns: list[Column]
    full: object  # the unfiltered (three-year) filter
    small: object = None
    small_rows: int = 0
    times: dict[str, list[float]] = field(default_factory=lambda: {"full": [], "small": []})

    def open_once(self, flt) -> int:
        rows = self.page(flt)
        model = DtoTableModel(self.columns)
        model.set_rows(rows)
        for r in range(min(VISIBLE, model.rowCount())):
            for c in range(model.columnCount()):
                model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
        return len(rows)

    def median_ms(self, key: str) -> float:
        return statistics.median(self.times[key]) * 1000


def small_filter(case: ListCase, end: dt.date) -> None:
    """The latest date_from leaving at least PAGE rows (doubling, then bisecting)."""
    days = 1
    while case.count(replace(case.full, date_from=end - dt.timedelta(days=days - 1))) < PAGE:
        days *= 2
    low, high = days // 2, days
    while high - low > 1:
        mid = (low + high) // 2
        n = case.count(replace(case.full, date_from=end - dt.timedelta(days=mid - 1)))
        low, high = (mid, high) if n < PAGE else (low, mid)
    case.small = replace(case.full, date_from=end - dt.timedelta(days=high - 1))
    case.small_rows = case.count(case.small)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=15)
    add_db_argument(parser)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory() as tmp:
        path, built = large_db(args.db, tmp)
        database = open_database(path, backup=False)
        s = Services.bind(database, SYSTEM)
        now = s.rectifications.clock
        cases = [
            ListCase("patrol history", lambda f: s.patrols.history(f, 0, PAGE),
                     s.patrols.history_count, history_columns(), HistoryFilter()),
            ListCase("rectifications", lambda f: s.rectifications.list(f, 0, PAGE),
                     s.rectifications.count, item_columns(now), RectificationFilter()),
            ListCase("complaints", lambda f: s.complaints.list(f, 0, PAGE),
                     s.complaints.count, log_columns(now), ComplaintFilter()),
        ]
        end = data_end()
        full_rows = {}
        for case in cases:
            small_filter(case, end)
            full_rows[case.name] = case.count(case.full)
            case.open_once(case.full)  # warm-up
            case.open_once(case.small)
        for _ in range(args.reps):
            for case in cases:
                for key, flt in (("full", case.full), ("small", case.small)):
                    gc.collect()
                    start = time.perf_counter()
                    case.open_once(flt)
                    case.times[key].append(time.perf_counter() - start)
        database.dispose()

    print(venue_line(path, built)
          + f"; repetitions: {args.reps}, medians in ms (first page of {PAGE} + model)")
    print(f"{'list':<18}{'3y rows':>9}{'3y ms':>8}{'small rows':>12}{'small ms':>10}"
          f"{'ratio':>8}")
    missed = []
    for c in cases:
        full, small = c.median_ms("full"), c.median_ms("small")
        ok = full <= RATIO * small
        if not ok:
            missed.append(c.name)
        print(f"{c.name:<18}{full_rows[c.name]:>9}{full:>8.1f}{c.small_rows:>12}"
              f"{small:>10.1f}{full / small:>8.2f}  {'ok' if ok else 'MISSED'}")
    print(f"target ≤ {RATIO} × the small list: {len(cases) - len(missed)}/{len(cases)} met"
          + (f"; MISSED: {', '.join(missed)}" if missed else ""))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
