"""Gap 3 counted by the database (analytics_queries.scored_fraction, summed by
gap_queries.daily_compliance and item_compliance) against the scoring rule in Python,
checklists.item_fraction: every kind of item against every kind of answer, then the gap-3
figures of five_gaps, weekly and behind(3) against the same rule applied answer by answer."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import pytest
from sqlalchemy import case, select

from app.db.models import Area
from app.db.models_patrol import (
    ChecklistItem,
    ChecklistTemplate,
    Inspection,
    InspectionResult,
    TemplateVersion,
)
from app.domain import servqual
from app.domain.checklists import Answer, item_fraction
from app.services import analytics_queries as aq
from app.services.base import SYSTEM
from app.services.checklist_load import item_rule
from app.services.gaps import GapService, weeks

MON = dt.date(2026, 11, 23)
START, END = MON, MON + dt.timedelta(days=13)  # two Monday weeks

# Every kind of item: (response type, extra columns). A negative maximum is nonsense a
# careless import could still store; the clamp must then agree with Python's too.
KINDS = [("pass_fail", {}), ("text", {}),
         ("score", {"max_score": 4}), ("score", {"max_score": 3}),
         ("score", {"max_score": None}), ("score", {"max_score": 0}),
         ("score", {"max_score": -4}),
         ("number", {"min_value": 0.0, "max_value": 5.0}),
         ("number", {"min_value": None, "max_value": 5.0}),
         ("number", {"min_value": 0.0, "max_value": None}),
         ("number", {"min_value": None, "max_value": None})]
OUTCOMES = (None, "pass", "fail", "na")
VALUES = (None, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 7.0)


def _area(s, name: str) -> int:
    area = Area(name=name)
    s.add(area)
    s.flush()
    return area.id


def _version(s, key: str, version: int = 1, template_id: int | None = None) -> tuple[int, int]:
    if template_id is None:
        t = ChecklistTemplate(key=key, name=f"Checklist {key}", name_en="")
        s.add(t)
        s.flush()
        template_id = t.id
    v = TemplateVersion(template_id=template_id, version=version, status="published",
                        levels="supervisor", area_kinds="")
    s.add(v)
    s.flush()
    return template_id, v.id


def _round(s, version_id: int, area_id: int, day: dt.date, status: str = "submitted") -> int:
    at = dt.datetime.combine(day, dt.time(18, 0))
    insp = Inspection(version_id=version_id, level="supervisor", inspector="x", area_id=area_id,
                      day=day, started_at=at, status=status)
    s.add(insp)
    s.flush()
    return insp.id


def test_the_sql_fraction_is_item_fraction_on_every_kind_of_answer(db):
    expected: dict[int, float | None] = {}
    with db.write() as s:
        _, version = _version(s, "fractions")
        insp = _round(s, version, _area(s, "规则测试区"), MON)
        cases = [(kind, extra, outcome, value) for kind, extra in KINDS
                 for outcome in OUTCOMES for value in VALUES]
        items = [ChecklistItem(version_id=version, position=n, text=f"t{n}", category="c",
                               dimension="tangibles", response_type=kind, **extra)
                 for n, (kind, extra, _, _) in enumerate(cases)]
        s.add_all(items)
        s.flush()
        results = [InspectionResult(inspection_id=insp, item_id=item.id, outcome=outcome,
                                    value=value, answered_at=dt.datetime(2026, 11, 23, 18))
                   for item, (_, _, outcome, value) in zip(items, cases, strict=True)]
        s.add_all(results)
        s.flush()
        for item, r in zip(items, results, strict=True):
            expected[r.id] = item_fraction(item_rule(item), Answer(r.outcome, r.value))
    with db.read() as s:
        got = dict(s.execute(
            select(InspectionResult.id,
                   case((aq.scored_condition(), aq.scored_fraction()), else_=None))
            .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
            .where(InspectionResult.inspection_id == insp)).all())
    assert got.keys() == expected.keys()
    wrong = {rid: (got[rid], want) for rid, want in expected.items()
             if (got[rid] is None) != (want is None)
             or (want is not None and got[rid] != pytest.approx(want, abs=1e-12))}
    assert not wrong
    assert {0.0, 0.25, 1.0, 0.75} <= set(expected.values())  # the grid reaches every branch


# ---------------------------------------------------------------- gap 3 end to end


def _patrol_world(db) -> dict[str, int]:
    """Two areas; a checklist with every kind of item across the dimensions, weights 0,
    −1, 0.5, 1 and 2, republished with one item renamed (two versions share the other
    labels); a second checklist. Rounds every other day over three weeks around the
    period, answered at random (seeded), plus drafts that must not count."""
    rng = random.Random(20261123)
    with db.write() as s:
        room, hall = _area(s, "牡丹厅 201"), _area(s, "二楼大厅")
        template, v1 = _version(s, "gaps")
        _, v2 = _version(s, "gaps", 2, template)
        _, other = _version(s, "other")
        dimensions = list(servqual.DIMENSIONS)
        items: dict[int, list[ChecklistItem]] = {v1: [], v2: [], other: []}
        for version in items:
            for n, (kind, extra) in enumerate(KINDS):
                text = f"{kind} {n}" if version != v2 or n != 0 else "renamed"
                item = ChecklistItem(version_id=version, position=n, text=text,
                                     category="c", dimension=dimensions[n % 5],
                                     response_type=kind,
                                     weight=(0.0, -1.0, 0.5, 1.0, 2.0)[(n + version) % 5],
                                     **extra)
                s.add(item)
                items[version].append(item)
        s.flush()
        day = START - dt.timedelta(days=3)
        while day <= END + dt.timedelta(days=3):
            for version, area in ((v1, room), (v2, hall), (other, room), (v1, hall)):
                status = "draft" if rng.random() < 0.15 else "submitted"
                insp = _round(s, version, area, day, status)
                s.add_all(InspectionResult(
                    inspection_id=insp, item_id=item.id, outcome=rng.choice(OUTCOMES),
                    value=rng.choice(VALUES), answered_at=dt.datetime.combine(day, dt.time(18)))
                    for item in items[version])
            day += dt.timedelta(days=2)
        s.flush()
        return {"room": room, "hall": hall}


def _python_answers(db, start: dt.date, end: dt.date, area_id: int | None
                    ) -> list[tuple[str, str, float, float, int]]:
    """(dimension, label, weight, fraction, item id) of every counted answer, scored in
    Python answer by answer as the inspection score is."""
    with db.read() as s:
        q = (select(InspectionResult, ChecklistItem, ChecklistTemplate.name)
             .join(Inspection, Inspection.id == InspectionResult.inspection_id)
             .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
             .join(TemplateVersion, TemplateVersion.id == ChecklistItem.version_id)
             .join(ChecklistTemplate, ChecklistTemplate.id == TemplateVersion.template_id)
             .where(Inspection.status == "submitted", Inspection.day >= start,
                    Inspection.day <= end))
        if area_id is not None:
            q = q.where(Inspection.area_id == area_id)
        out = []
        for r, item, template in s.execute(q):
            fraction = item_fraction(item_rule(item), Answer(r.outcome, r.value))
            if fraction is not None and item.weight > 0:
                out.append((item.dimension, f"{template} · {item.text}", item.weight, fraction,
                            item.id))
        return out


def _sums(answers, key: int) -> dict[str, tuple[float, float, int]]:
    per: dict[str, list] = defaultdict(lambda: [0.0, 0.0, 0])
    for a in answers:
        entry = per[a[key]]
        entry[0] += a[2] * a[3]
        entry[1] += a[2]
        entry[2] += 1
    return {k: (p, t, n) for k, (p, t, n) in per.items()}


def _same_gap3(got: servqual.Gap, answers) -> None:
    want = servqual.gap3(_sums(answers, 0))
    assert {d: m.n for d, m in got.dimensions.items()} == {d: m.n for d, m in want.items()}
    for d, m in want.items():
        assert got.dimensions[d].value == pytest.approx(m.value, abs=1e-9), d
    assert sum(m.n for m in want.values()) > 0


@pytest.fixture
def world(db) -> dict[str, int]:
    return _patrol_world(db)


@pytest.fixture
def gaps(db) -> GapService:
    return GapService(db, SYSTEM, clock=lambda: dt.datetime(2026, 12, 31))


@pytest.mark.parametrize("area", [None, "room", "hall"])
def test_gap3_equals_item_fraction_answer_by_answer(world, gaps, db, area):
    area_id = None if area is None else world[area]
    _same_gap3(gaps.five_gaps(START, END, area_id).gap3, _python_answers(db, START, END, area_id))
    for (first, week), (start, end) in zip(gaps.weekly(START, END, area_id), weeks(START, END),
                                           strict=True):
        assert first == start
        _same_gap3(week.gap3, _python_answers(db, start, end, area_id))


@pytest.mark.parametrize("dimension", [None, "tangibles", "empathy"])
def test_behind_gap3_equals_item_fraction_answer_by_answer(world, gaps, db, dimension):
    answers = [a for a in _python_answers(db, START, END, world["hall"])
               if dimension is None or a[0] == dimension]
    want = {label: (100.0 * p / t - 100.0, n) for label, (p, t, n) in _sums(answers, 1).items()}
    rows = gaps.behind(3, START, END, dimension, area_id=world["hall"])
    assert {r.label: r.n for r in rows} == {label: n for label, (_, n) in want.items()}
    for r in rows:
        assert r.value == pytest.approx(want[r.label][0], abs=1e-9), r.label
    # Worst first, ties by label; the versions sharing a label add up to one row.
    assert rows == sorted(rows, key=lambda r: (r.value, r.label))
    if dimension is None:
        assert any(len({a[4] for a in answers if a[1] == label}) > 1 for label in want)
