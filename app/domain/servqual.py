"""SERVQUAL and the five service-quality gaps, exactly as DESIGN.md §4 measures them (pure).

Dimensions and the standard 22-item split: tangibles 1–4, reliability 5–9,
responsiveness 10–13, assurance 14–17, empathy 18–22. Answers are on a 7-point scale (1–7).
The default instrument (revised, positively worded) has no reversed items; a venue using the
1988 wording passes ``reversed_items`` and those answers are scored 8 − x (both E and P).

No data is never 0: every figure is a ``Measure(value, n)`` whose ``value`` is ``None``
("no data") when nothing stands behind it, and ``n`` is the number of respondents or records
behind the figure (0 exactly when ``value`` is ``None``).

Formulas (per dimension d; "overall" = the mean of the dimensions that have data, with
``dimensions_with_data`` saying how many of the five that is):

- gap 5 (scale points): item gap = mean over guest respondents who answered both E and P of
  the item of (P − E). Dimension gap = per respondent the mean of (P − E) over d's answered
  items, then the mean over the respondents who answered at least one item of d. The
  unweighted SERVQUAL score is the overall. The weighted score: per respondent
  Σ_d w_d × gap_d / Σ_d w_d over the dimensions where that respondent has data (weights
  renormalised over those; with all five present and weights summing to 100 this is
  Σ_d w_d/100 × gap_d); respondents without weights are skipped; then the mean over
  respondents.
- gap 1 (scale points): mean(E_manager) − mean(E_guest), per item (means over the
  respondents who answered the item's E) and per d (each group's mean over respondents of
  their mean E over d's answered items).
- gap 2 (percentage points): coverage_d − 100, coverage_d = share of d's SERVQUAL items
  addressed by at least one item of a published template.
- gap 3 (percentage points): compliance_d − 100, compliance_d = weighted pass rate of d's
  patrol items.
- gap 4 (percentage points): kept_d − 100, kept_d = share of measured promise outcomes of d
  within the promise.

JSON keys
---------
``FiveGaps.to_json()`` returns (values rounded to 4 decimals; ``null`` means "no data")::

    {
      "period": {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"} | null,
      "area": str | null,                 # null = the whole venue
      "dimensions": ["tangibles", "reliability", "responsiveness", "assurance", "empathy"],
      "weighted_score": {"value": float | null, "n": int},  # n = respondents with weights
      "gaps": {
        "gap1" … "gap5": {
          "meaning": str,                 # short key, e.g. "perception_vs_expectation"
          "unit": "scale_points" | "percentage_points",
          "overall": {"value": float | null, "n": int, "dimensions_with_data": int},
          "dimensions": {"<dimension>": {"value": float | null, "n": int}, …},
          "items": {"1": {"value": float | null, "n": int}, … "22": …}   # gap1, gap5 only
          "expectation": {"<dimension>": {"value", "n"}, …},  # gap5 only: mean E
          "perception": {"<dimension>": {"value", "n"}, …}    # gap5 only: mean P
        }
      }
    }

``n`` counts respondents (gaps 1 and 5; for gap 1 guests + managers), SERVQUAL items of the
dimension (gap 2), patrol item results (gap 3) or measured promise outcomes (gap 4). For an
overall, ``n`` is the sum over dimensions for gaps 2–4 and the number of distinct respondents
for gaps 1 and 5. Gaps 1 and 5 are in scale points (−6 … +6), gaps 2–4 in percentage points
(−100 … 0); negative means a shortfall.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

DIMENSIONS: tuple[str, ...] = ("tangibles", "reliability", "responsiveness", "assurance",
                               "empathy")
DIMENSION_ITEMS: dict[str, tuple[int, ...]] = {
    "tangibles": (1, 2, 3, 4),
    "reliability": (5, 6, 7, 8, 9),
    "responsiveness": (10, 11, 12, 13),
    "assurance": (14, 15, 16, 17),
    "empathy": (18, 19, 20, 21, 22),
}
ITEMS: tuple[int, ...] = tuple(range(1, 23))
ITEM_DIMENSION: dict[int, str] = {i: d for d, items in DIMENSION_ITEMS.items() for i in items}
SCALE_MIN, SCALE_MAX = 1, 7

SCALE_POINTS = "scale_points"
PERCENTAGE_POINTS = "percentage_points"

# ---------------------------------------------------------------- no-data handling

NO_DATA = None


def has_data(value: float | None) -> bool:
    return value is not None


def mean_or_none(values: Iterable[float]) -> float | None:
    """The arithmetic mean, or ``None`` (no data) for no values — never 0."""
    values = list(values)
    return sum(values) / len(values) if values else NO_DATA


def sub_or_none(a: float | None, b: float | None) -> float | None:
    """a − b, or ``None`` when either side has no data."""
    return NO_DATA if a is None or b is None else a - b


@dataclass(frozen=True)
class Measure:
    """A figure and the number of respondents/records behind it; value None = no data."""

    value: float | None
    n: int = 0

    @property
    def has_data(self) -> bool:
        return self.value is not None

    def to_json(self) -> dict:
        return {"value": None if self.value is None else round(self.value, 4), "n": self.n}


EMPTY = Measure(NO_DATA, 0)


def measure(values: list[float]) -> Measure:
    return Measure(mean_or_none(values), len(values))


@dataclass(frozen=True)
class Overall(Measure):
    """The mean of the dimension figures that have data; ``dimensions_with_data`` of five."""

    dimensions_with_data: int = 0

    def to_json(self) -> dict:
        return {**super().to_json(), "dimensions_with_data": self.dimensions_with_data}


# ---------------------------------------------------------------- responses


@dataclass(frozen=True)
class Response:
    """One filled form. ``expectations``/``perceptions`` map item (1–22) → answer (1–7);
    a missing item was skipped. ``weights`` maps dimension → points (summing to 100) or is
    ``None``. Manager forms (kind "manager") answer only E, as guests would."""

    respondent: str
    kind: Literal["guest", "manager"]
    day: dt.date
    expectations: Mapping[int, int] = field(default_factory=dict)
    perceptions: Mapping[int, int] = field(default_factory=dict)
    weights: Mapping[str, float] | None = None


def score(item: int, answer: int, reversed_items: frozenset[int] = frozenset()) -> int:
    """An answer as scored: 8 − x for reversed items."""
    if item not in ITEM_DIMENSION:
        raise ValueError(f"no SERVQUAL item {item}")
    if not SCALE_MIN <= answer <= SCALE_MAX:
        raise ValueError(f"answer {answer} to item {item} is outside 1–7")
    return SCALE_MAX + 1 - answer if item in reversed_items else answer


def _pairs(r: Response, reversed_items: frozenset[int]) -> dict[int, tuple[int, int]]:
    """item → (E, P) scored, for the items the respondent answered both of."""
    return {i: (score(i, r.expectations[i], reversed_items),
                score(i, r.perceptions[i], reversed_items))
            for i in ITEMS if i in r.expectations and i in r.perceptions}


def _guests(responses: Iterable[Response]) -> list[Response]:
    return [r for r in responses if r.kind == "guest"]


def split_by_kind(responses: Iterable[Response]) -> tuple[list[Response], list[Response]]:
    """(guest responses, manager responses)."""
    responses = list(responses)
    return _guests(responses), [r for r in responses if r.kind == "manager"]


Paired = list[tuple[Response, dict[int, tuple[int, int]]]]


def _paired(responses: Iterable[Response], reversed_items: frozenset[int]) -> Paired:
    """The guests with their _pairs: five_gaps scores each form once for all of gap 5."""
    return [(r, _pairs(r, reversed_items)) for r in _guests(responses)]


def _respondent_dimension_gaps(pairs: Mapping[int, tuple[int, int]]) -> dict[str, float]:
    """The respondent's mean (P − E) per dimension they answered at least one item of."""
    result = {}
    for d, items in DIMENSION_ITEMS.items():
        gaps = [pairs[i][1] - pairs[i][0] for i in items if i in pairs]
        if gaps:
            result[d] = sum(gaps) / len(gaps)
    return result


