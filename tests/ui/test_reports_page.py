"""The Reports page: save, preview and print the reports and the blank forms with nothing
external opened (the viewer, the file dialog's answer and the printer are stand-ins), the
shift list from the venue, the refusal for a role without VIEW_REPORTS, and a failed build
that reports its error and leaves no file behind."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices

from app.domain.permissions import Role
from app.services.base import Actor
from app.services.roster_dto import ShiftTypeDTO
from app.ui.reports import catalogue, output
from app.ui.reports.catalogue import Request, file_name, running_shift
from app.ui.reports.reports_page import ReportsPage
from app.ui.tasks import TaskRunner
from tests.complaint_builders import DAY, build_venue


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def viewer(monkeypatch):
    """Stands in for the system's PDF viewer: records the files it was asked to show."""
    opened: list[Path] = []

    def open_url(url) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return opened


def make_page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    return page


def test_daily_report_saved_with_its_title_and_date(qtbot, ctx, services, tmp_path, ui_errors):
    build_venue(services)
    page = make_page(qtbot, ctx)
    page.select(catalogue.DAILY)
    page.date.setDate(QDate(DAY.year, DAY.month, DAY.day))
    assert page.date.isVisibleTo(page) and not page.shift.isVisibleTo(page)
    dialog = page.save_as()
    assert dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("daily-report_2026-11-23.pdf")
    dialog.fileSelected.emit(str(tmp_path / "daily"))  # the user chose a name without .pdf
    assert not ui_errors, ui_errors
    written = tmp_path / "daily.pdf"
    text = pdf_text(written)
    assert "Daily quality report" in text and "2026-11-23" in text
    assert not list(tmp_path.glob("*.part"))
    assert str(written) in page.status.text() and not page.busy
    assert page.save_button.isEnabled() and not page.progress.isVisible()


def test_preview_opens_the_written_pdf_in_the_viewer(qtbot, ctx, tmp_path, viewer, ui_errors):
    page = make_page(qtbot, ctx)
    page.select(catalogue.MONTHLY)
    page.month.setDate(QDate(2026, 10, 17))
    assert page.month.isVisibleTo(page) and not page.date.isVisibleTo(page)
    page.preview()
    assert not ui_errors, ui_errors
    assert len(viewer) == 1
    shown = viewer[0]
    assert shown.name == "monthly-report_2026-10.pdf" and shown.is_file()
    assert shown.is_relative_to(Path(os.environ["FLOORQC_DATA_DIR"]) / output.PREVIEW_DIR)
    text = pdf_text(shown)
    assert "Monthly accountability report" in text and "2026-10-01" in text
    page.preview()  # a second preview never overwrites the first (a viewer may hold it)
    assert len(viewer) == 2 and viewer[0] != viewer[1] and viewer[0].is_file()


def test_shift_list_comes_from_the_venues_shifts(qtbot, ctx, services, tmp_path, ui_errors):
    build_venue(services)
    page = make_page(qtbot, ctx)
    names = [s.name for s in services.shifts.shift_types()]
    assert [page.shift.itemData(i) for i in range(page.shift.count())] == names
    services.shifts.save_shift_type("宵夜", dt.time(22, 0), dt.time(2, 0))
    ctx.signals.changed.emit(frozenset({"roster", "shifts"}))
    assert page.shift.itemData(page.shift.count() - 1) == "宵夜"
    assert "22:00–02:00" in page.shift.itemText(page.shift.count() - 1)

    page.select(catalogue.SHIFT)
    assert page.shift.isVisibleTo(page) and page.date.isVisibleTo(page)
    page.date.setDate(QDate(DAY.year, DAY.month, DAY.day))
    page.shift.setCurrentIndex(page.shift.findData("晚市"))
    dialog = page.save_as()
    assert dialog.selectedFiles()[0].endswith("shift-report_2026-11-23_晚市.pdf")
    dialog.reject()
    page.save_to(tmp_path / "shift.pdf")
    assert not ui_errors, ui_errors
    text = pdf_text(tmp_path / "shift.pdf")
    assert "Shift report" in text and "2026-11-23" in text and "晚市" in text


@pytest.mark.parametrize("key, title", [
    (catalogue.FEEDBACK, "Guest Service Feedback Form"),
    (catalogue.RECORD, "Complaint Record Sheet"),
    (catalogue.FLOWCHART, "Complaint Handling Flowchart"),
])
def test_blank_forms_save(qtbot, ctx, tmp_path, ui_errors, key, title):
    page = make_page(qtbot, ctx)
    page.select(key)
    assert not any(w.isVisibleTo(page) for w in (page.date, page.shift, page.month))
    page.save_to(tmp_path / f"{key}.pdf")
    assert not ui_errors, ui_errors
    assert title in pdf_text(tmp_path / f"{key}.pdf")


