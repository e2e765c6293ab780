"""The daily quality report (日报) as a PDF: a DailyReport in, bytes out (no Qt, no DB).

Order: key figures with their 7- and 30-day trend, the trend table and the pass rate per
SERVQUAL dimension; the Pareto of finding categories and the p-chart of the daily rate of
failed checklist items; area and team rankings; recurring problems; the overdue
rectifications with who answers for them; the five gaps. The look (header, footer with the
audit chain head and page x of y, tables) is report_layout's."""

from __future__ import annotations

from reportlab.lib.units import mm

from app.domain.checklists import CATEGORIES, DIMENSIONS, SEVERITIES
from app.domain.complaints import CATEGORIES as COMPLAINT_CATEGORIES
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.servqual import DIMENSIONS as DIMENSION_KEYS
from app.domain.servqual import FiveGaps
from app.domain.spc import vital_few
from app.reports import report_charts as charts
from app.reports.report_layout import (
    CONTEXT,
    NO_DATA,
    Tile,
    Translate,
    build_pdf,
    data_table,
    fmt_int,
    fmt_num,
    fmt_pct,
    fmt_ratio,
    fmt_signed,
    fmt_time,
    key_figures,
    note,
    section,
    spacer,
)
from app.services.report_dto_daily import DailyReport, Figures

# The contexts of the domain's labels, as names: lupdate would take a literal first argument
# of tr(...) for a source text.
DIMENSION_CONTEXT, CATEGORY_CONTEXT = "dimensions", "categories"
COMPLAINT_CONTEXT, SEVERITY_CONTEXT = "complaints", "severities"

