"""The daily quality report's figures (日报): what the director reads each morning.

For a day D, as at the end of D (or now, when D is today):
- headline figures of D, and the same figures over the 7 and the 30 days before D (the
  report_dto_daily.Figures docstring defines each one);
- a Pareto of the finding categories and a p-chart of the daily failed-result rate, both
  over the 30 days ending with D;
- area and team rankings over the 7 days ending with D;
- the problems that recur in the 30 days ending with D;
- every rectification overdue at the moment, with its owner and the leaders above them;
- the five service-quality gaps over the 30 days ending with D (services.gaps).
One read session for everything but the gaps (which GapService computes in its own call);
every query is bounded by dates, so three years of history cost no more than thirty days.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import select

from app.db.models import Area, Team
from app.domain import complaint_clock, spc
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.permissions import Permission
from app.domain.servqual import DIMENSIONS, FiveGaps
from app.services import report_daily_queries as q
from app.services.base import Service
from app.services.report_dto_daily import (
    DailyReport,
    Figures,
    OverdueRow,
    RankRow,
    RecurringRow,
)
from app.services.settings import read_setting

TITLE = QT_TRANSLATE_NOOP("reports", "Daily quality report")
TREND_DAYS = (7, 30)
CHART_DAYS = 30  # Pareto, p-chart, recurring problems, gaps
RANKING_DAYS = 7
ONE_DAY = dt.timedelta(days=1)


class DailyReportService(Service):
    def daily(self, day: dt.date) -> DailyReport:
        """The report for ``day``; requires VIEW_REPORTS."""
        self._require(Permission.VIEW_REPORTS)
        now = self.clock()
        moment = min(now, dt.datetime.combine(day + ONE_DAY, dt.time()))
        first = day - dt.timedelta(days=max(TREND_DAYS))  # the earliest day any figure needs
        chart_from = day - dt.timedelta(days=CHART_DAYS - 1)
        ranking_from = day - dt.timedelta(days=RANKING_DAYS - 1)
        start, end = q.bounds(first, day)
        with self.db.read() as s:
            meta = q.report_meta(s, TITLE, day, day, now, self.actor.username)
            limit = read_setting(s, "complaint.response_minutes")
            days = _Days(
                results=q.result_tallies(s, first, day),
                scores=q.score_tallies(s, first, day),
                planned=q.planned_rounds(s, first, day, now),  # night shifts end after midnight
                flow=q.rect_flow(s, start, min(end, moment)),
                complaints=q.complaint_pairs(s, start, min(end, moment)),
                moment=moment, limit=limit)
            chart_start, chart_end = q.bounds(chart_from, day)
            categories = q.finding_categories(s, chart_start, chart_end)
            recurring = [RecurringRow(*row) for row in q.recurring(s, chart_start, chart_end)]
            overdue = q.overdue_at(s, moment)
            areas, teams = self._rankings(s, ranking_from, day, overdue)
            overdue_rows = self._overdue_rows(s, overdue, moment)
        p_chart = spc.p_chart((d, days.results[d].units, days.results[d].failed)
                              for d in _dates(chart_from, day) if d in days.results)
        return DailyReport(
            meta=meta, moment=moment,
            today=days.figures(day, day),
            week=days.figures(day - dt.timedelta(days=TREND_DAYS[0]), day - ONE_DAY),
            month=days.figures(day - dt.timedelta(days=TREND_DAYS[1]), day - ONE_DAY),
            overdue=overdue_rows, pareto=tuple(spc.pareto(categories)), pareto_from=chart_from,
            p_chart=p_chart, p_chart_from=chart_from, areas=areas, teams=teams,
            ranking_from=ranking_from, recurring=tuple(recurring),
            gaps=self._gaps(chart_from, day), complaint_limit_minutes=limit)

    def daily_pdf(self, day: dt.date, translate: Callable[[str, str], str]) -> bytes:
        """The report for ``day`` as PDF bytes in the language of ``translate(context,
        text)``; requires VIEW_REPORTS (for the CLI and the app's preview/save/print)."""
        report = self.daily(day)
        from app.reports.daily_pdf import daily_report_pdf  # ReportLab only when printing

        return daily_report_pdf(report, translate)

    def _gaps(self, date_from: dt.date, date_to: dt.date) -> FiveGaps | None:
        from app.services.gaps import GapService  # the gap service is a sibling, not a layer

        return GapService(self.db, self.actor, self.clock).five_gaps(date_from, date_to)

    @staticmethod
    def _rankings(s, date_from: dt.date, date_to: dt.date, overdue: list[q.Overdue]
                  ) -> tuple[tuple[RankRow, ...], tuple[RankRow, ...]]:
        area_rounds, area_findings = q.area_activity(s, date_from, date_to)
        team_rounds, team_findings = q.team_activity(s, date_from, date_to)
        assignee_team = q.teams_of(s, {o.rect.assignee_id for o in overdue
                                       if o.rect.assignee_id is not None})
        area_overdue = defaultdict(int)
        team_overdue = defaultdict(int)
        for o in overdue:
            area_overdue[o.area_id] += 1
            team = assignee_team.get(o.rect.assignee_id)
            if team is not None:
                team_overdue[team] += 1

        def row(name, rounds, findings, late) -> RankRow:
            n, avg = rounds or (0, None)
            return RankRow(name, n, None if avg is None else float(avg), findings, late)

        areas = [row(name, area_rounds.get(i), area_findings.get(i, 0), area_overdue[i])
                 for i, name in s.execute(select(Area.id, Area.name))]
        teams = [row(name, team_rounds.get(i), team_findings.get(i, 0), team_overdue[i])
                 for i, name in s.execute(select(Team.id, Team.name))]
        return tuple(sorted(areas, key=_rank_key)), tuple(sorted(teams, key=_rank_key))

    @staticmethod
    def _overdue_rows(s, overdue: list[q.Overdue], moment: dt.datetime
                      ) -> tuple[OverdueRow, ...]:
        names = q.people(s, {i for o in overdue for i in (o.owner_id, o.accountable_id, *o.chain)
                             if i is not None})
        nobody = ("", "")
        return tuple(OverdueRow(
            o.rect.id, o.area, o.description, o.severity, o.rect.due_at,
            (moment - o.rect.due_at).total_seconds() / 3600,
            names.get(o.owner_id, nobody)[0], names.get(o.owner_id, nobody)[1],
            o.rect.escalation_level, tuple(names[i][0] for i in o.chain if i in names),
            names.get(o.accountable_id, nobody)[0])
            for o in overdue)


def _rank_key(r: RankRow):
    """Best first: the higher mean score, then fewer findings; areas without rounds last."""
    return (r.average_score is None, -(r.average_score or 0.0), r.findings, r.name)


def _dates(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += ONE_DAY


class _Days:
    """The per-day tallies of the whole span, summed into any window of it."""

    def __init__(self, *, results, scores, planned, flow, complaints, moment, limit) -> None:
        self.results, self.scores, self.planned = results, scores, planned
        self.opened, self.closed = flow
        self.complaints = complaints
        self.moment, self.limit = moment, limit

    def figures(self, first: dt.date, last: dt.date) -> Figures:
        days = list(_dates(first, last))
        rounds = scored = 0
        total = 0.0
        for d in days:
            r, n, t = self.scores.get(d, (0, 0, 0.0))
            rounds, scored, total = rounds + r, scored + n, total + t
        earned: dict[str, float] = defaultdict(float)
        possible: dict[str, float] = defaultdict(float)
        units = failed = 0
        for d in days:
            tally = self.results.get(d)
            if tally is None:
                continue
            units, failed = units + tally.units, failed + tally.failed
            for dim in tally.possible:
                earned[dim] += tally.earned[dim]
                possible[dim] += tally.possible[dim]
        due = sum(self.planned.get(d, (0, 0))[0] for d in days)
        done = sum(self.planned.get(d, (0, 0))[1] for d in days)
        inside = set(days)
        closed = [(c, due_at) for c, due_at in self.closed if c.date() in inside]
        pairs = [p for p in self.complaints if p[0].date() in inside]
        measures = complaint_clock.summary(pairs, self.moment, self.limit)
        return Figures(
            date_from=first, date_to=last, patrols_due=due, patrols_done=done, rounds=rounds,
            average_score=total / scored if scored else None,
            pass_rates={d: (100.0 * earned[d] / possible[d] if possible.get(d) else None)
                        for d in DIMENSIONS},
            units=units, failed=failed,
            rect_opened=sum(1 for c in self.opened if c.date() in inside),
            rect_closed=len(closed),
            closed_on_time=sum(1 for c, due_at in closed if c <= due_at),
            complaints=len(pairs), complaints_on_time=measures.share_on_time)
