"""GapService.export_xlsx on the hand-worked venue of test_gap_service: each sheet holds the
service's own figures (five_gaps, weekly, behind), "no data" is an empty cell and never 0,
headers follow the UI language with text formula-escaped, and only VIEW_REPORTS may export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from app.domain import servqual
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.domain.servqual import DIMENSIONS, ITEMS
from app.domain.servqual_instrument import DIMENSION_LABELS, ITEM_TEXTS
from app.services.gaps import EXPORT_KEYS, LABEL_E, LABEL_P
from app.services.tabular import read_rows
from tests.unit.test_gap_service import END, START, gaps, venue  # noqa: F401 - the fixture

EMPTY_PERIOD = (dt.date(2027, 1, 4), dt.date(2027, 1, 17))  # two weeks, nothing recorded


def sheet(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path)
    rows = [[c.value for c in row] for row in book.active.iter_rows()]
    book.close()
    return rows


def export(db, key: str, tmp_path: Path, period=(START, END), **kwargs) -> list[list[object]]:
    path = tmp_path / f"{key}.xlsx"
    count = gaps(db).export_xlsx(*period, key, path, **kwargs)
    rows = sheet(path)
    assert count == len(rows) - 1  # the header, then one row per figure line
    return rows


def close(value: float | None):
    return None if value is None else pytest.approx(value, abs=1e-4)


def day(cell) -> dt.date:
    return cell.date() if isinstance(cell, dt.datetime) else cell


def test_e_and_p_per_dimension_are_the_services(venue, db, tmp_path):  # noqa: F811
    gap5 = gaps(db).five_gaps(START, END).gap5
    rows = export(db, "ep", tmp_path)
    assert rows[0] == ["Dimension", "Expectation E", "Perception P", "Gap P − E",
                       "Guest forms (n)"]
    assert rows[1:] == [[DIMENSION_LABELS[d], close(gap5.expectation[d].value),
                         close(gap5.perception[d].value), close(gap5.dimensions[d].value),
                         gap5.dimensions[d].n] for d in DIMENSIONS]
    assert rows[1][1:] == [5.0, pytest.approx(5.3333, abs=1e-4), pytest.approx(0.3333,
                                                                                abs=1e-4), 3]
    room = gaps(db).five_gaps(START, END, venue.room).gap5  # an area's export is its own
    assert [r[3] for r in export(db, "ep", tmp_path, area_id=venue.room)[1:]] == [
        close(room.dimensions[d].value) for d in DIMENSIONS]


def test_item_gaps_worst_first_with_their_means(venue, db, tmp_path):  # noqa: F811
    service = gaps(db)
    items = service.five_gaps(START, END).gap5.items
    rows = export(db, "items", tmp_path)
    assert rows[0][:3] == ["Item", "Dimension", "Statement"]
    assert len(rows) == 1 + len(ITEMS)
    shown = [r[5] for r in rows[1:]]
    assert shown == sorted(shown)  # worst first, as the chart
    for row in rows[1:]:
        i = int(row[0][1:])
        assert row[1] == DIMENSION_LABELS[servqual.ITEM_DIMENSION[i]]
        assert row[2] == ITEM_TEXTS[i]
        assert (row[5], row[6]) == (close(items[i].value), items[i].n)
        means = {r.label: r.value for r in service.behind(5, START, END, item=i)}
        assert (row[3], row[4]) == (close(means[LABEL_E]), close(means[LABEL_P]))


def test_the_five_gaps_one_row_each(venue, db, tmp_path):  # noqa: F811
    five = gaps(db).five_gaps(START, END)
    rows = export(db, "five", tmp_path)
    assert rows[0] == ["Gap", "Unit", *(DIMENSION_LABELS[d] for d in DIMENSIONS), "Overall",
                       "Dimensions with data"]
    assert [r[:2] for r in rows[1:]] == [
        ["Gap 1 · Knowledge", "scale points"], ["Gap 2 · Standards", "percentage points"],
        ["Gap 3 · Delivery", "percentage points"], ["Gap 4 · Promises", "percentage points"],
        ["Gap 5 · Service quality", "scale points"]]
    for row, gap in zip(rows[1:], five.gaps, strict=True):
        assert row[2:] == [*(close(gap.dimensions[d].value) for d in DIMENSIONS),
                           close(gap.overall.value), gap.overall.dimensions_with_data]
    # no patrol item of responsiveness or assurance: empty cells, not 0
    assert rows[3][2:8] == [-75.0, pytest.approx(-66.6667, abs=1e-4), None, None, 0.0,
                            pytest.approx(-47.2222, abs=1e-4)]


def test_the_weekly_trend_is_the_services(venue, db, tmp_path):  # noqa: F811
    weekly = gaps(db).weekly(START, END)
    rows = export(db, "trend", tmp_path)
    assert rows[0] == ["Week from", "Week to", "Gap 1 · Knowledge, overall (scale points)",
                       "Gap 2 · Standards, overall (percentage points)",
                       "Gap 3 · Delivery, overall (percentage points)",
                       "Gap 4 · Promises, overall (percentage points)",
                       "Gap 5 · Service quality, overall (scale points)"]
    assert [(day(r[0]), day(r[1])) for r in rows[1:]] == [
        (START, START + dt.timedelta(days=6)), (START + dt.timedelta(days=7), END)]
    assert [r[2:] for r in rows[1:]] == [[close(g.overall.value) for g in five.gaps]
                                         for _, five in weekly]


def test_no_data_is_an_empty_cell_never_zero(venue, db, tmp_path):  # noqa: F811
    ep = export(db, "ep", tmp_path, EMPTY_PERIOD)
    assert [r[1:] for r in ep[1:]] == [[None, None, None, 0]] * 5  # 0 forms, no figure
    items = export(db, "items", tmp_path, EMPTY_PERIOD)
    assert [r[0] for r in items[1:]] == [f"Q{i}" for i in ITEMS]  # all without data
    assert all(r[3:6] == [None, None, None] for r in items[1:])
    five = export(db, "five", tmp_path, EMPTY_PERIOD)
    for row in (five[1], five[3], five[4], five[5]):  # gaps 1, 3, 4, 5
        assert row[2:] == [None] * 6 + [0]
    assert five[2][2] == -50.0  # gap 2 is about the published checklists, not the period
    trend = export(db, "trend", tmp_path, EMPTY_PERIOD)
    assert [r[2:] for r in trend[1:]] == [[None, -82.0, None, None, None]] * 2
    path = tmp_path / "five.csv"  # a CSV says it the same way: an empty field
    gaps(db).export_xlsx(*EMPTY_PERIOD, "five", path)
    assert read_rows(path)[3][2:8] == ["", "", "", "", "", ""]


def test_headers_in_the_ui_language_and_text_escaped(venue, db, tmp_path):  # noqa: F811
    words = {"Dimension": "维度", "Expectation E": "期望 E", "Tangibles": "=有形性"}

    def translate(_context: str, text: str) -> str:
        return words.get(text, text)

    path = tmp_path / "ep.xlsx"
    gaps(db).export_xlsx(START, END, "ep", path, translate=translate)
    book = openpyxl.load_workbook(path)
    cells = list(book.active.iter_rows())
    assert [c.value for c in cells[0][:2]] == ["维度", "期望 E"]
    assert cells[1][0].value == "'=有形性" and cells[1][0].data_type == "s"  # never a formula
    book.close()


def test_export_needs_view_reports_and_a_known_chart(venue, db, tmp_path):  # noqa: F811
    path = tmp_path / "x.xlsx"
    assert gaps(db, Role.HR).export_xlsx(START, END, "five", path) == 5
    with pytest.raises(PermissionDenied):
        gaps(db, Role.LEADER).export_xlsx(START, END, "five", tmp_path / "no.xlsx")
    assert not (tmp_path / "no.xlsx").exists()
    with pytest.raises(ValidationError):
        gaps(db).export_xlsx(START, END, "pareto", path)
    with pytest.raises(ValidationError):
        gaps(db).export_xlsx(END, START, "ep", path)
    assert set(EXPORT_KEYS) == {"ep", "items", "five", "trend"}