T = {  # every sentence of the report, English source, context "reports"
    "patrols": QT_TRANSLATE_NOOP("reports", "Patrols done / due"),
    "rounds": QT_TRANSLATE_NOOP("reports", "Rounds submitted"),
    "score": QT_TRANSLATE_NOOP("reports", "Average score"),
    "defects": QT_TRANSLATE_NOOP("reports", "Failed checklist items"),
    "rect": QT_TRANSLATE_NOOP("reports", "Rectifications opened / verified"),
    "on_time": QT_TRANSLATE_NOOP("reports", "Verified on time"),
    "overdue": QT_TRANSLATE_NOOP("reports", "Overdue now"),
    "complaints": QT_TRANSLATE_NOOP("reports", "Complaints"),
    "answered": QT_TRANSLATE_NOOP("reports", "Answered within {minutes} min"),
    "trend_note": QT_TRANSLATE_NOOP("reports", "7 d {week} · 30 d {month}"),
    "trend": QT_TRANSLATE_NOOP("reports", "The day against the previous 7 and 30 days"),
    "figure": QT_TRANSLATE_NOOP("reports", "Figure"),
    "prev7": QT_TRANSLATE_NOOP("reports", "Previous 7 days"),
    "prev30": QT_TRANSLATE_NOOP("reports", "Previous 30 days"),
    "pass_rate": QT_TRANSLATE_NOOP("reports", "Pass rate: {dimension}"),
    "trend_legend": QT_TRANSLATE_NOOP(
        "reports", "Counts for the 7 and 30 days are averages per day; scores and rates are "
                   "over the whole window. Patrols due: the patrol plan's leader, supervisor "
                   "and manager windows in every area."),
    "dimensions": QT_TRANSLATE_NOOP("reports", "Pass rate per SERVQUAL dimension"),
    "day": QT_TRANSLATE_NOOP("reports", "The day"),
    "pareto": QT_TRANSLATE_NOOP("reports", "Defects by finding category (Pareto), {period}"),
    "count": QT_TRANSLATE_NOOP("reports", "Findings"),
    "cumulative": QT_TRANSLATE_NOOP("reports", "Cumulative %"),
    "category": QT_TRANSLATE_NOOP("reports", "Category"),
    "share": QT_TRANSLATE_NOOP("reports", "Share"),
    "uncategorised": QT_TRANSLATE_NOOP("reports", "No category"),
    "pareto_note": QT_TRANSLATE_NOOP(
        "reports", "Each finding counts once under its category (for patrol findings, the "
                   "category of the failed checklist item). The vital few, together 80%: "
                   "{categories}."),
    "no_findings": QT_TRANSLATE_NOOP("reports", "No findings in this period."),
    "no_data": QT_TRANSLATE_NOOP("reports", "no data"),
    "p_chart": QT_TRANSLATE_NOOP(
        "reports", "Daily rate of failed checklist items (p-chart), {period}"),
    "rate": QT_TRANSLATE_NOOP("reports", "Daily rate"),
    "centre": QT_TRANSLATE_NOOP("reports", "Centre line"),
    "limits": QT_TRANSLATE_NOOP("reports", "Control limits (3σ)"),
    "out": QT_TRANSLATE_NOOP("reports", "Out of control"),
    "p_note": QT_TRANSLATE_NOOP(
        "reports", "n = scored item results of the day's submitted rounds, d = failed ones. "
                   "Centre line p = {centre} ({failed} of {units}); the limits "
                   "p ± 3√(p(1−p)/n) change with each day's n. ①–④: the Western Electric "
                   "rule a point breaks (① beyond 3σ, ② two of three beyond 2σ, ③ four of "
                   "five beyond 1σ, ④ eight on one side)."),
    "in_control": QT_TRANSLATE_NOOP("reports", "Every day is within the control limits."),
    "date": QT_TRANSLATE_NOOP("reports", "Date"),
    "n": QT_TRANSLATE_NOOP("reports", "Items (n)"),
    "failed": QT_TRANSLATE_NOOP("reports", "Failed (d)"),
    "ucl": QT_TRANSLATE_NOOP("reports", "UCL"),
    "lcl": QT_TRANSLATE_NOOP("reports", "LCL"),
    "rules": QT_TRANSLATE_NOOP("reports", "Rules broken"),
    "area_ranking": QT_TRANSLATE_NOOP("reports", "Area ranking, {period}"),
    "team_ranking": QT_TRANSLATE_NOOP("reports", "Team ranking, {period}"),
    "ranking_note": QT_TRANSLATE_NOOP(
        "reports", "Best first by average score, then fewer findings. Teams: rounds in the "
                   "areas they are responsible for, findings owned by their members, overdue "
                   "items assigned to them now."),
    "rank": QT_TRANSLATE_NOOP("reports", "No."),
    "area": QT_TRANSLATE_NOOP("reports", "Area"),
    "team": QT_TRANSLATE_NOOP("reports", "Team"),
    "overdue_col": QT_TRANSLATE_NOOP("reports", "Overdue"),
    "no_areas": QT_TRANSLATE_NOOP("reports", "No areas."),
    "no_teams": QT_TRANSLATE_NOOP("reports", "No teams."),
    "recurring": QT_TRANSLATE_NOOP("reports", "Recurring problems, {period}"),
    "problem": QT_TRANSLATE_NOOP("reports", "Problem"),
    "times": QT_TRANSLATE_NOOP("reports", "Times"),
    "linked": QT_TRANSLATE_NOOP("reports", "Linked recurrences"),
    "last": QT_TRANSLATE_NOOP("reports", "Last found"),
    "recurring_note": QT_TRANSLATE_NOOP(
        "reports", "The same checklist item (or the same ad-hoc description) failing more than "
                   "once in the same area; linked recurrences are rectifications opened as a "
                   "repeat of an earlier one."),
    "no_recurring": QT_TRANSLATE_NOOP("reports", "No problem was found twice in the same area."),
    "accountability": QT_TRANSLATE_NOOP(
        "reports", "Overdue rectifications and who answers for them (as at {moment})"),
    "severity": QT_TRANSLATE_NOOP("reports", "Severity"),
    "due": QT_TRANSLATE_NOOP("reports", "Due"),
    "hours": QT_TRANSLATE_NOOP("reports", "Overdue (h)"),
    "owner": QT_TRANSLATE_NOOP("reports", "Owner"),
    "level": QT_TRANSLATE_NOOP("reports", "Escalated"),
    "above": QT_TRANSLATE_NOOP("reports", "Leaders above"),
    "accountability_note": QT_TRANSLATE_NOOP(
        "reports", "Owner: the person responsible (责任人); leaders above them nearest first, "
                   "▲ marking who answers for the item now after escalation. Escalated: levels "
                   "moved up. Items waiting for verification are not counted as overdue."),
    "nothing_overdue": QT_TRANSLATE_NOOP("reports", "Nothing is overdue."),
    "gaps": QT_TRANSLATE_NOOP("reports", "The five service-quality gaps, {period}"),
    "gap": QT_TRANSLATE_NOOP("reports", "Gap"),
    "overall": QT_TRANSLATE_NOOP("reports", "Overall"),
    "unit": QT_TRANSLATE_NOOP("reports", "Unit"),
    "scale_points": QT_TRANSLATE_NOOP("reports", "scale points"),
    "percentage_points": QT_TRANSLATE_NOOP("reports", "percentage points"),
    "gap1": QT_TRANSLATE_NOOP("reports", "Gap 1 management's view"),
    "gap2": QT_TRANSLATE_NOOP("reports", "Gap 2 standards"),
    "gap3": QT_TRANSLATE_NOOP("reports", "Gap 3 delivery"),
    "gap4": QT_TRANSLATE_NOOP("reports", "Gap 4 promises"),
    "gap5": QT_TRANSLATE_NOOP("reports", "Gap 5 perception − expectation"),
    "gaps_note": QT_TRANSLATE_NOOP(
        "reports", "Each gap against its own zero line: gaps 1 and 5 in scale points "
                   "(−6…+6), gaps 2–4 in percentage points (−100…0); below zero is a "
                   "shortfall."),
    "no_gaps": QT_TRANSLATE_NOOP("reports", "The five gaps are not available."),
}


