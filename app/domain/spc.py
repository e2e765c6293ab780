"""Statistical process control for the quality reports (pure): the p-chart of a daily defect
rate with limits for varying sample sizes, the Western Electric rules, Pareto of defect
categories, and defects per million opportunities with the sigma level.

p-chart (attribute data, subgroup i has n_i units of which d_i are defective):
    p̄ = Σ d_i / Σ n_i                      (the centre line)
    σ_i = √(p̄ (1 − p̄) / n_i)
    UCL_i = p̄ + 3 σ_i,  LCL_i = max(0, p̄ − 3 σ_i)   (limits vary with n_i)
Western Electric rules, on z_i = (p_i − p̄) / σ_i so that varying n is handled:
    1: one point beyond 3σ; 2: two of three successive points beyond 2σ on the same side;
    3: four of five successive points beyond 1σ on the same side; 4: eight successive points
    on the same side of the centre line.
Sigma level uses the usual 1.5σ long-term shift: σ = Φ⁻¹(1 − DPMO / 10⁶) + 1.5.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PPoint:
    label: Hashable  # e.g. the day
    n: int
    defects: int
    p: float
    ucl: float
    lcl: float
    z: float | None  # None when σ is 0 (p̄ of 0 or 1)
    rules: tuple[int, ...]  # Western Electric rules this point breaks


@dataclass(frozen=True)
class PChart:
    centre: float | None  # None: no units at all ("no data")
    points: tuple[PPoint, ...]

    @property
    def out_of_control(self) -> tuple[PPoint, ...]:
        return tuple(p for p in self.points if p.rules)


def p_chart(samples: Iterable[tuple[Hashable, int, int]]) -> PChart:
    """(label, units n, defective d) per subgroup → the chart. Subgroups with n = 0 are left
    out (no rate can be drawn); d must lie within 0…n."""
    rows = []
    for label, n, d in samples:
        if n < 0 or d < 0 or d > n:
            raise ValueError(f"subgroup {label!r}: {d} defective of {n} is impossible")
        if n:
            rows.append((label, n, d))
    total = sum(n for _, n, _ in rows)
    if not total:
        return PChart(None, ())
    centre = sum(d for _, _, d in rows) / total
    points = []
    for label, n, d in rows:
        sigma = math.sqrt(centre * (1 - centre) / n)
        p = d / n
        points.append((label, n, d, p, centre + 3 * sigma, max(0.0, centre - 3 * sigma),
                       (p - centre) / sigma if sigma > 0 else None))
    broken = western_electric([z for *_, z in points])
    return PChart(centre, tuple(PPoint(*row, rules=broken[i]) for i, row in enumerate(points)))


def western_electric(z: Sequence[float | None]) -> list[tuple[int, ...]]:
    """The rules (1–4) each point breaks, given standardised distances from the centre line.
    A point counts for a run rule when it completes the run. None (σ = 0) breaks nothing."""
    broken: list[set[int]] = [set() for _ in z]

    def side(v: float | None, k: float) -> int:
        if v is None:
            return 0
        return 1 if v > k else -1 if v < -k else 0

    for i, v in enumerate(z):
        if side(v, 3):
            broken[i].add(1)
        for rule, window, need, k in ((2, 3, 2, 2.0), (3, 5, 4, 1.0), (4, 8, 8, 0.0)):
            if not side(v, k):
                continue
            recent = [side(x, k) for x in z[max(0, i + 1 - window):i + 1]]
            if recent.count(side(v, k)) >= need:
                broken[i].add(rule)
    return [tuple(sorted(b)) for b in broken]


@dataclass(frozen=True)
class ParetoBar:
    category: str
    count: int
    share: float  # percent of all defects
    cumulative: float  # percent, running


def pareto(counts: dict[str, int]) -> list[ParetoBar]:
    """Categories by count, largest first (ties by name), with cumulative percentages."""
    total = sum(counts.values())
    if total <= 0:
        return []
    running = 0
    bars = []
    for category, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if count <= 0:
            continue
        running += count
        bars.append(ParetoBar(category, count, 100.0 * count / total, 100.0 * running / total))
    return bars


def vital_few(bars: Sequence[ParetoBar], cut: float = 80.0) -> list[ParetoBar]:
    """The categories that together first reach ``cut`` percent of the defects."""
    chosen = []
    for bar in bars:
        chosen.append(bar)
        if bar.cumulative >= cut:
            break
    return chosen


def dpmo(defects: int, units: int, opportunities_per_unit: float) -> float | None:
    """Defects per million opportunities; None when there were no opportunities."""
    if defects < 0 or units < 0 or opportunities_per_unit < 0:
        raise ValueError("defects, units and opportunities cannot be negative")
    opportunities = units * opportunities_per_unit
    if opportunities <= 0:
        return None
    if defects > opportunities:
        raise ValueError("more defects than opportunities")
    return 1_000_000.0 * defects / opportunities


def sigma_level(dpmo_value: float | None) -> float | None:
    """Short-term sigma level with the 1.5σ shift; math.inf for zero defects, None for no
    data."""
    if dpmo_value is None:
        return None
    if dpmo_value <= 0:
        return math.inf
    if dpmo_value >= 1_000_000:
        return -math.inf
    return statistics.NormalDist().inv_cdf(1 - dpmo_value / 1_000_000) + 1.5
