"""The monthly accountability report (月度考核) as a PDF: a MonthlyReport in, bytes out (no Qt,
no DB).

Order: key figures; the teams side by side (a bar chart of their area scores and on-time
shares, then the table); each team's people; the accountability records (违规处理) of the
month; the inspectors and how often a higher layer contradicted them. The look is
report_layout's."""

from __future__ import annotations

import re
from collections import defaultdict

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.domain.errors import QT_TRANSLATE_NOOP
from app.reports import report_charts as charts
from app.reports.report_layout import (
    CONTENT_WIDTH,
    CONTEXT,
    Tile,
    Translate,
    build_pdf,
    data_table,
    fmt_int,
    fmt_num,
    fmt_pct,
    key_figures,
    note,
    section,
    spacer,
    styles,
)
from app.services.accountability import KINDS
from app.services.report_dto_monthly import Figures, MonthlyReport, Timeliness

# lupdate reads tr("literal", …) as a new message: contexts are never literals in a call.
ACCOUNTABILITY_CTX = "accountability"
# An inspector contradicted in more than this share of their rounds is tinted.
RATE_ALERT = 10.0

T = {  # every sentence of the report, English source, context "reports"
    "intro": QT_TRANSLATE_NOOP(
        "reports", "{month}: figures per team and per person. Rectification states are as at "
                   "{as_of}. Teams are today's teams."),
    "people": QT_TRANSLATE_NOOP("reports", "People"),
    "score": QT_TRANSLATE_NOOP("reports", "Average area score"),
    "rounds_note": QT_TRANSLATE_NOOP("reports", "{rounds} rounds where they stood"),
    "findings": QT_TRANSLATE_NOOP("reports", "Findings"),
    "critical_note": QT_TRANSLATE_NOOP("reports", "{count} critical"),
    "on_time_share": QT_TRANSLATE_NOOP("reports", "Rectified on time"),
    "verified_note": QT_TRANSLATE_NOOP("reports", "{on_time} of {verified} verified"),
    "open_overdue": QT_TRANSLATE_NOOP("reports", "Still open / overdue"),
    "complaints": QT_TRANSLATE_NOOP("reports", "Complaints"),
    "records": QT_TRANSLATE_NOOP("reports", "Accountability records"),
    "amount_note": QT_TRANSLATE_NOOP("reports", "¥{amount} financial responsibility"),
    "inspectors_tile": QT_TRANSLATE_NOOP("reports", "Inspectors contradicted"),
    "inspectors_of": QT_TRANSLATE_NOOP("reports", "of {count} inspectors"),
    "teams": QT_TRANSLATE_NOOP("reports", "Teams"),
    "chart_score": QT_TRANSLATE_NOOP("reports", "Average area score"),
    "chart_on_time": QT_TRANSLATE_NOOP("reports", "Rectified on time (%)"),
    "team": QT_TRANSLATE_NOOP("reports", "Team"),
    "no_team": QT_TRANSLATE_NOOP("reports", "No team"),
    "leader": QT_TRANSLATE_NOOP("reports", "Leader"),
    "shifts": QT_TRANSLATE_NOOP("reports", "Shifts"),
    "rounds": QT_TRANSLATE_NOOP("reports", "Rounds"),
    "avg": QT_TRANSLATE_NOOP("reports", "Score"),
    "findings_col": QT_TRANSLATE_NOOP("reports", "Findings (critical)"),
    "rect_total": QT_TRANSLATE_NOOP("reports", "Rectif."),
    "on_time": QT_TRANSLATE_NOOP("reports", "On time"),
    "late": QT_TRANSLATE_NOOP("reports", "Late"),
    "open": QT_TRANSLATE_NOOP("reports", "Open (overdue)"),
    "share": QT_TRANSLATE_NOOP("reports", "On time %"),
    "complaints_col": QT_TRANSLATE_NOOP("reports", "Compl."),
    "records_col": QT_TRANSLATE_NOOP("reports", "Records"),
    "no_people": QT_TRANSLATE_NOOP("reports", "Nobody stood a shift or had a record this month."),
    "teams_note": QT_TRANSLATE_NOOP(
        "reports", "Shifts: shifts stood in an area. Rounds and score: the submitted patrol "
                   "rounds held in the areas and shifts where the people stood (a team counts "
                   "each round once). Findings: attributed to the person (责任人). Rectif.: "
                   "assigned to them and opened this month; on time = verified by the due "
                   "time; open (overdue) = not yet verified or cancelled (of which past due). "
                   "Compl.: complaints handed to them. Records: accountability records."),
    "person_section": QT_TRANSLATE_NOOP("reports", "People, team by team"),
    "code": QT_TRANSLATE_NOOP("reports", "Code"),
    "name": QT_TRANSLATE_NOOP("reports", "Name"),
    "post": QT_TRANSLATE_NOOP("reports", "Post"),
    "team_members": QT_TRANSLATE_NOOP("reports", "{team} — leader {leader}"),
    "records_section": QT_TRANSLATE_NOOP("reports", "Accountability records (违规处理)"),
    "date": QT_TRANSLATE_NOOP("reports", "Date"),
    "employee": QT_TRANSLATE_NOOP("reports", "Employee"),
    "kind": QT_TRANSLATE_NOOP("reports", "Kind"),
    "reason": QT_TRANSLATE_NOOP("reports", "Reason"),
    "amount": QT_TRANSLATE_NOOP("reports", "Amount (¥)"),
    "recorded_by": QT_TRANSLATE_NOOP("reports", "Recorded by"),
    "linked": QT_TRANSLATE_NOOP("reports", "Linked"),
    "finding_ref": QT_TRANSLATE_NOOP("reports", "finding #{id}"),
    "rect_ref": QT_TRANSLATE_NOOP("reports", "rectification #{id}"),
    "no_records": QT_TRANSLATE_NOOP("reports", "No accountability record this month."),
    "inspectors": QT_TRANSLATE_NOOP("reports", "Inspectors: disagreement with higher layers"),
    "inspector": QT_TRANSLATE_NOOP("reports", "Inspector"),
    "given": QT_TRANSLATE_NOOP("reports", "Mean score given"),
    "contradicted": QT_TRANSLATE_NOOP("reports", "Rounds contradicted"),
    "items": QT_TRANSLATE_NOOP("reports", "Items"),
    "rate": QT_TRANSLATE_NOOP("reports", "Disagreement rate"),
    "no_inspectors": QT_TRANSLATE_NOOP("reports", "No patrol round was submitted this month."),
    "inspectors_note": QT_TRANSLATE_NOOP(
        "reports", "Disagreement rate: the share of the inspector's submitted rounds in which "
                   "a higher layer, in the same area and shift, failed an item they had "
                   "passed (层层质检). Items: the items so contradicted. Rows tinted red: a "
                   "rate above {alert}%."),
}