def test_a_staff_role_is_told_it_may_not_see_reports(qtbot, make_ctx, tmp_path, ui_errors):
    ctx = make_ctx(Actor("zhao.min", Role.STAFF))
    page = make_page(qtbot, ctx)
    assert page.refusal.isVisibleTo(page)
    assert "may not see reports" in page.refusal.text()
    assert "blank forms" in page.refusal.text()
    assert page.kind_key() == catalogue.FEEDBACK  # the first thing it may print
    assert page.preview_button.isEnabled()
    page.save_to(tmp_path / "form.pdf")
    assert (tmp_path / "form.pdf").is_file() and not ui_errors
    page.select(catalogue.DAILY)  # greyed out: nothing to press
    for button in (page.preview_button, page.save_button, page.print_button):
        assert not button.isEnabled()
    assert page.save_as() is None


def test_a_manager_sees_no_refusal(qtbot, make_ctx):
    page = make_page(qtbot, make_ctx(Actor("li.manager", Role.MANAGER)))
    assert not page.refusal.isVisibleTo(page)
    assert page.kind_key() == catalogue.DAILY and page.save_button.isEnabled()


def test_a_failed_build_shows_the_error_and_leaves_no_file(qtbot, ctx, tmp_path, ui_errors,
                                                          monkeypatch):
    from app.reports import daily_pdf

    def broken(report, tr):
        raise RuntimeError("the chart could not be drawn")

    monkeypatch.setattr(daily_pdf, "daily_report_pdf", broken)
    page = make_page(qtbot, ctx)
    page.select(catalogue.DAILY)
    page.save_to(tmp_path / "daily.pdf")
    assert [str(e) for e in ui_errors] == ["the chart could not be drawn"]
    assert not list(tmp_path.glob("daily*"))
    assert "not made" in page.status.text() and not page.busy
    assert page.save_button.isEnabled()


def test_a_failed_write_leaves_no_part_file(qtbot, ctx, tmp_path, ui_errors):
    blocked = tmp_path / "out" / "form.pdf"
    blocked.mkdir(parents=True)  # a folder where the file should go: the rename fails
    page = make_page(qtbot, ctx)
    page.select(catalogue.FEEDBACK)
    page.save_to(blocked)
    assert len(ui_errors) == 1 and isinstance(ui_errors[0], OSError)
    assert sorted(p.name for p in blocked.parent.iterdir()) == ["form.pdf"]
    assert blocked.is_dir() and not page.busy


def test_a_shift_the_venue_does_not_have_is_refused_by_the_service(qtbot, ctx, tmp_path,
                                                                   ui_errors):
    page = make_page(qtbot, ctx)
    page.select(catalogue.SHIFT)
    page.save_to(tmp_path / "x.pdf", Request(catalogue.SHIFT, DAY, "不存在的班次"))
    assert len(ui_errors) == 1 and "不存在的班次" in ui_errors[0].render()
    assert not (tmp_path / "x.pdf").exists()


def test_builds_run_in_the_background_with_a_busy_state(qtbot, ctx, tmp_path, ui_errors,
                                                        monkeypatch):
    ctx.runner = TaskRunner(ctx.signals, ui_errors)  # the real worker thread
    page = make_page(qtbot, ctx)
    page.select(catalogue.DAILY)
    page.save_to(tmp_path / "daily.pdf")
    assert page.busy and page.progress.isVisibleTo(page) and not page.save_button.isEnabled()
    assert "Daily quality report" in page.status.text()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert (tmp_path / "daily.pdf").is_file() and not ui_errors
    assert not page.progress.isVisibleTo(page) and page.save_button.isEnabled()

    from app.reports import daily_pdf

    monkeypatch.setattr(daily_pdf, "daily_report_pdf", lambda report, tr: 1 / 0)
    page.save_to(tmp_path / "again.pdf")
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert len(ui_errors) == 1 and isinstance(ui_errors[0], ZeroDivisionError)
    assert "not made" in page.status.text() and not (tmp_path / "again.pdf").exists()
    ctx.runner.wait()


# ---------------------------------------------------------------- printing


@pytest.fixture
def fake_lp(tmp_path, monkeypatch):
    """A stand-in ``lp`` that records its arguments; ``answer`` sets its exit code/output."""
    record = tmp_path / "lp-args.txt"
    script = tmp_path / "lp"

    def answer(code: int = 0, out: str = "request id is Office-7 (1 file(s))", err: str = ""):
        script.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{record}'\n"
                          f"echo '{out}'\necho '{err}' >&2\nexit {code}\n")
        script.chmod(0o755)

    answer()
    monkeypatch.setattr(output, "find_lp", lambda: str(script))
    answer.record = record
    return answer


