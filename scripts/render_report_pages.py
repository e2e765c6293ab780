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
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.reports.daily_pdf import daily_report_pdf  # noqa: E402
from app.services.base import SYSTEM  # noqa: E402
from app.services.bootstrap import Services, open_database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402
from app.ui.i18n import load_translator, translate_with  # noqa: E402

DPI = 70


def translator(extra_tsv: Path | None):
    """The zh_CN .qm translation, with unmerged lines from ``extra_tsv`` taking precedence."""
    qm = translate_with(load_translator("zh_CN"))
    extra: dict[tuple[str, str], str] = {}
    if extra_tsv:
        for line in extra_tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3:
                extra[(parts[0], parts[1])] = parts[2]

    def translate(context: str, text: str) -> str:
        return extra.get((context, text)) or qm(context, text)

    return translate


def pages(pdf: Path, out_dir: Path, stem: str) -> list[Path]:
    """pdftoppm the PDF to out_dir/<stem>-<n>.png (unpadded n), replacing older pages."""
    for old in out_dir.glob(f"{stem}-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-png", "-r", str(DPI), str(pdf), f"{tmp}/p"], check=True)
        out = []
        for png in sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[1])):
            target = out_dir / f"{stem}-{int(png.stem.split('-')[1])}.png"
            target.write_bytes(png.read_bytes())
            out.append(target)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--extra-tsv", type=Path, default=None)
    parser.add_argument("--pdf", type=Path, default=None, help="also keep the PDF here")
    args = parser.parse_args()
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tr = translator(args.extra_tsv)
    today = dt.date.today()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.db")
        try:
            build_demo(db, SYSTEM, today=today)
            report = Services.bind(db, SYSTEM).daily_report.daily(today - dt.timedelta(days=1))
            pdf = Path(tmp) / "report_daily.pdf"
            pdf.write_bytes(daily_report_pdf(report, tr))
            if args.pdf:
                args.pdf.write_bytes(pdf.read_bytes())
            for png in pages(pdf, out_dir, "report_daily"):
                print(png)
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