def monthly_report_pdf(report: MonthlyReport, tr: Translate) -> bytes:
    """The monthly accountability report as PDF bytes, in the language of ``tr``."""

    def t(key: str, **params: object) -> str:
        text = tr(CONTEXT, T[key])
        return text.format(**params) if params else text

    story: list[Flowable] = [
        note(t("intro", month=f"{report.month:%Y-%m}", as_of=f"{report.as_of:%Y-%m-%d %H:%M}")),
        spacer(1.5), _figures(report, t), spacer(2)]
    story += _teams(report, t)
    story += _people(report, t)
    story += _records(report, t, tr)
    story += _inspectors(report, t)
    return build_pdf(report.meta, story, tr)


def _total(report: MonthlyReport) -> Figures | None:
    """The whole venue: every team's figures added up (score: the teams' weighted mean)."""
    teams = [x.figures for x in report.teams]
    if not teams:
        return None
    scored = [(f.average_score, f.rounds) for f in teams if f.average_score is not None]
    weight = sum(n for _s, n in scored)
    amounts = [f.amount for f in teams if f.amount is not None]
    return Figures(sum(f.shifts for f in teams), sum(f.rounds for f in teams),
                   round(sum(x * n for x, n in scored) / weight, 1) if weight else None,
                   sum(f.findings for f in teams), sum(f.critical_findings for f in teams),
                   sum((f.rectifications for f in teams), Timeliness()),
                   sum(f.complaints for f in teams), sum(f.records for f in teams),
                   round(sum(amounts), 2) if amounts else None)


