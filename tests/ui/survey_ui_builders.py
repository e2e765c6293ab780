"""Builders for the survey, promise and gap-chart UI tests: forms in a line, typing into the
answer grid, a small world with known gaps, and spreadsheet files."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.servqual import DIMENSION_ITEMS
from app.services.guest_dto import SurveyForm

MON = dt.date(2026, 11, 2)  # a Monday; the small world spans three weeks from here
WEEKS = (MON, MON + dt.timedelta(weeks=1), MON + dt.timedelta(weeks=2))
PERIOD = (MON, MON + dt.timedelta(days=20))


def answers(value: int, items=range(1, 23)) -> dict[int, int]:
    return {i: value for i in items}


def guest(respondent: str, day: dt.date, e: dict[int, int], p: dict[int, int],
          weights: dict[str, float] | None = None, area_id: int | None = None) -> SurveyForm:
    return SurveyForm(respondent, "guest", day, e, p, weights, area_id)


def manager(respondent: str, day: dt.date, e: dict[int, int]) -> SurveyForm:
    return SurveyForm(respondent, "manager", day, e)


def type_into(widget, text: str) -> None:
    """Type characters one by one (digits, letters, spaces) into ``widget``."""
    for char in text:
        if char == " ":
            QTest.keyClick(widget, Qt.Key.Key_Space)
        else:
            QTest.keyClicks(widget, char)


def small_world(services) -> dict:
    """Guest forms in weeks 1 and 3 only (week 2 has none), empathy never answered, one
    manager form, and reliability worse than the rest. Returns the forms added."""
    no_empathy = [i for d, items in DIMENSION_ITEMS.items() if d != "empathy" for i in items]
    forms = [
        guest("G-1", WEEKS[0], answers(7, no_empathy), {**answers(6, no_empathy), 5: 3, 6: 3},
              {"tangibles": 20, "reliability": 40, "responsiveness": 20, "assurance": 20,
               "empathy": 0}),
        guest("G-2", WEEKS[0] + dt.timedelta(days=2), answers(6, no_empathy),
              {**answers(6, no_empathy), 5: 2, 11: 7}),
        guest("G-3", WEEKS[2] + dt.timedelta(days=1), answers(5, no_empathy),
              answers(4, no_empathy)),
        manager("M-1", WEEKS[0], answers(5)),
    ]
    added = [services.surveys.add(f) for f in forms]
    return {"forms": forms, "surveys": added}


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def survey_rows(day: dt.date) -> list[list[object]]:
    """A clean survey sheet: one guest with E and P, one manager with E only."""
    header = ["respondent", "kind", "date", *(f"E{i}" for i in range(1, 23)),
              *(f"P{i}" for i in range(1, 23))]
    guest_row = ["张先生", "guest", day.isoformat(), *([6] * 22), *([5] * 22)]
    manager_row = ["李经理", "manager", day.isoformat(), *([7] * 22), *([""] * 22)]
    return [header, guest_row, manager_row]
