"""How long the daily and the monthly report take to build on the demo venue, each next to a
bare ReportLab document with the same number of pages measured in the same run (issue 7).

    python benchmarks/bench_reports.py [--reps N] [--profile]

The demo venue (services.demo.build_demo) is built once into a temporary database, with its
"today" on the first day of the current month: its three weeks of patrols, rectifications
and guest records then end on the last day of last month, so "yesterday" (the daily
report's day) and "last month" (the monthly report's month, given by its first day) are the
demo's busiest day and a month full of its data. A demo built on the real today would leave
last month almost empty (a one-page monthly report that measures nothing).

Each repetition times, in Chinese (the default UI language, through the same translator as
the CLI):
- daily: ``services.daily_report.daily(day)`` (the data: one read session plus the gap
  service) and ``daily_pdf.daily_report_pdf(report, tr)`` (the PDF; together they are what
  ``services.daily_report.daily_pdf(day, tr)`` does);
- monthly: ``services.monthly_report.monthly(first_day)`` and
  ``monthly_pdf.monthly_report_pdf(report, tr)``;
- bare: a SimpleDocTemplate with as many pages as the report (counted with pypdf), one
  paragraph and a small 4 × 5 table per page, in the same registered CJK font
  (reports.fonts.register_fonts), so font subsetting and embedding cost the same.
The runs are interleaved so drift hits all alike; medians are printed after a warm-up run
(imports, font loading, statement caches).

Targets (issue 9 sets absolute ones on a large venue: see bench_reports_large.py), from what
this script measured on the demo venue (2 cores, Debian 12, Python 3.11, ReportLab 5.1 without
rl-accel):
- each report's PDF build ≤ 15 × the bare document of the same page count. Met: daily ≈ 12 ×
  (≈ 82 ms for 6 pages), monthly ≈ 9 ×. A report page carries far more than the bare one
  (≈ 170 flowables, mostly table cells, plus charts, against one paragraph and 20 cells).
  It was ≈ 17.5 × and ≈ 20 × until table cells that fit on one line became plain strings
  instead of Paragraphs (report_layout.data_table); ``--profile`` shows what is left:
  wrapping the cells that need it, the charts, and ReportLab's pure-Python fallbacks
  (rl_accel._py_instanceStringWidthTTF, _py_fp_str, _py_asciiBase85Encode) — the optional C
  accelerator (PyPI rl-accel, ``reportlab[accel]``) cut the builds by a further ≈ 15–20 %.
- the daily report ≤ 1 s in total (data + PDF): the director's morning click and a scheduled
  `floorqc report daily`. Met: ≈ 0.17 s (the five gaps over 30 days, once most of the data
  time, are scored by the database since issue 9 — see BENCHMARKS.md).
Exit code 1 if any target is missed."""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.daily_pdf import daily_report_pdf  # noqa: E402
from app.reports.fonts import register_fonts  # noqa: E402
from app.reports.monthly_pdf import monthly_report_pdf  # noqa: E402
from app.services.base import SYSTEM  # noqa: E402
from app.services.bootstrap import Services, open_database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402

TARGET_RATIO = 15.0  # report PDF build ÷ bare document of the same page count
TARGET_DAILY_MS = 1000.0  # the daily report, data + PDF
PROFILE_LINES = 12


@dataclass
class Report:
    """One report under test: ``data()`` gives its DTO, ``pdf(dto)`` its bytes."""

    name: str
    data: Callable[[], object]
    pdf: Callable[[object], bytes]
    pages: int = 0

    def __post_init__(self) -> None:
        self.service: list[float] = []
        self.build: list[float] = []
        self.bare: list[float] = []

    def run_once(self) -> None:
        gc.collect()  # no collection of an earlier run's garbage inside a timed span
        start = time.perf_counter()
        dto = self.data()
        middle = time.perf_counter()
        pdf = self.pdf(dto)
        end = time.perf_counter()
        self.service.append(middle - start)
        self.build.append(end - middle)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        if self.pages and pages != self.pages:
            raise RuntimeError(f"{self.name}: {pages} pages, then {self.pages}")
        self.pages = pages
        gc.collect()
        start = time.perf_counter()
        bare = bare_document(self.pages)
        self.bare.append(time.perf_counter() - start)
        assert len(PdfReader(io.BytesIO(bare)).pages) == self.pages


