"""Render the shift report (交班报告) and the monthly accountability report (月度考核) of the
demo venue in Chinese, as PNG pages via pdftoppm.

    python scripts/render_report_pages_sm.py [OUT_DIR] [--extra FILE.tsv ...] [--keep-pdf]
                                                           (default docs/screenshots)

The demo venue is built in a temporary directory with a fixed "today" (TODAY below), so the
pages are the same on every run: the shift is 晚市 of the demo's yesterday, the month is the
previous calendar month. Pages are written as report_shift-<n>.png and
report_monthly-<n>.png. Chinese comes from the zh_CN catalogue; ``--extra`` adds
``context<TAB>English<TAB>Chinese`` translations for strings the catalogue lacks yet.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")  # the demo's sign-ins hash faster
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.reports.monthly_pdf import monthly_report_pdf  # noqa: E402
from app.reports.shift_pdf import shift_report_pdf  # noqa: E402
from app.services.base import Actor  # noqa: E402
from app.services.bootstrap import open_database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402
from app.services.report_monthly import MonthlyReportService  # noqa: E402
from app.services.report_shift import ShiftReportService  # noqa: E402

# A Tuesday: yesterday's dinner shift has a finding with a photo and two short posts, and
# the demo's three weeks of patrols cover most of the previous month.
TODAY = dt.date(2026, 11, 3)
SHIFT = "晚市"
RESOLUTION = 70  # pdftoppm -r


def translator(extra_files: list[Path]):
    from app.ui.i18n import load_translator

    catalogue = load_translator("zh_CN")
    extra: dict[tuple[str, str], str] = {}
    for path in extra_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3:
                extra[(parts[0], parts[1])] = parts[2]

    def translate(context: str, text: str) -> str:
        found = catalogue.translate(context, text) if catalogue is not None else ""
        return found or extra.get((context, text), text)

    return translate


def build_pdfs(workdir: Path, tr) -> dict[str, bytes]:
    from app.services.base import SYSTEM

    db = open_database(workdir / "demo.db")
    try:
        build_demo(db, SYSTEM, today=TODAY)
        manager = Actor("manager", SYSTEM.role)
        clock = lambda: dt.datetime.combine(TODAY, dt.time(8, 30))  # noqa: E731
        shift = ShiftReportService(db, manager, clock).shift(TODAY - dt.timedelta(days=1), SHIFT)
        last_month = (TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        monthly = MonthlyReportService(db, manager, clock).monthly(last_month)
        return {"report_shift": shift_report_pdf(shift, tr),
                "report_monthly": monthly_report_pdf(monthly, tr)}
    finally:
        db.dispose()


def render(out_dir: Path, extra_files: list[Path], keep_pdf: bool = False) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        sys.exit("pdftoppm is missing (poppler-utils; see scripts/system-deps.sh)")
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = build_pdfs(Path(tmp), translator(extra_files))
        for name, data in pdfs.items():
            for old in out_dir.glob(f"{name}-*.png"):
                old.unlink()  # a shorter report must not leave stale pages behind
            pdf = (out_dir if keep_pdf else Path(tmp)) / f"{name}.pdf"
            pdf.write_bytes(data)
            subprocess.run([pdftoppm, "-png", "-r", str(RESOLUTION), str(pdf),
                            str(out_dir / name)], check=True)
            for page in out_dir.glob(f"{name}-*.png"):  # pdftoppm pads: -01 when 10+ pages
                number = int(page.stem.rsplit("-", 1)[1])
                page.rename(out_dir / f"{name}-{number}.png")
            shots += sorted(out_dir.glob(f"{name}-*.png"),
                            key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return shots


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="context<TAB>English<TAB>Chinese translations to add")
    parser.add_argument("--keep-pdf", action="store_true", help="also keep the PDFs")
    args = parser.parse_args()
    for shot in render(Path(args.out_dir), args.extra, args.keep_pdf):
        print(shot)