def daily_report_pdf(report: DailyReport, tr: Translate) -> bytes:
    """The PDF of a daily report, in the language of ``tr`` (context "reports")."""

    def t(key: str, **values) -> str:
        text = tr(CONTEXT, T[key])
        return text.format(**values) if values else text

    story = [*_headline(report, t), spacer(2)]
    story += _trend(report, t, tr)
    story += _pareto(report, t, tr)
    story += _p_chart(report, t)
    story += _rankings(report, t)
    story += _recurring(report, t)
    story += _accountability(report, t, tr)
    story += _gaps(report.gaps, t, tr)
    return build_pdf(report.meta, story, tr)


def _period(first, last) -> str:
    return f"{first:%Y-%m-%d} — {last:%Y-%m-%d}"


def _short(label: str) -> str:
    """"Tangibles (有形性)" → "Tangibles": the English labels carry the Chinese in brackets,
    too long for a chart axis; the Chinese ones have none."""
    return label.split(" (")[0] if " (" in label else label


def _dimension(tr: Translate, key: str) -> str:
    return _short(tr(DIMENSION_CONTEXT, DIMENSIONS[key]))


def _category(tr: Translate, key: str, t) -> str:
    """A checklist category, else a complaint category (findings opened from a complaint
    keep the complaint's), else the key itself."""
    if key in CATEGORIES:
        return _short(tr(CATEGORY_CONTEXT, CATEGORIES[key]))
    if key in COMPLAINT_CATEGORIES:
        return tr(COMPLAINT_CONTEXT, COMPLAINT_CATEGORIES[key][0])
    return key or t("uncategorised")


# ---------------------------------------------------------------- headline and trend