def bare_document(pages: int) -> bytes:
    """``pages`` A4 pages, each one paragraph and a small table, in the bundled CJK font."""
    font = register_fonts()
    body = ParagraphStyle("bare", fontName=font, fontSize=9.5, leading=13)
    story = []
    for page in range(1, pages + 1):
        story.append(Paragraph(f"第 {page} 页：对照文档，只有一段文字和一张小表格。"
                               f"Page {page}: one paragraph and a small table.", body))
        story.append(Spacer(1, 4 * mm))
        table = Table([["区域", "巡查", "得分", "问题"]]
                      + [[f"包房 {page}{row}", str(row + 3), f"{90 + row}.5", str(row)]
                         for row in range(4)], hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),
                                   ("GRID", (0, 0), (-1, -1), 0.4, "#999999"),
                                   ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        story.append(table)
        if page < pages:
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=font).build(story)
    return buffer.getvalue()


def translator() -> Callable[[str, str], str]:
    from app.ui.i18n import DEFAULT_LANGUAGE, load_translator, translate_with

    return translate_with(load_translator(DEFAULT_LANGUAGE))


def reports(services: Services, demo_today: dt.date) -> list[Report]:
    tr = translator()
    day = demo_today - dt.timedelta(days=1)
    first = (demo_today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    return [Report(f"daily {day}", lambda: services.daily_report.daily(day),
                   lambda r: daily_report_pdf(r, tr)),
            Report(f"monthly {first:%Y-%m}", lambda: services.monthly_report.monthly(first),
                   lambda r: monthly_report_pdf(r, tr))]


def profile(report: Report) -> None:
    """Where the time goes: the top functions of data and PDF under cProfile, by cumulative
    time (which call paths) and by own time (which functions)."""
    dto = report.data()
    for label, call in (("data", report.data), ("pdf", lambda: report.pdf(dto))):
        profiler = cProfile.Profile()
        profiler.enable()
        call()
        profiler.disable()
        for order in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(
                PROFILE_LINES)
            lines = [line for line in out.getvalue().splitlines() if line.strip()]
            print(f"\n--- profile: {report.name}, {label}, by {order}")
            print("\n".join(lines[2:]))


def measure(todo: list[Report], reps: int, with_profile: bool) -> None:
    """A warm-up (imports, fonts, translator, statement caches), then ``reps`` interleaved
    rounds, so drift hits every figure alike; cProfile of each report when asked."""
    for report in todo:
        report.run_once()
        report.service, report.build, report.bare = [], [], []
    for _ in range(reps):
        for report in todo:
            report.run_once()
    if with_profile:
        for report in todo:
            profile(report)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--profile", action="store_true",
                        help="also print the top functions of each report under cProfile")
    args = parser.parse_args()

    demo_today = dt.date.today().replace(day=1)
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "bench.db", backup=False)
        started = time.perf_counter()
        summary = build_demo(database, SYSTEM, today=demo_today)
        built = time.perf_counter() - started
        services = Services.bind(database, SYSTEM)
        todo = reports(services, demo_today)
        measure(todo, args.reps, args.profile)
        database.dispose()

    print(f"demo venue: {summary.employees} staff, {summary.rounds} patrol rounds, "
          f"{summary.complaints} complaints (built in {built:.1f} s); "
          f"repetitions: {args.reps}, medians in ms")
    print(f"{'report':<18}{'pages':>6}{'service':>10}{'pdf':>9}{'total':>9}"
          f"{'bare':>9}{'ratio':>8}")
    for r in todo:
        service, build = statistics.median(r.service) * 1000, statistics.median(r.build) * 1000
        total = statistics.median(s + b for s, b in zip(r.service, r.build, strict=True)) * 1000
        bare = statistics.median(r.bare) * 1000
        print(f"{r.name:<18}{r.pages:>6}{service:>10.1f}{build:>9.1f}{total:>9.1f}"
              f"{bare:>9.1f}{build / bare:>8.2f}")
    worst = max(statistics.median(r.build) / statistics.median(r.bare) for r in todo)
    daily = todo[0]
    daily_ms = statistics.median(s + b for s, b in zip(daily.service, daily.build,
                                                       strict=True)) * 1000
    ok_ratio, ok_daily = worst <= TARGET_RATIO, daily_ms <= TARGET_DAILY_MS
    print(f"pdf ÷ bare, worst: {worst:.2f} (target ≤ {TARGET_RATIO:.0f}) "
          f"{'ok' if ok_ratio else 'MISSED'}")
    print(f"daily report in total: {daily_ms:.0f} ms (target ≤ {TARGET_DAILY_MS:.0f}) "
          f"{'ok' if ok_daily else 'MISSED'}")
    return 0 if ok_ratio and ok_daily else 1


if __name__ == "__main__":
    sys.exit(main())
