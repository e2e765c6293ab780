"""What the daily quality report (日报) shows, as frozen DTOs; also ReportMeta, the header and
footer data every report DTO carries (shared with the shift and monthly reports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.servqual import FiveGaps
from app.domain.spc import ParetoBar, PChart


@dataclass(frozen=True)
class ReportMeta:
    """Everything the common header/footer (app/reports/report_layout.py) prints."""

    venue: str
    title: str  # English source text, context "reports" (QT_TRANSLATE_NOOP); the PDF translates
    date_from: dt.date
    date_to: dt.date
    generated_at: dt.datetime  # the service's clock()
    generated_by: str  # actor.username
    audit_head: str  # hash of the last audit_log row; "" when the log is empty
    subtitle: str = ""  # data shown after the period, e.g. a shift's name


@dataclass(frozen=True)
class Figures:
    """The headline figures of one window of days (the report's day, or the 7 or 30 days
    before it). Counts are totals over the window; ``days`` lets the PDF show per-day
    averages. Every rate is None when nothing stands behind it ("no data", never 0).

    - patrols_due / patrols_done: the patrol plan's windows (app/services/patrol_plan.py:
      leader, supervisor and manager rounds per area) of the working days in the window
      that had opened when the report was made (a night shift runs past midnight), and
      those with a submitted round of that level in the area started inside them;
    - rounds: submitted inspections of any level (self-checks and external audits too);
    - average_score: mean Inspection.score of the submitted rounds;
    - pass_rates: per SERVQUAL dimension, the weighted pass share (percent) of the scored
      item results of that dimension (the checklist scoring rule; SERVQUAL gap 3 + 100);
    - units / failed: scored item results of submitted rounds and the failed ones (the
      p-chart's n and d);
    - rect_opened: rectifications created; rect_closed: verified in the window;
      closed_on_time: of those, verified at or before their due time;
    - complaints: received in the window; complaints_on_time: share (percent) of the
      measurable ones answered within the limit (app/domain/complaint_clock.summary).
    """

    date_from: dt.date
    date_to: dt.date
    patrols_due: int
    patrols_done: int
    rounds: int
    average_score: float | None
    pass_rates: dict[str, float | None]
    units: int
    failed: int
    rect_opened: int
    rect_closed: int
    closed_on_time: int
    complaints: int
    complaints_on_time: float | None

    @property
    def days(self) -> int:
        return (self.date_to - self.date_from).days + 1

    @property
    def patrols_done_share(self) -> float | None:
        return 100.0 * self.patrols_done / self.patrols_due if self.patrols_due else None

    @property
    def defect_rate(self) -> float | None:
        """Failed share of the scored item results, percent."""
        return 100.0 * self.failed / self.units if self.units else None

    @property
    def closed_on_time_share(self) -> float | None:
        return 100.0 * self.closed_on_time / self.rect_closed if self.rect_closed else None

    def per_day(self, count: int) -> float:
        return count / self.days


@dataclass(frozen=True)
class RankRow:
    """An area or a team over the ranking window: rounds and their mean score (areas: rounds
    in the area; teams: rounds in the areas the team is responsible for), findings (areas:
    found there; teams: owned by its members) and rectifications now overdue."""

    name: str
    rounds: int
    average_score: float | None
    findings: int
    overdue: int


@dataclass(frozen=True)
class RecurringRow:
    """A problem found more than once in the same area in the window: the checklist item's
    text (or the finding's description for an ad-hoc finding)."""

    area: str
    problem: str
    occurrences: int
    recurrences: int  # rectifications linked to an earlier one (recurrence_of)
    last_found: dt.datetime


@dataclass(frozen=True)
class OverdueRow:
    """An overdue rectification and who answers for it: the owner (the assignee, 责任人; the
    accountable person when there is no assignee), the leaders above the owner, nearest
    first, and who answers for it now after escalation (``accountable``, one of them or the
    owner)."""

    rectification_id: int
    area: str
    problem: str
    severity: str
    due_at: dt.datetime
    overdue_hours: float
    owner: str
    owner_post: str
    escalation_level: int
    chain: tuple[str, ...]
    accountable: str


@dataclass(frozen=True)
class DailyReport:
    """The daily quality report for ``meta.date_from`` as at ``moment`` (the end of that day,
    or now when the day is today). Windows: ``week`` and ``month`` are the 7 and 30 days
    before the day; the Pareto, the p-chart and the recurring problems cover the 30 days
    ending with the day; the rankings the 7 days ending with it; gaps the 30 days ending
    with it."""

    meta: ReportMeta
    moment: dt.datetime
    today: Figures
    week: Figures
    month: Figures
    overdue: tuple[OverdueRow, ...]
    pareto: tuple[ParetoBar, ...]  # by finding category ("" = none)
    pareto_from: dt.date
    p_chart: PChart  # the daily failed-result rate, labels are dates
    p_chart_from: dt.date
    areas: tuple[RankRow, ...]
    teams: tuple[RankRow, ...]
    ranking_from: dt.date
    recurring: tuple[RecurringRow, ...]
    gaps: FiveGaps | None  # over the 30 days; None when the gap service is not available
    complaint_limit_minutes: int
