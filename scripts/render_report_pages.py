"""Render the daily quality report (日报) of the demo venue to PNG pages in Chinese: the demo
is built in a temporary database (three weeks of patrols ending yesterday), the report for
yesterday is written as a PDF and each page converted with pdftoppm at 70 dpi.

    QT_QPA_PLATFORM=offscreen python scripts/render_report_pages.py [OUT_DIR]
        [--extra-tsv FILE] [--pdf FILE]

OUT_DIR defaults to docs/screenshots (files report_daily-<n>.png). --extra-tsv adds
translations not yet merged into the .qm (lines: context<TAB>English<TAB>Chinese).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from screens_common import SCREENSHOTS, pdf_pages, temp_database, zh_translate

from app.reports.daily_pdf import daily_report_pdf
from app.services.base import SYSTEM
from app.services.bootstrap import Services

DPI = 70


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=SCREENSHOTS)
    parser.add_argument("--extra-tsv", type=Path, default=None)
    parser.add_argument("--pdf", type=Path, default=None, help="also keep the PDF here")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    tr = zh_translate([args.extra_tsv])
    today = dt.date.today()
    with temp_database(today=today) as db:
        report = Services.bind(db, SYSTEM).daily_report.daily(today - dt.timedelta(days=1))
        pdf = daily_report_pdf(report, tr)
    if args.pdf:
        args.pdf.write_bytes(pdf)
    for png in pdf_pages(pdf, args.out_dir, "report_daily", DPI):
        print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
