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
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
# Excel's own limits. Blank rows are not data, but a file claiming more rows than Excel has
# (openpyxl fills the gap before a cell in row 10**9 with empty rows) is refused, not walked.
MAX_LINES = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELL = 32_767
# An .xlsx is a zip: refuse one that unpacks to far more than a spreadsheet of MAX_BYTES can
# hold (a "zip bomb"). Real sheets pack 10-30 times; zipfile never unpacks past the sizes
# declared in the directory, so checking those is enough.
MAX_UNZIPPED = 10 * MAX_BYTES
_MAX_RATIO, _RATIO_FROM = 100, 10 * 1024 * 1024
EXTENSIONS = (".xlsx", ".csv")

# A cell starting with one of these may run as a formula in Excel/LibreOffice (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
# XML 1.0 cannot hold these; openpyxl refuses them, so an export drops them.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# ... but a CSV keeps them, and a program that skips a leading NUL would then see "=cmd".
_LEADING_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]*")

Cell = str | int | float | dt.date | None


def _needs_quote(text: str) -> bool:
    start = text[_LEADING_CONTROL.match(text).end():]
    return start.startswith(FORMULA_START) or start.startswith(_QUOTE)


def escape_formula(text: str) -> str:
    """Prefix text a spreadsheet might run as a formula (also behind leading control
    characters) with ``'``. Text already starting with ``'`` gets one too, so that
    :func:`unescape_formula` gives back exactly what was written."""
    return _QUOTE + text if _needs_quote(text) else text


def unescape_formula(text: str) -> str:
    if text.startswith(_QUOTE) and _needs_quote(text[1:]):
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
    raw = _read_xlsx(path) if ext == ".xlsx" else _read_csv(path)
    rows: list[list[str]] = []
    blank_run = 0  # blank rows are only kept when data follows them
    with contextlib.closing(raw):
        for values in raw:
            if len(rows) + blank_run >= MAX_LINES:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{file} has more than {limit} rows, counting empty ones; delete "
                              "the empty rows at its end and try again."),
                    file=path.name, limit=MAX_LINES)
            if len(values) > MAX_COLUMNS:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{file}: row {row} has more than {limit} columns."),
                    file=path.name, row=len(rows) + blank_run + 1, limit=MAX_COLUMNS)
            # Control characters (NUL …) never belong in a cell: an .xlsx cannot hold them and
            # PostgreSQL refuses NUL in text, so a CSV's are dropped here, as on export.
            cells = [_ILLEGAL_XML.sub("", cell_text(v)) for v in values]
            _check_lengths(path, cells, len(rows) + blank_run + 1)
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


def _check_lengths(path: Path, cells: list[str], row: int) -> None:
    for i, text in enumerate(cells):
        if len(text) > MAX_CELL:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "{file}: the cell in row {row}, column {column} holds more than "
                          "{limit} characters, more than a spreadsheet cell can."),
                file=path.name, row=row, column=_column_letter(i), limit=MAX_CELL)


def _column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, as a spreadsheet names its columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


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


def _unreadable(path: Path, exc: BaseException) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "errors", "{file} could not be read as an Excel workbook: {reason}"),
        file=path.name, reason=str(exc) or type(exc).__name__)


def _check_unzipped(path: Path) -> None:
    """Refuse a zip bomb before anything is unpacked (see MAX_UNZIPPED)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except OSError:
        raise
    except Exception as exc:  # not a zip at all, or a damaged one
        raise _unreadable(path, exc) from exc
    total = sum(m.file_size for m in members)
    packed_hard = any(m.file_size > _RATIO_FROM and m.file_size > _MAX_RATIO * m.compress_size
                      for m in members)
    if total > MAX_UNZIPPED or packed_hard:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{file} unpacks to far more data than a spreadsheet of its size holds; "
                      "it may be damaged. Open it in Excel, save it again and import that copy."),
            file=path.name)


def _read_xlsx(path: Path) -> Iterator[Sequence[object]]:
    import openpyxl

    _check_unzipped(path)
    # Our own handle, closed however reading ends: a workbook openpyxl fails to load keeps
    # the file it opened itself open.
    with open(path, "rb") as fh:
        try:
            with warnings.catch_warnings():
                # Files from other tools trigger harmless style warnings.
                warnings.simplefilter("ignore")
                book = openpyxl.load_workbook(fh, read_only=True, data_only=True)
        except OSError:
            raise
        except Exception as exc:  # a damaged or foreign file shows up as many exception types
            raise _unreadable(path, exc) from exc
        try:
            if not book.worksheets:
                return
            rows = book.worksheets[0].iter_rows(values_only=True)
            while True:
                with warnings.catch_warnings():  # scoped per row: the caller runs between yields
                    warnings.simplefilter("ignore")
                    try:
                        values = next(rows, None)
                    except OSError:
                        raise
                    except Exception as exc:  # the sheet is parsed lazily: damage shows up here
                        raise _unreadable(path, exc) from exc
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


def _read_csv(path: Path) -> Iterator[list[str]]:
    """Row by row, so the row limits stop a file of millions of lines early."""
    text = decode_text(path.read_bytes(), path.name)
    try:
        yield from csv.reader(io.StringIO(text, newline=""))
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
