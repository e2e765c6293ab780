"""The one look every FloorQC report shares (shift, daily, monthly): DTOs in, bytes out, no Qt.

A4 portrait. Every page has a header (report title and period on the left, venue on the
right) and a footer ("generated at … by … · audit chain head abcd1234…", the legend "— no
data", and "page x of y", which needs the page count, hence the numbered canvas that holds
the pages until the end). Everything is drawn with the bundled CJK font, embedded.

Usage (a report module builds a story from these helpers and hands it over)::

    s = styles()
    story = [key_figures([Tile(tr(C, "Average score"), fmt_num(82.5))]),
             *section(tr(C, "Ranking"), [data_table([...header], rows, widths=[3, 1, 1],
                                                    numeric={1, 2})])]
    pdf_bytes = build_pdf(report.meta, story, tr)

Rules the helpers keep so the reports look alike: numbers are formatted by fmt_* (None →
"—", never 0), numeric columns are right-aligned, table headers repeat on every page
(repeatRows=1), rows are zebra-striped, section headings never end a page alone.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.errors import QT_TRANSLATE_NOOP
from app.reports.fonts import register_fonts

Translate = Callable[[str, str], str]
Chrome = Callable[[pdf_canvas.Canvas, int, int], None]  # draws on a page: (canvas, x, of y)
CONTEXT = "reports"

PAGE = A4
MARGIN = 15 * mm
TOP = 24 * mm  # the header band
BOTTOM = 17 * mm  # the footer band
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN  # usable width, for charts and tables

NO_DATA = "—"
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1F5A96")
HEADER_FILL = colors.HexColor("#E3EAF3")
ZEBRA = colors.HexColor("#F5F7FA")
TILE_FILL = colors.HexColor("#F0F4F8")
GRID = colors.HexColor("#B8C2CC")
GOOD = colors.HexColor("#2E7D32")
BAD = colors.HexColor("#C62828")

GENERATED = QT_TRANSLATE_NOOP("reports", "Generated {at} by {user}")
AUDIT_HEAD = QT_TRANSLATE_NOOP("reports", "audit chain head {hash}…")
AUDIT_EMPTY = QT_TRANSLATE_NOOP("reports", "audit chain empty")
PAGE_OF = QT_TRANSLATE_NOOP("reports", "Page {page} of {pages}")
NO_DATA_LEGEND = QT_TRANSLATE_NOOP("reports", "— no data")
DATE_LABEL = QT_TRANSLATE_NOOP("reports", "Date")
SIGNATURE = QT_TRANSLATE_NOOP("reports", "Signature")


class MetaLike(Protocol):
    """What the header and footer need (app.services.report_dto_daily.ReportMeta has it)."""

    venue: str
    title: str  # English source text in the "reports" context; translated here
    date_from: dt.date
    date_to: dt.date
    generated_at: dt.datetime
    generated_by: str
    audit_head: str
    subtitle: str


# ---------------------------------------------------------------- text


@dataclass(frozen=True)
class Styles:
    font: str
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_head: ParagraphStyle
    tile_label: ParagraphStyle
    tile_value: ParagraphStyle
    tile_note: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles, all in the bundled font (registered on first use)."""
    font = register_fonts()

    def style(name: str, size: float, leading: float | None = None, colour=INK,
              align=TA_LEFT, **extra) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size,
                              leading=leading or size * 1.3, textColor=colour,
                              alignment=align, **extra)

    return Styles(
        font=font,
        body=style("body", 9, 12.5),
        small=style("small", 7.5, 9.5),
        muted=style("muted", 7.5, 9.5, MUTED, spaceBefore=2),
        # No keepWithNext: ReportLab then pushes a heading and a long table whole to the next
        # page; section() keeps headings from being stranded with a CondPageBreak instead.
        h1=style("h1", 12.5, 16, ACCENT, spaceBefore=8, spaceAfter=4),
        h2=style("h2", 10, 13, INK, spaceBefore=5, spaceAfter=2),
        cell=style("cell", 7.5, 9.3),
        cell_right=style("cell_right", 7.5, 9.3, align=TA_RIGHT),
        cell_centre=style("cell_centre", 7.5, 9.3, align=TA_CENTER),
        cell_head=style("cell_head", 7.5, 9.3, align=TA_CENTER),
        tile_label=style("tile_label", 7.5, 9.5, MUTED, align=TA_CENTER),
        tile_value=style("tile_value", 15, 18, INK, align=TA_CENTER),
        tile_note=style("tile_note", 6.8, 8.6, MUTED, align=TA_CENTER),
    )


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """Plain text (escaped, line breaks kept) as a paragraph, body style by default."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style or styles().body)


def note(text: str) -> Paragraph:
    """A small grey line: definitions, what a figure counts, where data is missing."""
    return para(text, styles().muted)


def heading(text: str, level: int = 1) -> Paragraph:
    """A section (level 1) or sub-section (2) heading. Prefer section(), which also keeps
    the heading from ending a page."""
    return para(text, styles().h1 if level == 1 else styles().h2)


def section(title: str, body: Sequence[Flowable], min_space: float = 45 * mm,
            level: int = 1, keep: bool = False) -> list[Flowable]:
    """A heading and its body; starts a new page when less than ``min_space`` is left, so a
    heading is never stranded at the foot of a page. ``keep=True`` moves heading and body
    to the next page together when they do not fit what is left (for a body shorter than a
    page, e.g. a chart with its small table)."""
    if keep:
        return [KeepTogether([heading(title, level), *body])]
    return [CondPageBreak(min_space), heading(title, level), *body]


# ---------------------------------------------------------------- numbers


def fmt_num(value: float | None, digits: int = 1) -> str:
    """A number, or "—" for no data."""
    if value is None:
        return NO_DATA
    return f"{value:,.{digits}f}"


def fmt_int(value: int | None) -> str:
    return NO_DATA if value is None else f"{value:,d}"


def fmt_pct(value: float | None, digits: int = 1) -> str:
    """A percentage given in percent (0–100): 87.5 → "87.5%"; None → "—"."""
    return NO_DATA if value is None else f"{value:.{digits}f}%"


def fmt_signed(value: float | None, digits: int = 1, unit: str = "") -> str:
    """A difference with its sign (+2.0, −3.5 with a true minus); None → "—"."""
    if value is None:
        return NO_DATA
    text = f"{value:+.{digits}f}".replace("-", "−")
    return f"{text}{unit}"


def fmt_ratio(done: int | None, due: int | None) -> str:
    """"done / due", e.g. "12 / 15"."""
    return f"{fmt_int(done)} / {fmt_int(due)}"


def fmt_time(at: dt.datetime | None) -> str:
    return NO_DATA if at is None else f"{at:%Y-%m-%d %H:%M}"


def period_text(meta: MetaLike) -> str:
    """"2026-11-23", or "2026-11-01 — 2026-11-30"; the subtitle (e.g. a shift) after it."""
    if meta.date_from == meta.date_to:
        text = f"{meta.date_from:%Y-%m-%d}"
    else:
        text = f"{meta.date_from:%Y-%m-%d} — {meta.date_to:%Y-%m-%d}"
    return f"{text} · {meta.subtitle}" if meta.subtitle else text


# ---------------------------------------------------------------- tables


def _fits(text: str, font: str, size: float, width: float) -> bool:
    """One line that needs no wrapping in a column ``width`` wide."""
    return "\n" not in text and stringWidth(text, font, size) <= width


def _cell(value: object, style: ParagraphStyle) -> object:
    if value is None or value == "":
        return Paragraph(NO_DATA, ParagraphStyle("nd", parent=style, textColor=MUTED))
    if isinstance(value, Flowable):
        return value
    return Paragraph(escape(str(value)).replace("\n", "<br/>"), style)


def data_table(header: Sequence[str], rows: Sequence[Sequence[object]],
               widths: Sequence[float] | None = None, numeric: Iterable[int] = (),
               centre: Iterable[int] = (), empty: str | None = None,
               highlight: Iterable[int] = (), width: float = CONTENT_WIDTH) -> Flowable:
    """A table whose header row repeats on every page, zebra rows, wrapping cells.

    ``rows`` hold strings (already formatted with fmt_*), flowables, or None / "" for no
    data ("—"). ``widths`` are relative (e.g. [3, 1, 1]); ``numeric`` column indexes are
    right-aligned, ``centre`` ones centred; ``highlight`` row indexes get a red tint (e.g. out
    of control, overdue). With no rows, ``empty`` (a sentence) is shown instead of an empty
    grid."""
    s = styles()
    if not rows and empty is not None:
        return note(empty)
    numeric, centre = set(numeric), set(centre)
    columns = len(header)
    weights = list(widths) if widths else [1.0] * columns
    col_widths = [width * w / sum(weights) for w in weights]

    def style_for(c: int) -> ParagraphStyle:
        return s.cell_right if c in numeric else s.cell_centre if c in centre else s.cell

    data: list[list[object]] = [[Paragraph(escape(h), s.cell_head) for h in header]]
    no_data: list[tuple] = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            if v is None or v == "":
                cells.append(NO_DATA)
                no_data.append(("TEXTCOLOR", (c, r), (c, r), MUTED))
            elif isinstance(v, str) and _fits(v, s.font, s.cell.fontSize, col_widths[c] - 6):
                cells.append(v)  # a plain string: a Paragraph costs ~10× more to lay out
            else:
                cells.append(_cell(v, style_for(c)))
        data.append(cells)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), s.font),
        # Plain-string cells look exactly like the cell paragraph styles.
        ("FONTSIZE", (0, 1), (-1, -1), s.cell.fontSize),
        ("LEADING", (0, 1), (-1, -1), s.cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        *no_data,
        *(("ALIGN", (c, 1), (c, -1), "RIGHT") for c in sorted(numeric)),
        *(("ALIGN", (c, 1), (c, -1), "CENTER") for c in sorted(centre - numeric)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
    ]
    commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), colors.HexColor("#FDECEC"))
                 for r in highlight]
    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class Tile:
    """One key figure: a label, the value (formatted), a note under it (e.g. the trend)."""

    label: str
    value: str
    note: str = ""
    tone: str = ""  # "" | "good" | "bad": colours the value


def key_figures(tiles: Sequence[Tile], columns: int = 4,
                width: float = CONTENT_WIDTH) -> Flowable:
    """A grid of figure tiles, ``columns`` per row."""
    s = styles()
    cells = []
    for t in tiles:
        colour = {"good": GOOD, "bad": BAD}.get(t.tone, INK)
        value = ParagraphStyle("tv", parent=s.tile_value, textColor=colour)
        parts = [para(t.label, s.tile_label), para(t.value, value)]
        if t.note:
            parts.append(para(t.note, s.tile_note))
        cells.append(parts)
    count = len(cells)
    while len(cells) % columns:
        cells.append("")
    grid = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    table = Table(grid, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), s.font),  # else empty cells select Helvetica
        *[("BACKGROUND", (i % columns, i // columns), (i % columns, i // columns), TILE_FILL)
          for i in range(count)],
        ("GRID", (0, 0), (-1, -1), 3, colors.white),  # white gutters between the tiles
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def signature_lines(labels: Sequence[str], tr: Translate,
                    width: float = CONTENT_WIDTH) -> Flowable:
    """One line per signer: "label  signature ______  date ______"."""
    s = styles()
    rows = [[para(label, s.body), para(tr(CONTEXT, SIGNATURE), s.muted), "",
             para(tr(CONTEXT, DATE_LABEL), s.muted), ""] for label in labels]
    table = Table(rows, colWidths=[width * w for w in (0.28, 0.12, 0.30, 0.08, 0.22)],
                  rowHeights=[11 * mm] * len(rows), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), s.font),  # else the empty cells select Helvetica
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (2, 0), (2, -1), 0.6, INK),
        ("LINEBELOW", (4, 0), (4, -1), 0.6, INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
    ]))
    return table


def spacer(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


# ---------------------------------------------------------------- the document


def numbered_canvas(chrome: Chrome) -> type[pdf_canvas.Canvas]:
    """A canvas class (for ``canvasmaker``) that holds every page until the end, then has
    ``chrome(canvas, page, pages)`` draw on each: "page x of y" needs y."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.saveState()
                chrome(self, number, total)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def write_pdf(story: Sequence[Flowable], chrome: Chrome, title: str, pagesize=PAGE,
              margins: tuple[float, float, float, float] = (MARGIN, MARGIN, TOP, BOTTOM),
              on_page: Callable | None = None) -> bytes:
    """The story as PDF bytes in the bundled font: ``chrome`` draws on every page once the
    page count is known, ``on_page(canvas, doc)`` as each page begins (margins: l, r, t, b)."""
    left, right, top, bottom = margins
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=left, rightMargin=right,
                            topMargin=top, bottomMargin=bottom, title=title,
                            author="FloorQC", creator="FloorQC",
                            # else every page references Helvetica, which is not embedded
                            initialFontName=styles().font)
    hooks = {"onFirstPage": on_page, "onLaterPages": on_page} if on_page else {}
    doc.build(list(story), canvasmaker=numbered_canvas(chrome), **hooks)
    return buffer.getvalue()


