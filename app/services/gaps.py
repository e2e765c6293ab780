"""The five service-quality gaps per period and area (DESIGN.md §4), their weekly trend, and
the records behind each bar. The data come from gap_queries; every figure is computed by
app.domain.servqual, so the service and the domain always agree."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models_guest import Promise
from app.domain import servqual
from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from app.domain.permissions import Permission
from app.domain.servqual import DIMENSION_ITEMS, DIMENSIONS, ITEMS, FiveGaps, Measure, Response
from app.domain.servqual_instrument import DIMENSION_LABELS, ITEM_TEXTS
from app.services import gap_queries as q
from app.services.base import Service
from app.services.guest_dto import BehindRow
from app.services.surveys import reversed_items
from app.services.tabular import Cell, write_rows

# Fixed labels of the drill-down rows; the UI shows them through translate("gaps", label).
LABEL_E = QT_TRANSLATE_NOOP("gaps", "Guests' expectation (E)")
LABEL_P = QT_TRANSLATE_NOOP("gaps", "Guests' perception (P)")
LABEL_GAP5 = QT_TRANSLATE_NOOP("gaps", "Perception − expectation (P − E)")
LABEL_MANAGER_E = QT_TRANSLATE_NOOP("gaps", "Managers' idea of guests' expectation")
LABEL_GAP1 = QT_TRANSLATE_NOOP("gaps", "Managers − guests")

Translate = Callable[[str, str], str]

# The charts of the "Five gaps" tab whose data export_xlsx writes, and their column headers
# (English source, context "gaps"; dimension names come from DIMENSION_LABELS, "servqual").
EXPORT_KEYS = ("ep", "items", "five", "trend")
GAP_NAMES = {
    1: QT_TRANSLATE_NOOP("gaps", "Gap 1 · Knowledge"),
    2: QT_TRANSLATE_NOOP("gaps", "Gap 2 · Standards"),
    3: QT_TRANSLATE_NOOP("gaps", "Gap 3 · Delivery"),
    4: QT_TRANSLATE_NOOP("gaps", "Gap 4 · Promises"),
    5: QT_TRANSLATE_NOOP("gaps", "Gap 5 · Service quality"),
}
UNIT_NAMES = {servqual.SCALE_POINTS: QT_TRANSLATE_NOOP("gaps", "scale points"),
              servqual.PERCENTAGE_POINTS: QT_TRANSLATE_NOOP("gaps", "percentage points")}
H_DIMENSION = QT_TRANSLATE_NOOP("gaps", "Dimension")
H_E = QT_TRANSLATE_NOOP("gaps", "Expectation E")
H_P = QT_TRANSLATE_NOOP("gaps", "Perception P")
H_GAP5 = QT_TRANSLATE_NOOP("gaps", "Gap P − E")
H_FORMS = QT_TRANSLATE_NOOP("gaps", "Guest forms (n)")
H_ITEM = QT_TRANSLATE_NOOP("gaps", "Item")
H_STATEMENT = QT_TRANSLATE_NOOP("gaps", "Statement")
H_GUESTS = QT_TRANSLATE_NOOP("gaps", "Guests answering E and P (n)")
H_GAP = QT_TRANSLATE_NOOP("gaps", "Gap")
H_UNIT = QT_TRANSLATE_NOOP("gaps", "Unit")
H_OVERALL = QT_TRANSLATE_NOOP("gaps", "Overall")
H_WITH_DATA = QT_TRANSLATE_NOOP("gaps", "Dimensions with data")
H_WEEK_FROM = QT_TRANSLATE_NOOP("gaps", "Week from")
H_WEEK_TO = QT_TRANSLATE_NOOP("gaps", "Week to")
H_WEEK_GAP = QT_TRANSLATE_NOOP("gaps", "{gap}, overall ({unit})")


def check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_to < date_from:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The period ends ({end}) before it starts ({start})."),
            start=date_from.isoformat(), end=date_to.isoformat())


def weeks(date_from: dt.date, date_to: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Monday-start weeks overlapping the period, clipped to it, oldest first."""
    out = []
    monday = date_from - dt.timedelta(days=date_from.weekday())
    while monday <= date_to:
        out.append((max(monday, date_from), min(monday + dt.timedelta(days=6), date_to)))
        monday += dt.timedelta(days=7)
    return out


