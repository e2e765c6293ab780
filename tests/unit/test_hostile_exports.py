"""Exports never hand a spreadsheet a formula (issue 8 part 4, DESIGN.md §6): names, posts,
departments, teams and areas that start with = + - @ (also behind a tab, a carriage return
or an invisible control character) come out of the staff export (.xlsx and .csv), the roster
export and the analytics export as text, and the staff export reads back exactly."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import FloorQCError
from app.services.analytics_dto import AnalyticsFilter
from app.services.base import SYSTEM
from app.services.bootstrap import Services
from app.services.dto import EmployeeInput
from app.services.roster_dto import CellInput
from app.services.staff_io import StaffIOService
from tests.helpers import rank_id
from tests.roster_builders import MON

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]*")
_CONTROL_ANY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
ATTACKS = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1:A9)", "=1+1", "-2+3+cmd|' /C calc'!A0",
           '=HYPERLINK("http://example.invalid","点我")', "\t=1", "\r=1", "\x01=1", "\x07+1",
           "'=1", "''", "'", "=", "@"]
_RUN = itertools.count()
HOSTILE = st.sampled_from(ATTACKS) | st.builds(
    "".join, st.tuples(st.sampled_from([*FORMULA_START, "'", "\x01", " ", "\n", "\x1f"]),
                       # No NUL (PostgreSQL refuses it) and no lone surrogate (not UTF-8):
                       # the services do not catch either.
                       st.text(st.characters(blacklist_categories=("Cs",),
                                             blacklist_characters="\x00"), max_size=12)))


def runs_as_formula(text: str) -> bool:
    """Would a spreadsheet take this cell as a formula (also past invisible characters)?"""
    return text[_CONTROL.match(text).end():].startswith(FORMULA_START)


def check_xlsx(path: Path) -> int:
    """No formula cell and no text that runs as one, on every sheet; how many text cells."""
    book = openpyxl.load_workbook(path)  # not data_only: a formula keeps its text
    seen = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                assert c.data_type != "f", (c.coordinate, c.value)
                if isinstance(c.value, str):
                    seen += 1
                    assert not runs_as_formula(c.value), (c.coordinate, c.value)
    book.close()
    return seen


def check_csv(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    bad = [c for c in cells if runs_as_formula(c)]
    assert not bad, bad
    return len(cells)


def _hostile_org(services: Services, names: list[str]) -> list[str]:
    """A department, post, team and area named by the first attack, and an employee per name
    the services accept (some refuse blank or duplicate text); returns the names kept."""
    n = next(_RUN)  # hypothesis calls this again and again on one database
    label = _CONTROL_ANY.sub("", names[0])  # a control character would not read back
    dept = services.org.save_department(f"{label}部{n}")
    post = services.org.save_post(f"{label}岗{n}", dept.id, rank_id(services, "staff"), 9)
    kept = []
    for i, name in enumerate(names):
        try:
            # Codes and phones within their columns (32): StaffService does not check the
            # length, and PostgreSQL would refuse the row.
            code = _CONTROL_ANY.sub("", name[:20]) + f"{n}.{i}"
            services.staff.create(EmployeeInput(code, name, post_id=post.id, phone=name[:32]))
            kept.append(name)
        except FloorQCError:
            continue
    people = services.staff.employees(post_id=post.id)
    team = services.teams.save_team(f"{label}组{n}", dept.id,
                                    people[0].id if people else None, [p.id for p in people[1:]])
    services.teams.save_area(f"{label}厅{n}", "private_room", "2F", dept.id, team.id)
    return kept


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(HOSTILE, min_size=1, max_size=6))
def test_staff_export_escapes_every_formula_and_reads_back_exactly(services, tmp_path, names):
    io = StaffIOService(services.db, SYSTEM)
    _hostile_org(services, names)
    for ext in ("xlsx", "csv"):
        path = tmp_path / f"staff.{ext}"
        count = io.export_file(path)
        assert (check_xlsx if ext == "xlsx" else check_csv)(path) > 0
    # Re-importing the CSV gives back every cell exactly, but for control characters, which
    # an import drops (an .xlsx cannot hold them, PostgreSQL refuses NUL).
    spoiled = sum(1 for e in services.staff.employees(active=None)
                  if _CONTROL_ANY.search(e.name + e.phone))
    report = io.import_file(tmp_path / "staff.csv")
    assert (report.created, report.updated, report.unchanged) == (0, spoiled, count - spoiled)


def test_roster_export_escapes_names_posts_and_areas(services, tmp_path):
    _hostile_org(services, ATTACKS)
    shift = services.shifts.shift_types()[0]
    area = services.teams.areas()[0]
    for n, person in enumerate(services.staff.employees()):
        services.roster.set_cell(CellInput(person.id, MON + dt.timedelta(days=n % 7), shift.id,
                                           person.post_id, area.id if n % 2 else None))
    path = tmp_path / "roster.xlsx"
    assert services.roster_io.export_week(MON, path) > 0
    assert check_xlsx(path) > len(ATTACKS)


def test_analytics_export_escapes_team_names(services, tmp_path):
    _hostile_org(services, ATTACKS)
    flt = AnalyticsFilter(MON, MON + dt.timedelta(days=6))
    for ext in ("xlsx", "csv"):
        path = tmp_path / f"teams.{ext}"
        assert services.analytics.export_xlsx(flt, "teams", path) == 1
        assert (check_xlsx if ext == "xlsx" else check_csv)(path) > 0
    with open(path, encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert any(c.startswith("'" + ATTACKS[0] + "组") for c in cells), cells