# ---------------------------------------------------------------- gap 5


def item_gaps(responses: Iterable[Response], reversed_items: frozenset[int] = frozenset()
              ) -> dict[int, Measure]:
    """Gap 5 per item: mean (P − E) over guests who answered both; every item 1–22 present."""
    return _item_gaps(_paired(responses, reversed_items))


def _item_gaps(paired: Paired) -> dict[int, Measure]:
    values: dict[int, list[float]] = {i: [] for i in ITEMS}
    for _, pairs in paired:
        for i, (e, p) in pairs.items():
            values[i].append(p - e)
    return {i: measure(v) for i, v in values.items()}


def dimension_gaps(responses: Iterable[Response], reversed_items: frozenset[int] = frozenset()
                   ) -> dict[str, Measure]:
    """Gap 5 per dimension: per respondent the mean (P − E) over the dimension's answered
    items, then the mean over respondents who answered at least one of them."""
    return _dimension_gaps(_paired(responses, reversed_items))


def _dimension_gaps(paired: Paired) -> dict[str, Measure]:
    values: dict[str, list[float]] = {d: [] for d in DIMENSIONS}
    for _, pairs in paired:
        for d, g in _respondent_dimension_gaps(pairs).items():
            values[d].append(g)
    return {d: measure(values[d]) for d in DIMENSIONS}


