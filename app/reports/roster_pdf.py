"""The week roster as a printable A4 landscape PDF: a WeekView in, PDF bytes out (no Qt, no DB).

Rows are employees grouped by department and team; columns are days × shifts. Seven days of
four shifts do not fit one landscape page legibly, so the week is split into day groups
(Mon–Thu, Fri–Sun with the default shifts), each printed in full before the next; the table
header repeats on every page and the footer says page x of y."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

from app.domain.errors import QT_TRANSLATE_NOOP
from app.reports.fonts import register_fonts
from app.reports.report_layout import Translate, write_pdf
from app.services.roster_dto import RosterCell, WeekRow, WeekView
from app.services.roster_sheet import iso_week

PAGE = landscape(A4)
MARGIN = 10 * mm
TOP = 20 * mm  # room for the page header drawn on the canvas
BOTTOM = 13 * mm  # room for the footer
CODE_WIDTH, NAME_WIDTH = 34, 46
MIN_CELL = 42  # points: below this a post name plus an area no longer reads at 6.5 pt

HEADER_FILL = colors.HexColor("#E3EAF3")
GROUP_FILL = colors.HexColor("#EEEEEE")
ZEBRA = colors.HexColor("#F8F9FB")
REDEPLOYED_FILL = colors.HexColor("#FFE1A6")
GRID = colors.HexColor("#9AA3AD")
MUTED = "#555555"

WEEKDAYS = (
    QT_TRANSLATE_NOOP("reports", "Mon"), QT_TRANSLATE_NOOP("reports", "Tue"),
    QT_TRANSLATE_NOOP("reports", "Wed"), QT_TRANSLATE_NOOP("reports", "Thu"),
    QT_TRANSLATE_NOOP("reports", "Fri"), QT_TRANSLATE_NOOP("reports", "Sat"),
    QT_TRANSLATE_NOOP("reports", "Sun"),
)
TITLE = QT_TRANSLATE_NOOP("reports", "Roster {week} ({first} — {last})")
DRAFT = QT_TRANSLATE_NOOP("reports", "Draft")
PUBLISHED = QT_TRANSLATE_NOOP("reports", "Published {date}")
CODE = QT_TRANSLATE_NOOP("reports", "Code")
NAME = QT_TRANSLATE_NOOP("reports", "Name")
NO_DEPARTMENT = QT_TRANSLATE_NOOP("reports", "No department")
FROM_POST = QT_TRANSLATE_NOOP("reports", "from {post}")
LEGEND = QT_TRANSLATE_NOOP(
    "reports", "Each cell: post, then area. ※ shaded: redeployed from another post (抽调顶岗).")
GENERATED = QT_TRANSLATE_NOOP("reports", "Generated {at}")
PAGE_OF = QT_TRANSLATE_NOOP("reports", "Page {page} of {pages}")


def day_groups(shift_count: int, width: float = PAGE[0] - 2 * MARGIN) -> list[range]:
    """Split the seven days into as few balanced groups as keep each cell MIN_CELL wide."""
    per_page = int((width - CODE_WIDTH - NAME_WIDTH) // (max(shift_count, 1) * MIN_CELL))
    per_page = min(7, max(1, per_page))
    count = -(-7 // per_page)
    sizes = [7 // count + (1 if i < 7 % count else 0) for i in range(count)]
    out, start = [], 0
    for size in sizes:
        out.append(range(start, start + size))
        start += size
    return out


def render_week_pdf(view: WeekView, venue: str, generated_at: dt.datetime,
                    translate: Translate | None = None) -> bytes:
    font = register_fonts()

    def tr(text: str) -> str:
        return translate("reports", text) if translate else text

    days = view.days
    title = tr(TITLE).format(week=iso_week(view.week_start), first=f"{days[0]:%m-%d}",
                             last=f"{days[-1]:%m-%d}")
    status = (tr(PUBLISHED).format(date=f"{view.published_at:%Y-%m-%d}")
              if view.status == "published" and view.published_at else tr(DRAFT))
    styles = _Styles(font)
    story: list = []
    for i, group in enumerate(day_groups(len(view.shifts))):
        if i:
            story.append(PageBreak())
        story.append(_table(view, [days[d] for d in group], styles, tr))

    def header(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 13)
        canvas.drawString(MARGIN, PAGE[1] - MARGIN - 6, title)
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.drawRightString(PAGE[0] - MARGIN, PAGE[1] - MARGIN - 1, venue)
        canvas.drawRightString(PAGE[0] - MARGIN, PAGE[1] - MARGIN - 12, status)
        canvas.restoreState()

    footer_left = tr(GENERATED).format(at=f"{generated_at:%Y-%m-%d %H:%M}")
    legend = tr(LEGEND)
    page_of = tr(PAGE_OF)

    def footer(canvas, number: int, total: int) -> None:
        canvas.setFont(font, 7)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.drawString(MARGIN, MARGIN - 2, f"{footer_left}    {legend}")
        canvas.drawRightString(PAGE[0] - MARGIN, MARGIN - 2,
                               page_of.format(page=number, pages=total))

    return write_pdf(story, footer, f"{venue} {title}".strip(), PAGE,
                     (MARGIN, MARGIN, TOP, BOTTOM), header)


class _Styles:
    def __init__(self, font: str) -> None:
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=6.5, leading=7.6,
                                   alignment=TA_CENTER)
        self.head = ParagraphStyle("head", fontName=font, fontSize=7, leading=8.4,
                                   alignment=TA_CENTER)
        self.name = ParagraphStyle("name", fontName=font, fontSize=7, leading=8.4,
                                   alignment=TA_LEFT)
        self.group = ParagraphStyle("group", fontName=font, fontSize=7.5, leading=9,
                                    alignment=TA_LEFT)


def _shift_label(shift) -> str:
    def short(t: dt.time) -> str:
        return f"{t.hour:02d}" if t.minute == 0 else f"{t.hour:02d}:{t.minute:02d}"

    return f"{escape(shift.name)}<br/><font size=5.5 color='{MUTED}'>" \
           f"{short(shift.start)}–{short(shift.end)}</font>"


def _cell_text(cell: RosterCell, tr) -> str:
    post = escape(cell.post)
    if cell.redeployed_from_post_id is not None:
        post = "※" + post
    parts = [post]
    if cell.area:
        parts.append(f"<font color='{MUTED}'>{escape(cell.area)}</font>")
    if cell.redeployed_from:
        parts.append(f"<font size=5.5>{escape(tr(FROM_POST).format(post=cell.redeployed_from))}"
                     "</font>")
    return "<br/>".join(parts)


def _group_label(row: WeekRow, tr) -> str:
    dept = row.department or tr(NO_DEPARTMENT)
    return f"{dept} · {row.team}" if row.team else dept


def _table(view: WeekView, days: list[dt.date], styles: _Styles, tr) -> Table:
    shifts = view.shifts
    if not shifts:  # no shift types at all: the names alone
        days = []
    n = max(len(shifts), 1)
    width = PAGE[0] - 2 * MARGIN
    cell_width = (width - CODE_WIDTH - NAME_WIDTH) / max(len(days) * n, 1)
    columns = len(days) * n + 2
    day_row: list = [Paragraph(tr(CODE), styles.head), Paragraph(tr(NAME), styles.head)]
    shift_row: list = ["", ""]
    for day in days:
        day_row.append(Paragraph(f"{tr(WEEKDAYS[day.weekday()])} {day:%m-%d}", styles.head))
        day_row.extend([""] * (n - 1))
        shift_row.extend(Paragraph(_shift_label(s), styles.head) for s in shifts)
    data = [day_row, shift_row]
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), 6.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("BACKGROUND", (0, 0), (-1, 1), HEADER_FILL),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
    ]
    for i in range(len(days)):
        first = 2 + i * n
        commands += [("SPAN", (first, 0), (first + n - 1, 0)),
                     ("LINEBEFORE", (first, 0), (first, -1), 0.9, colors.black)]
    zebra: list[tuple] = []  # drawn first, so the other fills win
    group = None
    for row in view.rows:
        label = _group_label(row, tr)
        if label != group:
            group = label
            r = len(data)
            data.append([Paragraph(escape(label), styles.group)] + [""] * (columns - 1))
            commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GROUP_FILL)]
        r = len(data)
        line: list = [Paragraph(escape(row.code), styles.name),
                      Paragraph(escape(row.name), styles.name)]
        for d, day in enumerate(days):
            for s, shift in enumerate(shifts):
                cell = view.cells.get((row.employee_id, day, shift.id))
                if cell is None:
                    line.append("")
                    continue
                line.append(Paragraph(_cell_text(cell, tr), styles.cell))
                if cell.redeployed_from_post_id is not None:
                    commands.append(("BACKGROUND", (2 + d * n + s, r), (2 + d * n + s, r),
                                     REDEPLOYED_FILL))
        if r % 2:
            zebra.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        data.append(line)
    table = Table(data, colWidths=[CODE_WIDTH, NAME_WIDTH] + [cell_width] * (columns - 2),
                  repeatRows=2)
    table.setStyle(TableStyle(zebra + commands))
    return table