def _headline(r: DailyReport, t) -> list:
    d, w, m = r.today, r.week, r.month

    def trend(week: str, month: str) -> str:
        return t("trend_note", week=week, month=month)

    def per_day(f: Figures, count: int) -> str:
        return fmt_num(f.per_day(count))

    tiles = [
        Tile(t("patrols"), fmt_ratio(d.patrols_done, d.patrols_due),
             f"{fmt_pct(d.patrols_done_share)} · "
             + trend(fmt_pct(w.patrols_done_share, 0), fmt_pct(m.patrols_done_share, 0))),
        Tile(t("rounds"), fmt_int(d.rounds), trend(per_day(w, w.rounds), per_day(m, m.rounds))),
        Tile(t("score"), fmt_num(d.average_score),
             trend(fmt_num(w.average_score), fmt_num(m.average_score))),
        Tile(t("defects"), fmt_pct(d.defect_rate),
             trend(fmt_pct(w.defect_rate), fmt_pct(m.defect_rate)),
             _tone(d.defect_rate, m.defect_rate, higher_is_better=False)),
        Tile(t("rect"), fmt_ratio(d.rect_opened, d.rect_closed),
             trend(f"{per_day(w, w.rect_opened)} / {per_day(w, w.rect_closed)}",
                   f"{per_day(m, m.rect_opened)} / {per_day(m, m.rect_closed)}")),
        Tile(t("on_time"), fmt_pct(d.closed_on_time_share),
             trend(fmt_pct(w.closed_on_time_share, 0), fmt_pct(m.closed_on_time_share, 0)),
             _tone(d.closed_on_time_share, m.closed_on_time_share)),
        Tile(t("overdue"), fmt_int(len(r.overdue)), "", "bad" if r.overdue else "good"),
        Tile(t("complaints"), fmt_int(d.complaints),
             f"{t('answered', minutes=r.complaint_limit_minutes)} "
             f"{fmt_pct(d.complaints_on_time, 0)} · "
             + trend(fmt_pct(w.complaints_on_time, 0), fmt_pct(m.complaints_on_time, 0))),
    ]
    return [key_figures(tiles, columns=4)]


def _tone(today: float | None, baseline: float | None, higher_is_better: bool = True) -> str:
    """Green or red against the 30-day figure; nothing when either has no data."""
    if today is None or baseline is None or today == baseline:
        return ""
    return "good" if (today > baseline) == higher_is_better else "bad"


def _trend(r: DailyReport, t, tr: Translate) -> list:
    windows = (r.today, r.week, r.month)

    def counts(get) -> list[str]:
        return [fmt_int(get(r.today))] + [fmt_num(f.per_day(get(f))) for f in windows[1:]]

    def patrols(f: Figures) -> str:
        if f is r.today:
            return f"{fmt_ratio(f.patrols_done, f.patrols_due)} · {fmt_pct(f.patrols_done_share)}"
        return (f"{fmt_num(f.per_day(f.patrols_done))} / {fmt_num(f.per_day(f.patrols_due))}"
                f" · {fmt_pct(f.patrols_done_share)}")

    rows = [
        [t("patrols"), *[patrols(f) for f in windows]],
        [t("rounds"), *counts(lambda f: f.rounds)],
        [t("score"), *[fmt_num(f.average_score) for f in windows]],
        [t("defects"), *[fmt_pct(f.defect_rate, 2) for f in windows]],
        *[[t("pass_rate", dimension=_dimension(tr, k)),
           *[fmt_pct(f.pass_rates.get(k)) for f in windows]] for k in DIMENSION_KEYS],
        [t("rect"),
         *[f"{fmt_int(r.today.rect_opened)} / {fmt_int(r.today.rect_closed)}"],
         *[f"{fmt_num(f.per_day(f.rect_opened))} / {fmt_num(f.per_day(f.rect_closed))}"
           for f in windows[1:]]],
        [t("on_time"), *[fmt_pct(f.closed_on_time_share) for f in windows]],
        [t("complaints"), *counts(lambda f: f.complaints)],
        [t("answered", minutes=r.complaint_limit_minutes),
         *[fmt_pct(f.complaints_on_time) for f in windows]],
    ]
    header = [t("figure"), f"{r.today.date_from:%Y-%m-%d}",
              f"{t('prev7')}\n{_period(r.week.date_from, r.week.date_to)}",
              f"{t('prev30')}\n{_period(r.month.date_from, r.month.date_to)}"]
    chart = charts.grouped_bars(
        [_dimension(tr, k) for k in DIMENSION_KEYS],
        [(t("day"), [r.today.pass_rates.get(k) for k in DIMENSION_KEYS]),
         (t("prev7"), [r.week.pass_rates.get(k) for k in DIMENSION_KEYS]),
         (t("prev30"), [r.month.pass_rates.get(k) for k in DIMENSION_KEYS])], height=120)
    return [*section(t("trend"), [data_table(header, rows, widths=[2.6, 1.6, 1.6, 1.6],
                                             numeric={1, 2, 3}),
                                  note(t("trend_legend"))]),
            *section(t("dimensions"), [chart], keep=True)]


