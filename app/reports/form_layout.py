"""The look of the printable forms (app/reports/guest_forms.py): A4 portrait, the venue and
the form's title centred over a rule on every page, a footer with the form's name and "page
x of y" (report_layout's numbered canvas), ruled grids with shaded label cells, lines to
write on and tick boxes. Text sits in Paragraphs so it wraps inside its cell. No Qt."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from app.reports.fonts import FONT_NAME as FONT
from app.reports.fonts import register_fonts
from app.reports.report_layout import CONTEXT as REPORTS
from app.reports.report_layout import PAGE_OF, Translate, write_pdf

PAGE = A4
MARGIN = 15 * mm
TOP = 27 * mm  # room for the venue and title drawn on every page
BOTTOM = 16 * mm  # room for the footer
WIDTH = PAGE[0] - 2 * MARGIN
FRAME_PAD = 6  # ReportLab's default frame padding
BOX = "□"  # a tick box (U+25A1, in the bundled font)
_HAN = re.compile("[\u2e80-\u9fff\uf900-\ufaff]")
CHUNK = 60 * mm  # the tallest piece of a long text in one table row (see chunks)

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#7B8794")
SECTION_FILL = colors.HexColor("#E3EAF3")
LABEL_FILL = colors.HexColor("#F5F7FA")


class FormStyles:
    def __init__(self, font: str) -> None:
        def style(name: str, size: float, color=INK, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35,
                                  textColor=color, **kw)

        self.body = style("body", 9.5)
        self.label = style("label", 8.5, MUTED)
        self.value = style("value", 10)
        self.small = style("small", 8, MUTED)
        self.section = style("section", 10.5)
        self.center = style("center", 8.5, alignment=1)
        self.box = style("box", 13, alignment=1)


def form_para(text: str, style: ParagraphStyle) -> Paragraph:
    """Escaped text with line breaks kept: guests' words are printed as written. Chinese
    wraps the CJK way (between characters, no line starting with "。"); English text keeps
    the default, which never breaks inside a word that fits on a line of its own."""
    if _HAN.search(text):
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def build_form(tr: Translate, venue: str, title: str, story: list) -> bytes:
    """The form's PDF: the story under the venue and title, the footer on every page."""
    font = register_fonts()
    page_of = tr(REPORTS, PAGE_OF)
    footer_left = f"{venue} · {title}" if venue else title

    def header(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(font, 10)
        canvas.drawCentredString(PAGE[0] / 2, PAGE[1] - MARGIN - 2, venue)
        canvas.setFillColor(INK)
        canvas.setFont(font, 17)
        canvas.drawCentredString(PAGE[0] / 2, PAGE[1] - MARGIN - 22, title)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, PAGE[1] - TOP + 6, PAGE[0] - MARGIN, PAGE[1] - TOP + 6)
        canvas.restoreState()

    def footer(canvas, number: int, total: int) -> None:
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, BOTTOM - 5, PAGE[0] - MARGIN, BOTTOM - 5)
        canvas.setFont(font, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, BOTTOM - 15, footer_left)
        canvas.drawRightString(PAGE[0] - MARGIN, BOTTOM - 15,
                               page_of.format(page=number, pages=total))

    # the frame pads its content by 6 pt: take that off the margins so tables, text and the
    # header rule all line up at MARGIN
    margins = (MARGIN - FRAME_PAD, MARGIN - FRAME_PAD, TOP - FRAME_PAD, BOTTOM - FRAME_PAD)
    return write_pdf(story, footer, f"{venue} {title}".strip(), PAGE, margins, header)


def grid(data: list, widths: list[float], extra: list[tuple] | None = None,
         heights: list[float] | None = None) -> Table:
    table = Table(data, colWidths=widths, minRowHeights=heights)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # empty cells too, else Helvetica is referenced
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *(extra or []),
    ]))
    return table


def chunks(paragraph: Paragraph, width: float, most: float = CHUNK) -> list[Paragraph]:
    """The paragraph cut into pieces at most ``most`` high (ReportLab splits a paragraph
    between lines; a table row itself is never split, so a long text needs several rows)."""
    pieces = []
    while True:
        _w, height = paragraph.wrap(width, 1e9)
        parts = paragraph.split(width, most) if height > most else []
        if len(parts) < 2:
            return [*pieces, paragraph]
        pieces.append(parts[0])
        paragraph = parts[1]


def boxes(labels: list[str]) -> str:
    return "  ".join(f"{BOX}\u00a0{label}" for label in labels)


def writing_lines(count: int) -> Table:
    """Ruled lines to write on."""
    table = Table([[""]] * count, colWidths=[WIDTH], rowHeights=[8.5 * mm] * count)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID)]))
    return table


def label_fill(columns: list[int], row: int | None = None) -> list[tuple]:
    """The shade of label cells: the given columns in one row, or all the way down."""
    first, last = (0, -1) if row is None else (row, row)
    return [("BACKGROUND", (c, first), (c, last), LABEL_FILL) for c in columns]
