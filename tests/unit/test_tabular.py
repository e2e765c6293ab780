"""Spreadsheet reading and writing: encodings, Excel cell types, formula escaping."""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import NotFound, ValidationError
from app.services import tabular
from app.services.tabular import (
    FORMULA_START,
    cell_text,
    escape_formula,
    read_rows,
    unescape_formula,
    write_rows,
)

ROWS = [["工号", "姓名", "岗位"], ["FQ001", "张三", "包房服务员"], ["FQ002", "李四", "传菜员"]]


def _csv_bytes(rows, encoding: str) -> bytes:
    return "\r\n".join(",".join(r) for r in rows).encode(encoding) + b"\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_encodings(tmp_path, encoding):
    path = tmp_path / "staff.csv"
    path.write_bytes(_csv_bytes(ROWS, encoding))
    assert read_rows(path) == ROWS


def test_gbk_bytes_are_not_mistaken_for_utf8(tmp_path):
    # "楼面部" in GBK is not valid UTF-8, so the reader must fall back.
    path = tmp_path / "gbk.csv"
    path.write_bytes("部门\n楼面部\n".encode("gbk"))
    assert read_rows(path) == [["部门"], ["楼面部"]]


def test_undecodable_csv_is_refused_clearly(tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes("工号,姓名\n".encode("utf-16"))
    with pytest.raises(ValidationError, match="neither UTF-8 nor GB18030"):
        read_rows(path)


def test_blank_rows_keep_numbers_and_trailing_blanks_go(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("\n工号,姓名\nFQ001,张三,,\n,,\nFQ002,李四\n,\n\n", encoding="utf-8")
    assert read_rows(path) == [[], ["工号", "姓名"], ["FQ001", "张三"], [], ["FQ002", "李四"]]


def test_xlsx_round_trip_with_dates_and_numbers(tmp_path):
    path = tmp_path / "staff.xlsx"
    write_rows(path, ["工号", "电话", "入职日期", "数"],
               [["FQ001", "13800138000", dt.date(2024, 3, 1), 7]])
    assert read_rows(path) == [["工号", "电话", "入职日期", "数"],
                               ["FQ001", "13800138000", "2024-03-01", "7"]]


def test_excel_cell_types_become_clean_text(tmp_path):
    path = tmp_path / "typed.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["电话", "入职日期", "时刻", "比例", "空"])
    sheet.append([13800138000, dt.datetime(2024, 3, 1), dt.datetime(2024, 3, 1, 8, 30),
                  2.5, None])
    sheet.append([1.38001380e10, dt.date(2023, 12, 31), None, 3.0, None])
    book.save(path)
    assert read_rows(path) == [["电话", "入职日期", "时刻", "比例", "空"],
                               ["13800138000", "2024-03-01", "2024-03-01 08:30:00", "2.5"],
                               ["13800138000", "2023-12-31", "", "3"]]


def test_cell_text():
    assert cell_text(13800138000.0) == "13800138000"
    assert cell_text(True) == "TRUE"
    assert cell_text(dt.date(2024, 3, 1)) == "2024-03-01"
    assert cell_text(None) == ""


@pytest.mark.parametrize("text", ["=1+2", "+86 138", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_is_escaped(tmp_path, text):
    assert escape_formula(text) == "'" + text
    assert unescape_formula(escape_formula(text)) == text
    for name in ("f.csv", "f.xlsx"):
        path = tmp_path / name
        write_rows(path, ["h"], [[text]])
        # XML (inside .xlsx) reads a CR as LF; the escape survives either way.
        kept = text if name.endswith(".csv") else text.replace("\r", "\n")
        assert read_rows(path, unescape=False)[1] == [escape_formula(kept)]
        assert read_rows(path) == [["h"], [kept]]
    book = openpyxl.load_workbook(tmp_path / "f.xlsx")
    assert book.active["A2"].data_type == "s"  # stored as text, never as a formula


def test_plain_text_is_not_escaped():
    assert escape_formula("张三") == "张三"
    assert escape_formula("a=b") == "a=b"


def test_csv_has_bom_for_excel(tmp_path):
    path = tmp_path / "out.csv"
    write_rows(path, ["工号"], [["FQ001"]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("name, message", [
    ("staff.txt", "only .xlsx and .csv"),
    ("staff.xls", "old Excel 97-2003"),
])
def test_unknown_extensions_are_refused(tmp_path, name, message):
    path = tmp_path / name
    path.write_text("x", encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        read_rows(path)
    with pytest.raises(ValidationError, match=message):
        write_rows(path, ["h"], [])


def test_missing_file(tmp_path):
    with pytest.raises(NotFound):
        read_rows(tmp_path / "nope.csv")


def test_too_large_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_BYTES", 10)
    path = tmp_path / "big.csv"
    path.write_text("工号,姓名\nFQ001,张三\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="larger than"):
        read_rows(path)


def test_too_many_rows_but_trailing_blank_rows_do_not_count(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 3)
    path = tmp_path / "rows.csv"
    path.write_text("a\nb\nc\n" + ",\n" * 50, encoding="utf-8")
    assert len(read_rows(path)) == 3
    path.write_text("a\nb\nc\nd\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="more than 3 rows"):
        read_rows(path)


def test_broken_xlsx_is_refused_clearly(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip file")
    with pytest.raises(ValidationError, match="could not be read as an Excel workbook"):
        read_rows(path)


# Text a spreadsheet cell can hold: no XML-illegal control characters, no lone surrogates,
# and no CR (XML turns CR LF into LF inside a cell).
_CELL_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"),
                                   whitelist_characters="\t\n"), max_size=12)
_TABLE = st.lists(st.lists(_CELL_TEXT, min_size=1, max_size=4), min_size=1, max_size=5)


def _normalised(rows: list[list[str]]) -> list[list[str]]:
    """What the reader promises: blank trailing cells and rows dropped."""
    out = []
    for row in rows:
        row = list(row)
        while row and not row[-1].strip():
            row.pop()
        out.append(row)
    while out and not out[-1]:
        out.pop()
    return out


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=_TABLE, ext=st.sampled_from([".csv", ".xlsx"]))
def test_text_survives_a_round_trip_and_is_never_a_formula(table, ext):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"t{ext}"
        header, body = table[0], table[1:]
        write_rows(path, header, body)
        assert read_rows(path) == _normalised(table)
        if ext == ".csv":
            with open(path, encoding="utf-8-sig", newline="") as fh:
                raw = [cell for row in csv.reader(fh) for cell in row]
        else:
            book = openpyxl.load_workbook(path)
            raw = [c.value for row in book.active.iter_rows() for c in row
                   if c.value is not None]
            assert all(c.data_type == "s" for row in book.active.iter_rows() for c in row
                       if c.value is not None)
        assert not any(cell.startswith(FORMULA_START) for cell in raw)
