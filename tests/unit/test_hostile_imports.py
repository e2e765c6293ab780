"""Hostile input for the staff, roster, survey and promise-outcome imports (issue 8 part 4).

Whatever the file holds — formulas, control characters, NUL bytes, right-to-left marks,
emoji, very long cells, numbers where text belongs, dates as text, empty rows, in UTF-8,
GB18030, UTF-16 or Latin-1, as .csv or .xlsx — an import (and its preview) either works or
raises a clear import error: ValidationError for the file as a whole, ImportFailed with the
row and column of every problem. Never any other exception, and a failed import writes
nothing. The same holds for whole-file attacks: wrong encodings, random bytes, fake, damaged
and bomb .xlsx files, and files over each size limit."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import struct
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import select

import app.db.models  # noqa: F401 - every table registered on Base.metadata
from app.db.base import Base
from app.domain.errors import ValidationError
from app.services import tabular
from app.services.base import SYSTEM
from app.services.guest_dto import PromiseDraft
from app.services.promises import PromiseService
from app.services.roster_io import RosterIOService
from app.services.roster_sheet import INFO_HEADERS, WEEK_LABEL, column_title, iso_week
from app.services.staff_io import ImportFailed, StaffIOService
from app.services.staff_sheet import HEADERS
from app.services.surveys import SurveyService
from tests.roster_builders import MON, build_floor
from tests.survey_builders import (
    OUTCOME_HEADER,
    SURVEY_HEADER,
    WEIGHTS,
    guest_form,
    manager_form,
    survey_row,
)

CLEAR = (ValidationError, ImportFailed)

FORMULAS = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1:A9)", "=1+1", "+cmd|' /C calc'!A0",
            '=HYPERLINK("http://example.invalid","点我")', "\t=1", "\r=1", "'=1", "''+2"]
NASTY = ["\x00", "a\x00b", "\x07\x1b[31m红\x1b[0m", "\u202eexe.gnp", "\u200f右到左\u200e",
         "😀👩‍👩‍👧‍👦", "𠀀𪚥", "\ufeff工号", "\u00a0", "\u3000", " ", "", "\r\n", "\n\n", "'",
         '"', '""', ",", "NaN", "-inf", "1e400", "0x1F", "١٢٣", "１２", "TRUE", "None", "{row}",
         "{0}", "%s", "\\", "../../etc/passwd"]
# Long cells, some shaped to make a careless regular expression backtrack for minutes.
LONG = ["9" * 5000, "x" * 40_000, "包房服务员" * 2000, "2026-11-23" + " " * 3000 + "x",
        "周一 11-23" + " " * 3000 + "早", "周一 11-23 早" + " " * 3000 + "x", "2026" + " " * 3000 + "x",
        "包房服务员" + " " * 3000 + "(抽调自x", "传菜员" + " " * 3000 + "(x",
        "2026-11-23 19" + " " * 3000 + "x", "2026-11-23 19:05" + " " * 3000 + "x"]
DATES_AS_TEXT = ["2024-02-30", "2024/13/01", "0000-00-00", "31/12/2024", "三月一日", "20240230",
                 "2026-W99", "2026-W00", "9999-12-31 25:61", "2024-3-1T", "1900-01-00"]

TEXT = st.sampled_from(FORMULAS + NASTY + LONG + DATES_AS_TEXT) | st.text(max_size=24)
CELL = (TEXT | TEXT | st.integers(-(10**20), 10**20) | st.floats() | st.booleans() | st.none()
        | st.dates() | st.datetimes(min_value=dt.datetime(1900, 3, 1)))
FORMATS = ("csv", "gb18030.csv", "utf16.csv", "latin1.csv", "xlsx")
SLOW = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


def _rows(valid: list[list[object]], max_rows: int = 6):
    """Rows that are right but for a few hostile cells, rows of nothing but hostile cells,
    and empty rows: right enough to reach the deep checks, wrong enough to test them."""
    width = max(len(r) for r in valid)

    def spoil(base: list[object], bad: list[tuple[int, object]], keep: int) -> list[object]:
        row = [*base, *[""] * (width - len(base))]
        for i, value in bad:
            row[i] = value
        return row[:keep]

    spoiled = st.builds(spoil, st.sampled_from(valid),
                        st.lists(st.tuples(st.integers(0, width - 1), CELL), max_size=3),
                        st.integers(0, width) | st.just(width) | st.just(width))
    wild = st.lists(CELL, max_size=width)
    return st.lists(spoiled | spoiled | wild | st.just([]), max_size=max_rows)


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_file(folder: Path, fmt: str, rows: list[list[object]]) -> Path:
    """The rows as a file of the given format, as a careless or hostile tool would write it."""
    path = folder / f"hostile.{fmt}"
    if fmt == "xlsx":
        book = openpyxl.Workbook()
        for row in rows:  # XML cannot hold control characters: openpyxl refuses them
            book.active.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                                for v in row])
        book.save(path)
        return path
    encoding = {"csv": "utf-8-sig", "gb18030.csv": "gb18030", "utf16.csv": "utf-16",
                "latin1.csv": "latin-1"}[fmt]
    with open(path, "w", encoding=encoding, errors="replace", newline="") as fh:
        csv.writer(fh).writerows([[_csv_text(v) for v in r] for r in rows])
    return path


def fingerprint(db) -> str:
    """Every row of every table: equal fingerprints mean nothing was written."""
    digest = hashlib.sha256()
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def last_row(path: Path, table: list) -> int:
    """The highest row number a problem may name: a CSV record spans at least one line."""
    if path.suffix == ".xlsx":
        return max(len(table), 1)
    raw = path.read_bytes()
    return raw.count(b"\n") + raw.count(b"\r") + 1


def attempt(db, call, path: Path, table: list) -> BaseException | None:
    """Run an import; only a clear error may come out, and a failed one changes nothing."""
    rows = last_row(path, table)
    before = fingerprint(db)
    try:
        call()
    except CLEAR as exc:
        assert fingerprint(db) == before, "a failed import wrote something"
        assert exc.render() and exc.render(lambda _context, text: text)
        for p in getattr(exc, "problems", ()):
            assert isinstance(p.row, int) and 1 <= p.row <= rows, p
            assert isinstance(p.column, str), p
            assert p.render() and p.render(lambda _context, text: text)
        return exc
    return None


IMPORTS = {
    "staff": lambda db, p: StaffIOService(db, SYSTEM).import_file(p, True),
    "staff preview": lambda db, p: StaffIOService(db, SYSTEM).preview(p, True),
    "roster": lambda db, p: RosterIOService(db, SYSTEM).import_week(p),
    "roster preview": lambda db, p: RosterIOService(db, SYSTEM).preview(p),
    "survey": lambda db, p: SurveyService(db, SYSTEM).import_file(p),
    "outcomes": lambda db, p: PromiseService(db, SYSTEM).import_outcomes(p),
}


@pytest.fixture
def floor(services):
    f = build_floor(services)
    PromiseService(services.db, SYSTEM).save(PromiseDraft("上菜十五分钟内", "reliability", 15))
    return f


# -- staff ------------------------------------------------------------------------------

STAFF_ROWS = _rows([
    ["FQ001", "张三", "楼面部", "包房服务员", "L1", "13800138000", "2024-03-01",
     "包房组长(培训中)", "是"],
    ["FQ002", "=李四", "新部门", "新岗位", "FQ001", "", "2024/3/1", "", "否"],
    ["S1", "赵敏", "楼面部", "包房服务员", "L1", "", "", "", ""]])


@SLOW
@given(fmt=st.sampled_from(FORMATS), header=st.sampled_from([list(HEADERS), ["工号", "姓名",
       "岗位"], ["=工号", "姓名", "岗位"], []]), rows=STAFF_ROWS, create=st.booleans())
def test_staff_import_gives_only_clear_errors(db, floor, tmp_path, fmt, header, rows, create):
    table = [header, *rows]
    path = write_file(tmp_path, fmt, table)
    io = StaffIOService(db, SYSTEM)
    attempt(db, lambda: io.preview(path, create), path, table)
    attempt(db, lambda: io.import_file(path, create), path, table)


# -- roster -----------------------------------------------------------------------------

TITLES = [column_title(MON + dt.timedelta(days=d), shift) for d in (0, 1) for shift in
          ("早班", "晚市")]
ROSTER_ROWS = _rows([
    ["S1", "赵敏", "楼面部", "二楼包房一组", "包房服务员@牡丹厅 201", "", "包房服务员", ""],
    ["S2", "", "", "", "", "包房服务员（抽调自包房组长）", "", "包房服务员@二楼大厅"],
    ["L1", "王丽", "", "", "包房组长", "包房组长", "包房组长@牡丹厅 201", ""],
    ["X9", "", "", "", "=包房服务员", "岗位@无此区域", "", ""]])


@SLOW
@given(fmt=st.sampled_from(FORMATS),
       week=st.sampled_from([iso_week(MON), "2026-W99", "=2026-W48", "", "2026-W48 2026-W49"]),
       titles=st.lists(st.sampled_from([*TITLES, *LONG[3:7], "=周一 11-23 早班", ""]),
                       min_size=0, max_size=6) | st.just(TITLES),
       rows=ROSTER_ROWS)
def test_roster_import_gives_only_clear_errors(db, floor, tmp_path, fmt, week, titles, rows):
    table = [[WEEK_LABEL, week], [*INFO_HEADERS, *titles], *rows]
    path = write_file(tmp_path, fmt, table)
    io = RosterIOService(db, SYSTEM)
    attempt(db, lambda: io.preview(path), path, table)
    attempt(db, lambda: io.import_week(path), path, table)


# -- surveys and promise outcomes ---------------------------------------------------------

SURVEY_ROWS = _rows([
    survey_row(guest_form("G1")), survey_row(guest_form("", weights=WEIGHTS), "牡丹厅 201"),
    survey_row(manager_form("M1"), kind="经理"), survey_row(guest_form("G2", e=7, p=1))])


@SLOW
@given(fmt=st.sampled_from(FORMATS), header=st.sampled_from(
    [SURVEY_HEADER, SURVEY_HEADER[:6], ["=kind", "date", "E1"], ["kind", "date"]]),
    rows=SURVEY_ROWS)
def test_survey_import_gives_only_clear_errors(db, floor, tmp_path, fmt, header, rows):
    table = [list(header), *rows]
    path = write_file(tmp_path, fmt, table)
    attempt(db, lambda: SurveyService(db, SYSTEM).import_file(path), path, table)


OUTCOME_ROWS = _rows([
    ["上菜十五分钟内", "2026-11-23 19:05", "12", "牡丹厅 201", "备注"],
    ["上菜十五分钟内", "2026/11/23 19:05:30", "0", "", ""],
    ["无此承诺", "2026-11-23 19:05", "-1", "无此区域", ""]])


@SLOW
@given(fmt=st.sampled_from(FORMATS), header=st.sampled_from(
    [OUTCOME_HEADER, OUTCOME_HEADER[:2], ["=promise", "at", "minutes"]]), rows=OUTCOME_ROWS)
def test_outcome_import_gives_only_clear_errors(db, floor, tmp_path, fmt, header, rows):
    table = [list(header), *rows]
    path = write_file(tmp_path, fmt, table)
    attempt(db, lambda: PromiseService(db, SYSTEM).import_outcomes(path), path, table)


# -- cells shaped to make a regular expression backtrack ----------------------------------

def test_cells_built_to_break_parsers_are_answered_in_seconds(db, floor, tmp_path):
    """Each of these cells once broke a parser: a blank gap of ~30,000 characters before the
    text that fails the match took a regular expression from seconds to hours, and 5,000
    digits made int() raise ValueError. A loose time bound: this is a safety property."""
    gap = " " * 30_000
    tricks = ["9" * 5000, "2026-11-23" + gap + "x", "2026-11-23 19" + gap + "x", "周一 11-23 早" + gap + "x",
              "2026" + gap + "x", "包房服务员" + gap + "(抽调自x", "传菜员" + gap + "(x"]
    tables = {
        "staff": [list(HEADERS), *(["FQ1", "张", "楼面部", "包房服务员", "", "", t, t, ""]
                                   for t in tricks)],
        "roster": [[WEEK_LABEL, *tricks], [*INFO_HEADERS, *TITLES, *tricks],
                   *(["S1", "", "", "", t, t, t, t] for t in tricks)],
        "outcomes": [OUTCOME_HEADER, *(["上菜十五分钟内", t, t, "", ""] for t in tricks)],
        "survey": [SURVEY_HEADER, *(["G1", "guest", t, "", t] for t in tricks)]}
    for name, call in IMPORTS.items():
        table = tables[name.split()[0]]
        path = write_file(tmp_path, "csv", table)
        began = time.monotonic()
        error = attempt(db, lambda call=call, path=path: call(db, path), path, table)
        assert isinstance(error, CLEAR) or name.endswith("preview")  # a preview lists them
        assert time.monotonic() - began < 10


def test_control_characters_in_a_csv_are_dropped_not_stored(db, floor, services, tmp_path):
    """A CSV may carry NUL and other control characters, which PostgreSQL refuses to store
    and an .xlsx cannot hold: the import drops them and saves the rest."""
    path = write_file(tmp_path, "csv", [list(HEADERS), [
        "FQ\x00077", "张\x00三\x07", "楼面部", "包房服务员", "", "138\x1b00", "", "", "是"]])
    assert StaffIOService(db, SYSTEM).import_file(path).created == 1
    person = next(e for e in services.staff.employees() if e.code == "FQ077")
    assert (person.name, person.phone) == ("张三", "13800")
    path = write_file(tmp_path, "csv", [OUTCOME_HEADER, [
        "上菜十五分钟内", "2026-11-23 19:05", "12", "", "备\x00注"]])
    assert PromiseService(db, SYSTEM).import_outcomes(path) == 1


# -- whole files: wrong encodings, random bytes, fake and bomb workbooks, oversized ----------

SAMPLES = {  # one good row each, with accents and CJK that other encodings mangle
    "staff": [list(HEADERS), ["FQ009", "Zoë 张", "楼面部", "包房服务员", "L1", "", "", "", "是"]],
    "roster": [[WEEK_LABEL, iso_week(MON)], [*INFO_HEADERS, *TITLES],
               ["S1", "Zoë", "", "", "包房服务员@牡丹厅 201", "", "", ""]],
    "survey": [SURVEY_HEADER, survey_row(guest_form("Zoë"))],
    "outcomes": [OUTCOME_HEADER, ["上菜十五分钟内", "2026-11-23 19:05", "12", "", "Zoë"]],
}


def _every_import(db, path: Path, table: list, only: type | None = None) -> set[str]:
    """Every import and preview on one file; the set of their error messages."""
    messages = set()
    for name, call in IMPORTS.items():
        error = attempt(db, lambda call=call: call(db, path), path, table)
        if only is not None:
            assert isinstance(error, only), f"{name}: {error!r}"
        if error is not None:
            messages.add(error.message)
    return messages


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "latin-1", "cp1252",
                                      "big5", "shift_jis"])
def test_wrong_encodings_give_clear_errors(db, floor, tmp_path, encoding):
    path = tmp_path / "encoded.csv"
    for name, call in IMPORTS.items():
        with open(path, "w", encoding=encoding, errors="replace", newline="") as fh:
            csv.writer(fh).writerows([[_csv_text(v) for v in r] for r in SAMPLES[name.split()[0]]])
        attempt(db, lambda call=call: call(db, path), path, SAMPLES[name.split()[0]])


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), zip_like=st.booleans())
def test_random_bytes_give_clear_errors(db, floor, tmp_path, data, zip_like):
    if zip_like:
        data = b"PK\x03\x04" + data
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    _every_import(db, path, [])
    path = tmp_path / "random.xlsx"
    path.write_bytes(data)
    assert _every_import(db, path, [], only=ValidationError)


SHEET = "xl/worksheets/sheet1.xml"
_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
         '.org/spreadsheetml/2006/main"><sheetData>')
_TAIL = "</sheetData></worksheet>"
_LOL = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
DAMAGED = {  # the sheet of a real workbook replaced by ...
    "cut short": _HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c></row><row',
    "bad column": _HEAD + '<row r="1"><c r="ZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>'
                  + _TAIL,
    "bad reference": _HEAD + '<row r="1"><c r="1A" t="n"><v>1</v></c></row>' + _TAIL,
    "bad number": _HEAD + '<row r="1"><c r="A1" t="n"><v>abc</v></c></row>' + _TAIL,
    "bad date": _HEAD + '<row r="1"><c r="A1" t="d"><v>2024-99-99</v></c></row>' + _TAIL,
    "missing shared string": _HEAD + '<row r="1"><c r="A1" t="s"><v>999</v></c></row>' + _TAIL,
    "billion laughs": f'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">{_LOL}]>'
                      + _HEAD[_HEAD.index("<worksheet"):]
                      + '<row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row>'
                      + _TAIL,
}


def _central_entries(raw: bytes):
    """(offset, name) of each entry of a zip's central directory, found from its end record."""
    end = raw.rindex(b"PK\x05\x06")
    count, _size, at = struct.unpack("<HII", raw[end + 10:end + 20])
    for _ in range(count):
        name_len, extra_len, comment_len = struct.unpack("<HHH", raw[at + 28:at + 34])
        yield at, raw[at + 46:at + 46 + name_len].decode()
        at += 46 + name_len + extra_len + comment_len


