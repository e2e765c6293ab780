"""The monthly accountability report's figures (月度考核, 立岗问责): per team and per employee,
the scores of the areas they stood in, the findings attributed to them, the timeliness of
their rectifications, their complaints and accountability records, and for inspectors how
often a higher layer contradicted them. One read session, one grouped query per figure
family (app/services/report_people_queries.py); definitions in report_dto_monthly.py."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from app.db.models import Employee, Team
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.permissions import Permission
from app.services import report_people_queries as q
from app.services.base import Service
from app.services.report_daily_queries import report_meta
from app.services.report_dto_monthly import (
    Figures,
    InspectorLine,
    MonthlyReport,
    PersonLine,
    RecordLine,
    TeamLine,
    Timeliness,
)
from app.services.roster_queries import team_of
from app.services.staff import person_refs

TITLE = QT_TRANSLATE_NOOP("reports", "Monthly accountability report")


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``month``'s calendar month (any day of it may be given)."""
    first = month.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


class MonthlyReportService(Service):
    def monthly(self, month: dt.date) -> MonthlyReport:
        """The report of the calendar month containing ``month`` (normally its first day)."""
        self._require(Permission.VIEW_REPORTS)
        now = self.clock()
        first, last = month_bounds(month)
        begin = dt.datetime.combine(first, dt.time())
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        as_of = min(end, now)
        with self.db.read() as s:
            shifts = q.shifts_stood(s, first, last)
            stood = q.rounds_where_stood(s, first, last)
            findings = q.findings_by_person(s, begin, end)
            timeliness = q.timeliness_by_person(s, begin, end, as_of)
            complaints = q.complaints_by_person(s, begin, end)
            recs = q.records(s, begin, end)
            people_ids = sorted(set(shifts) | {e for e, _i, _x in stood} | set(findings)
                                | set(timeliness) | set(complaints)
                                | {r.employee_id for r in recs})
            refs = {p.id: p for p in person_refs(s, people_ids)}
            teams = team_of(s)
            leaders = dict(s.execute(select(Team.id, Employee.name)
                                     .join(Employee, Employee.id == Team.leader_id)).all())
            team_ids = dict(s.execute(select(Team.name, Team.id)).all())
            inspectors = self._inspectors(s, first, last)
            meta = report_meta(s, TITLE, first, last, now, self.actor.username)

        rounds: dict[int, dict[int, float | None]] = defaultdict(dict)
        for emp, inspection, score in stood:
            rounds[emp][inspection] = score
        amounts: dict[int, list[float]] = defaultdict(list)
        record_count: dict[int, int] = defaultdict(int)
        for r in recs:
            record_count[r.employee_id] += 1
            if r.amount is not None:
                amounts[r.employee_id].append(r.amount)

        def figures(members: list[int]) -> Figures:
            held = {i: x for m in members for i, x in rounds[m].items()}  # distinct rounds
            scores = [x for x in held.values() if x is not None]
            paid = [a for m in members for a in amounts[m]]
            return Figures(
                shifts=sum(shifts.get(m, 0) for m in members), rounds=len(held),
                average_score=sum(scores) / len(scores) if scores else None,
                findings=sum(sum(findings.get(m, {}).values()) for m in members),
                critical_findings=sum(findings.get(m, {}).get("critical", 0) for m in members),
                rectifications=sum((timeliness.get(m, Timeliness()) for m in members),
                                   Timeliness()),
                complaints=sum(complaints.get(m, 0) for m in members),
                records=sum(record_count[m] for m in members),
                amount=round(sum(paid), 2) if paid else None)

        team_name = {e: teams.get(e, (0, ""))[1] for e in people_ids}
        people = sorted((PersonLine(e, refs[e].code, refs[e].name, team_name[e], refs[e].post,
                                    figures([e])) for e in people_ids if e in refs),
                        key=lambda p: (p.team == "", p.team, p.code))
        by_team: dict[str, list[int]] = defaultdict(list)
        for p in people:
            by_team[p.team].append(p.employee_id)
        team_lines = tuple(
            TeamLine(team_ids.get(name), name, leaders.get(team_ids.get(name), ""),
                     len(members), figures(members))
            for name, members in sorted(by_team.items(), key=lambda t: (t[0] == "", t[0])))
        record_lines = tuple(
            RecordLine(r.id, r.recorded_at, refs[r.employee_id].code,
                       refs[r.employee_id].name, team_name.get(r.employee_id, ""), r.kind,
                       r.reason, r.amount, r.recorded_by, r.finding_id, r.rectification_id)
            for r in recs if r.employee_id in refs)
        return MonthlyReport(meta, first, as_of, team_lines, tuple(people), record_lines,
                             inspectors)

    @staticmethod
    def _inspectors(s, first: dt.date, last: dt.date) -> tuple[InspectorLine, ...]:
        rows = q.inspector_rounds(s, first, last)
        against = q.contradicted(s, first, last)
        users = q.user_employees(s, [name for name, *_ in rows])
        employees = {name: emp or users.get(name) for name, emp, _n, _avg in rows}
        names = {p.id: p.name for p in person_refs(
            s, sorted({e for e in employees.values() if e is not None}))}
        out = [InspectorLine(name, names.get(employees[name], ""), count,
                             float(avg) if avg is not None else None,
                             *against.get(name, (0, 0)))
               for name, _emp, count, avg in rows]
        return tuple(sorted(out, key=lambda i: (-(i.disagreement_rate or 0), i.username)))