def expectation_perception(responses: Iterable[Response],
                           reversed_items: frozenset[int] = frozenset()
                           ) -> tuple[dict[str, Measure], dict[str, Measure]]:
    """Mean E and mean P per dimension (for the E-vs-P chart), computed like the dimension
    gap over the items answered both ways, so that mean P − mean E = the dimension gap."""
    return _expectation_perception(_paired(responses, reversed_items))


def _expectation_perception(paired: Paired) -> tuple[dict[str, Measure], dict[str, Measure]]:
    es: dict[str, list[float]] = {d: [] for d in DIMENSIONS}
    ps: dict[str, list[float]] = {d: [] for d in DIMENSIONS}
    for _, pairs in paired:
        for d, items in DIMENSION_ITEMS.items():
            answered = [pairs[i] for i in items if i in pairs]
            if answered:
                es[d].append(sum(e for e, _ in answered) / len(answered))
                ps[d].append(sum(p for _, p in answered) / len(answered))
    return ({d: measure(es[d]) for d in DIMENSIONS}, {d: measure(ps[d]) for d in DIMENSIONS})


def overall(per_dimension: Mapping[str, Measure], n: int | None = None) -> Overall:
    """Mean of the dimension values that have data (None if none has). ``n`` defaults to the
    sum of the dimensions' n (right when each record belongs to one dimension)."""
    present = [m for d in DIMENSIONS if (m := per_dimension.get(d, EMPTY)).has_data]
    value = mean_or_none(m.value for m in present)
    if value is None:
        return Overall(NO_DATA, 0, 0)
    return Overall(value, sum(m.n for m in present) if n is None else n, len(present))


def servqual_score(dim_gaps: Mapping[str, Measure], n: int | None = None) -> Overall:
    """The unweighted SERVQUAL score: the mean of the dimension gaps *that have data*
    (``dimensions_with_data`` says how many of the five); None when none has. ``n`` should be
    the number of distinct respondents; if not given it is the largest dimension n (a lower
    bound, since a respondent usually counts in several dimensions)."""
    if n is None:
        n = max((m.n for m in dim_gaps.values() if m.has_data), default=0)
    return overall(dim_gaps, n)


def weighted_score(responses: Iterable[Response], reversed_items: frozenset[int] = frozenset()
                   ) -> Measure:
    """The weighted SERVQUAL score (see module docstring); n = respondents counted."""
    return _weighted_score(_paired((r for r in responses if r.weights is not None),
                                   reversed_items))


def _weighted_score(paired: Paired) -> Measure:
    values = []
    for r, pairs in paired:
        if r.weights is None:
            continue
        if any(w < 0 for w in r.weights.values()):
            raise ValueError(f"negative importance weight for respondent {r.respondent}")
        gaps = _respondent_dimension_gaps(pairs)
        total = sum(r.weights.get(d, 0.0) for d in gaps)
        if total <= 0:
            continue  # all of this respondent's weight is on dimensions without data
        values.append(sum(r.weights.get(d, 0.0) * g for d, g in gaps.items()) / total)
    return measure(values)


