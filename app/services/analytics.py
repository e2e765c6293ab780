"""Quality analytics for the analytics page: trends, Pareto, p-chart, DPMO, rankings.

Definitions (the same as the daily report's, app/services/report_daily*.py):
- a round counts once submitted, on its working day (Inspection.day); score = Inspection.score;
- units of the p-chart = scored item results of those rounds (the checklist scoring rule:
  N/A, text and unanswered items are no opportunity), defective = the failed ones
  (analytics_queries spells the rule out in SQL); one subgroup per day, limits from
  app.domain.spc.p_chart;
- DPMO: defects = failed scored results, units = submitted rounds, opportunities per unit =
  the mean number of scored results per round; sigma level from spc.sigma_level;
- Pareto: the checklist category of every failed scored result plus the category of every
  ad-hoc finding (raised on the floor or from a complaint, without a checklist answer);
- areas in scope: AnalyticsFilter's docstring (a team's areas are those it is responsible
  for, Area.default_team_id).
Every public method requires Permission.VIEW_REPORTS and reads in one session with grouped
queries only, so the cost grows with the days and categories shown, not with the answers.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from app.domain import checklists, complaints, spc
from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from app.domain.permissions import Permission
from app.services import analytics_queries as q
from app.services.analytics_dto import (
    AnalyticsFilter,
    InspectorRow,
    QualityOverview,
    SigmaFigures,
    TeamRankRow,
    TrendRow,
)
from app.services.base import Service
from app.services.tabular import Cell, write_rows

Translate = Callable[[str, str], str]
ONE_DAY = dt.timedelta(days=1)
NO_CATEGORY = QT_TRANSLATE_NOOP("analytics", "No category")

CHART_KEYS = ("trends", "pareto", "p_chart", "sigma", "teams", "inspectors")

# Column headers of the data exports (English source, context "analytics").
HEADERS: dict[str, tuple[str, ...]] = {
    "trends": (QT_TRANSLATE_NOOP("analytics", "Date"),
               QT_TRANSLATE_NOOP("analytics", "Inspections"),
               QT_TRANSLATE_NOOP("analytics", "Average score"),
               QT_TRANSLATE_NOOP("analytics", "Scored results"),
               QT_TRANSLATE_NOOP("analytics", "Failed results"),
               QT_TRANSLATE_NOOP("analytics", "Defect rate (%)")),
    "pareto": (QT_TRANSLATE_NOOP("analytics", "Category"),
               QT_TRANSLATE_NOOP("analytics", "Category key"),
               QT_TRANSLATE_NOOP("analytics", "Defects"),
               QT_TRANSLATE_NOOP("analytics", "Share (%)"),
               QT_TRANSLATE_NOOP("analytics", "Cumulative (%)")),
    "p_chart": (QT_TRANSLATE_NOOP("analytics", "Date"),
                QT_TRANSLATE_NOOP("analytics", "Units (n)"),
                QT_TRANSLATE_NOOP("analytics", "Defective (d)"),
                QT_TRANSLATE_NOOP("analytics", "p (%)"),
                QT_TRANSLATE_NOOP("analytics", "Centre line (%)"),
                QT_TRANSLATE_NOOP("analytics", "UCL (%)"),
                QT_TRANSLATE_NOOP("analytics", "LCL (%)"),
                QT_TRANSLATE_NOOP("analytics", "Western Electric rules broken")),
    "sigma": (QT_TRANSLATE_NOOP("analytics", "Defects"),
              QT_TRANSLATE_NOOP("analytics", "Units (inspections)"),
              QT_TRANSLATE_NOOP("analytics", "Opportunities per unit"),
              QT_TRANSLATE_NOOP("analytics", "Opportunities"),
              QT_TRANSLATE_NOOP("analytics", "DPMO"),
              QT_TRANSLATE_NOOP("analytics", "Sigma level")),
    "teams": (QT_TRANSLATE_NOOP("analytics", "Rank"),
              QT_TRANSLATE_NOOP("analytics", "Team"),
              QT_TRANSLATE_NOOP("analytics", "Inspections"),
              QT_TRANSLATE_NOOP("analytics", "Average score"),
              QT_TRANSLATE_NOOP("analytics", "Findings"),
              QT_TRANSLATE_NOOP("analytics", "Overdue rectifications")),
    "inspectors": (QT_TRANSLATE_NOOP("analytics", "Inspector"),
                   QT_TRANSLATE_NOOP("analytics", "Name"),
                   QT_TRANSLATE_NOOP("analytics", "Inspections"),
                   QT_TRANSLATE_NOOP("analytics", "Contradicted inspections"),
                   QT_TRANSLATE_NOOP("analytics", "Items contradicted"),
                   QT_TRANSLATE_NOOP("analytics", "Disagreement rate (%)")),
}


def category_source(key: str) -> tuple[str, str]:
    """(translation context, English label) of a defect category key: a checklist category,
    else a complaint category (findings opened from complaints keep theirs), else the key
    as written; "" is "No category"."""
    if not key:
        return "analytics", NO_CATEGORY
    if key in checklists.CATEGORIES:
        return "categories", checklists.CATEGORIES[key]
    if key in complaints.CATEGORIES:
        return "complaints", complaints.CATEGORIES[key][0]
    return "", key


def category_label(key: str, translate: Translate | None = None) -> str:
    context, text = category_source(key)
    return translate(context, text) if translate and context else text


def sigma_text(value: float | None) -> str:
    """A sigma level as text: "∞" for no defect at all, "" for no data."""
    if value is None:
        return ""
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    return f"{value:.2f}"


class AnalyticsService(Service):
    # ---- the figures, one family per method --------------------------------------------
    def trends(self, flt: AnalyticsFilter) -> list[TrendRow]:
        """Every day of the period, oldest first; a day without rounds has 0 inspections and
        None for its average score and defect rate (no data, never 0)."""
        self._check(flt)
        with self.db.read() as s:
            return _trends(flt, q.day_scores(s, flt), q.day_results(s, flt))

    def pareto(self, flt: AnalyticsFilter) -> list[spc.ParetoBar]:
        """Defect categories (keys; see category_label), most frequent first."""
        self._check(flt)
        with self.db.read() as s:
            return spc.pareto(dict(q.defect_categories(s, flt)))

    def p_chart(self, flt: AnalyticsFilter) -> spc.PChart:
        """The daily defect rate: one subgroup per day with scored results (labels are the
        dates), limits varying with each day's n."""
        self._check(flt)
        with self.db.read() as s:
            return _p_chart(q.day_results(s, flt))

    def sigma(self, flt: AnalyticsFilter) -> SigmaFigures:
        self._check(flt)
        with self.db.read() as s:
            return _sigma(q.day_scores(s, flt), q.day_results(s, flt))

    def team_ranking(self, flt: AnalyticsFilter) -> list[TeamRankRow]:
        """Teams best first: higher average score, then fewer findings, then fewer overdue
        rectifications; teams without a round come last. Rows: with a team filter only
        that team; otherwise every team with a figure in scope, and — unless one area is
        chosen — every team of the chosen department (or of the venue), figures or not."""
        self._check(flt)
        with self.db.read() as s:
            return self._teams(s, flt, self._moment(flt))

    def inspector_disagreement(self, flt: AnalyticsFilter) -> list[InspectorRow]:
        """Inspectors with rounds in scope, the most often contradicted first."""
        self._check(flt)
        with self.db.read() as s:
            return _inspectors(q.inspector_rounds(s, flt), q.inspector_disagreements(s, flt))

    def overview(self, flt: AnalyticsFilter) -> QualityOverview:
        """All of the above in one read session (the quality tab's single load)."""
        self._check(flt)
        moment = self._moment(flt)
        with self.db.read() as s:
            scores, results = q.day_scores(s, flt), q.day_results(s, flt)
            return QualityOverview(
                filter=flt, moment=moment, trends=tuple(_trends(flt, scores, results)),
                pareto=tuple(spc.pareto(dict(q.defect_categories(s, flt)))),
                p_chart=_p_chart(results), sigma=_sigma(scores, results),
                teams=tuple(self._teams(s, flt, moment)),
                inspectors=tuple(_inspectors(q.inspector_rounds(s, flt),
                                             q.inspector_disagreements(s, flt))))

    # ---- export ------------------------------------------------------------------------
    def export_xlsx(self, flt: AnalyticsFilter, chart_key: str, path: str | Path,
                    translate: Translate | None = None) -> int:
        """Write the data behind one chart (a CHART_KEYS key) to a .xlsx (or .csv) file —
        headers in the UI language when ``translate`` is given, text formula-escaped
        (tabular.write_rows); returns the number of data rows."""
        self._require(Permission.VIEW_REPORTS)
        if chart_key not in CHART_KEYS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown chart {chart}."),
                                  chart=chart_key)
        data = {"trends": self.trends, "pareto": self.pareto, "p_chart": self.p_chart,
                "sigma": self.sigma, "teams": self.team_ranking,
                "inspectors": self.inspector_disagreement}[chart_key](flt)
        rows = export_rows(chart_key, data, translate)
        header = [translate("analytics", h) if translate else h for h in HEADERS[chart_key]]
        write_rows(path, header, rows)
        return len(rows)

    # ---- helpers -----------------------------------------------------------------------
    def _check(self, flt: AnalyticsFilter) -> None:
        self._require(Permission.VIEW_REPORTS)
        if flt.date_from > flt.date_to:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The period starts after it ends ({start} – {end})."),
                start=flt.date_from.isoformat(), end=flt.date_to.isoformat())

    def _moment(self, flt: AnalyticsFilter) -> dt.datetime:
        """When overdue is judged: the end of the period, or now if that is earlier."""
        return min(self.clock(), dt.datetime.combine(flt.date_to + ONE_DAY, dt.time()))

    @staticmethod
    def _teams(s, flt: AnalyticsFilter, moment: dt.datetime) -> list[TeamRankRow]:
        rounds, findings = q.team_rounds(s, flt), q.team_findings(s, flt)
        overdue = q.team_overdue(s, flt, moment)
        names = q.teams(s)
        if flt.team_id is not None:
            shown = {flt.team_id} & set(names)
        else:
            shown = (set(rounds) | set(findings) | set(overdue)) & set(names)
            if flt.area_id is None:
                shown |= {t for t, (_, dept) in names.items()
                          if flt.department_id is None or dept == flt.department_id}
        rows = [(t, names[t][0], *rounds.get(t, (0, None)), findings.get(t, 0),
                 overdue.get(t, 0)) for t in shown]
        rows.sort(key=lambda r: (r[3] is None, -(r[3] or 0.0), r[4], r[5], r[1], r[0]))
        return [TeamRankRow(rank, *row) for rank, row in enumerate(rows, start=1)]