def _declare_size(path: Path, size: int, only: str | None = None) -> None:
    """Make the zip directory claim that entries unpack to ``size`` bytes."""
    raw = bytearray(path.read_bytes())
    for at, name in list(_central_entries(bytes(raw))):
        if only in (None, name):
            raw[at + 24:at + 28] = struct.pack("<I", size)
    path.write_bytes(bytes(raw))


def _workbook_with(path: Path, sheet: bytes | None = None) -> Path:
    """A real workbook, its first sheet replaced by ``sheet`` when given."""
    plain = write_file(path.parent, "xlsx", [["工号", "姓名"]])
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item.filename, sheet if sheet is not None and item.filename == SHEET
                         else src.read(item.filename))
    return path


@pytest.mark.parametrize("damage", DAMAGED)
def test_damaged_workbooks_are_refused_clearly(db, floor, tmp_path, damage):
    path = _workbook_with(tmp_path / "damaged.xlsx", DAMAGED[damage].encode())
    assert _every_import(db, path, [], only=ValidationError) == {
        "{file} could not be read as an Excel workbook: {reason}"}


def test_fake_and_bomb_workbooks_are_refused_before_unpacking(db, floor, tmp_path):
    text = tmp_path / "text.xlsx"
    text.write_text("工号,姓名\nFQ001,张三\n", encoding="utf-8")
    assert "could not be read" in _every_import(db, text, [], only=ValidationError).pop()
    blank = (_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c></row>'
             + "<row/>" * 2_500_000 + _TAIL).encode()  # 15 MB that packs ~1000 times
    ratio = _workbook_with(tmp_path / "ratio.xlsx", blank)
    claims = _workbook_with(tmp_path / "claims.xlsx")
    _declare_size(claims, 60 * 1024 * 1024)  # a directory claiming ~500 MB unpacked
    for bomb in (ratio, claims):
        began = time.monotonic()
        assert _every_import(db, bomb, [], only=ValidationError) == {
            "{file} unpacks to far more data than a spreadsheet of its size holds; it may be "
            "damaged. Open it in Excel, save it again and import that copy."}
        assert time.monotonic() - began < 5  # refused from the zip directory, nothing unpacked
    # A directory that understates: zipfile stops at the declared size and the CRC fails.
    liar = _workbook_with(tmp_path / "liar.xlsx", blank)
    _declare_size(liar, 100, only=SHEET)
    assert "could not be read" in _every_import(db, liar, [], only=ValidationError).pop()