# ---------------------------------------------------------------- Pareto and p-chart


def _pareto(r: DailyReport, t, tr: Translate) -> list:
    period = _period(r.pareto_from, r.meta.date_to)
    if not r.pareto:
        return section(t("pareto", period=period), [note(t("no_findings"))], min_space=30 * mm)
    chart = charts.pareto_chart(r.pareto, lambda c: _category(tr, c, t), t("count"),
                                t("cumulative"), t("no_data"))
    rows = [[_category(tr, b.category, t), fmt_int(b.count), fmt_pct(b.share),
             fmt_pct(b.cumulative)] for b in r.pareto]
    few = "、".join(_category(tr, b.category, t) for b in vital_few(r.pareto))
    table = data_table([t("category"), t("count"), t("share"), t("cumulative")], rows,
                       widths=[3, 1, 1, 1], numeric={1, 2, 3})
    # at most nine categories: chart, note and table fit a page, so they never part
    return section(t("pareto", period=period),
                   [chart, note(t("pareto_note", categories=few)), spacer(1), table], keep=True)


def _p_chart(r: DailyReport, t) -> list:
    chart = r.p_chart
    period = _period(r.p_chart_from, r.meta.date_to)
    drawing = charts.p_chart_drawing(chart, lambda d: f"{d:%m-%d}",
                                     [t("rate"), t("centre"), t("limits"), t("out")],
                                     t("no_data"))
    body: list = [drawing]
    if chart.centre is not None:
        units = sum(p.n for p in chart.points)
        failed = sum(p.defects for p in chart.points)
        body.append(note(t("p_note", centre=fmt_pct(100 * chart.centre, 2), failed=failed,
                           units=units)))
        rows = [[f"{p.label:%Y-%m-%d}", fmt_int(p.n), fmt_int(p.defects), fmt_pct(100 * p.p, 2),
                 fmt_pct(100 * p.ucl, 2), fmt_pct(100 * p.lcl, 2),
                 "".join(charts.RULE_MARKS[k] for k in p.rules)]
                for p in chart.out_of_control]
        body.append(spacer(1))
        body.append(data_table([t("date"), t("n"), t("failed"), t("rate"), t("ucl"), t("lcl"),
                                t("rules")], rows, widths=[1.4, 1, 1, 1, 1, 1, 1],
                               numeric={1, 2, 3, 4, 5}, centre={6}, empty=t("in_control")))
    return section(t("p_chart", period=period), body, keep=True)


# ---------------------------------------------------------------- rankings, problems, people


