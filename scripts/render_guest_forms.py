"""Render the three printable guest-side forms in Chinese: the guest feedback form, the
complaint record sheet (blank, and filled from a realistic complaint built by hand — no
database needed) and the complaint-handling flowchart; PDFs and PNGs via pdftoppm.

    python scripts/render_guest_forms.py [OUT_DIR] [--extra FILE.tsv ...]
                                                           (default docs/screenshots)

Chinese comes from the zh_CN catalogue. ``--extra`` adds translations from
``context<TAB>English<TAB>Chinese`` files for strings the catalogue lacks yet (new strings
before lupdate has been run); they win over the catalogue.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from screens_common import SCREENSHOTS, pdf_first_page, zh_translate

from app.reports.guest_forms import (
    complaint_flowchart_pdf,
    complaint_record_pdf,
    feedback_form_pdf,
)
from app.services.dto import PersonRef
from app.services.guest_dto import ComplaintDTO

VENUE = "金悦酒店 · 中餐厅"
RESOLUTION = 80  # pdftoppm -r: A4 at 661 × 935 px


def sample_complaint() -> ComplaintDTO:
    """A dinner-time complaint that went the whole way: answered in 3:42, handed to the
    kitchen, resolved with a replacement dish and a fruit platter, fed back, and a
    rectification opened for the defect it revealed."""
    received = dt.datetime(2026, 11, 20, 19, 42, 5)
    return ComplaintDTO(
        id=37, received_at=received, received_by="刘思雨", channel="in_person",
        guest_name="王先生", guest_contact="138 0013 8000", area_id=3, area="大厅",
        table_no="A12",
        content=("顾客反映清蒸石斑鱼上桌时已经偏凉，鱼肉靠近骨头处没有熟透；点菜时服务员承诺"
                 "15分钟内上桌，实际等了约35分钟，期间两次催菜都没有得到明确答复。顾客同行有"
                 "一位老人和一个小孩，希望尽快重新上一份并说明原因。"),
        category="food_quality", dimension="reliability", severity="major",
        status="closed", deadline=received + dt.timedelta(minutes=5),
        first_response_at=received + dt.timedelta(minutes=3, seconds=42),
        responder="刘思雨", response_seconds=222, on_time=True,
        department_id=2, department="厨房",
        responsible=PersonRef(11, "K006", "陈建国", "热菜主管"),
        handed_over_at=received + dt.timedelta(minutes=6, seconds=10),
        resolution=("厨房立即重做一份清蒸石斑鱼，12分钟后上桌；热菜主管到台前致歉并说明原因："
                    "出菜高峰蒸柜温度不足，出品前未复核中心温度。"),
        resolved_at=received + dt.timedelta(minutes=24),
        feedback="20:30 值班经理到台前回访，顾客表示重做的鱼品质很好，接受致歉和赠送的果盘。",
        satisfaction=4, compensation="赠送果盘一份，原菜免单", compensation_amount=268.0,
        rectification_id=58, rectification_status="in_progress", version=5,
    )


def render(out_dir: Path, extra_files: list[Path]) -> list[Path]:
    tr = zh_translate(extra_files)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdfs = {
        "feedback_form": feedback_form_pdf(tr, VENUE),
        "complaint_record_blank": complaint_record_pdf(tr, VENUE),
        "complaint_record_filled": complaint_record_pdf(tr, VENUE, sample_complaint()),
        "complaint_flowchart": complaint_flowchart_pdf(tr, VENUE),
    }
    # the first page is the form
    return [pdf_first_page(data, out_dir / f"{name}.png", RESOLUTION)
            for name, data in pdfs.items()]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=SCREENSHOTS)
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="context<TAB>English<TAB>Chinese translations to add")
    args = parser.parse_args()
    for shot in render(args.out_dir, args.extra):
        print(shot)