@dataclass(frozen=True)
class _Data:
    """Everything behind the gaps of a period; ``for_days`` narrows it to a sub-period."""

    responses: list[Response]
    coverage: dict[str, set[int]]
    compliance: list[q.DayCompliance]
    outcomes: list[q.MeasuredOutcome]
    reversed: frozenset[int]
    area: str | None

    def for_days(self, start: dt.date, end: dt.date) -> _Data:
        return _Data([r for r in self.responses if start <= r.day <= end], self.coverage,
                     [c for c in self.compliance if start <= c.day <= end],
                     [o for o in self.outcomes if start <= o.at.date() <= end],
                     self.reversed, self.area)

    def gaps(self, start: dt.date, end: dt.date) -> FiveGaps:
        return servqual.five_gaps(self.responses, self.coverage, q.compliance(self.compliance),
                                  q.kept_by_dimension(self.outcomes), self.reversed,
                                  (start, end), self.area)


class GapService(Service):
    def five_gaps(self, date_from: dt.date, date_to: dt.date,
                  area_id: int | None = None) -> FiveGaps:
        self._require(Permission.VIEW_REPORTS)
        check_period(date_from, date_to)
        with self.db.read() as s:
            data = self._data(s, date_from, date_to, area_id)
        return data.gaps(date_from, date_to)

    def weekly(self, date_from: dt.date, date_to: dt.date,
               area_id: int | None = None) -> list[tuple[dt.date, FiveGaps]]:
        """(first day, gaps) per Monday-start week overlapping the period, clipped to it;
        the data are read once for the whole period."""
        self._require(Permission.VIEW_REPORTS)
        check_period(date_from, date_to)
        with self.db.read() as s:
            data = self._data(s, date_from, date_to, area_id)
        return [(start, data.for_days(start, end).gaps(start, end))
                for start, end in weeks(date_from, date_to)]

    def behind(self, gap: int, date_from: dt.date, date_to: dt.date,
               dimension: str | None = None, item: int | None = None,
               area_id: int | None = None) -> list[BehindRow]:
        """The records behind a bar, worst first (rows without data last). ``dimension``
        None means every dimension. Gaps 1/5: the SERVQUAL items with their gap (detail
        "P x − E y" for gap 5, "managers' E − guests' E" for gap 1), or with ``item`` that
        item's means; gap 2: the SERVQUAL items, covered (0) or not (−100), ``detail``
        listing the checklist items covering each; gap 3: the checklist items with their
        weighted pass rate − 100; gap 4: the active promises with their kept share − 100."""
        self._require(Permission.VIEW_REPORTS)
        check_period(date_from, date_to)
        if gap not in servqual.GAP_UNITS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no gap {gap}."), gap=gap)
        if dimension is not None and dimension not in DIMENSIONS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown dimension {dimension}."),
                                  dimension=dimension)
        if item is not None and item not in ITEMS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "There is no SERVQUAL item {item}; items run from 1 to 22."), item=item)
        with self.db.read() as s:
            q.area_name(s, area_id)
            if gap in (1, 5):
                data = q.responses(s, date_from, date_to, area_id)
                rev = reversed_items(s)
                if item is not None:
                    return _item_summary(gap, item, data, rev)
                return _item_rows(gap, _items_of(dimension), data, rev)
            if gap == 2:
                return _coverage_rows(q.covering_items(s), _items_of(dimension))
            if gap == 3:
                return _compliance_rows(q.item_compliance(s, date_from, date_to, area_id,
                                                          dimension))
            return _promise_rows(s, q.measured_outcomes(s, date_from, date_to, area_id,
                                                        self.clock()), dimension)

    def export_xlsx(self, date_from: dt.date, date_to: dt.date, chart_key: str,
                    path: str | Path, area_id: int | None = None,
                    translate: Translate | None = None) -> int:
        """Write the data behind one chart of the "Five gaps" tab to a .xlsx (or .csv) file
        and return the number of data rows; requires VIEW_REPORTS. ``chart_key``: "ep" (E,
        P and P − E per dimension), "items" (the 22 item gaps, worst first, no data last,
        with each item's mean E and P), "five" (the five gaps per dimension and overall, one
        row per gap) or "trend" (the overall of each gap per Monday-start week). Figures are
        the service's own (five_gaps, weekly), rounded to 4 decimals; "no data" is an empty
        cell, never 0. Headers in the UI language when ``translate`` is given; text is
        formula-escaped (tabular.write_rows)."""
        self._require(Permission.VIEW_REPORTS)
        check_period(date_from, date_to)
        if chart_key not in EXPORT_KEYS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown chart {chart}."),
                                  chart=chart_key)
        t = translate or (lambda _context, text: text)
        with self.db.read() as s:
            data = self._data(s, date_from, date_to, area_id)
        if chart_key == "trend":
            header, rows = _trend_sheet(data, date_from, date_to, t)
        else:
            five = data.gaps(date_from, date_to)
            if chart_key == "ep":
                header, rows = _ep_sheet(five, t)
            elif chart_key == "items":
                header, rows = _items_sheet(five, data, t)
            else:
                header, rows = _five_sheet(five, t)
        write_rows(path, header, rows)
        return len(rows)

    def _data(self, s: Session, start: dt.date, end: dt.date, area_id: int | None) -> _Data:
        area = q.area_name(s, area_id)
        return _Data(q.responses(s, start, end, area_id), q.coverage(q.covering_items(s)),
                     q.daily_compliance(s, start, end, area_id),
                     q.measured_outcomes(s, start, end, area_id, self.clock()),
                     reversed_items(s), area)


