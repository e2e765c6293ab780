"""Departments, ranks and posts with their head-count quotas (定岗定编)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db.models import Department, Employee, Post, PostDuty, Qualification, Rank
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.org import DEFAULT_RANKS, DEPARTMENT_KINDS, staffing_flag
from app.domain.permissions import Permission
from app.services.base import Service, required_name
from app.services.dto import DepartmentDTO, PostDTO, RankDTO


def ensure_default_ranks(session: Session) -> None:
    """Ranks are data; an empty database gets the six defaults."""
    if session.scalar(select(func.count()).select_from(Rank)):
        return
    for level, rank in enumerate(DEFAULT_RANKS, start=1):
        session.add(Rank(key=rank.key, level=level, label=rank.label, label_en=rank.label_en,
                         span_limit=3))
    session.flush()


def post_dtos(session: Session, post_ids: list[int] | None = None) -> list[PostDTO]:
    filled = dict(session.execute(
        select(Employee.post_id, func.count()).where(Employee.active.is_(True))
        .group_by(Employee.post_id)).all())
    query = (select(Post, Department.name, Rank)
             .join(Department, Department.id == Post.department_id)
             .join(Rank, Rank.id == Post.rank_id)
             .order_by(Department.name, Rank.level.desc(), Post.name))
    if post_ids is not None:
        query = query.where(Post.id.in_(post_ids))
    out = []
    for post, dept, rank in session.execute(query).all():
        n = filled.get(post.id, 0)
        out.append(PostDTO(post.id, post.name, post.department_id, dept, rank.id, rank.label,
                           rank.level, post.quota, n, staffing_flag(n, post.quota),
                           tuple(d.text for d in post.duties)))
    return out


class OrgStructureService(Service):
    # -- departments ---------------------------------------------------------------
    def departments(self) -> list[DepartmentDTO]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            posts = dict(s.execute(select(Post.department_id, func.count())
                                   .group_by(Post.department_id)).all())
            staff = dict(s.execute(
                select(Post.department_id, func.count()).join(Employee, Employee.post_id == Post.id)
                .where(Employee.active.is_(True)).group_by(Post.department_id)).all())
            return [DepartmentDTO(d.id, d.name, d.kind, posts.get(d.id, 0), staff.get(d.id, 0))
                    for d in s.scalars(select(Department).order_by(Department.name))]

    def save_department(self, name: str, kind: str = "floor",
                        department_id: int | None = None) -> DepartmentDTO:
        self._require(Permission.EDIT_ORG)
        name = required_name(name, QT_TRANSLATE_NOOP("errors", "Enter a name for the department."))
        if kind not in DEPARTMENT_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown department kind {kind}."),
                                  kind=kind)
        with self.db.write() as s:
            clash = s.scalar(select(Department.id).where(Department.name == name))
            if clash is not None and clash != department_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A department named {name} already exists."),
                    name=name)
            if department_id is None:
                dept = Department(name=name, kind=kind)
                s.add(dept)
                s.flush()
                self._audit(s, "create", "department", dept.id, name=name, kind=kind)
            else:
                dept = s.get(Department, department_id)
                if dept is None:
                    raise NotFound(QT_TRANSLATE_NOOP("errors", "No such department."))
                self._audit(s, "update", "department", dept.id,
                            before={"name": dept.name, "kind": dept.kind},
                            after={"name": name, "kind": kind})
                dept.name, dept.kind = name, kind
            return DepartmentDTO(dept.id, dept.name, dept.kind)

    def delete_department(self, department_id: int) -> None:
        self._require(Permission.EDIT_ORG)
        with self.db.write() as s:
            dept = s.get(Department, department_id)
            if dept is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such department."))
            if s.scalar(select(func.count()).select_from(Post)
                        .where(Post.department_id == department_id)):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Department {name} still has posts; move or delete them first."),
                    name=dept.name)
            self._audit(s, "delete", "department", dept.id, name=dept.name)
            s.delete(dept)

    # -- ranks -----------------------------------------------------------------------
    def ranks(self) -> list[RankDTO]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return [RankDTO(r.id, r.key, r.level, r.label, r.label_en, r.span_limit)
                    for r in s.scalars(select(Rank).order_by(Rank.level))]

    def update_rank(self, rank_id: int, label: str, span_limit: int,
                    label_en: str | None = None) -> RankDTO:
        """Relabel a rank or change its span (one leads *three* by default)."""
        self._require(Permission.EDIT_ORG)
        label = required_name(label, QT_TRANSLATE_NOOP("errors", "Enter a label for the rank."))
        if span_limit < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A span must be at least 1."))
        with self.db.write() as s:
            rank = s.get(Rank, rank_id)
            if rank is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such rank."))
            self._audit(s, "update", "rank", rank.id,
                        before={"label": rank.label, "span_limit": rank.span_limit},
                        after={"label": label, "span_limit": span_limit})
            rank.label, rank.span_limit = label, span_limit
            if label_en is not None:
                rank.label_en = label_en
            return RankDTO(rank.id, rank.key, rank.level, rank.label, rank.label_en,
                           rank.span_limit)

    # -- posts -----------------------------------------------------------------------
    def posts(self, department_id: int | None = None) -> list[PostDTO]:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            rows = post_dtos(s)
        return [p for p in rows if department_id is None or p.department_id == department_id]

    def save_post(self, name: str, department_id: int, rank_id: int, quota: int,
                  duties: list[str] | tuple[str, ...] = (), post_id: int | None = None) -> PostDTO:
        self._require(Permission.EDIT_ORG)
        name = required_name(name, QT_TRANSLATE_NOOP("errors", "Enter a name for the post."))
        if quota < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A quota cannot be negative."))
        lines = [d.strip() for d in duties if d and d.strip()]
        with self.db.write() as s:
            if s.get(Department, department_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such department."))
            if s.get(Rank, rank_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such rank."))
            clash = s.scalar(select(Post.id).where(Post.name == name))
            if clash is not None and clash != post_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A post named {name} already exists."), name=name)
            after = {"name": name, "department_id": department_id, "rank_id": rank_id,
                     "quota": quota, "duties": lines}
            if post_id is None:
                post = Post(name=name, department_id=department_id, rank_id=rank_id, quota=quota)
                s.add(post)
                s.flush()
                self._audit(s, "create", "post", post.id, **after)
            else:
                post = s.get(Post, post_id)
                if post is None:
                    raise NotFound(QT_TRANSLATE_NOOP("errors", "No such post."))
                self._audit(s, "update", "post", post.id,
                            before={"name": post.name, "department_id": post.department_id,
                                    "rank_id": post.rank_id, "quota": post.quota,
                                    "duties": [d.text for d in post.duties]},
                            after=after)
                post.name, post.department_id = name, department_id
                post.rank_id, post.quota = rank_id, quota
            post.duties = [PostDuty(position=i, text=t) for i, t in enumerate(lines)]
            s.flush()
            return post_dtos(s, [post.id])[0]

    def delete_post(self, post_id: int) -> None:
        self._require(Permission.EDIT_ORG)
        with self.db.write() as s:
            post = s.get(Post, post_id)
            if post is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such post."))
            if s.scalar(select(func.count()).select_from(Employee)
                        .where(Employee.post_id == post_id)):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Post {name} still has staff; move them first."), name=post.name)
            self._audit(s, "delete", "post", post.id, name=post.name)
            s.execute(delete(Qualification).where(Qualification.post_id == post_id))
            s.delete(post)
