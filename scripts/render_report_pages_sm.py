"""Render the shift report (交班报告) and the monthly accountability report (月度考核) of the
demo venue in Chinese, as PNG pages via pdftoppm.

    python scripts/render_report_pages_sm.py [OUT_DIR] [--extra FILE.tsv ...] [--keep-pdf]
                                                           (default docs/screenshots)

The demo venue is built in a temporary directory with a fixed "today" (TODAY below), so the
pages are the same on every run: the shift is 晚市 of the demo's yesterday, the month is the
previous calendar month. Pages are written as report_shift-<n>.png and
report_monthly-<n>.png. Chinese comes from the zh_CN catalogue; ``--extra`` adds
``context<TAB>English<TAB>Chinese`` translations for strings the catalogue lacks yet (they
win over the catalogue).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from screens_common import SCREENSHOTS, pdf_pages, temp_database, zh_translate

from app.reports.monthly_pdf import monthly_report_pdf
from app.reports.shift_pdf import shift_report_pdf
from app.services.base import SYSTEM, Actor
from app.services.report_monthly import MonthlyReportService
from app.services.report_shift import ShiftReportService

# A Tuesday: yesterday's dinner shift has a finding with a photo and two short posts, and
# the demo's three weeks of patrols cover most of the previous month.
TODAY = dt.date(2026, 11, 3)
SHIFT = "晚市"
RESOLUTION = 70  # pdftoppm -r


def build_pdfs(tr) -> dict[str, bytes]:
    with temp_database(today=TODAY) as db:
        manager = Actor("manager", SYSTEM.role)
        clock = lambda: dt.datetime.combine(TODAY, dt.time(8, 30))  # noqa: E731
        shift = ShiftReportService(db, manager, clock).shift(TODAY - dt.timedelta(days=1), SHIFT)
        last_month = (TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        monthly = MonthlyReportService(db, manager, clock).monthly(last_month)
        return {"report_shift": shift_report_pdf(shift, tr),
                "report_monthly": monthly_report_pdf(monthly, tr)}


def render(out_dir: Path, extra_files: list[Path], keep_pdf: bool = False) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    for name, data in build_pdfs(zh_translate(extra_files)).items():
        if keep_pdf:
            (out_dir / f"{name}.pdf").write_bytes(data)
        shots += pdf_pages(data, out_dir, name, RESOLUTION)
    return shots


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=SCREENSHOTS)
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="context<TAB>English<TAB>Chinese translations to add")
    parser.add_argument("--keep-pdf", action="store_true", help="also keep the PDFs")
    args = parser.parse_args()
    for shot in render(args.out_dir, args.extra, args.keep_pdf):
        print(shot)
