"""The shift hand-over report's figures (交班报告): one shift of one day, in one read session,
with one query per figure family (never one per row).

Definitions (also in app/services/report_dto_shift.py):
- the shift window: the shift's start on ``day`` to its end (next morning when it crosses
  midnight); ``as_of`` = the window's end, or now while the shift is still running;
- on duty: the roster entries of the day and shift, with attendance and redeployments
  (抽调顶岗: from which post, approved by whom);
- uncovered posts: posts with fewer people on duty (not absent, not on leave) than required
  for the shift and weekday (the staffing requirement, else the post's quota) — the rule of
  app/services/coverage.py;
- patrols due: the windows of app/services/patrol_plan.py (leader and supervisor windows of
  this shift; manager windows of the working day that open during it), per area; a window is
  done when a submitted round of that level in the area started inside it. Scores are the
  submitted rounds of this day and shift (Inspection.score);
- findings: found during the window, with JPEG thumbnails (≤ THUMBNAIL_SIDE px) of their
  photos; rectifications opened (created) and closed (verified or cancelled) during the
  window, and those overdue as of ``as_of`` (app/domain/rectification.overdue, with each
  item's state at that moment replayed from its events); closed on time = verified at or
  before due_at;
- complaints received during the window with their first-response times against the
  ``complaint.response_minutes`` limit (app/domain/complaint_clock)."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict

from PIL import Image
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.models import (
    Area,
    Attachment,
    Complaint,
    Department,
    Employee,
    Finding,
    Inspection,
    Photo,
    Post,
    Rectification,
    RosterEntry,
    ShiftType,
)
from app.domain import complaint_clock
from app.domain.checklists import LEVELS
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound
from app.domain.permissions import Permission
from app.domain.rectification import overdue
from app.domain.shifts import shift_window
from app.services.base import Service
from app.services.patrol_plan import windows
from app.services.report_daily_queries import report_meta
from app.services.report_dto_shift import (
    ComplaintLine,
    DutyLine,
    FindingLine,
    LevelPatrols,
    PatrolLine,
    RectLine,
    ShiftReport,
    UncoveredPost,
)
from app.services.report_people_queries import states_at
from app.services.roster_queries import team_of
from app.services.settings import read_setting
from app.services.shifts import required_map

TITLE = QT_TRANSLATE_NOOP("reports", "Shift report")
THUMBNAIL_SIDE = 240  # px, longest side
THUMBNAILS_PER_FINDING = 3
OFF_DUTY = ("absent", "leave")
PLAN_KEYS = ("leader_interval_hours", "supervisor_per_shift", "manager_per_day")

Window = tuple[dt.datetime, dt.datetime]


def thumbnail(data: bytes, side: int = THUMBNAIL_SIDE) -> bytes | None:
    """A small JPEG of a stored photo (its longest side at most ``side`` px); None when the
    bytes cannot be decoded (the report then shows no picture rather than failing)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (side, side))  # JPEG: decode at a reduced scale
            rgb = image.convert("RGB")
    except (OSError, ValueError, SyntaxError):
        return None
    rgb.thumbnail((side, side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=80, optimize=True)
    return out.getvalue()


def shift_named(s: Session, name: str) -> ShiftType:
    """The shift type called ``name`` (its Chinese or English name), or NotFound listing the
    shift names."""
    wanted = (name or "").strip()
    shifts = list(s.scalars(select(ShiftType).order_by(ShiftType.position, ShiftType.id)))
    for sh in shifts:
        if wanted in (sh.name, sh.name_en) or (sh.name_en and wanted.lower() == sh.name_en.lower()):
            return sh
    names = "、".join(sh.name + (f" ({sh.name_en})" if sh.name_en else "")
                     for sh in shifts if sh.active)
    raise NotFound(QT_TRANSLATE_NOOP(
        "errors", "There is no shift called “{name}”. The shifts are: {names}."),
        name=wanted, names=names)


class ShiftReportService(Service):
    def shift(self, day: dt.date, shift_name: str) -> ShiftReport:
        """The hand-over report of ``shift_name`` (e.g. 晚市 or "Dinner service") on ``day``."""
        self._require(Permission.VIEW_REPORTS)
        now = self.clock()
        with self.db.read() as s:
            sh = shift_named(s, shift_name)
            begin, end = shift_window(day, sh.start, sh.end)
            as_of = min(end, now)
            limit = read_setting(s, "complaint.response_minutes")
            duty, uncovered = _duty(s, day, sh)
            complaints = _complaints(s, begin, end, as_of, limit)
            opened, closed, late = _rectifications(s, begin, end, as_of)
            patrols, average = _patrols(s, day, sh, begin, end)
            return ShiftReport(
                meta=report_meta(s, TITLE, day, day, now, self.actor.username, subtitle=sh.name),
                shift=sh.name, begin=begin, end=end, as_of=as_of, on_duty=duty,
                uncovered=uncovered, patrols=patrols, average_score=average,
                findings=_findings(s, begin, end), opened=opened, closed=closed, overdue=late,
                complaints=complaints,
                complaint_measures=complaint_clock.summary(
                    [(c.received_at, c.first_response_at) for c in complaints], as_of, limit),
                response_limit_minutes=limit)


# ---------------------------------------------------------------- who was on duty


def _duty(s: Session, day: dt.date, sh: ShiftType
          ) -> tuple[tuple[DutyLine, ...], tuple[UncoveredPost, ...]]:
    source = aliased(Post)
    rows = s.execute(
        select(RosterEntry, Employee.code, Employee.name, Post.name, Area.name, source.name)
        .join(Employee, Employee.id == RosterEntry.employee_id)
        .join(Post, Post.id == RosterEntry.post_id)
        .outerjoin(Area, Area.id == RosterEntry.area_id)
        .outerjoin(source, source.id == RosterEntry.redeployed_from_post_id)
        .where(RosterEntry.day == day, RosterEntry.shift_type_id == sh.id)).all()
    teams = team_of(s)
    duty = sorted((DutyLine(e.employee_id, code, name, teams.get(e.employee_id, (0, ""))[1],
                            post, area or "", e.attendance or "", e.late_minutes, src or "",
                            (e.approved_by or "") if src else "")
                   for e, code, name, post, area, src in rows),
                  key=lambda d: (d.team == "", d.team, d.area == "", d.area, d.code))
    present = Counter(e.post_id for e, *_ in rows if e.attendance not in OFF_DUTY)
    required = required_map(s)
    uncovered = []
    for post_id, post, quota, dept in s.execute(
            select(Post.id, Post.name, Post.quota, Department.name)
            .join(Department, Department.id == Post.department_id)
            .order_by(Department.name, Post.name)):
        need = required.get((post_id, sh.id, day.weekday()), quota)
        if present[post_id] < need:
            uncovered.append(UncoveredPost(post, dept, need, present[post_id]))
    return tuple(duty), tuple(uncovered)


# ---------------------------------------------------------------- patrols


def _plan(s: Session, day: dt.date, sh: ShiftType, begin: dt.datetime,
          end: dt.datetime) -> dict[str, list[Window]]:
    settings = {k: read_setting(s, f"patrol.{k}") for k in PLAN_KEYS}
    own = [(sh.start, sh.end)]
    active = [(x.start, x.end) for x in s.scalars(select(ShiftType)
                                                  .where(ShiftType.active.is_(True)))]
    return {"leader": windows("leader", own, day, settings),
            "supervisor": windows("supervisor", own, day, settings),
            "manager": [w for w in windows("manager", active, day, settings)
                        if begin <= w[0] < end]}


def _patrols(s: Session, day: dt.date, sh: ShiftType, begin: dt.datetime,
             end: dt.datetime) -> tuple[tuple[PatrolLine, ...], float | None]:
    """The lines per area and level, and the mean score of all the shift's rounds."""
    plan = _plan(s, day, sh, begin, end)
    spans = [w for ws in plan.values() for w in ws] or [(begin, end)]
    lo, hi = min(w[0] for w in spans), max(w[1] for w in spans)
    rounds = s.execute(
        select(Inspection.area_id, Inspection.level, Inspection.started_at, Inspection.day,
               Inspection.shift_type_id, Inspection.score, Inspection.flagged)
        # The day bounds let the day index do the work (a round past midnight keeps the
        # day its shift began on).
        .where(Inspection.status == "submitted",
               Inspection.day >= min(day, lo.date() - dt.timedelta(days=1)),
               Inspection.day <= max(day, hi.date()),
               or_(and_(Inspection.day == day, Inspection.shift_type_id == sh.id),
                   and_(Inspection.started_at >= lo, Inspection.started_at < hi)))).all()
    starts: dict[tuple[int, str], list[dt.datetime]] = defaultdict(list)
    scored: dict[tuple[int, str], list[tuple[float | None, bool]]] = defaultdict(list)
    for r in rounds:
        starts[(r.area_id, r.level)].append(r.started_at)
        if r.day == day and r.shift_type_id == sh.id:
            scored[(r.area_id, r.level)].append((r.score, r.flagged))
    out = []
    for area_id, area in s.execute(select(Area.id, Area.name).order_by(Area.name)):
        levels, every = [], []
        for level in LEVELS:
            wins = plan.get(level)
            mine = scored.get((area_id, level), [])
            if wins is None and not mine:
                continue  # a level without a plan shows only when it patrolled
            done = (sum(1 for b, e in wins if any(b <= t < e for t in starts[(area_id, level)]))
                    if wins is not None else None)
            scores = [x for x, _ in mine if x is not None]
            every += mine
            levels.append(LevelPatrols(level, len(wins) if wins is not None else None, done,
                                       len(mine), _mean(scores)))
        scores = [x for x, _ in every if x is not None]
        if not every and not any(x.due for x in levels):
            continue
        out.append(PatrolLine(area, tuple(levels), len(every), _mean(scores),
                              min(scores) if scores else None, sum(1 for _, f in every if f)))
    shift_scores = [x for group in scored.values() for x, _ in group if x is not None]
    return tuple(out), _mean(shift_scores)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


# ---------------------------------------------------------------- findings


def _findings(s: Session, begin: dt.datetime, end: dt.datetime) -> tuple[FindingLine, ...]:
    resp, lead = aliased(Employee), aliased(Employee)
    rows = s.execute(
        select(Finding, Area.name, resp.name, lead.name, Rectification.id)
        .join(Area, Area.id == Finding.area_id)
        .outerjoin(resp, resp.id == Finding.responsible_id)
        .outerjoin(lead, lead.id == Finding.leader_id)
        .outerjoin(Rectification, Rectification.finding_id == Finding.id)
        .where(Finding.found_at >= begin, Finding.found_at < end)
        .order_by(Finding.found_at, Finding.id)).all()
    ids = [f.id for f, *_ in rows]
    counts: Counter[int] = Counter()
    thumbs: dict[int, list[bytes]] = defaultdict(list)
    if ids:
        for finding_id, data in s.execute(
                select(Photo.finding_id, Attachment.data)
                .join(Attachment, Attachment.id == Photo.attachment_id)
                .where(Photo.finding_id.in_(ids)).order_by(Photo.id)):
            counts[finding_id] += 1
            if len(thumbs[finding_id]) < THUMBNAILS_PER_FINDING:
                small = thumbnail(data)
                if small is not None:
                    thumbs[finding_id].append(small)
    return tuple(FindingLine(f.id, f.found_at, area, f.description, f.category, f.severity,
                             rname or "", lname or "", f.found_by, rect_id,
                             tuple(thumbs.get(f.id, ())), counts[f.id])
                 for f, area, rname, lname, rect_id in rows)


# ---------------------------------------------------------------- rectifications


def _rectifications(s: Session, begin: dt.datetime, end: dt.datetime, as_of: dt.datetime
                    ) -> tuple[tuple[RectLine, ...], tuple[RectLine, ...], tuple[RectLine, ...]]:
    assignee, accountable = aliased(Employee), aliased(Employee)
    q = (select(Rectification, Finding.description, Finding.severity, Area.name,
                assignee.name, accountable.name)
         .join(Finding, Finding.id == Rectification.finding_id)
         .join(Area, Area.id == Finding.area_id)
         .outerjoin(assignee, assignee.id == Rectification.assignee_id)
         .outerjoin(accountable, accountable.id == Rectification.accountable_id)
         .where(Rectification.created_at <= as_of,
                or_(and_(Rectification.created_at >= begin, Rectification.created_at < end),
                    and_(Rectification.closed_at >= begin, Rectification.closed_at < end),
                    # still open at as_of and past due: the overdue candidates
                    and_(Rectification.due_at < as_of,
                         or_(Rectification.closed_at.is_(None),
                             Rectification.closed_at > as_of))))
         .order_by(Rectification.due_at, Rectification.id))
    rows = s.execute(q).all()
    state = states_at(s, [r.id for r, *_ in rows], as_of)
    lines = [(r, RectLine(r.id, area, desc, severity, state.get(r.id, r.status), r.created_at,
                          r.due_at, r.closed_at if r.closed_at and r.closed_at <= as_of else None,
                          who or "", answers or "", r.escalation_level))
             for r, desc, severity, area, who, answers in rows]
    opened = sorted((x for r, x in lines if begin <= r.created_at < end),
                    key=lambda x: (x.created_at, x.id))
    closed = sorted((x for r, x in lines if x.closed_at is not None and begin <= x.closed_at < end
                     and x.status in ("verified", "cancelled")),
                    key=lambda x: (x.closed_at, x.id))
    late = [x for _r, x in lines if overdue(x.due_at, as_of, x.status)]
    return tuple(opened), tuple(closed), tuple(late)


# ---------------------------------------------------------------- complaints


def _complaints(s: Session, begin: dt.datetime, end: dt.datetime, as_of: dt.datetime,
                limit: int) -> tuple[ComplaintLine, ...]:
    responsible, responder = aliased(Employee), aliased(Employee)
    rows = s.execute(
        select(Complaint, Area.name, responsible.name, responder.name)
        .outerjoin(Area, Area.id == Complaint.area_id)
        .outerjoin(responsible, responsible.id == Complaint.responsible_id)
        .outerjoin(responder, responder.id == Complaint.responder_id)
        .where(Complaint.received_at >= begin, Complaint.received_at < end)
        .order_by(Complaint.received_at, Complaint.id)).all()
    out = []
    for c, area, owner, answered_by in rows:
        seconds = complaint_clock.response_seconds(c.received_at, c.first_response_at)
        if seconds is not None:
            kept: bool | None = seconds <= limit * 60
        else:
            kept = False if complaint_clock.remaining(c.received_at, as_of, limit) < \
                dt.timedelta(0) else None
        out.append(ComplaintLine(c.id, c.received_at, c.channel, area or "", c.table_no,
                                 c.content, c.category, c.severity, c.first_response_at, seconds,
                                 kept, answered_by or c.responder, owner or "", c.status))
    return tuple(out)