# ---- pure assembly of the query results -------------------------------------------------

def _trends(flt: AnalyticsFilter, scores: dict, results: dict) -> list[TrendRow]:
    out = []
    for offset in range(flt.days):
        day = flt.date_from + dt.timedelta(days=offset)
        n, average = scores.get(day, (0, None))
        units, failed = results.get(day, (0, 0))
        out.append(TrendRow(day, n, average, units, failed))
    return out


def _p_chart(results: dict[dt.date, tuple[int, int]]) -> spc.PChart:
    return spc.p_chart((day, units, failed) for day, (units, failed) in sorted(results.items()))


def _sigma(scores: dict, results: dict) -> SigmaFigures:
    units = sum(n for n, _ in scores.values())
    opportunities = sum(u for u, _ in results.values())
    defects = sum(d for _, d in results.values())
    per_unit = opportunities / units if units else None
    dpmo = spc.dpmo(defects, units, per_unit) if per_unit is not None else None
    return SigmaFigures(defects, units, opportunities, per_unit, dpmo, spc.sigma_level(dpmo))


def _inspectors(rounds: dict[str, tuple[str, int]],
                disagreements: dict[str, tuple[int, int]]) -> list[InspectorRow]:
    rows = [InspectorRow(user, name, n, *disagreements.get(user, (0, 0)))
            for user, (name, n) in rounds.items()]
    return sorted(rows, key=lambda r: (-(r.rate or 0.0), -r.items, r.inspector))


