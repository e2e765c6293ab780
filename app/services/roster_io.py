"""The week roster out to .xlsx and PDF, and back in from .xlsx (or .csv) in the same layout.

An import is all-or-nothing: the week is written and checked in one transaction, every
problem is listed with its row and column, and anything wrong rolls the whole file back."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.backup import backup_sqlite
from app.db.models import RosterWeek, ShiftType, Venue
from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from app.domain.permissions import Permission
from app.domain.shifts import week_start
from app.paths import backup_dir_for
from app.services.base import Service
from app.services.roster import log_change
from app.services.roster_dto import WeekView
from app.services.roster_import import Staged, stage
from app.services.roster_queries import cells, week_rows
from app.services.roster_sheet import (
    HINT,
    INFO_HEADERS,
    TITLE,
    WEEK_LABEL,
    Problem,
    cell_text,
    column_title,
    iso_week,
    parse_roster_sheet,
)
from app.services.shifts import shift_dto
from app.services.staff_io import ImportFailed
from app.services.staff_sheet import normalise_header
from app.services.tabular import escape_formula, read_rows

Translate = Callable[[str, str], str]

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl refuses these


class RosterImportFailed(ImportFailed):
    """The roster file has problems; nothing was imported. ``problems`` lists every one."""


@dataclass(frozen=True)
class RosterImportReport:
    week_start: dt.date
    employees: int
    added: int
    changed: int
    removed: int
    unchanged: int

    def render(self, translate=None) -> str:
        template = QT_TRANSLATE_NOOP(
            "import", "Roster {week} imported for {employees} employees: {added} added, "
                      "{changed} changed, {removed} removed, {unchanged} unchanged.")
        if translate:
            template = translate("import", template)
        return template.format(week=iso_week(self.week_start), employees=self.employees,
                               added=self.added, changed=self.changed, removed=self.removed,
                               unchanged=self.unchanged)


@dataclass(frozen=True)
class RosterImportPreview:
    """What importing the file would do, or every reason it cannot (for the dialog)."""

    problems: tuple[Problem, ...]
    week_start: dt.date | None
    employees: int
    added: int
    changed: int
    removed: int
    unchanged: int

    @property
    def ok(self) -> bool:
        return not self.problems


class _Rollback(Exception):  # noqa: N818 - control flow, never shown
    def __init__(self, staged: Staged) -> None:
        super().__init__("rollback")
        self.staged = staged


class RosterIOService(Service):
    # -- export ----------------------------------------------------------------------
    def export_week(self, monday: dt.date, path: str | Path) -> int:
        """Write the week as .xlsx; returns how many employee rows were written."""
        self._require(Permission.VIEW_ORG)
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "{file}: a roster is exported as .xlsx or .pdf."), file=path.name)
        view, venue = self._view(week_start(monday))
        _atomic_write(path, lambda tmp: _write_xlsx(tmp, view, venue))
        return len(view.rows)

    def export_week_pdf(self, monday: dt.date, path: str | Path,
                        translate: Translate | None = None) -> int:
        """Write the week as a printable A4 landscape PDF; returns how many employee rows."""
        self._require(Permission.VIEW_ORG)
        from app.reports.roster_pdf import render_week_pdf  # ReportLab only when printing

        view, venue = self._view(week_start(monday))
        data = render_week_pdf(view, venue, self.clock(), translate)
        _atomic_write(Path(path), lambda tmp: tmp.write_bytes(data))
        return len(view.rows)

    def export(self, monday: dt.date, path: str | Path, translate: Translate | None = None) -> int:
        """.xlsx or .pdf by the file's extension."""
        if Path(path).suffix.lower() == ".pdf":
            return self.export_week_pdf(monday, path, translate)
        return self.export_week(monday, path)

    def _view(self, monday: dt.date) -> tuple[WeekView, str]:
        with self.db.read() as s:
            return week_view(s, monday), s.scalar(select(Venue.name).limit(1)) or ""

    # -- import ----------------------------------------------------------------------
    def preview(self, path: str | Path) -> RosterImportPreview:
        """Check the file as an import would, then roll back."""
        self._require(Permission.EDIT_ROSTER)
        staged = self._stage(self._parse(path), path, commit=False)
        return RosterImportPreview(tuple(staged.problems), staged.monday, staged.employees,
                                   staged.added, staged.changed, staged.removed,
                                   staged.unchanged)

    def import_week(self, path: str | Path) -> RosterImportReport:
        self._require(Permission.EDIT_ROSTER)
        path = Path(path)
        sheet = self._parse(path)
        staged = self._stage(sheet, path, commit=False)  # before a backup is worth taking
        if staged.problems:
            raise RosterImportFailed(staged.problems)
        source = self.db.sqlite_file
        if staged.changes and source is not None and source.exists():
            backup_sqlite(source, backup_dir_for(source), "pre-import")  # DESIGN.md §6
        staged = self._stage(sheet, path, commit=True)  # again: others may have written since
        if staged.problems:
            raise RosterImportFailed(staged.problems)
        assert staged.monday is not None
        return RosterImportReport(staged.monday, staged.employees, staged.added, staged.changed,
                                  staged.removed, staged.unchanged)

    def _parse(self, path: str | Path):
        rows = read_rows(path)
        with self.db.read() as s:
            shifts = {}
            for sid, name, name_en in s.execute(select(ShiftType.id, ShiftType.name,
                                                       ShiftType.name_en)):
                shifts[normalise_header(name)] = sid
                if name_en:
                    shifts.setdefault(normalise_header(name_en), sid)
        return parse_roster_sheet(rows, shifts)

    def _stage(self, sheet, path: str | Path, commit: bool) -> Staged:
        try:
            with self.db.write() as s:
                staged = stage(s, sheet)
                if staged.problems or not commit:
                    raise _Rollback(staged)
                assert staged.monday is not None
                # One record of the whole import, with every cell it changed.
                log_change(self, s, staged.monday, "import", {"entries": staged.before},
                           {"entries": staged.after, "file": Path(path).name,
                            "week": iso_week(staged.monday), "employees": staged.employees,
                            "added": staged.added, "changed": staged.changed,
                            "removed": staged.removed, "unchanged": staged.unchanged}, "")
                return staged
        except _Rollback as done:
            return done.staged