def _rankings(r: DailyReport, t) -> list:
    period = _period(r.ranking_from, r.meta.date_to)

    def table(rows, name_key: str, empty_key: str):
        data = [[str(i), x.name, fmt_int(x.rounds), fmt_num(x.average_score),
                 fmt_int(x.findings), fmt_int(x.overdue)] for i, x in enumerate(rows, 1)]
        return data_table([t("rank"), t(name_key), t("rounds"), t("score"), t("count"),
                           t("overdue_col")], data, widths=[0.5, 3, 1, 1, 1, 1],
                          numeric={0, 2, 3, 4, 5}, empty=t(empty_key),
                          highlight={i for i, x in enumerate(rows) if x.overdue})

    return [*section(t("area_ranking", period=period),
                     [table(r.areas, "area", "no_areas")]),
            *section(t("team_ranking", period=period),
                     [table(r.teams, "team", "no_teams"), note(t("ranking_note"))],
                     min_space=35 * mm)]


def _recurring(r: DailyReport, t) -> list:
    rows = [[x.area, x.problem, fmt_int(x.occurrences), fmt_int(x.recurrences),
             fmt_time(x.last_found)] for x in r.recurring]
    return section(t("recurring", period=_period(r.pareto_from, r.meta.date_to)),
                   [data_table([t("area"), t("problem"), t("times"), t("linked"), t("last")],
                               rows, widths=[1.4, 4, 0.7, 1, 1.4], numeric={2, 3},
                               empty=t("no_recurring")),
                    note(t("recurring_note"))])


def _accountability(r: DailyReport, t, tr: Translate) -> list:
    def chain(x) -> str:
        names = [f"▲{n}" if n == x.accountable and n != x.owner else n for n in x.chain]
        return " → ".join(names)

    rows = [[f"#{x.rectification_id}", x.area, x.problem,
             tr(SEVERITY_CONTEXT, SEVERITIES[x.severity]) if x.severity in SEVERITIES
             else x.severity, fmt_time(x.due_at), fmt_num(x.overdue_hours),
             f"{x.owner}\n{x.owner_post}" if x.owner_post else x.owner or NO_DATA,
             str(x.escalation_level), chain(x)]
            for x in r.overdue]
    table = data_table([t("rank"), t("area"), t("problem"), t("severity"), t("due"),
                        t("hours"), t("owner"), t("level"), t("above")], rows,
                       widths=[0.55, 1.0, 2.5, 0.8, 1.1, 0.8, 1.2, 0.85, 1.8],
                       numeric={5, 7}, empty=t("nothing_overdue"))
    return section(t("accountability", moment=fmt_time(r.moment)),
                   [table, note(t("accountability_note"))])


def _gaps(gaps: FiveGaps | None, t, tr: Translate) -> list:
    if gaps is None or gaps.period is None:
        return section(t("gaps", period=NO_DATA), [note(t("no_gaps"))], min_space=30 * mm)
    period = _period(*gaps.period)
    units = {"scale_points": t("scale_points"), "percentage_points": t("percentage_points")}
    names = [_dimension(tr, k) for k in DIMENSION_KEYS]
    panels, rows = [], []
    for g in gaps.gaps:
        values = [g.dimensions[k].value if k in g.dimensions else None for k in DIMENSION_KEYS]
        digits = 2 if g.unit == "scale_points" else 1
        overall = fmt_signed(g.overall.value, digits)
        panels.append(charts.GapPanel(t(f"gap{g.number}"), units[g.unit], values, overall))
        rows.append([t(f"gap{g.number}"), units[g.unit], overall,
                     *[fmt_signed(v, digits) for v in values]])
    chart = charts.five_gaps_panel(panels, names, t("no_data"))
    table = data_table([t("gap"), t("unit"), t("overall"), *names], rows,
                       widths=[2.2, 1.2, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9],
                       numeric={2, 3, 4, 5, 6, 7})
    return section(t("gaps", period=period), [chart, spacer(1), table, note(t("gaps_note"))],
                   keep=True)
