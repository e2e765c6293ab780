"""`floorqc report shift|daily|monthly` as a scheduled task runs them on the demo venue: the
PDF is there and says what it is, and a bad argument fails with one line and no file."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from tests.e2e.test_cli_staff import floorqc


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    path = root / "demo.db"
    built = floorqc(root, "demo", "--db", path)
    assert built.returncode == 0, built.stderr
    return path


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


YESTERDAY = dt.date.today() - dt.timedelta(days=1)


@pytest.mark.parametrize(("args", "title"), [
    (("daily", "--date", YESTERDAY.isoformat()), "Daily quality report"),
    (("shift", "--date", YESTERDAY.isoformat(), "--shift", "晚市"), "Shift report"),
    (("monthly", "--month", YESTERDAY.strftime("%Y-%m")), "Monthly accountability report"),
])
def test_each_report_writes_a_pdf_that_says_what_it_is(demo_db, tmp_path, args, title):
    out = tmp_path / "report.pdf"
    done = floorqc(tmp_path, "report", *args, "--out", out, "--db", demo_db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {out}")
    text = pdf_text(out)
    assert title in text and "Page 1 of" in text
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(("args", "message"), [
    (("monthly", "--month", "2026/11"), "Write the month like 2026-11, not 2026/11."),
    (("daily", "--date", "yesterday"), "Write the date like 2026-11-23, not yesterday."),
    (("shift", "--date", "2026-11-23", "--shift", "宵夜"), "宵夜"),
])
def test_a_bad_argument_fails_with_one_line_and_no_file(demo_db, tmp_path, args, message):
    out = tmp_path / "report.pdf"
    done = floorqc(tmp_path, "report", *args, "--out", out, "--db", demo_db)
    assert done.returncode == 1
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_an_unwritable_destination_fails_cleanly(demo_db, tmp_path):
    out = tmp_path / "missing-folder" / "daily.pdf"
    done = floorqc(tmp_path, "report", "daily", "--date", YESTERDAY.isoformat(), "--out", out,
                   "--db", demo_db)
    assert done.returncode == 1 and "missing-folder" in done.stderr