def _figures(report: MonthlyReport, t) -> Flowable:
    total = _total(report)
    rect = total.rectifications if total else Timeliness()
    contradicted = sum(1 for i in report.inspectors if i.contradicted)
    return key_figures([
        Tile(t("people"), fmt_int(len(report.people))),
        Tile(t("score"), fmt_num(total.average_score if total else None),
             t("rounds_note", rounds=total.rounds if total else 0)),
        Tile(t("findings"), fmt_int(total.findings if total else 0),
             t("critical_note", count=total.critical_findings if total else 0)),
        Tile(t("on_time_share"), fmt_pct(rect.on_time_share),
             t("verified_note", on_time=rect.on_time, verified=rect.on_time + rect.late)),
        Tile(t("open_overdue"), f"{fmt_int(rect.open)} / {fmt_int(rect.overdue)}",
             tone="bad" if rect.overdue else ""),
        Tile(t("complaints"), fmt_int(total.complaints if total else 0)),
        Tile(t("records"), fmt_int(len(report.records)),
             t("amount_note", amount=fmt_num(total.amount, 2))
             if total and total.amount is not None else ""),
        Tile(t("inspectors_tile"), fmt_int(contradicted),
             t("inspectors_of", count=len(report.inspectors))),
    ])


def _cells(f: Figures) -> list[str]:
    r = f.rectifications
    return [fmt_int(f.shifts), fmt_int(f.rounds), fmt_num(f.average_score),
            f"{f.findings} ({f.critical_findings})" if f.critical_findings else fmt_int(f.findings),
            fmt_int(r.total), fmt_int(r.on_time), fmt_int(r.late),
            f"{r.open} ({r.overdue})" if r.overdue else fmt_int(r.open),
            fmt_pct(r.on_time_share, 0), fmt_int(f.complaints), fmt_int(f.records)]


FIGURE_HEADER = ("shifts", "rounds", "avg", "findings_col", "rect_total", "on_time", "late",
                 "open", "share", "complaints_col", "records_col")
CELL_SIZE = 7.5  # the layout's table font size, points
CELL_PADDING = 7  # left + right padding and a point to spare
_CJK = re.compile("[\u2e80-\u9fff\uf900-\uffef]")


def _unbreakable(text: str) -> float:
    """The width a header or cell needs not to break badly: its longest word in English (it
    may wrap between words), the whole text when it holds Chinese (else a bracket or the
    last character of 未关闭（超期） ends up alone on a line)."""
    font = styles().font
    if _CJK.search(text):
        return stringWidth(text, font, CELL_SIZE)
    return max((stringWidth(w, font, CELL_SIZE) for w in text.split()), default=0.0)


def fit_columns(header: list[str], rows: list[list[str]], text_weights: dict[int, float],
                width: float = CONTENT_WIDTH) -> list[float]:
    """Absolute column widths: the figure columns as narrow as their header and values
    allow, in whatever language; what is left goes to the text columns by weight."""
    need = [max([_unbreakable(h)] + [_unbreakable(str(r[c])) for r in rows]) + CELL_PADDING
            for c, h in enumerate(header)]
    fixed = sum(n for c, n in enumerate(need) if c not in text_weights)
    rest = width - fixed
    text_need = sum(need[c] for c in text_weights)
    if rest < text_need:  # too many columns for the page: shrink them all alike
        return [width * n / sum(need) for n in need]
    weight = sum(text_weights.values())
    return [rest * text_weights[c] / weight if c in text_weights else n
            for c, n in enumerate(need)]


