"""Spreadsheets in and out as rows of strings: .xlsx (openpyxl) and .csv (UTF-8 or GB18030).

Reading keeps spreadsheet row numbers (row ``i`` of the result is row ``i + 1`` on screen) so
importers can point at the exact cell; writing escapes formula-like text (DESIGN.md §6).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import re
import tempfile
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
EXTENSIONS = (".xlsx", ".csv")

# A cell starting with one of these may run as a formula in Excel/LibreOffice (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
# XML 1.0 cannot hold these; openpyxl refuses them, so an export drops them.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

Cell = str | int | float | dt.date | None


def escape_formula(text: str) -> str:
    """Prefix text a spreadsheet might run as a formula with ``'``. Text already starting with
    ``'`` gets one too, so that :func:`unescape_formula` gives back exactly what was written."""
    if text.startswith(FORMULA_START) or text.startswith(_QUOTE):
        return _QUOTE + text
    return text


def unescape_formula(text: str) -> str:
    if text.startswith(_QUOTE) and len(text) > 1 and text[1] in FORMULA_START + (_QUOTE,):
        return text[1:]
    return text


# -- reading --------------------------------------------------------------------------------

def _check_file(path: Path, extensions: Sequence[str] = EXTENSIONS) -> str:
    ext = path.suffix.lower()
    if ext == ".xls":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{file} is an old Excel 97-2003 file. Save it as an Excel workbook "
                      "(.xlsx) or as CSV UTF-8 first."), file=path.name)
    if ext not in extensions:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{file}: only .xlsx and .csv files are supported."), file=path.name)
    return ext


def read_rows(path: str | Path, *, unescape: bool = True) -> list[list[str]]:
    """All rows of the first sheet (or of the CSV) as strings, not stripped.

    Blank rows inside the data stay (as ``[]``) so row numbers match the spreadsheet; blank
    trailing rows and trailing empty cells are dropped."""
    path = Path(path)
    ext = _check_file(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such file: {file}"), file=str(path)) from None
    if size > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{file} is larger than {limit} MB; split it into smaller files."),
            file=path.name, limit=MAX_BYTES // (1024 * 1024))
    raw = _read_xlsx(path) if ext == ".xlsx" else (r for r in _read_csv(path))
    rows: list[list[str]] = []
    blank_run = 0  # blank rows are only kept when data follows them
    with contextlib.closing(raw):
        for values in raw:
            cells = [cell_text(v) for v in values]
            if unescape:
                cells = [unescape_formula(c) for c in cells]
            while cells and not cells[-1].strip():
                cells.pop()
            if not cells:
                blank_run += 1
                continue
            if len(rows) + blank_run >= MAX_ROWS:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{file} has more than {limit} rows; split it into smaller files."),
                    file=path.name, limit=MAX_ROWS)
            rows.extend([] for _ in range(blank_run))
            blank_run = 0
            rows.append(cells)
    return rows


def cell_text(value: object) -> str:
    """A cell value as the text a person sees: no ``.0`` on whole numbers, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path) -> Iterator[Sequence[object]]:
    import openpyxl

    try:
        with warnings.catch_warnings():
            # Files from other tools trigger harmless style warnings.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError:
        raise
    except Exception as exc:  # a damaged or foreign file shows up as many exception types
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{file} could not be read as an Excel workbook: {reason}"),
            file=path.name, reason=str(exc) or type(exc).__name__) from exc
    try:
        if not book.worksheets:
            return
        rows = book.worksheets[0].iter_rows(values_only=True)
        while True:
            with warnings.catch_warnings():  # scoped per row: the caller runs between yields
                warnings.simplefilter("ignore")
                values = next(rows, None)
            if values is None:
                return
            yield values
    finally:
        book.close()


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else GB18030 as Excel saves CSV on Chinese Windows."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{file} is neither UTF-8 nor GB18030 text. Save it from Excel as "
                      "\"CSV UTF-8\" or as an Excel workbook (.xlsx)."), file=name) from None


def _read_csv(path: Path) -> list[list[str]]:
    text = decode_text(path.read_bytes(), path.name)
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{file} is not a valid CSV file: {reason}"),
                              file=path.name, reason=str(exc)) from exc


# -- writing --------------------------------------------------------------------------------

def write_rows(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    """Write a header and rows to .xlsx or .csv (by extension). Text is formula-escaped; the
    file appears complete or not at all (written beside it, then renamed)."""
    path = Path(path)
    ext = _check_file(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".floorqc-", suffix=ext, dir=path.parent or ".")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if ext == ".xlsx":
            _write_xlsx(tmp, header, rows)
        else:
            _write_csv(tmp, header, rows)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return escape_formula(value)
    return str(value)


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    # utf-8-sig: the BOM makes Excel open the file as UTF-8 instead of the ANSI code page.
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([_text(h) for h in header])
        for row in rows:
            writer.writerow([_text(v) for v in row])


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet()

    def cell(value: Cell, bold: bool = False) -> WriteOnlyCell:
        if isinstance(value, str):
            # XML would read a CR back as LF anyway; normalise first so escaping sees the result.
            text = value.replace("\r\n", "\n").replace("\r", "\n")
            c = WriteOnlyCell(sheet, value=escape_formula(_ILLEGAL_XML.sub("", text)))
            c.data_type = "s"  # never "f", whatever the text looks like
        elif isinstance(value, dt.date):
            c = WriteOnlyCell(sheet, value=value)
            c.number_format = "yyyy-mm-dd"
        else:
            c = WriteOnlyCell(sheet, value=value)
        if bold:
            c.font = Font(bold=True)
        return c

    sheet.append([cell(h, bold=True) for h in header])
    for row in rows:
        sheet.append([cell(v) for v in row])
    book.save(path)
