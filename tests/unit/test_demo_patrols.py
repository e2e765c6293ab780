"""The demo venue's patrols: three weeks of rounds at every level, failures that became owned
findings, photos, disagreements between layers, and quick enough to build on first run."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.db.models_patrol import (
    Attachment,
    ChecklistItem,
    Disagreement,
    Finding,
    Inspection,
    InspectionResult,
    Photo,
)
from app.domain.checklists import LEVEL_RANK, Answer, failed, score
from app.services.base import SYSTEM
from app.services.checklist_dto import HistoryFilter
from app.services.checklist_load import item_rule
from app.services.demo import build_demo

TODAY = dt.date(2026, 11, 24)


def test_demo_patrols(services, db):
    started = time.perf_counter()
    summary = build_demo(db, SYSTEM, today=TODAY)
    elapsed = time.perf_counter() - started
    assert elapsed < 15, f"the demo took {elapsed:.1f} s"
    assert summary.rounds > 500
    assert f"{summary.rounds} patrol rounds" in summary.render()

    with db.read() as s:
        rounds = s.scalars(select(Inspection)).all()
        assert len(rounds) == summary.rounds
        assert {r.status for r in rounds} == {"submitted"}
        assert min(r.day for r in rounds) == TODAY - dt.timedelta(days=21)
        assert max(r.day for r in rounds) == TODAY - dt.timedelta(days=1)
        levels = Counter(r.level for r in rounds)
        assert set(levels) == {"leader", "supervisor", "manager", "external"}
        assert levels["leader"] > levels["supervisor"] > levels["manager"] > levels["external"]
        weeks = {(r.day - TODAY).days // 7 for r in rounds if r.level == "external"}
        assert weeks == {-3, -2, -1}  # a mystery-guest audit every week
        assert all(r.started_at < r.finished_at and r.shift_type_id for r in rounds)
        assert all(0 <= r.score <= 100 for r in rounds)

        # Scores are the domain rule applied to the stored answers (a sample).
        for r in rounds[::25]:
            pairs = s.execute(select(ChecklistItem, InspectionResult)
                              .join(InspectionResult, InspectionResult.item_id == ChecklistItem.id)
                              .where(InspectionResult.inspection_id == r.id)).all()
            result = score((item_rule(i), Answer(a.outcome, a.value)) for i, a in pairs)
            assert (r.score, r.flagged) == (result.percent, result.flagged)

        answers = s.scalar(select(func.count()).select_from(InspectionResult))
        fails = s.execute(select(InspectionResult, ChecklistItem)
                          .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
                          .where(InspectionResult.outcome == "fail")).all()
        assert 0.03 <= len(fails) / answers <= 0.08
        assert all(failed(item_rule(i), Answer(a.outcome, a.value)) and a.note for a, i in fails)

        # Every failure is a finding with the item's severity and an owner from the roster.
        # (Findings from complaints have no answer behind them and are left out here.)
        findings = {f.result_id: f for f in s.scalars(
            select(Finding).where(Finding.inspection_id.is_not(None)))}
        assert len(findings) == len(fails)
        for a, item in fails:
            f = findings[a.id]
            # open, unless its rectification was verified (closed) or cancelled
            assert f.severity == item.default_severity
            assert f.status in ("open", "closed", "cancelled")
            assert f.description.startswith(item.text) and a.note in f.description
            assert f.responsible_id is not None or f.unrostered
        sample = list(findings.values())[::40]
        rounds_by_id = {r.id: r for r in rounds}
        for f in sample:
            r = rounds_by_id[f.inspection_id]
            duty = services.on_duty.lookup(r.area_id, r.started_at)
            assert f.responsible_id == (duty.responsible.id if duty.responsible else None)
            assert f.leader_id == (duty.leader.id if duty.leader else None)
            assert f.unrostered == duty.unrostered

        # Photos: a dozen or more, on the answer and its finding; none missing where required.
        assert s.scalar(select(func.count()).select_from(Attachment)) >= 10
        on_results = dict(s.execute(select(Photo.result_id, Photo.attachment_id)
                                    .where(Photo.result_id.is_not(None))).all())
        on_findings = dict(s.execute(select(Photo.finding_id, Photo.attachment_id)
                                     .where(Photo.finding_id.is_not(None))).all())
        assert len(on_results) >= 10
        for result_id, attachment_id in on_results.items():
            assert on_findings[findings[result_id].id] == attachment_id
        assert all(a.id in on_results for a, i in fails if i.photo_on_fail)

        # Disagreements: a higher layer failed what a lower one passed earlier that shift.
        lower, higher = aliased(Inspection), aliased(Inspection)
        rows = s.execute(select(Disagreement, lower, higher)
                         .join(lower, lower.id == Disagreement.lower_inspection_id)
                         .join(higher, higher.id == Disagreement.higher_inspection_id)).all()
        assert len(rows) >= 3
        for d, lo, hi in rows:
            assert LEVEL_RANK[lo.level] < LEVEL_RANK[hi.level]
            assert (lo.area_id, lo.day, lo.shift_type_id) == (hi.area_id, hi.day, hi.shift_type_id)
            assert lo.finished_at <= hi.finished_at and d.lower_inspector == lo.inspector
            text = s.get(ChecklistItem, d.item_id).text
            passed = s.scalars(select(InspectionResult.outcome)
                               .join(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
                               .where(InspectionResult.inspection_id == lo.id,
                                      ChecklistItem.text == text)).all()
            assert passed == ["pass"]

    # The history lists them newest first; the disagreements are queryable per inspector.
    history = services.patrols.history(HistoryFilter(), limit=5000)
    assert len(history) == summary.rounds == services.patrols.history_count(HistoryFilter())
    assert [(h.day, h.id) for h in history] == sorted(((h.day, h.id) for h in history),
                                                      reverse=True)
    assert sum(h.findings for h in history) == len(fails)
    worst = services.patrols.disagreement_rates()[0]
    assert worst[1] >= 3 and services.patrols.disagreements(inspector=worst[0])