def choose(monkeypatch, choice: output.PrintChoice) -> None:
    monkeypatch.setattr(output, "ask_printer", lambda parent, on_chosen: on_chosen(choice))


def test_print_sends_the_pdf_to_the_chosen_printer(qtbot, ctx, monkeypatch, fake_lp, viewer,
                                                   ui_errors):
    choose(monkeypatch, output.PrintChoice("Office", copies=2, first_page=1, last_page=2))
    page = make_page(qtbot, ctx)
    page.select(catalogue.DAILY)
    page.print_report()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert not ui_errors, ui_errors
    args = fake_lp.record.read_text().split("\n")
    printed = Path(args[-2])
    assert args[:-2] == ["-t", printed.name, "-d", "Office", "-n", "2", "-P", "1-2"]
    assert printed.is_file() and printed.read_bytes().startswith(b"%PDF")
    assert "Office" in page.status.text() and "request id is Office-7" in page.status.text()
    assert not viewer


def test_a_printer_that_refuses_says_so_and_opens_the_viewer(qtbot, ctx, monkeypatch, fake_lp,
                                                              viewer):
    fake_lp(code=1, out="", err="lp: The printer or class does not exist.")
    choose(monkeypatch, output.PrintChoice("Gone"))
    page = make_page(qtbot, ctx)
    page.select(catalogue.FLOWCHART)
    page.print_report()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    text = page.status.text()
    assert "does not exist" in text and "print it from there" in text
    assert len(viewer) == 1 and str(viewer[0]) in text


def test_without_lp_or_windows_the_pdf_is_kept_for_the_viewer(qtbot, ctx, monkeypatch, viewer):
    monkeypatch.setattr(output, "find_lp", lambda: None)
    monkeypatch.setattr(output.sys, "platform", "linux")
    choose(monkeypatch, output.PrintChoice("Office"))
    page = make_page(qtbot, ctx)
    page.select(catalogue.RECORD)
    page.print_report()
    assert not page.busy
    assert "no lp command" in page.status.text()
    assert viewer and viewer[0].is_file() and str(viewer[0]) in page.status.text()


def test_print_to_file_from_the_print_dialog_copies_the_pdf(qtbot, ctx, monkeypatch, tmp_path):
    monkeypatch.setattr(output, "find_lp", lambda: pytest.fail("lp must not run"))
    choose(monkeypatch, output.PrintChoice("", output_file=str(tmp_path / "printed")))
    page = make_page(qtbot, ctx)
    page.select(catalogue.FEEDBACK)
    page.print_report()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert "printed.pdf" in page.status.text()


def test_the_print_dialog_opens_without_blocking(qtbot, ctx):
    page = make_page(qtbot, ctx)
    dialog = page.print_report()
    assert dialog.isVisible()
    dialog.reject()
    assert not page.busy


# ---------------------------------------------------------------- pure helpers


def test_file_names_follow_the_ui_language_and_stay_safe():
    zh = {"daily-report_{date}": "日报_{date}",
          "shift-report_{date}_{shift}": "交班报告_{date}_{shift}"}

    def translate(_context, text):
        return zh.get(text, text)

    assert file_name(Request(catalogue.DAILY, DAY), translate) == "日报_2026-11-23.pdf"
    assert file_name(Request(catalogue.SHIFT, DAY, "早/晚:班"), translate) == \
        "交班报告_2026-11-23_早-晚-班.pdf"
    assert file_name(Request(catalogue.MONTHLY, DAY, month=dt.date(2026, 10, 1)),
                     translate) == "monthly-report_2026-10.pdf"


def _shift(name: str, start: str, end: str) -> ShiftTypeDTO:
    return ShiftTypeDTO(0, name, "", dt.time.fromisoformat(start), dt.time.fromisoformat(end),
                        0, True)


@pytest.mark.parametrize("at, expected", [
    ("2026-11-23 07:30", ("早班", dt.date(2026, 11, 23))),
    ("2026-11-23 19:00", ("晚市", dt.date(2026, 11, 23))),
    ("2026-11-23 23:30", ("夜班", dt.date(2026, 11, 23))),
    ("2026-11-24 01:00", ("夜班", dt.date(2026, 11, 23))),  # after midnight: the night before
    ("2026-11-23 14:30", ("午市", dt.date(2026, 11, 23))),  # between shifts: the last started
])
def test_the_shift_under_way_is_the_default(at, expected):
    shifts = [_shift("早班", "06:00", "10:00"), _shift("午市", "10:30", "14:00"),
              _shift("晚市", "16:30", "22:00"), _shift("夜班", "22:00", "06:00")]
    assert running_shift(shifts, dt.datetime.fromisoformat(at)) == expected