# ---------------------------------------------------------------- drill-down rows


def _items_of(dimension: str | None) -> tuple[int, ...]:
    return DIMENSION_ITEMS[dimension] if dimension else ITEMS


def _worst_first(rows: list[BehindRow]) -> list[BehindRow]:
    return sorted(rows, key=lambda r: (r.value is None, r.value or 0.0))


def _item_label(i: int) -> str:
    return f"Q{i} {ITEM_TEXTS[i]}"


def _item_means(responses: list[Response], i: int, rev: frozenset[int]
                ) -> tuple[Measure, Measure, Measure, Measure]:
    """Item i: guests' mean E and mean P over those who answered both (as the item gap
    counts them), and the mean E of managers and of guests who answered E (as gap 1)."""
    guests, managers = servqual.split_by_kind(responses)
    both = [(servqual.score(i, r.expectations[i], rev), servqual.score(i, r.perceptions[i], rev))
            for r in guests if i in r.expectations and i in r.perceptions]
    return (servqual.measure([e for e, _ in both]), servqual.measure([p for _, p in both]),
            servqual.measure([servqual.score(i, r.expectations[i], rev)
                              for r in managers if i in r.expectations]),
            servqual.measure([servqual.score(i, r.expectations[i], rev)
                              for r in guests if i in r.expectations]))


def _pair(a: Measure, b: Measure, left: str, right: str) -> str:
    if not (a.has_data and b.has_data):
        return ""
    return f"{left}{a.value:.2f} − {right}{b.value:.2f}"


def _item_rows(gap: int, items: tuple[int, ...], responses: list[Response],
               rev: frozenset[int]) -> list[BehindRow]:
    guests, managers = servqual.split_by_kind(responses)
    gaps = (servqual.item_gaps(guests, rev) if gap == 5
            else servqual.gap1(guests, managers, rev).items)
    rows = []
    for i in items:
        e, p, m, g = _item_means(responses, i, rev)
        detail = _pair(p, e, "P ", "E ") if gap == 5 else _pair(m, g, "", "")
        rows.append(BehindRow(_item_label(i), gaps[i].value, gaps[i].n, detail, item=i))
    return _worst_first(rows)


def _item_summary(gap: int, i: int, responses: list[Response],
                  rev: frozenset[int]) -> list[BehindRow]:
    guests, managers = servqual.split_by_kind(responses)
    e, p, m, g = _item_means(responses, i, rev)
    if gap == 5:
        d = servqual.item_gaps(guests, rev)[i]
        return [BehindRow(LABEL_E, e.value, e.n, item=i), BehindRow(LABEL_P, p.value, p.n, item=i),
                BehindRow(LABEL_GAP5, d.value, d.n, item=i)]
    d = servqual.gap1(guests, managers, rev).items[i]
    return [BehindRow(LABEL_MANAGER_E, m.value, m.n, item=i),
            BehindRow(LABEL_E, g.value, g.n, item=i), BehindRow(LABEL_GAP1, d.value, d.n, item=i)]


def _coverage_rows(covering: list[q.CoveringItem] | None,
                   items: tuple[int, ...]) -> list[BehindRow]:
    by_item: dict[int, list[str]] = defaultdict(list)
    for c in covering or ():
        if servqual.ITEM_DIMENSION.get(c.servqual_item) == c.dimension:  # as gap 2 counts
            by_item[c.servqual_item].append(c.label)
    rows = []
    for i in items:
        labels = by_item.get(i, [])
        value = None if covering is None else (0.0 if labels else -100.0)
        rows.append(BehindRow(_item_label(i), value, len(labels), "; ".join(labels), item=i))
    return _worst_first(rows)


