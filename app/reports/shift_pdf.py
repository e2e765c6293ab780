"""The shift hand-over report (交班报告) as a PDF: a ShiftReport in, bytes out (no Qt, no DB).

Order: key figures; who was on duty (attendance, redeployments with who approved them) and
the posts left uncovered; patrols done against the plan per area and level with their
scores; findings with photo thumbnails; rectifications opened, closed and overdue with their
owners; complaints with their first-response times; signature lines for the inspector on
duty, the shift leader and the manager. The look is report_layout's."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Table, TableStyle

from app.domain import complaints as complaint_terms
from app.domain.checklists import CATEGORIES, LEVELS, SEVERITIES
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.rectification import STATES
from app.reports.report_layout import (
    CONTEXT,
    Tile,
    Translate,
    build_pdf,
    data_table,
    fmt_int,
    fmt_num,
    fmt_pct,
    fmt_ratio,
    heading,
    key_figures,
    note,
    para,
    section,
    signature_lines,
    spacer,
    styles,
)
from app.services.report_dto_shift import ComplaintLine, FindingLine, RectLine, ShiftReport

# Other catalogues, by name: lupdate reads tr("literal", …) as a new message, so a context is
# never written as a literal in a call.
ATTENDANCE_CTX, LEVELS_CTX, SEVERITIES_CTX = "attendance", "levels", "severities"
RECT_CTX, CATEGORIES_CTX, COMPLAINTS_CTX = "rect_states", "categories", "complaints"

ATTENDANCE = {
    "present": QT_TRANSLATE_NOOP("attendance", "Present"),
    "late": QT_TRANSLATE_NOOP("attendance", "Late"),
    "absent": QT_TRANSLATE_NOOP("attendance", "Absent"),
    "leave": QT_TRANSLATE_NOOP("attendance", "Leave"),
}

T = {  # every sentence of the report, English source, context "reports"
    "on_duty_tile": QT_TRANSLATE_NOOP("reports", "On duty / rostered"),
    "on_duty_note": QT_TRANSLATE_NOOP("reports", "{redeployed} redeployed · {away} absent or on leave"),
    "uncovered_tile": QT_TRANSLATE_NOOP("reports", "Uncovered posts"),
    "short_note": QT_TRANSLATE_NOOP("reports", "{people} people short"),
    "patrols": QT_TRANSLATE_NOOP("reports", "Patrols done / due"),
    "score": QT_TRANSLATE_NOOP("reports", "Average score"),
    "rounds_note": QT_TRANSLATE_NOOP("reports", "{rounds} rounds submitted"),
    "findings": QT_TRANSLATE_NOOP("reports", "Findings"),
    "photos_note": QT_TRANSLATE_NOOP("reports", "{count} with photos"),
    "opened_closed": QT_TRANSLATE_NOOP("reports", "Rectifications opened / closed"),
    "overdue_tile": QT_TRANSLATE_NOOP("reports", "Overdue at hand-over"),
    "complaints": QT_TRANSLATE_NOOP("reports", "Complaints"),
    "answered": QT_TRANSLATE_NOOP("reports", "Answered within {minutes} min"),
    "window": QT_TRANSLATE_NOOP(
        "reports", "Shift {shift}: {begin} – {end}. States are as at {as_of}."),
    "duty": QT_TRANSLATE_NOOP("reports", "Who was on duty"),
    "team": QT_TRANSLATE_NOOP("reports", "Team"),
    "name": QT_TRANSLATE_NOOP("reports", "Name"),
    "post": QT_TRANSLATE_NOOP("reports", "Post"),
    "area": QT_TRANSLATE_NOOP("reports", "Area"),
    "attendance": QT_TRANSLATE_NOOP("reports", "Attendance"),
    "late_min": QT_TRANSLATE_NOOP("reports", "Late {minutes} min"),
    "redeployment": QT_TRANSLATE_NOOP("reports", "Redeployed (抽调顶岗)"),
    "redeployed": QT_TRANSLATE_NOOP("reports", "{source} → {target}, approved by {approver}"),
    "no_roster": QT_TRANSLATE_NOOP("reports", "Nobody was rostered for this shift."),
    "duty_note": QT_TRANSLATE_NOOP(
        "reports", "Attendance “—”: not recorded. Rows tinted red: absent or on leave."),
    "uncovered": QT_TRANSLATE_NOOP("reports", "Uncovered posts"),
    "department": QT_TRANSLATE_NOOP("reports", "Department"),
    "required": QT_TRANSLATE_NOOP("reports", "Required"),
    "present": QT_TRANSLATE_NOOP("reports", "On duty"),
    "missing": QT_TRANSLATE_NOOP("reports", "Short"),
    "all_covered": QT_TRANSLATE_NOOP("reports", "Every post had the head-count it needs."),
    "patrol_section": QT_TRANSLATE_NOOP("reports", "Patrols done against the plan"),
    "level": QT_TRANSLATE_NOOP("reports", "Level"),
    "done_due": QT_TRANSLATE_NOOP("reports", "Done / due"),
    "rounds": QT_TRANSLATE_NOOP("reports", "Rounds"),
    "lowest": QT_TRANSLATE_NOOP("reports", "Lowest"),
    "flagged": QT_TRANSLATE_NOOP("reports", "Critical failed"),
    "no_patrols": QT_TRANSLATE_NOOP("reports", "No patrol was due and none was held."),
    "patrol_note": QT_TRANSLATE_NOOP(
        "reports", "Due: the patrol plan's windows in this shift (team leader and supervisor "
                   "windows of the shift, manager windows of the day opening in it); done: "
                   "windows in which a round of that level was submitted; “—”: none due. "
                   "Rounds, scores and critical failures count every level, self-checks and "
                   "external audits included. Rows tinted red: a window missed."),
    "findings_section": QT_TRANSLATE_NOOP("reports", "Findings of the shift"),
    "time": QT_TRANSLATE_NOOP("reports", "Time"),
    "finding": QT_TRANSLATE_NOOP("reports", "Finding"),
    "severity": QT_TRANSLATE_NOOP("reports", "Severity"),
    "responsible": QT_TRANSLATE_NOOP("reports", "Responsible / leader"),
    "photos": QT_TRANSLATE_NOOP("reports", "Photos"),
    "more_photos": QT_TRANSLATE_NOOP("reports", "+{count} more"),
    "no_findings": QT_TRANSLATE_NOOP("reports", "No findings in this shift."),
    "found_by": QT_TRANSLATE_NOOP("reports", "found by {user}"),
    "rect_section": QT_TRANSLATE_NOOP("reports", "Rectifications"),
    "opened": QT_TRANSLATE_NOOP("reports", "Opened in this shift"),
    "closed": QT_TRANSLATE_NOOP("reports", "Closed in this shift"),
    "overdue": QT_TRANSLATE_NOOP("reports", "Overdue at hand-over"),
    "no": QT_TRANSLATE_NOOP("reports", "Number"),
    "problem": QT_TRANSLATE_NOOP("reports", "Problem"),
    "due": QT_TRANSLATE_NOOP("reports", "Due"),
    "status": QT_TRANSLATE_NOOP("reports", "Status"),
    "closed_at": QT_TRANSLATE_NOOP("reports", "Closed"),
    "on_time": QT_TRANSLATE_NOOP("reports", "On time"),
    "late": QT_TRANSLATE_NOOP("reports", "Late"),
    "assignee": QT_TRANSLATE_NOOP("reports", "Assignee"),
    "accountable": QT_TRANSLATE_NOOP("reports", "Answers for it now"),
    "none_opened": QT_TRANSLATE_NOOP("reports", "None was opened."),
    "none_closed": QT_TRANSLATE_NOOP("reports", "None was closed."),
    "none_overdue": QT_TRANSLATE_NOOP("reports", "Nothing was overdue."),
    "rect_note": QT_TRANSLATE_NOOP(
        "reports", "Closed on time: verified at or before the due time. Overdue: past due "
                   "and neither closed nor waiting for verification, whenever it was opened. "
                   "Answers for it now: the assignee, or the leader above after escalation."),
    "complaint_section": QT_TRANSLATE_NOOP("reports", "Complaints"),
    "received": QT_TRANSLATE_NOOP("reports", "Received"),
    "channel": QT_TRANSLATE_NOOP("reports", "Channel"),
    "complaint": QT_TRANSLATE_NOOP("reports", "Complaint"),
    "response": QT_TRANSLATE_NOOP("reports", "First response"),
    "within": QT_TRANSLATE_NOOP("reports", "Within {minutes} min"),
    "owner": QT_TRANSLATE_NOOP("reports", "Responsible"),
    "yes": QT_TRANSLATE_NOOP("reports", "Yes"),
    "no_late": QT_TRANSLATE_NOOP("reports", "No"),
    "pending": QT_TRANSLATE_NOOP("reports", "Waiting"),
    "table": QT_TRANSLATE_NOOP("reports", "table {table}"),
    "no_complaints": QT_TRANSLATE_NOOP("reports", "No complaints in this shift."),
    "complaint_summary": QT_TRANSLATE_NOOP(
        "reports", "{count} complaints; answered within {minutes} min: {share}; median first "
                   "response {median}; {waiting} still unanswered."),
    "sign": QT_TRANSLATE_NOOP("reports", "Hand-over"),
    "sign_note": QT_TRANSLATE_NOOP(
        "reports", "Signed on hand-over: the figures above were checked and the open items "
                   "passed on to the next shift."),
    "inspector": QT_TRANSLATE_NOOP("reports", "Inspector on duty"),
    "leader": QT_TRANSLATE_NOOP("reports", "Shift leader"),
    "manager": QT_TRANSLATE_NOOP("reports", "Manager"),
}

THUMB_HEIGHT = 14 * mm
THUMB_MAX_WIDTH = 19 * mm
THUMBS_PER_ROW = 2


def shift_report_pdf(report: ShiftReport, tr: Translate) -> bytes:
    """The shift hand-over report as PDF bytes, in the language of ``tr``."""

    def t(key: str, **params: object) -> str:
        text = tr(CONTEXT, T[key])
        return text.format(**params) if params else text

    story: list[Flowable] = [
        note(t("window", shift=report.shift, begin=f"{report.begin:%Y-%m-%d %H:%M}",
               end=f"{report.end:%Y-%m-%d %H:%M}", as_of=f"{report.as_of:%Y-%m-%d %H:%M}")),
        spacer(1.5), _figures(report, t), spacer(2)]
    story += _duty(report, t, tr)
    story += _patrols(report, t, tr)
    story += _findings(report, t, tr)
    story += _rectifications(report, t, tr)
    story += _complaints(report, t, tr)
    # Kept whole: the signature block moves to the next page only when it does not fit.
    story.append(KeepTogether([heading(t("sign")), note(t("sign_note")), signature_lines(
        [t("inspector"), t("leader"), t("manager")], tr)]))
    return build_pdf(report.meta, story, tr)


def _figures(r: ShiftReport, t) -> Flowable:
    present = sum(1 for d in r.on_duty if d.attendance not in ("absent", "leave"))
    away = len(r.on_duty) - present
    rounds = sum(p.rounds for p in r.patrols)
    photos = sum(1 for f in r.findings if f.photo_count)
    m = r.complaint_measures
    return key_figures([
        Tile(t("on_duty_tile"), fmt_ratio(present, len(r.on_duty)),
             t("on_duty_note", redeployed=len(r.redeployments), away=away)),
        Tile(t("uncovered_tile"), fmt_int(len(r.uncovered)),
             t("short_note", people=sum(u.missing for u in r.uncovered)),
             "bad" if r.uncovered else "good"),
        Tile(t("patrols"), fmt_ratio(r.patrols_done, r.patrols_due),
             tone="bad" if r.patrols_done < r.patrols_due else ""),
        Tile(t("score"), fmt_num(r.average_score), t("rounds_note", rounds=rounds)),
        Tile(t("findings"), fmt_int(len(r.findings)), t("photos_note", count=photos)),
        Tile(t("opened_closed"), fmt_ratio(len(r.opened), len(r.closed))),
        Tile(t("overdue_tile"), fmt_int(len(r.overdue)), tone="bad" if r.overdue else "good"),
        Tile(t("complaints"), fmt_int(len(r.complaints)),
             f"{t('answered', minutes=r.response_limit_minutes)}: {fmt_pct(m.share_on_time)}"),
    ])


def _duty(r: ShiftReport, t, tr: Translate) -> list[Flowable]:
    rows, away = [], []
    for i, d in enumerate(r.on_duty):
        if d.attendance == "late" and d.late_minutes:
            status = t("late_min", minutes=d.late_minutes)
        else:
            status = tr(ATTENDANCE_CTX, ATTENDANCE[d.attendance]) if d.attendance in ATTENDANCE \
                else ""
        moved = t("redeployed", source=d.redeployed_from, target=d.post,
                  approver=d.approved_by or "—") if d.redeployed else ""
        rows.append([d.team, f"{d.name} ({d.code})", d.post, d.area, status, moved])
        if d.attendance in ("absent", "leave"):
            away.append(i)
    duty = data_table([t("team"), t("name"), t("post"), t("area"), t("attendance"),
                       t("redeployment")], rows, widths=[2.2, 2, 2, 2, 1.5, 3.6],
                      empty=t("no_roster"), highlight=away)
    short = data_table([t("post"), t("department"), t("required"), t("present"), t("missing")],
                       [[u.post, u.department, fmt_int(u.required), fmt_int(u.on_duty),
                         fmt_int(u.missing)] for u in r.uncovered],
                       widths=[3, 3, 1, 1, 1], numeric={2, 3, 4}, empty=t("all_covered"))
    return [*section(t("duty"), [note(t("duty_note")), duty]),
            *section(t("uncovered"), [short], min_space=30 * mm, level=2)]


PLANNED = ("leader", "supervisor", "manager")  # the levels the patrol plan sets windows for


def _patrols(r: ShiftReport, t, tr: Translate) -> list[Flowable]:
    rows, missed = [], []
    for i, p in enumerate(r.patrols):
        cells = []
        for key in PLANNED:
            x = p.level(key)
            cells.append(fmt_ratio(x.done, x.due) if x is not None and x.due else "")
        rows.append([p.area, *cells, fmt_int(p.rounds), fmt_num(p.average_score),
                     fmt_num(p.lowest_score), fmt_int(p.flagged) if p.rounds else ""])
        if p.done < p.due:
            missed.append(i)
    header = [t("area"), *(tr(LEVELS_CTX, LEVELS[k]) for k in PLANNED), t("rounds"),
              t("score"), t("lowest"), t("flagged")]
    table = data_table(header, rows, widths=[2.6, 1.5, 1.5, 1.5, 1, 1.3, 1.1, 1.3],
                       numeric=set(range(1, 8)), empty=t("no_patrols"), highlight=missed)
    return section(t("patrol_section"), [note(t("patrol_note")), table])


def _thumbnails(f: FindingLine, t) -> Flowable | str:
    if not f.thumbnails:
        return ""
    cells: list[object] = []
    for data in f.thumbnails:
        w, h = ImageReader(io.BytesIO(data)).getSize()
        height = THUMB_HEIGHT
        width = min(THUMB_MAX_WIDTH, height * w / h)
        cells.append(Image(io.BytesIO(data), width=width, height=width * h / w))
    more = f.photo_count - len(f.thumbnails)
    if more > 0:
        cells.append(para(t("more_photos", count=more), styles().small))
    while len(cells) > THUMBS_PER_ROW and len(cells) % THUMBS_PER_ROW:
        cells.append("")  # rows of a table are all as long
    grid = Table([cells[k:k + THUMBS_PER_ROW] for k in range(0, len(cells), THUMBS_PER_ROW)],
                 hAlign="LEFT")
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles().font),  # no Helvetica
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return grid


def _findings(r: ShiftReport, t, tr: Translate) -> list[Flowable]:
    rows = []
    for f in r.findings:
        what = f.description
        if f.category in CATEGORIES:
            what += f"\n{tr(CATEGORIES_CTX, CATEGORIES[f.category])} · "
        else:
            what += "\n"
        what += t("found_by", user=f.found_by)
        owner = f.responsible + (f"\n{f.leader}" if f.leader else "")
        rows.append([f"{f.found_at:%H:%M}", f.area, what,
                     tr(SEVERITIES_CTX, SEVERITIES.get(f.severity, f.severity)), owner,
                     _thumbnails(f, t)])
    table = data_table([t("time"), t("area"), t("finding"), t("severity"), t("responsible"),
                        t("photos")], rows, widths=[0.9, 1.7, 5.0, 1.1, 1.5, 2.9],
                       centre={0, 3}, empty=t("no_findings"))
    return section(t("findings_section"), [table])


def _rect_rows(lines: tuple[RectLine, ...], t, tr: Translate, closed: bool) -> list[list]:
    rows = []
    for x in lines:
        if closed:
            verdict = "" if x.on_time is None else t("on_time") if x.on_time else t("late")
            state = f"{x.closed_at:%m-%d %H:%M}" if x.closed_at else ""
            status = tr(RECT_CTX, STATES.get(x.status, x.status))
            state = f"{status} {state}" + (f"\n{verdict}" if verdict else "")
        else:
            state = tr(RECT_CTX, STATES.get(x.status, x.status))
        rows.append([f"#{x.id}", x.area, x.description,
                     tr(SEVERITIES_CTX, SEVERITIES.get(x.severity, x.severity)),
                     f"{x.due_at:%m-%d %H:%M}", state, x.assignee,
                     x.accountable])
    return rows


def _rectifications(r: ShiftReport, t, tr: Translate) -> list[Flowable]:
    header = [t("no"), t("area"), t("problem"), t("severity"), t("due"), t("status"),
              t("assignee"), t("accountable")]
    widths = [0.8, 1.7, 4, 1, 1.3, 1.8, 1.4, 1.6]

    def table(lines, closed: bool, empty: str, highlight=()) -> Flowable:
        return data_table(header, _rect_rows(lines, t, tr, closed), widths=widths,
                          centre={0, 3, 4}, empty=t(empty), highlight=highlight)

    late = [i for i, x in enumerate(r.closed) if x.on_time is False]
    return [*section(t("rect_section"), [note(t("rect_note"))]),
            *section(t("opened"), [table(r.opened, False, "none_opened")], 30 * mm, 2),
            *section(t("closed"), [table(r.closed, True, "none_closed", late)], 30 * mm, 2),
            *section(t("overdue"), [table(r.overdue, False, "none_overdue",
                                          range(len(r.overdue)))], 30 * mm, 2)]


def _response(c: ComplaintLine) -> str:
    if c.response_seconds is None:
        return ""
    minutes, seconds = divmod(c.response_seconds, 60)
    return f"{c.first_response_at:%H:%M}\n{minutes}:{seconds:02d}"


def _complaints(r: ShiftReport, t, tr: Translate) -> list[Flowable]:
    rows, late = [], []
    for i, c in enumerate(r.complaints):
        kept = t("pending") if c.on_time is None else t("yes") if c.on_time else t("no_late")
        if c.on_time is False:
            late.append(i)
        where = c.area + (("\n" if c.area else "") + t("table", table=c.table_no)
                          if c.table_no else "")
        label = complaint_terms.CATEGORIES.get(c.category, (c.category, ""))[0]
        rows.append([f"{c.received_at:%H:%M}",
                     tr(COMPLAINTS_CTX, complaint_terms.CHANNELS.get(c.channel, c.channel)),
                     where, f"{c.content}\n{tr(COMPLAINTS_CTX, label)}", _response(c), kept,
                     c.responsible, tr(COMPLAINTS_CTX, complaint_terms.STATES.get(c.status,
                                                                                c.status))])
    minutes = r.response_limit_minutes
    table = data_table([t("received"), t("channel"), t("area"), t("complaint"), t("response"),
                        t("within", minutes=minutes), t("owner"), t("status")], rows,
                       widths=[1.1, 1, 1.6, 4.1, 1.2, 1.1, 1.4, 1.3], centre={0, 4, 5},
                       empty=t("no_complaints"), highlight=late)
    body: list[Flowable] = []
    if r.complaints:
        m = r.complaint_measures
        median = "—"
        if m.median_first_response_s is not None:
            mins, secs = divmod(int(m.median_first_response_s), 60)
            median = f"{mins}:{secs:02d}"
        body.append(note(t("complaint_summary", count=len(r.complaints), minutes=minutes,
                           share=fmt_pct(m.share_on_time), median=median,
                           waiting=m.unanswered)))
    return section(t("complaint_section"), [*body, table])
