"""What the Reports page offers: the three reports (交班报告, 日报, 月度考核) and the blank forms
of the complaint procedure, the parameters each needs, its default file name, and how its PDF
is made. ``make_pdf`` runs on the task runner's worker: services and the PDF builders only,
no widget. The report modules are imported when a PDF is made, so the page opens without
loading ReportLab."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.bootstrap import Services, venue_name

Translate = Callable[[str, str], str]
CONTEXT = "ReportsPage"
LIMIT_KEY = "complaint.response_minutes"  # the complaint response limit the forms print

SHIFT, DAILY, MONTHLY = "shift", "daily", "monthly"
FEEDBACK, RECORD, FLOWCHART = "feedback_form", "complaint_record", "complaint_flowchart"
DATE, SHIFT_FIELD, MONTH = "date", "shift", "month"  # the parameters a kind may need


@dataclass(frozen=True)
class Kind:
    """One entry of the list. ``label``, ``blurb`` and ``stem`` are English source texts in
    context ReportsPage; ``stem`` is the default file name without ".pdf", with {date},
    {shift} or {month} filled in."""

    key: str
    label: str
    blurb: str
    stem: str
    fields: tuple[str, ...]
    is_report: bool  # a report needs VIEW_REPORTS; a blank form holds no data


KINDS = (
    Kind(SHIFT, QT_TRANSLATE_NOOP("ReportsPage", "Shift report"),
         QT_TRANSLATE_NOOP("ReportsPage",
                           "Hands a shift over: who was on duty (with redeployments and "
                           "uncovered posts), patrols done against due per area and level, "
                           "findings with photos, rectifications opened, closed and overdue, "
                           "complaints with their response times, and signature lines."),
         QT_TRANSLATE_NOOP("ReportsPage", "shift-report_{date}_{shift}"),
         (DATE, SHIFT_FIELD), True),
    Kind(DAILY, QT_TRANSLATE_NOOP("ReportsPage", "Daily quality report"),
         QT_TRANSLATE_NOOP("ReportsPage",
                           "What the director reads each morning: the day's figures against "
                           "the 7 and 30 days before, the Pareto of defects, the p-chart of "
                           "the daily defect rate, team and area rankings, recurring problems, "
                           "who owns each overdue item, and the five gaps."),
         QT_TRANSLATE_NOOP("ReportsPage", "daily-report_{date}"), (DATE,), True),
    Kind(MONTHLY, QT_TRANSLATE_NOOP("ReportsPage", "Monthly accountability report"),
         QT_TRANSLATE_NOOP("ReportsPage",
                           "For holding posts to account: per team and per employee the scores "
                           "of their areas, the findings attributed to them, rectification "
                           "timeliness, complaints, the month's accountability records and, "
                           "for inspectors, their disagreement rate."),
         QT_TRANSLATE_NOOP("ReportsPage", "monthly-report_{month}"), (MONTH,), True),
    Kind(FEEDBACK, QT_TRANSLATE_NOOP("ReportsPage", "Guest feedback form"),
         QT_TRANSLATE_NOOP("ReportsPage",
                           "The blank guest feedback form to put on the tables."),
         QT_TRANSLATE_NOOP("ReportsPage", "guest-feedback-form"), (), False),
    Kind(RECORD, QT_TRANSLATE_NOOP("ReportsPage", "Complaint record sheet"),
         QT_TRANSLATE_NOOP("ReportsPage",
                           "The blank complaint record sheet, to fill in by hand when a "
                           "complaint is taken away from the laptop."),
         QT_TRANSLATE_NOOP("ReportsPage", "complaint-record-sheet"), (), False),
    Kind(FLOWCHART, QT_TRANSLATE_NOOP("ReportsPage", "Complaint-handling flowchart"),
         QT_TRANSLATE_NOOP("ReportsPage",
                           "The complaint-handling flowchart for the wall, with the response "
                           "limit from the settings."),
         QT_TRANSLATE_NOOP("ReportsPage", "complaint-flowchart"), (), False),
)
BY_KEY = {kind.key: kind for kind in KINDS}


@dataclass(frozen=True)
class Request:
    """What to make: the kind and the parameters it uses (the others are ignored)."""

    kind: str
    day: dt.date
    shift: str = ""  # the shift type's name, as ShiftReportService.shift takes it
    month: dt.date | None = None  # any day of the month


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(request: Request, translate: Translate) -> str:
    """The default file name, e.g. 日报_2026-11-24.pdf, with nothing a file system refuses."""
    kind = BY_KEY[request.kind]
    month = request.month or request.day
    stem = translate(CONTEXT, kind.stem).format(
        date=f"{request.day:%Y-%m-%d}", shift=request.shift, month=f"{month:%Y-%m}")
    return _UNSAFE.sub("-", stem).strip(" .") + ".pdf"


def make_pdf(services: Services, translate: Translate, request: Request) -> bytes:
    """The PDF bytes of ``request``; the report services refuse a role without VIEW_REPORTS."""
    key = request.kind
    if key == DAILY:
        from app.reports.daily_pdf import daily_report_pdf

        return daily_report_pdf(services.daily_report.daily(request.day), translate)
    if key == SHIFT:
        from app.reports.shift_pdf import shift_report_pdf

        return shift_report_pdf(services.shift_report.shift(request.day, request.shift),
                                translate)
    if key == MONTHLY:
        from app.reports.monthly_pdf import monthly_report_pdf

        month = (request.month or request.day).replace(day=1)
        return monthly_report_pdf(services.monthly_report.monthly(month), translate)
    from app.reports import guest_forms

    venue = venue_name(services.db)
    if key == FEEDBACK:
        return guest_forms.feedback_form_pdf(translate, venue)
    limit = int(services.settings.get(LIMIT_KEY))
    if key == RECORD:
        return guest_forms.complaint_record_pdf(translate, venue, None, limit_minutes=limit)
    if key == FLOWCHART:
        return guest_forms.complaint_flowchart_pdf(translate, venue, limit_minutes=limit)
    raise KeyError(key)


def running_shift(shifts, now: dt.datetime) -> tuple[str | None, dt.date]:
    """The shift under way at ``now`` and the day it started (a night shift that crosses
    midnight belongs to the day before after midnight); else the last one that started
    today; else the first shift. ``shifts``: ShiftTypeDTOs in their order."""
    today, clock = now.date(), now.time()
    for sh in shifts:
        if sh.start < sh.end and sh.start <= clock < sh.end:
            return sh.name, today
        if sh.end <= sh.start:  # crosses midnight
            if clock >= sh.start:
                return sh.name, today
            if clock < sh.end:
                return sh.name, today - dt.timedelta(days=1)
    started = [sh for sh in shifts if sh.start <= clock]
    if started:
        return max(started, key=lambda sh: sh.start).name, today
    return (shifts[0].name if shifts else None), today
