"""The large demo venue (issue 9) on a fraction of a year: counts, distributions and that the
ordinary services and checks work on it."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest
from sqlalchemy import func, select, text

from app.db.models import Complaint, Finding, Rectification
from app.services import audit
from app.services.base import SYSTEM
from app.services.bootstrap import open_database
from app.services.demo_large import build_large_demo

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    db = open_database(str(tmp_path_factory.mktemp("large") / "large.db"))
    summary = build_large_demo(db, SYSTEM, years=0.2, today=TODAY)
    yield db, summary
    db.dispose()


def test_counts_scale_with_days(large, tmp_path):
    db, summary = large
    assert summary.employees == 150
    assert summary.days == 73
    per_day = summary.answers / summary.days
    assert 700 < per_day < 1300  # about a million answers in three years
    assert 35 < summary.findings / summary.days < 75  # about 60,000 in three years
    assert 8 < summary.complaints / summary.days < 20  # about 15,000
    small = open_database(str(tmp_path / "small.db"))
    try:
        few = build_large_demo(small, SYSTEM, years=0.05, today=TODAY)
    finally:
        small.dispose()
    assert few.days == 18
    assert few.answers < summary.answers / 2.5
    assert few.complaints < summary.complaints / 2.5


def test_weekends_busier_and_teams_differ(large):
    db, _ = large
    with db.read() as s:
        by_day = Counter(d.date() for d in s.scalars(select(Complaint.received_at)))
        finds = Counter(d.date() for d in s.scalars(select(Finding.found_at)))
        avg = dict(s.execute(text(
            "SELECT a.default_team_id, avg(i.score) FROM inspection i JOIN area a "
            "ON a.id = i.area_id GROUP BY a.default_team_id HAVING count(*) > 50")).all())

    def mean(counter, weekend):
        days = [d for d in counter if (d.weekday() >= 4) == weekend]
        return sum(counter[d] for d in days) / len(days)

    assert mean(by_day, True) > 1.3 * mean(by_day, False)
    assert mean(finds, True) > 1.3 * mean(finds, False)
    assert max(avg.values()) - min(avg.values()) > 3  # better and worse teams


def test_every_finding_has_a_rectification_and_checks_pass(large):
    db, _ = large
    with db.read() as s:
        findings = s.scalar(select(func.count()).select_from(Finding))
        rects = s.scalar(select(func.count()).select_from(Rectification))
        assert findings == rects
        assert s.scalar(select(func.count()).select_from(Finding).where(
            Finding.id.not_in(select(Rectification.finding_id)))) == 0
        states = dict(s.execute(select(Rectification.status, func.count())
                                .group_by(Rectification.status)).all())
        assert states["verified"] > 0.9 * rects
        assert [r[0] for r in s.execute(text("PRAGMA integrity_check"))] == ["ok"]
        assert list(s.execute(text("PRAGMA foreign_key_check"))) == []
        assert audit.verify(s).ok


def test_on_time_share_differs_by_team(large):
    db, _ = large
    with db.read() as s:
        rows = s.execute(select(Finding.leader_id, Rectification.due_at,
                                Rectification.verified_at)
                         .join(Rectification, Rectification.finding_id == Finding.id)
                         .where(Rectification.status == "verified")).all()
    late = defaultdict(lambda: [0, 0])
    for leader, due, done in rows:
        late[leader][0] += done <= due + dt.timedelta(hours=2)
        late[leader][1] += 1
    shares = [a / n for a, n in late.values() if n >= 30]
    assert max(shares) - min(shares) > 0.1


def test_services_work_on_it(large):
    from app.services.complaints import ComplaintService
    from app.services.rectifications import RectificationService
    from app.services.report_daily import DailyReportService

    db, _ = large
    day = TODAY - dt.timedelta(days=5)
    report = DailyReportService(db, SYSTEM).daily(day)
    assert report is not None
    assert RectificationService(db, SYSTEM).list()
    stats = ComplaintService(db, SYSTEM).stats(TODAY - dt.timedelta(days=30), TODAY)
    assert stats is not None