def _compliance_rows(per: dict[str, tuple[float, float, int]]) -> list[BehindRow]:
    rows = [BehindRow(label, 100.0 * p / t - 100.0, n) for label, (p, t, n) in per.items()]
    return _worst_first(sorted(rows, key=lambda r: r.label))  # stable: ties by label


def _promise_rows(s: Session, outcomes: list[q.MeasuredOutcome],
                  dimension: str | None) -> list[BehindRow]:
    query = select(Promise).where(Promise.active.is_(True)).order_by(Promise.name)
    if dimension is not None:
        query = query.where(Promise.dimension == dimension)
    counted: dict[int, list[bool]] = defaultdict(list)
    for o in outcomes:
        counted[o.promise_id].append(o.kept)
    rows = []
    for p in s.scalars(query):
        kept = counted.get(p.id, [])
        value = 100.0 * sum(kept) / len(kept) - 100.0 if kept else None
        rows.append(BehindRow(p.name, value, len(kept), f"{sum(kept)}/{len(kept)}"))
    return _worst_first(rows)


# ---------------------------------------------------------------- spreadsheet exports


def _cell(value: float | None) -> Cell:
    """A figure for the spreadsheet: None (no data) stays an empty cell, never 0."""
    return None if value is None else round(value, 4)


def _dimension(d: str, t: Translate) -> str:
    return t("servqual", DIMENSION_LABELS[d])


def _gap_name(gap: int, t: Translate) -> str:
    return t("gaps", GAP_NAMES[gap])


def _unit(gap: int, t: Translate) -> str:
    return t("gaps", UNIT_NAMES[servqual.GAP_UNITS[gap]])


def _ep_sheet(five: FiveGaps, t: Translate) -> tuple[list[str], list[list[Cell]]]:
    gap5 = five.gap5
    header = [t("gaps", h) for h in (H_DIMENSION, H_E, H_P, H_GAP5, H_FORMS)]
    rows = [[_dimension(d, t), _cell(gap5.expectation[d].value),
             _cell(gap5.perception[d].value), _cell(gap5.dimensions[d].value),
             gap5.dimensions[d].n] for d in DIMENSIONS]
    return header, rows


def _items_sheet(five: FiveGaps, data: _Data, t: Translate
                 ) -> tuple[list[str], list[list[Cell]]]:
    items = five.gap5.items
    order = sorted(ITEMS, key=lambda i: (items[i].value is None, items[i].value or 0.0, i))
    header = [t("gaps", h) for h in (H_ITEM, H_DIMENSION, H_STATEMENT, H_E, H_P, H_GAP5,
                                     H_GUESTS)]
    rows = []
    for i in order:
        e, p, _m, _g = _item_means(data.responses, i, data.reversed)
        rows.append([f"Q{i}", _dimension(servqual.ITEM_DIMENSION[i], t),
                     t("servqual", ITEM_TEXTS[i]), _cell(e.value), _cell(p.value),
                     _cell(items[i].value), items[i].n])
    return header, rows


def _five_sheet(five: FiveGaps, t: Translate) -> tuple[list[str], list[list[Cell]]]:
    header = [t("gaps", H_GAP), t("gaps", H_UNIT), *(_dimension(d, t) for d in DIMENSIONS),
              t("gaps", H_OVERALL), t("gaps", H_WITH_DATA)]
    rows = [[_gap_name(g.number, t), _unit(g.number, t),
             *(_cell(g.dimensions[d].value) for d in DIMENSIONS), _cell(g.overall.value),
             g.overall.dimensions_with_data] for g in five.gaps]
    return header, rows


def _trend_sheet(data: _Data, date_from: dt.date, date_to: dt.date, t: Translate
                 ) -> tuple[list[str], list[list[Cell]]]:
    header = [t("gaps", H_WEEK_FROM), t("gaps", H_WEEK_TO),
              *(t("gaps", H_WEEK_GAP).format(gap=_gap_name(g, t), unit=_unit(g, t))
                for g in sorted(servqual.GAP_UNITS))]
    rows = []
    for start, end in weeks(date_from, date_to):
        five = data.for_days(start, end).gaps(start, end)
        rows.append([start, end, *(_cell(g.overall.value) for g in five.gaps)])
    return header, rows