def week_view(s: Session, monday: dt.date) -> WeekView:
    """As RosterService.week, but a retired shift still rostered this week keeps its column."""
    last = monday + dt.timedelta(days=6)
    found = cells(s, monday, last)
    used = {c.shift_type_id for c in found}
    shifts = [shift_dto(t) for t in s.scalars(select(ShiftType).order_by(ShiftType.position,
                                                                          ShiftType.id))
              if t.active or t.id in used]
    week = s.scalar(select(RosterWeek).where(RosterWeek.week_start == monday))
    return WeekView(monday, week.status if week else "draft",
                    week.published_at if week else None, tuple(shifts),
                    tuple(week_rows(s, {c.employee_id for c in found})),
                    {(c.employee_id, c.day, c.shift_type_id): c for c in found})


# -- the spreadsheet ------------------------------------------------------------------------

def _atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """The file appears complete or not at all: written beside it, then renamed."""
    fd, name = tempfile.mkstemp(prefix=".floorqc-", suffix=path.suffix, dir=path.parent or ".")
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        # mkstemp makes the file private (0600); an export is an ordinary document.
        os.chmod(tmp, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _text(value: str) -> str:
    return escape_formula(_ILLEGAL_XML.sub("", value))


def _width(value: object) -> int:
    """Columns wide enough to read: a CJK character takes two widths of a Latin one."""
    text = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _write_xlsx(path: Path, view: WeekView, venue: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = iso_week(view.week_start)
    days = view.days
    titles = [_text(column_title(d, s.name)) for d in days for s in view.shifts]
    # Row 1: what it is; row 2: the week the import reads; row 3: the column headers.
    sheet.append([_text(f"{TITLE} · {venue}" if venue else TITLE)])
    sheet.append([WEEK_LABEL, iso_week(view.week_start),
                  f"{days[0].isoformat()} — {days[-1].isoformat()}", "", _text(HINT)])
    sheet.append([*INFO_HEADERS, *titles])
    for row in view.rows:
        values = [_text(row.code), _text(row.name), _text(row.department), _text(row.team)]
        for d in days:
            for s in view.shifts:
                c = view.cells.get((row.employee_id, d, s.id))
                values.append(_text(cell_text(c.post, c.area, c.redeployed_from)) if c else None)
        sheet.append(values)
    for r in sheet.iter_rows():
        for c in r:
            if isinstance(c.value, str):
                c.data_type = "s"  # never a formula, whatever the text looks like

    sheet["A1"].font = Font(bold=True, size=14)
    sheet["B2"].font = Font(bold=True)
    thin = Side(style="thin", color="9AA3AD")
    day_edge = Side(style="medium", color="000000")
    header_fill = PatternFill("solid", fgColor="E3EAF3")
    redeployed_fill = PatternFill("solid", fgColor="FFE1A6")
    n = max(len(view.shifts), 1)
    for col in range(1, len(INFO_HEADERS) + len(titles) + 1):
        letter = get_column_letter(col)
        head = sheet[f"{letter}3"]
        head.font, head.fill = Font(bold=True), header_fill
        head.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        texts = [sheet.cell(row=r, column=col).value for r in range(3, sheet.max_row + 1)]
        sheet.column_dimensions[letter].width = min(28, max(8, *map(_width, texts)) + 2)
    for r, row in enumerate(view.rows, start=4):
        for i in range(len(titles)):
            d, s = divmod(i, n)
            cell = sheet.cell(row=r, column=5 + i)
            left = day_edge if s == 0 else thin
            cell.border = Border(left=left, right=thin, top=thin, bottom=thin)
            c = view.cells.get((row.employee_id, days[d], view.shifts[s].id))
            if c is not None and c.redeployed_from_post_id is not None:
                cell.fill = redeployed_fill
    sheet.row_dimensions[3].height = 30
    sheet.freeze_panes = "E4"
    book.save(path)
