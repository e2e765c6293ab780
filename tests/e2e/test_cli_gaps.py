"""`floorqc import survey` and `floorqc gaps` as a user or a scheduled task runs them."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from app.db.models_patrol import ChecklistTemplate
from app.services.guest_dto import SurveyForm
from tests.e2e.test_cli_staff import dump, floorqc
from tests.helpers import make_org
from tests.survey_builders import (
    SURVEY_HEADER,
    guest_form,
    manager_form,
    survey_row,
    write_sheet,
    write_survey_file,
)

DAY = dt.date(2026, 11, 23)


def test_import_survey_then_gaps_as_text_and_json(tmp_path, services, db, db_path):
    dept, _, _ = make_org(services)
    services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, None)
    db.dispose()
    src = write_sheet(tmp_path / "surveys.csv", [
        SURVEY_HEADER, survey_row(guest_form("G1", 6, 5), area="牡丹厅 201"),
        survey_row(guest_form("G2", {1: 4}, {1: 7})), survey_row(manager_form("M1", 7))])
    imported = floorqc(tmp_path, "import", "survey", src, "--db", db_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "Imported 3 survey forms: 2 from guests, 1 from managers."

    text = floorqc(tmp_path, "gaps", "--from", "2026-11-23", "--to", "2026-11-29", "--db",
                   db_path)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "Service-quality gaps 2026-11-23 to 2026-11-29, whole venue"
    table = {line.split("  ")[0]: line.split() for line in lines if line.startswith(("Gap", "Q"))}
    # Q1: G1 −1, G2 +3 → +1.00 from two guests; managers 7 against guests' 5.
    assert table["Q1"] == ["Q1", "+1.00", "(2)", "+2.00", "(3)"]
    assert table["Q2"] == ["Q2", "-1.00", "(1)", "+1.00", "(2)"]
    assert "Tangibles" in lines[3] and "Overall" in lines[3]
    gap5 = next(line for line in lines if line.startswith("Gap 5"))
    assert gap5.split()[5:7] == ["+1.00", "(2)"]  # tangibles: G1 −1, G2 +3 (item 1 only)
    assert "no data" in next(line for line in lines if line.startswith("Gap 3"))
    assert "Weighted SERVQUAL score: no data" in lines

    as_json = floorqc(tmp_path, "gaps", "--from", "2026-11-23", "--to", "2026-11-29", "--json",
                      "--area", "牡丹厅 201", "--db", db_path)
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert data["period"] == {"from": "2026-11-23", "to": "2026-11-29"}
    assert data["area"] == "牡丹厅 201"
    assert data["dimensions"] == ["tangibles", "reliability", "responsiveness", "assurance",
                                  "empathy"]
    assert data["gaps"]["gap5"]["overall"] == {"value": -1.0, "n": 1, "dimensions_with_data": 5}
    assert data["gaps"]["gap1"]["overall"]["value"] is None  # the manager form has no area
    assert set(data["gaps"]["gap5"]) == {"meaning", "unit", "overall", "dimensions", "items",
                                         "expectation", "perception"}
    assert data["gaps"]["gap4"]["unit"] == "percentage_points"


def test_the_json_is_what_the_service_computes(tmp_path, services, db, db_path):
    for k in range(4):
        services.surveys.add(guest_form(f"G{k}", {i: 7 - k for i in (1, 5, 11)}, 4 + k % 2))
    expected = services.gaps.five_gaps(DAY, DAY + dt.timedelta(days=6)).to_json()
    db.dispose()
    result = floorqc(tmp_path, "gaps", "--from", "2026-11-23", "--to", "2026-11-29", "--json",
                     "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected


def test_a_period_without_data_prints_no_data_never_zero(tmp_path, services, db, db_path):
    with db.write() as s:
        for t in s.query(ChecklistTemplate):
            t.archived = True
    db.dispose()
    result = floorqc(tmp_path, "gaps", "--from", "2030-01-01", "--to", "2030-01-31", "--db",
                     db_path)
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if re.match(r"(Gap \d|Q\d|Mean)", line)]
    assert len(rows) == 5 + 2 + 22
    for line in rows:
        assert "no data" in line and not re.search(r"\d\.\d|\(\d", line), line  # no figure
    assert "Weighted SERVQUAL score: no data" in result.stdout
    as_json = json.loads(floorqc(tmp_path, "gaps", "--from", "2030-01-01", "--to", "2030-01-31",
                                 "--json", "--db", db_path).stdout)
    assert all(g["overall"] == {"value": None, "n": 0, "dimensions_with_data": 0}
               for g in as_json["gaps"].values())


@pytest.mark.parametrize("args, reason", [
    (["--from", "2026-13-01", "--to", "2026-12-01"],
     "Write the date like 2026-11-23, not 2026-13-01."),
    (["--from", "2026-12-01", "--to", "1.12.2026"],
     "Write the date like 2026-11-23, not 1.12.2026."),
    (["--from", "2026-12-08", "--to", "2026-12-01"],
     "The period ends (2026-12-01) before it starts (2026-12-08)."),
])
def test_bad_dates_exit_1_with_one_line_and_open_nothing(tmp_path, args, reason):
    db = tmp_path / "never.db"
    result = floorqc(tmp_path, "gaps", *args, "--db", db)
    assert result.returncode == 1
    assert result.stderr.strip() == reason
    assert result.stdout == "" and not db.exists()


def test_an_unknown_area_or_a_missing_argument(tmp_path, db_path, db):
    db.dispose()
    result = floorqc(tmp_path, "gaps", "--from", "2026-11-01", "--to", "2026-11-30", "--area",
                     "火星厅", "--db", db_path)
    assert (result.returncode, result.stderr.strip()) == (1, "No area named 火星厅.")
    missing = floorqc(tmp_path, "gaps", "--from", "2026-11-01", "--db", db_path)
    assert missing.returncode == 2 and "--to" in missing.stderr


def test_a_bad_survey_file_exits_1_listing_every_problem(tmp_path, db, db_path):
    db.dispose()
    bad = write_survey_file(tmp_path / "bad.csv", [
        guest_form("G1"), guest_form("G2", e={5: 8}, p={5: 3}),
        SurveyForm("M1", "manager", DAY, {1: 5}, {1: 5})])
    before = dump(db_path)
    result = floorqc(tmp_path, "import", "survey", bad, "--db", db_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "2 problems; nothing was imported.",
        "Row 3, column E5: The answer to E5 must be a whole number from 1 to 7, not 8.",
        "Row 4, column P1: A manager form answers only the expectations (E), as guests would "
        "expect; leave the perceptions (P) empty.",
    ]
    assert dump(db_path) == before