@pytest.fixture(scope="module")
def oversized(tmp_path_factory):
    """Files over each limit, built once: name → (path, message template)."""
    folder = tmp_path_factory.mktemp("oversized")
    files = {}

    def add(name: str, message: str, text: str | None = None) -> Path:
        path = folder / name
        if text is not None:
            path.write_text(text, encoding="utf-8")
        files[name] = (path, message)
        return path

    for name in ("bytes.csv", "bytes.xlsx"):
        with open(add(name, "{file} is larger than {limit} MB; split it into smaller files."),
                  "wb") as fh:
            fh.truncate(tabular.MAX_BYTES + 1)  # sparse: no 20 MB written
    add("rows.csv", "{file} has more than {limit} rows; split it into smaller files.",
        "工号,姓名\n" + "".join(f"FQ{i},张三\n" for i in range(tabular.MAX_ROWS + 1)))
    add("blank.csv", "{file} has more than {limit} rows, counting empty ones; delete the "
        "empty rows at its end and try again.", "工号\n" + "\n" * tabular.MAX_LINES + "FQ1\n")
    add("wide.csv", "{file}: row {row} has more than {limit} columns.",
        "工号\n" + "," * tabular.MAX_COLUMNS + "x\n")
    long_cell = ("{file}: the cell in row {row}, column {column} holds more than {limit} "
                 "characters, more than a spreadsheet cell can.")
    # (openpyxl itself cuts an .xlsx cell to that length: only a CSV can hold a longer one.)
    add("cell.csv", long_cell, "工号,姓名\nFQ1," + "长" * (tabular.MAX_CELL + 1) + "\n")
    add("field.csv", "{file} is not a valid CSV file: {reason}", "工号\n" + "a" * 200_000)
    return files


@pytest.mark.parametrize("name", ["bytes.csv", "bytes.xlsx", "rows.csv", "blank.csv",
                                  "wide.csv", "cell.csv", "field.csv"])
def test_oversized_files_are_refused_clearly(db, floor, oversized, name):
    path, message = oversized[name]
    assert _every_import(db, path, [], only=ValidationError) == {message}
    if name == "cell.csv":
        with pytest.raises(ValidationError) as caught:
            tabular.read_rows(path)
        assert (caught.value.params["row"], caught.value.params["column"]) == (2, "B")