def _percent(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(100.0 * value, digits)


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def export_rows(chart_key: str, data, translate: Translate | None = None) -> list[list[Cell]]:
    """The spreadsheet rows of one chart's data, in HEADERS[chart_key]'s order."""
    if chart_key == "trends":
        return [[r.day, r.inspections, _round(r.average_score), r.units, r.failed,
                 _percent(r.defect_rate)] for r in data]
    if chart_key == "pareto":
        return [[category_label(b.category, translate), b.category, b.count,
                 round(b.share, 2), round(b.cumulative, 2)] for b in data]
    if chart_key == "p_chart":
        return [[p.label, p.n, p.defects, _percent(p.p, 3), _percent(data.centre, 3),
                 _percent(p.ucl, 3), _percent(p.lcl, 3), _rules(p.rules)] for p in data.points]
    if chart_key == "sigma":
        return [[data.defects, data.units, _round(data.opportunities_per_unit),
                 data.opportunities, _round(data.dpmo, 1), _sigma_cell(data.sigma_level)]]
    if chart_key == "teams":
        return [[r.rank, r.team, r.inspections, _round(r.average_score), r.findings, r.overdue]
                for r in data]
    return [[r.inspector, r.name, r.inspections, r.contradicted, r.items, _percent(r.rate)]
            for r in data]


def _sigma_cell(value: float | None) -> Cell:
    """A number, or "∞" text when there was no defect (a spreadsheet has no infinity)."""
    return sigma_text(value) if value is not None and math.isinf(value) else _round(value)


def _rules(rules: Sequence[int]) -> str:
    return ", ".join(str(r) for r in rules)
