"""The org chart as a tree by leader, with one-leads-three spans checked (shown, never refused)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Employee, Post, Rank
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.hierarchy import span_checks
from app.domain.permissions import Permission
from app.services.base import Service
from app.services.dto import Notice, OrgChart, OrgNode
from app.services.settings import read_setting


def _rows(session: Session):
    return session.execute(
        select(Employee.id, Employee.code, Employee.name, Employee.leader_id,
               Post.name.label("post"), Rank.label, Rank.span_limit)
        .outerjoin(Post, Post.id == Employee.post_id)
        .outerjoin(Rank, Rank.id == Post.rank_id)
        .where(Employee.active.is_(True))
        .order_by(Employee.code)).all()


def span_notice(session: Session, leader_id: int | None) -> Notice | None:
    """A warning when ``leader_id`` now leads more people than their rank's span."""
    if leader_id is None:
        return None
    leader = session.execute(
        select(Employee.name, Rank.span_limit).outerjoin(Post, Post.id == Employee.post_id)
        .outerjoin(Rank, Rank.id == Post.rank_id).where(Employee.id == leader_id)).one()
    limit = leader.span_limit or read_setting(session, "org.default_span")
    count = session.scalar(select(func.count()).select_from(Employee)
                           .where(Employee.leader_id == leader_id, Employee.active.is_(True)))
    if count <= limit:
        return None
    return Notice(QT_TRANSLATE_NOOP(
        "notices", "{name} now leads {count} people directly; the span for this rank is {limit}."),
        {"name": leader.name, "count": count, "limit": limit})


class OrgChartService(Service):
    def chart(self) -> OrgChart:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            default_span = read_setting(s, "org.default_span")
            rows = _rows(s)
        active = {r.id for r in rows}
        leader_of = {r.id: (r.leader_id if r.leader_id in active else None) for r in rows}
        limits = {r.id: r.span_limit or default_span for r in rows}
        spans = span_checks(leader_of, limits)
        children: dict[int, list[int]] = {}
        for r in rows:
            if leader_of[r.id] is not None:
                children.setdefault(leader_of[r.id], []).append(r.id)
        nodes = {
            r.id: OrgNode(r.id, r.code, r.name, r.post or "", r.label or "", leader_of[r.id],
                          spans[r.id].direct_reports if r.id in spans else 0, limits[r.id],
                          tuple(children.get(r.id, ())))
            for r in rows
        }
        roots = tuple(r.id for r in rows if leader_of[r.id] is None)
        return OrgChart(nodes, roots)