def build_pdf(meta: MetaLike, story: Sequence[Flowable], tr: Translate) -> bytes:
    """The PDF: the story inside the common header and footer, page x of y."""
    font = styles().font
    title = tr(CONTEXT, meta.title)
    period = period_text(meta)
    generated = tr(CONTEXT, GENERATED).format(at=fmt_time(meta.generated_at),
                                              user=meta.generated_by)
    head = (tr(CONTEXT, AUDIT_HEAD).format(hash=meta.audit_head[:16]) if meta.audit_head
            else tr(CONTEXT, AUDIT_EMPTY))
    footer_left = f"{generated} · {head}"
    legend = tr(CONTEXT, NO_DATA_LEGEND)
    page_of = tr(CONTEXT, PAGE_OF)
    width, height = PAGE

    def chrome(canvas: pdf_canvas.Canvas, number: int, total: int) -> None:
        canvas.setFillColor(ACCENT)
        canvas.setFont(font, 14)
        canvas.drawString(MARGIN, height - MARGIN - 8, title)
        canvas.setFillColor(MUTED)
        canvas.setFont(font, 9)
        canvas.drawString(MARGIN, height - MARGIN - 20, period)
        canvas.drawRightString(width - MARGIN, height - MARGIN - 8, meta.venue)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, height - TOP + 1.5 * mm, width - MARGIN, height - TOP + 1.5 * mm)
        canvas.line(MARGIN, BOTTOM - 3 * mm, width - MARGIN, BOTTOM - 3 * mm)
        canvas.setFont(font, 7)
        canvas.drawString(MARGIN, BOTTOM - 7 * mm, footer_left)
        canvas.drawString(MARGIN, BOTTOM - 10.5 * mm, legend)
        canvas.drawRightString(width - MARGIN, BOTTOM - 7 * mm,
                               page_of.format(page=number, pages=total))

    return write_pdf(story, chrome, f"{meta.venue} {title} {period}".strip())
