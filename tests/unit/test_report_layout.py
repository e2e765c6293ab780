"""The common report look: header and footer on every page with page x of y, a table header
that repeats on the next page, "—" for no data, the bundled font embedded and covering every
character drawn."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from app.reports import report_layout as layout
from app.reports.fonts import register_fonts
from app.services.report_dto_daily import ReportMeta

META = ReportMeta("金悦大酒店", "Daily quality report", dt.date(2026, 11, 23),
                  dt.date(2026, 11, 23), dt.datetime(2026, 11, 24, 7, 30), "manager",
                  "4d085c611a415c5b" + "0" * 48)


def identity(_context: str, text: str) -> str:
    return text


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def font_problems(pdf: bytes) -> list[str]:
    """Every font a page uses must carry its outlines (FontFile2/3, or FontFile for Type 1)."""
    problems = []
    for n, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):
        fonts = page["/Resources"].get_object().get("/Font", {})
        for key, ref in fonts.items():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append(f"page {n}: {key} {font.get('/BaseFont')} is not embedded")
    return problems


def missing_glyphs(pdf: bytes) -> set[str]:
    face = pdfmetrics.getFont(register_fonts()).face
    return {c for text in pages_text(pdf) for c in text
            if not c.isspace() and ord(c) not in face.charToGlyph}


def long_report() -> bytes:
    rows = [[f"区域 {i}", layout.fmt_num(80 + i / 4), layout.fmt_int(i), None]
            for i in range(120)]
    story = [
        layout.key_figures([layout.Tile("巡检完成 / 应检", layout.fmt_ratio(12, 15), "7 d 80%"),
                            layout.Tile("Average score", layout.fmt_num(None))]),
        *layout.section("Area ranking", [layout.data_table(
            ["Area", "Score", "Findings", "Remark"], rows, widths=[3, 1, 1, 2],
            numeric={1, 2})]),
        *layout.section("Signatures", [layout.signature_lines(["值班质检员", "Manager"],
                                                               identity)]),
    ]
    return layout.build_pdf(META, story, identity)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return long_report()


def test_every_page_has_header_footer_and_page_x_of_y(pdf):
    texts = pages_text(pdf)
    assert len(texts) >= 3
    for n, text in enumerate(texts, 1):
        assert f"Page {n} of {len(texts)}" in text
        assert "Daily quality report" in text and "金悦大酒店" in text and "2026-11-23" in text
        assert "Generated 2026-11-24 07:30 by manager" in text
        assert "audit chain head 4d085c611a415c5b…" in text
        assert "— no data" in text


def test_table_header_repeats_on_the_next_page(pdf):
    texts = pages_text(pdf)
    assert "区域 0" in texts[0] and "区域 119" not in texts[0]
    continued = next(t for t in texts[1:] if "区域 119" in t or "区域 60" in t)
    assert "Remark" in continued and "Findings" in continued
    assert "区域 119" in texts[-1] and "Signatures" in texts[-1]


def test_fonts_embedded_and_every_character_has_a_glyph(pdf):
    assert font_problems(pdf) == []
    assert b"Helvetica" not in pdf
    assert missing_glyphs(pdf) == set()


def test_no_data_is_a_dash_never_zero():
    assert layout.fmt_num(None) == layout.fmt_pct(None) == layout.fmt_int(None) == "—"
    assert layout.fmt_num(0.0) == "0.0" and layout.fmt_pct(87.456) == "87.5%"
    assert layout.fmt_signed(-3.25, 1) == "−3.2" and layout.fmt_signed(2, 0, " pp") == "+2 pp"
    assert layout.fmt_ratio(3, None) == "3 / —"
    assert layout.fmt_time(dt.datetime(2026, 11, 23, 9, 5, 7)) == "2026-11-23 09:05"


def test_period_text_and_empty_table_sentence():
    assert layout.period_text(META) == "2026-11-23"
    month = ReportMeta("V", "T", dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                       dt.datetime(2026, 12, 1), "u", "", subtitle="晚市")
    assert layout.period_text(month) == "2026-11-01 — 2026-11-30 · 晚市"
    empty = layout.data_table(["A"], [], empty="Nothing is overdue.")
    assert empty.getPlainText() == "Nothing is overdue."


def test_empty_audit_log_is_said_not_hidden():
    meta = ReportMeta("V", "Daily quality report", dt.date(2026, 11, 23), dt.date(2026, 11, 23),
                      dt.datetime(2026, 11, 24), "u", "")
    text = pages_text(layout.build_pdf(meta, [layout.para("x")], identity))[0]
    assert "audit chain empty" in text and "Page 1 of 1" in text
