"""What the quality analytics (services.analytics) return, as frozen DTOs, and the filter they
take. Every rate is None when nothing stands behind it ("no data", never 0)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.spc import ParetoBar, PChart


@dataclass(frozen=True)
class AnalyticsFilter:
    """A period (both days included) and the areas in scope.

    The area filters narrow one set of areas and every figure is about those areas:
    ``area_id`` that area; ``department_id`` the areas of that department (Area.department_id);
    ``team_id`` the areas the team is responsible for (Area.default_team_id — the standing
    assignment, not who happened to be rostered there). Given together, they intersect."""

    date_from: dt.date
    date_to: dt.date
    area_id: int | None = None
    team_id: int | None = None
    department_id: int | None = None

    @property
    def days(self) -> int:
        return (self.date_to - self.date_from).days + 1


@dataclass(frozen=True)
class TrendRow:
    """One day of the period. ``inspections``: submitted rounds; ``average_score``: their mean
    Inspection.score (None when no round has a score); ``units``: scored item results (the
    checklist scoring rule: N/A, text and unanswered items are not opportunities);
    ``failed``: the failed ones among them."""

    day: dt.date
    inspections: int
    average_score: float | None
    units: int
    failed: int

    @property
    def defect_rate(self) -> float | None:
        """failed / units as a fraction 0–1 (the p-chart's p); None on a day without units."""
        return self.failed / self.units if self.units else None


@dataclass(frozen=True)
class SigmaFigures:
    """Defects per million opportunities over the period: defects = failed scored results,
    units = submitted inspections, opportunities per unit = the mean number of scored item
    results per inspection (so units × opportunities per unit = the scored results)."""

    defects: int
    units: int
    opportunities: int
    opportunities_per_unit: float | None  # None without inspections
    dpmo: float | None  # None without opportunities
    sigma_level: float | None  # math.inf with no defect at all; None without opportunities


@dataclass(frozen=True)
class TeamRankRow:
    """A team over the period, within the areas in scope: ``inspections`` and
    ``average_score`` of submitted rounds in the areas it is responsible for
    (Area.default_team_id); ``findings`` found in the period that its members own
    (Finding.responsible_id); ``overdue`` rectifications assigned to its members that were
    overdue at the period's end (or now, if that is earlier) — the daily report's
    definitions."""

    rank: int
    team_id: int
    team: str
    inspections: int
    average_score: float | None
    findings: int
    overdue: int


@dataclass(frozen=True)
class InspectorRow:
    """How often a higher layer contradicted an inspector (DESIGN.md §2): ``inspections``
    are their submitted rounds in the period and areas below the external-audit level (a
    round a higher layer could check); ``contradicted`` how many of those rounds have at
    least one Disagreement (a higher layer failed, in the same area and shift, an item this
    round passed); ``items`` the Disagreement rows themselves; ``rate`` = contradicted /
    inspections (0–1)."""

    inspector: str  # the user name
    name: str  # the inspector's employee name, "" when the sign-in has none
    inspections: int
    contradicted: int
    items: int

    @property
    def rate(self) -> float | None:
        return self.contradicted / self.inspections if self.inspections else None


@dataclass(frozen=True)
class QualityOverview:
    """Everything the quality tab shows, computed in one read session."""

    filter: AnalyticsFilter
    moment: dt.datetime  # overdue is judged at this moment
    trends: tuple[TrendRow, ...]
    pareto: tuple[ParetoBar, ...]
    p_chart: PChart
    sigma: SigmaFigures
    teams: tuple[TeamRankRow, ...]
    inspectors: tuple[InspectorRow, ...]