# ---------------------------------------------------------------- gap 1


@dataclass(frozen=True)
class Gap1:
    items: dict[int, Measure]
    dimensions: dict[str, Measure]
    respondents: int  # distinct respondents with at least one E answer, guests + managers


def _mean_expectations(responses: list[Response], reversed_items: frozenset[int]):
    per_item: dict[int, list[float]] = {i: [] for i in ITEMS}
    per_dim: dict[str, list[float]] = {d: [] for d in DIMENSIONS}
    for r in responses:
        scored = {i: score(i, x, reversed_items) for i, x in r.expectations.items()}
        for i, e in scored.items():
            per_item[i].append(e)
        for d, items in DIMENSION_ITEMS.items():
            es = [scored[i] for i in items if i in scored]
            if es:
                per_dim[d].append(sum(es) / len(es))
    return ({i: measure(v) for i, v in per_item.items()},
            {d: measure(v) for d, v in per_dim.items()})


def _difference(manager: Measure, guest: Measure) -> Measure:
    value = sub_or_none(manager.value, guest.value)
    return Measure(value, manager.n + guest.n) if value is not None else EMPTY


def gap1(guest_responses: Iterable[Response], manager_responses: Iterable[Response],
         reversed_items: frozenset[int] = frozenset()) -> Gap1:
    """mean(E_manager) − mean(E_guest) per item and per dimension (see module docstring);
    None wherever either side has no answers. The lists are taken as given (see
    ``split_by_kind``)."""
    guests, managers = list(guest_responses), list(manager_responses)
    g_items, g_dims = _mean_expectations(guests, reversed_items)
    m_items, m_dims = _mean_expectations(managers, reversed_items)
    respondents = sum(1 for r in guests + managers if r.expectations)
    return Gap1({i: _difference(m_items[i], g_items[i]) for i in ITEMS},
                {d: _difference(m_dims[d], g_dims[d]) for d in DIMENSIONS},
                respondents)


# ---------------------------------------------------------------- gaps 2–4


def gap2(coverage: Mapping[str, set[int]]) -> dict[str, Measure]:
    """coverage share − 100 pp per dimension. ``coverage[d]`` is the set of d's SERVQUAL
    items addressed by a published template; a dimension *absent* from the mapping has no
    data (None), while a present empty set means "nothing covered" (−100). Items that are not
    d's are ignored. n = the number of d's SERVQUAL items."""
    result = {}
    for d in DIMENSIONS:
        if d not in coverage:
            result[d] = EMPTY
            continue
        items = DIMENSION_ITEMS[d]
        covered = len(set(coverage[d]) & set(items))
        result[d] = Measure(100.0 * covered / len(items) - 100.0, len(items))
    return result


def gap3(compliance: Mapping[str, tuple[float, float] | tuple[float, float, int]]
         ) -> dict[str, Measure]:
    """compliance − 100 pp per dimension from (weighted passes, weighted total[, results]).
    None where the dimension is absent or its total is 0. n = the number of item results when
    given as the third element, else 1 (one aggregate figure)."""
    result = {}
    for d in DIMENSIONS:
        entry = compliance.get(d)
        if entry is None or entry[1] <= 0:
            result[d] = EMPTY
            continue
        passes, total = entry[0], entry[1]
        if passes < 0 or passes > total:
            raise ValueError(f"weighted passes {passes} outside 0…{total} for {d}")
        n = int(entry[2]) if len(entry) > 2 else 1
        result[d] = Measure(100.0 * passes / total - 100.0, n)
    return result


def gap4(outcomes: Mapping[str, Iterable[bool]]) -> dict[str, Measure]:
    """kept share − 100 pp per dimension from measured outcomes (True = promise kept);
    None where a dimension has no outcomes. n = the number of outcomes."""
    result = {}
    for d in DIMENSIONS:
        kept = list(outcomes.get(d, ()))
        result[d] = (Measure(100.0 * sum(kept) / len(kept) - 100.0, len(kept)) if kept
                     else EMPTY)
    return result