def _teams(report: MonthlyReport, t) -> list[Flowable]:
    if not report.teams:
        return section(t("teams"), [note(t("no_people"))])
    names = [x.team or t("no_team") for x in report.teams]
    chart = charts.grouped_bars(
        names, [(t("chart_score"), [x.figures.average_score for x in report.teams]),
                (t("chart_on_time"),
                 [x.figures.rectifications.on_time_share for x in report.teams])],
        unit="", value_range=(0, 100), height=120)
    header = [t("team"), t("leader"), t("people"), *(t(k) for k in FIGURE_HEADER)]
    rows = [[name, x.leader, fmt_int(x.people), *_cells(x.figures)]
            for name, x in zip(names, report.teams, strict=True)]
    overdue = [i for i, x in enumerate(report.teams) if x.figures.rectifications.overdue]
    table = data_table(header, rows, widths=fit_columns(header, rows, {0: 2, 1: 1}),
                       numeric=set(range(2, len(header))), highlight=overdue)
    return section(t("teams"), [chart, note(t("teams_note")), table],
                   min_space=90 * mm)


def _people(report: MonthlyReport, t) -> list[Flowable]:
    by_team = defaultdict(list)
    for p in report.people:
        by_team[p.team].append(p)
    out: list[Flowable] = [*section(t("person_section"), [], min_space=60 * mm)]
    header = [t("code"), t("name"), t("post"), *(t(k) for k in FIGURE_HEADER)]
    for team in report.teams:
        people = by_team.get(team.team, [])
        rows = [[p.code, p.name, p.post, *_cells(p.figures)] for p in people]
        overdue = [i for i, p in enumerate(people) if p.figures.rectifications.overdue]
        title = (t("team_members", team=team.team, leader=team.leader)
                 if team.team and team.leader else team.team or t("no_team"))
        widths = fit_columns(header, rows, {0: 1, 1: 1.1, 2: 1.6})
        out += section(title, [data_table(header, rows, widths=widths,
                                          numeric=set(range(3, len(header))),
                                          highlight=overdue)],
                       min_space=35 * mm, level=2)
    return out


def _records(report: MonthlyReport, t, tr: Translate) -> list[Flowable]:
    rows = []
    for r in report.records:
        links = [t("finding_ref", id=r.finding_id) if r.finding_id else "",
                 t("rect_ref", id=r.rectification_id) if r.rectification_id else ""]
        rows.append([f"{r.recorded_at:%m-%d %H:%M}", f"{r.name} ({r.code})",
                     r.team or t("no_team"), tr(ACCOUNTABILITY_CTX, KINDS.get(r.kind, r.kind)),
                     r.reason, fmt_num(r.amount, 2) if r.amount is not None else "",
                     r.recorded_by, "\n".join(x for x in links if x)])
    table = data_table([t("date"), t("employee"), t("team"), t("kind"), t("reason"),
                        t("amount"), t("recorded_by"), t("linked")], rows,
                       widths=[1.1, 1.6, 1.6, 1.3, 4, 1, 1.2, 1.6], numeric={5}, centre={0},
                       empty=t("no_records"))
    return section(t("records_section"), [table])


def _inspectors(report: MonthlyReport, t) -> list[Flowable]:
    rows = [[f"{i.name} ({i.username})" if i.name else i.username, fmt_int(i.rounds),
             fmt_num(i.average_score), fmt_int(i.contradicted), fmt_int(i.disagreements),
             fmt_pct(i.disagreement_rate)] for i in report.inspectors]
    alert = [k for k, i in enumerate(report.inspectors)
             if (i.disagreement_rate or 0) > RATE_ALERT]
    table = data_table([t("inspector"), t("rounds"), t("given"), t("contradicted"),
                        t("items"), t("rate")], rows, widths=[3, 1, 1.3, 1.4, 1, 1.4],
                       numeric={1, 2, 3, 4, 5}, empty=t("no_inspectors"), highlight=alert)
    # The definition first: a note after a long table would be stranded on a page alone.
    return section(t("inspectors"), [note(t("inspectors_note", alert=fmt_num(RATE_ALERT, 0))),
                                     table])
