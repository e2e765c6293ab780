"""The start-up check skips its full quick_check only for a file FloorQC closed cleanly and
nothing touched since (app.db.clean_close): after a crash, a write by another program or
damage right after the close, the full check runs and finds what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert

from app.db import clean_close, startup_check
from app.db.models import Employee
from app.domain.errors import DatabaseDamaged
from app.services.bootstrap import open_database

PAGE = 4096


@pytest.fixture
def full_checks(monkeypatch) -> list[bool]:
    """Whether each start-up check of this test ran quick_check over the whole file."""
    seen: list[bool] = []
    real = startup_check.problem_with

    def spy(path, *, full=True):
        seen.append(full)
        return real(path, full=full)

    monkeypatch.setattr(startup_check, "problem_with", spy)
    return seen


def _write(path: Path, first: int, count: int = 300) -> None:
    database = open_database(path)
    with database.write() as s:
        s.execute(insert(Employee), [{"code": f"E{i:05d}", "name": f"员工{i:05d}"}
                                     for i in range(first, first + count)])
    database.dispose()


def test_a_clean_close_lets_the_next_start_skip_the_full_check(tmp_path, full_checks):
    path = tmp_path / "venue.db"
    _write(path, 0)
    assert clean_close.closed_cleanly(path)
    open_database(path).dispose()
    assert full_checks == [False]


def test_while_open_and_after_a_crash_nothing_vouches_for_the_file(tmp_path, full_checks):
    path = tmp_path / "venue.db"
    _write(path, 0)
    database = open_database(path)  # left open, as a killed process leaves it
    with database.write() as s:
        s.execute(insert(Employee), [{"code": "X1", "name": "夜班"}])
    assert not clean_close.marker_path(path).exists()
    assert not clean_close.closed_cleanly(path)
    assert startup_check.check_database_file(path).ok
    assert full_checks == [False, True]
    database.dispose()


def test_damage_right_after_a_clean_close_is_found(tmp_path, full_checks):
    path = tmp_path / "venue.db"
    _write(path, 0, 4000)
    pages = path.stat().st_size // PAGE
    with open(path, "r+b") as fh:  # within the same clock tick as the close, very likely
        fh.seek(pages // 2 * PAGE)
        fh.write(b"\xde\xad\xbe\xef" * (4 * PAGE // 4))

    with pytest.raises(DatabaseDamaged):
        open_database(path)
    assert full_checks == [True]


def test_a_file_another_connection_still_has_open_is_not_marked(tmp_path):
    path = tmp_path / "venue.db"
    first, second = open_database(path), open_database(path)
    with second.read() as s:
        s.get(Employee, 1)
    first.dispose()
    assert not clean_close.closed_cleanly(path)
    second.dispose()
    assert clean_close.closed_cleanly(path)


def test_a_copy_put_in_its_place_is_checked(tmp_path, full_checks):
    path, other = tmp_path / "venue.db", tmp_path / "other.db"
    _write(path, 0)
    _write(other, 1000)
    other.replace(path)  # what a file manager or a sync tool does
    open_database(path).dispose()
    assert full_checks[-1] is True
