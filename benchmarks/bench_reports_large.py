"""The daily and the monthly report on the large three-year venue: data plus PDF, against
the absolute targets of issue 9 (daily ≤ 1 s, monthly ≤ 5 s).

    python benchmarks/bench_reports_large.py [--reps N] [--db PATH]

Reuses bench_reports.Report (it times ``data()`` and ``pdf(dto)`` apart, and a bare ReportLab
document of the same page count, whose ratio bench_reports.py judges on the small demo) and
its translator (Chinese, the default UI language). The daily report is for the last day with
data (yesterday), the monthly for the last whole month. Medians after a warm-up run.
Exit code 1 if a target is missed."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_reports import Report, measure, translator  # noqa: E402
from large_venue import add_db_argument, data_end, large_db, venue_line  # noqa: E402

from app.reports.daily_pdf import daily_report_pdf  # noqa: E402
from app.reports.monthly_pdf import monthly_report_pdf  # noqa: E402
from app.services.base import SYSTEM  # noqa: E402
from app.services.bootstrap import Services, open_database  # noqa: E402

TARGETS_MS = {"daily": 1000.0, "monthly": 5000.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--profile", action="store_true",
                        help="also print the top functions of each report under cProfile")
    add_db_argument(parser)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path, built = large_db(args.db, tmp)
        database = open_database(path, backup=False)
        services = Services.bind(database, SYSTEM)
        tr = translator()
        day = data_end()
        first = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        todo = [Report(f"daily {day}", lambda: services.daily_report.daily(day),
                       lambda r: daily_report_pdf(r, tr)),
                Report(f"monthly {first:%Y-%m}", lambda: services.monthly_report.monthly(first),
                       lambda r: monthly_report_pdf(r, tr))]
        measure(todo, args.reps, args.profile)
        database.dispose()

    print(venue_line(path, built)
          + f"; repetitions: {args.reps}, medians in ms")
    print(f"{'report':<18}{'pages':>6}{'data':>9}{'pdf':>9}{'total':>9}{'target':>9}")
    missed = []
    for report, target in zip(todo, TARGETS_MS.values(), strict=True):
        total = statistics.median(s + b for s, b in zip(report.service, report.build,
                                                        strict=True)) * 1000
        ok = total <= target
        if not ok:
            missed.append(report.name)
        print(f"{report.name:<18}{report.pages:>6}{statistics.median(report.service) * 1000:>9.1f}"
              f"{statistics.median(report.build) * 1000:>9.1f}{total:>9.1f}{target:>9.0f}"
              f"  {'ok' if ok else 'MISSED'}")
    print("targets: " + ("all met" if not missed else f"MISSED: {', '.join(missed)}"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
