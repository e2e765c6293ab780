"""Guest comments that are not complaints — praise, suggestions, dish comments (菜品意见):
collected with their kind, routed to the department concerned (dish comments to the kitchen),
which records what it did and whether the guest was told (collect → organise → feed back)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Area, Department, GuestComment
from app.domain.complaints import COMMENT_KINDS, COMMENT_ROUTES
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.permissions import Permission
from app.services.base import Service, required_name
from app.services.guest_common import (
    check_area,
    checked_entry,
    display_names,
    names_by_id,
    on_days,
)
from app.services.guest_dto import CommentDraft, CommentFilter, GuestCommentDTO

P = Permission


def default_department(s: Session, kind: str, area_id: int | None) -> int | None:
    """Where a comment goes when nobody chose: a kind with a route (dish → kitchen) goes to
    a department of that kind, else to the department owning an area of that kind; any
    other comment to the department owning the comment's area."""
    route = COMMENT_ROUTES.get(kind)
    if route is not None:
        dept = s.scalar(select(Department.id).where(Department.kind == route)
                        .order_by(Department.id).limit(1))
        if dept is None:
            dept = s.scalar(select(Area.department_id).where(
                Area.kind == route, Area.department_id.is_not(None))
                .order_by(Area.id).limit(1))
        if dept is not None:
            return dept
    if area_id is None:
        return None
    return s.scalar(select(Area.department_id).where(Area.id == area_id))


def comment_dtos(s: Session, rows: list[GuestComment]) -> list[GuestCommentDTO]:
    if not rows:
        return []
    areas = names_by_id(s, Area, (c.area_id for c in rows))
    depts = names_by_id(s, Department, (c.department_id for c in rows))
    names = display_names(s, [u for c in rows for u in (c.received_by, c.actioned_by)])
    return [GuestCommentDTO(
        id=c.id, received_at=c.received_at, received_by=names.get(c.received_by, c.received_by),
        kind=c.kind, content=c.content, guest_name=c.guest_name, guest_contact=c.guest_contact,
        area=areas.get(c.area_id, ""), table_no=c.table_no, department_id=c.department_id,
        department=depts.get(c.department_id, ""), action_taken=c.action_taken,
        actioned_by=names.get(c.actioned_by, c.actioned_by or ""), actioned_at=c.actioned_at,
        fed_back=bool(c.fed_back), status=c.status) for c in rows]


class GuestCommentService(Service):
    def add(self, draft: CommentDraft) -> GuestCommentDTO:
        self._require(P.HANDLE_COMPLAINTS)
        if draft.kind not in COMMENT_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Choose the kind of comment (praise, suggestion, dish or other)."))
        entry = checked_entry(
            draft, self.clock(), QT_TRANSLATE_NOOP("errors", "Write down what the guest said."),
            QT_TRANSLATE_NOOP("errors", "A comment cannot be received later than now ({at})."))
        content = entry.content
        with self.db.write() as s:
            check_area(s, draft.area_id)
            if draft.department_id is not None:
                self._department(s, draft.department_id)
                dept = draft.department_id
            else:
                dept = default_department(s, draft.kind, draft.area_id)
            row = GuestComment(received_at=entry.received_at, received_by=self.actor.username,
                               kind=draft.kind, content=content, area_id=draft.area_id,
                               department_id=dept, status="open", fed_back=False, **entry.texts)
            s.add(row)
            s.flush()
            self._audit(s, "create", "guest_comment", row.id, kind=draft.kind,
                        department=dept, routed="chosen" if draft.department_id else "default",
                        content=content)
            return comment_dtos(s, [row])[0]

    def route(self, comment_id: int, department_id: int) -> GuestCommentDTO:
        """Send a comment to another department (only while nothing has been done)."""
        self._require(P.MANAGE_COMPLAINTS)
        with self.db.write() as s:
            row = self._get(s, comment_id)
            if row.status == "done":
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "This comment has already been dealt with."))
            dept = self._department(s, department_id)
            before, row.department_id = row.department_id, department_id
            s.flush()
            self._audit(s, "route", "guest_comment", row.id, before=before, after=department_id,
                        department=dept.name)
            return comment_dtos(s, [row])[0]

    def record_action(self, comment_id: int, action_taken: str,
                      fed_back: bool) -> GuestCommentDTO:
        """What the department did, and whether the guest was told; the comment is done.
        Recording again replaces it (e.g. once the guest has been told)."""
        self._require(P.MANAGE_COMPLAINTS)
        action_taken = required_name(action_taken, QT_TRANSLATE_NOOP(
            "errors", "Describe what was done about the comment."))
        with self.db.write() as s:
            row = self._get(s, comment_id)
            before = row.status
            row.action_taken, row.fed_back = action_taken, bool(fed_back)
            row.actioned_by, row.actioned_at = self.actor.username, self.clock()
            row.status = "done"
            s.flush()
            self._audit(s, "record_action", "guest_comment", row.id, before=before,
                        action_taken=action_taken, fed_back=bool(fed_back))
            return comment_dtos(s, [row])[0]

    def list(self, flt: CommentFilter | None = None, offset: int = 0,
             limit: int = 256) -> list[GuestCommentDTO]:
        """Newest first."""
        self._require_any(P.HANDLE_COMPLAINTS, P.VIEW_REPORTS)
        flt = flt or CommentFilter()
        q = select(GuestComment)
        if flt.kind:
            q = q.where(GuestComment.kind == flt.kind)
        if flt.status:
            q = q.where(GuestComment.status == flt.status)
        if flt.department_id is not None:
            q = q.where(GuestComment.department_id == flt.department_id)
        q = q.where(*on_days(GuestComment.received_at, flt.date_from, flt.date_to))
        q = (q.order_by(GuestComment.received_at.desc(), GuestComment.id.desc())
             .offset(offset).limit(limit))
        with self.db.read() as s:
            return comment_dtos(s, list(s.scalars(q)))

    @staticmethod
    def _department(s: Session, department_id: int) -> Department:
        dept = s.get(Department, department_id)
        if dept is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Choose the department the comment goes to."))
        return dept

    @staticmethod
    def _get(s: Session, comment_id: int) -> GuestComment:
        row = s.get(GuestComment, comment_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such guest comment."))
        return row