# ---------------------------------------------------------------- the summary

GAP_MEANINGS = {
    1: "management_vs_guest_expectations",
    2: "standards_vs_expectations",
    3: "delivery_vs_standards",
    4: "promises_vs_delivery",
    5: "perception_vs_expectation",
}
GAP_UNITS = {1: SCALE_POINTS, 2: PERCENTAGE_POINTS, 3: PERCENTAGE_POINTS,
             4: PERCENTAGE_POINTS, 5: SCALE_POINTS}


@dataclass(frozen=True)
class Gap:
    number: int
    dimensions: dict[str, Measure]
    overall: Overall
    items: dict[int, Measure] | None = None  # gaps 1 and 5
    expectation: dict[str, Measure] | None = None  # gap 5
    perception: dict[str, Measure] | None = None  # gap 5

    @property
    def unit(self) -> str:
        return GAP_UNITS[self.number]

    def to_json(self) -> dict:
        out: dict = {
            "meaning": GAP_MEANINGS[self.number],
            "unit": self.unit,
            "overall": self.overall.to_json(),
            "dimensions": {d: self.dimensions.get(d, EMPTY).to_json() for d in DIMENSIONS},
        }
        if self.items is not None:
            out["items"] = {str(i): self.items.get(i, EMPTY).to_json() for i in ITEMS}
        if self.expectation is not None:
            out["expectation"] = {d: self.expectation[d].to_json() for d in DIMENSIONS}
        if self.perception is not None:
            out["perception"] = {d: self.perception[d].to_json() for d in DIMENSIONS}
        return out


@dataclass(frozen=True)
class FiveGaps:
    gap1: Gap
    gap2: Gap
    gap3: Gap
    gap4: Gap
    gap5: Gap
    weighted_score: Measure
    period: tuple[dt.date, dt.date] | None = None
    area: str | None = None

    @property
    def gaps(self) -> tuple[Gap, ...]:
        return (self.gap1, self.gap2, self.gap3, self.gap4, self.gap5)

    def to_json(self) -> dict:
        """A json.dumps-able dict; keys documented in the module docstring ("JSON keys")."""
        return {
            "period": (None if self.period is None else
                       {"from": self.period[0].isoformat(), "to": self.period[1].isoformat()}),
            "area": self.area,
            "dimensions": list(DIMENSIONS),
            "weighted_score": self.weighted_score.to_json(),
            "gaps": {f"gap{g.number}": g.to_json() for g in self.gaps},
        }


def five_gaps(responses: Iterable[Response] = (),
              coverage: Mapping[str, set[int]] | None = None,
              compliance: Mapping[str, tuple] | None = None,
              outcomes: Mapping[str, Iterable[bool]] | None = None,
              reversed_items: frozenset[int] = frozenset(),
              period: tuple[dt.date, dt.date] | None = None,
              area: str | None = None) -> FiveGaps:
    """All five gaps for one period (and area) from already-selected data; ``responses``
    holds guest and manager forms together. Missing inputs give "no data" throughout."""
    guests, managers = split_by_kind(responses)
    g1 = gap1(guests, managers, reversed_items)
    paired = _paired(guests, reversed_items)
    d5 = _dimension_gaps(paired)
    e5, p5 = _expectation_perception(paired)
    guests_with_data = sum(1 for _, pairs in paired if pairs)
    d2, d3, d4 = gap2(coverage or {}), gap3(compliance or {}), gap4(outcomes or {})
    return FiveGaps(
        gap1=Gap(1, g1.dimensions, overall(g1.dimensions, g1.respondents), items=g1.items),
        gap2=Gap(2, d2, overall(d2)),
        gap3=Gap(3, d3, overall(d3)),
        gap4=Gap(4, d4, overall(d4)),
        gap5=Gap(5, d5, servqual_score(d5, guests_with_data),
                 items=_item_gaps(paired), expectation=e5, perception=p5),
        weighted_score=_weighted_score(paired),
        period=period, area=area,
    )
