"""The whole seconds stored on a complaint (``response_s``, ``resolve_s``, migration 0006):
backfilled by the migration, set by the workflow and the demo builders, and the measures, the
late filter and the DTOs read from them equal what the domain clock says from the times."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from app.db.engine import make_engine
from app.db.migrate import current_revision, downgrade, upgrade
from app.db.models import (
    AppUser,
    Area,
    Complaint,
    Department,
    Employee,
    Post,
    Rectification,
)
from app.domain import complaint_clock
from app.services.base import SYSTEM
from app.services.demo import build_demo
from app.services.demo_large import build_large_demo
from app.services.dto import PersonRef
from app.services.guest_dto import ComplaintDraft, ComplaintDTO, ComplaintFilter
from tests.complaint_builders import (
    DINNER,
    build_venue,
    complaint_service,
    receive_complaint,
)
from tests.rect_builders import Clock

SEC = dt.timedelta(seconds=1)
MS = dt.timedelta(milliseconds=1)
NOW = DINNER + dt.timedelta(hours=1)


@pytest.fixture
def venue(services):
    return build_venue(services)


def _stored(db) -> list:
    with db.read() as s:
        return s.execute(select(
            Complaint.id, Complaint.received_at, Complaint.first_response_at,
            Complaint.resolved_at, Complaint.response_s, Complaint.resolve_s)
            .order_by(Complaint.id)).all()


def _answered(services, db, received: dt.datetime, after: dt.timedelta | None,
              resolved_after: dt.timedelta | None = None, **fields) -> int:
    """A complaint received at ``received``, answered ``after`` later (None: not yet) and
    resolved ``resolved_after`` after receipt."""
    c = receive_complaint(services, received, **fields)
    if after is not None:
        c = complaint_service(db, clock=Clock(received + after)).respond(c.id, c.version)
    if resolved_after is not None:
        complaint_service(db, clock=Clock(received + resolved_after)).resolve(
            c.id, c.version, "已处理")
    return c.id


# ---- the migration ---------------------------------------------------------------------

_OLD_COMPLAINT = sa.table(  # the table as revision 0005 has it, without the seconds
    "complaint", *(sa.column(name) for name in (
        "received_by", "channel", "guest_name", "guest_contact", "table_no", "content",
        "category", "dimension", "severity", "responder", "resolution", "feedback",
        "compensation", "status", "version")),
    sa.column("received_at", sa.DateTime()), sa.column("first_response_at", sa.DateTime()),
    sa.column("resolved_at", sa.DateTime()))


def test_the_migration_backfills_the_seconds_of_existing_complaints(db_path):
    engine = make_engine(db_path)
    upgrade(engine, "0005", backup=False)  # a database from before the seconds were stored
    received = dt.datetime(2026, 11, 23, 19, 0, 0, 800_000)
    cases = [  # (first response, resolved) after receipt
        (None, None),
        (dt.timedelta(seconds=300, microseconds=300_000), None),  # 5:00.3 → 300
        (dt.timedelta(seconds=299, microseconds=999_999), dt.timedelta(minutes=30)),
        (dt.timedelta(seconds=301, microseconds=200_000),
         dt.timedelta(seconds=1800, microseconds=999_999)),  # 1800.999… → 1800
        (dt.timedelta(0), dt.timedelta(0)),
    ]
    with engine.begin() as conn:
        conn.execute(_OLD_COMPLAINT.insert(), [{
            "received_by": "test", "channel": "phone", "guest_name": "", "guest_contact": "",
            "table_no": "", "content": "上菜太慢", "category": "slow_service",
            "dimension": "responsiveness", "severity": "minor", "responder": "",
            "resolution": "", "feedback": "", "compensation": "", "status": "received",
            "version": 1, "received_at": received,
            "first_response_at": received + first if first is not None else None,
            "resolved_at": received + resolved if resolved is not None else None,
        } for first, resolved in cases])

    assert upgrade(engine, backup=False)
    with engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT response_s, resolve_s FROM complaint ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(None, None), (300, None), (299, 1800),
                                        (301, 1800), (0, 0)]

    downgrade(engine, "0005")  # and back: the columns go, the complaints stay
    with engine.connect() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(complaint)")]
        assert conn.exec_driver_sql("SELECT count(*) FROM complaint").scalar() == len(cases)
    assert "response_s" not in columns and "resolve_s" not in columns
    assert current_revision(engine) == "0005"
    engine.dispose()


# ---- the workflow and the demo builders set them ---------------------------------------

def test_respond_and_resolve_store_the_whole_seconds(venue, services, db):
    received = DINNER + 800 * MS
    cid = _answered(services, db, received, 5 * 60 * SEC + 300 * MS,  # 5:00.3 → 300
                    resolved_after=1800 * SEC + 999 * MS)  # → 1800
    fresh = _answered(services, db, received, None)
    rows = {r.id: r for r in _stored(db)}
    assert (rows[cid].response_s, rows[cid].resolve_s) == (300, 1800)
    assert (rows[fresh].response_s, rows[fresh].resolve_s) == (None, None)
    for r in rows.values():
        assert r.response_s == complaint_clock.response_seconds(r.received_at,
                                                                r.first_response_at)
        assert r.resolve_s == complaint_clock.resolve_seconds(r.received_at, r.resolved_at)


def _consistent(db) -> None:
    rows = _stored(db)
    assert rows and any(r.resolve_s is not None for r in rows)
    for r in rows:
        assert r.response_s == complaint_clock.response_seconds(r.received_at,
                                                                r.first_response_at)
        assert r.resolve_s == complaint_clock.resolve_seconds(r.received_at, r.resolved_at)


def test_the_demo_venues_store_the_seconds(db, tmp_path):
    build_demo(db, SYSTEM)
    _consistent(db)
    from app.services.bootstrap import open_database

    large = open_database(tmp_path / "large.db")
    try:
        build_large_demo(large, SYSTEM, years=0.02, today=dt.date(2026, 11, 24))
        _consistent(large)
    finally:
        large.dispose()


# ---- the measures and the late filter ---------------------------------------------------

def _boundary_log(venue, services, db) -> None:
    """Answers at 4:59, 5:00 and 5:01 with sub-second parts on both times, and unanswered
    complaints just within, exactly at and just past the limit at NOW."""
    base = DINNER + 700 * MS
    for n, after in enumerate([
            4 * 60 * SEC + 59 * SEC + 999 * MS,  # 4:59.999 → 299: on time
            5 * 60 * SEC + 999 * MS,  # 5:00.999 → 300: on time
            5 * 60 * SEC + 1 * SEC,  # 5:01 → late
            5 * 60 * SEC + 1 * SEC + 200 * MS,  # 5:01.2 → late
            5 * 60 * SEC + 300 * MS,  # received .7, answered 1.0 later: 5:00.3 → on time
            12 * 60 * SEC]):  # late
        _answered(services, db, base + n * 60 * SEC, after,
                  resolved_after=(20 + n) * 60 * SEC + n * 333 * MS if n % 2 else None,
                  area_id=venue.room_id if n < 3 else venue.hall_id)
    for before in (4 * 60 * SEC + 59 * SEC + 500 * MS,  # still within
                   5 * 60 * SEC,  # exactly at the limit: not late yet
                   5 * 60 * SEC + 1 * MS,  # just past
                   30 * 60 * SEC):
        _answered(services, db, NOW - before, None, area_id=venue.hall_id)


def _expected(db, now: dt.datetime, limit: int, area_id: int | None = None):
    with db.read() as s:
        q = select(Complaint.received_at, Complaint.first_response_at, Complaint.resolved_at)
        rows = s.execute(q if area_id is None else q.where(Complaint.area_id == area_id)).all()
    pairs = [(r.received_at, r.first_response_at) for r in rows]
    measures = complaint_clock.summary(pairs, now, limit)
    kept = complaint_clock.outcomes(pairs, now, limit)
    return (len(rows), measures.answered, measures.unanswered, len(kept) - sum(kept),
            measures.share_on_time, measures.median_first_response_s,
            complaint_clock.median_time_to_resolve((r.received_at, r.resolved_at)
                                                   for r in rows), limit)


def _figures(stats) -> tuple:
    return (stats.total, stats.answered, stats.unanswered, stats.late, stats.share_on_time,
            stats.median_first_response_s, stats.median_resolve_s, stats.limit_minutes)


@pytest.mark.parametrize("limit", [5, 3])
def test_the_measures_on_the_boundaries_equal_the_domain_clock(venue, services, db, limit):
    services.settings.set("complaint.response_minutes", limit)
    _boundary_log(venue, services, db)
    svc = complaint_service(db, "manager", clock=Clock(NOW))
    stats = svc.stats(DINNER.date(), DINNER.date())
    assert _figures(stats) == _expected(db, NOW, limit)
    assert stats.late > 0 and stats.unanswered == 4
    for area in (venue.room_id, venue.hall_id):
        assert _figures(svc.stats(DINNER.date(), DINNER.date(), area)) == _expected(
            db, NOW, limit, area)


def test_the_medians_of_an_even_and_an_odd_number(venue, services, db):
    svc = complaint_service(db, "manager", clock=Clock(NOW))
    day = DINNER.date()
    _answered(services, db, DINNER, 100 * SEC + 900 * MS, resolved_after=1000 * SEC)
    assert (svc.stats(day, day).median_first_response_s,
            svc.stats(day, day).median_resolve_s) == (100.0, 1000.0)
    _answered(services, db, DINNER + 800 * MS, 203 * SEC + 900 * MS)  # 203.9 → 203
    stats = svc.stats(day, day)
    assert (stats.median_first_response_s, stats.median_resolve_s) == (151.5, 1000.0)
    assert _figures(stats) == _expected(db, NOW, 5)


def test_nothing_to_measure_is_none_never_zero(venue, services, db):
    svc = complaint_service(db, "manager", clock=Clock(NOW))
    day = DINNER.date()
    empty = svc.stats(day, day)
    assert _figures(empty) == (0, 0, 0, 0, None, None, None, 5) == _expected(db, NOW, 5)
    _answered(services, db, NOW - 2 * 60 * SEC, None)  # waiting, within the limit
    waiting = svc.stats(day, day)
    assert _figures(waiting) == (1, 0, 1, 0, None, None, None, 5) == _expected(db, NOW, 5)


def test_the_late_filter_follows_the_domain_clock(venue, services, db):
    _boundary_log(venue, services, db)
    svc = complaint_service(db, "manager", clock=Clock(NOW))
    with db.read() as s:
        rows = s.execute(select(Complaint.id, Complaint.received_at,
                                Complaint.first_response_at, Complaint.area_id)).all()

    def late(r) -> bool:
        return complaint_clock.outcomes([(r.received_at, r.first_response_at)], NOW) == [False]

    newest_first = sorted(rows, key=lambda r: (r.received_at, r.id), reverse=True)
    want = [r.id for r in newest_first if late(r)]
    assert [c.id for c in svc.list(ComplaintFilter(late_only=True))] == want
    assert svc.count(ComplaintFilter(late_only=True)) == len(want)
    hall = [r.id for r in newest_first if late(r) and r.area_id == venue.hall_id]
    assert [c.id for c in svc.list(ComplaintFilter(late_only=True,
                                                   area_id=venue.hall_id))] == hall
    assert len(want) == 5 and hall  # 5:01, 5:01.2, 12:00 and two unanswered past it


# ---- the DTOs ----------------------------------------------------------------------------

def test_the_page_statement_gives_every_field_but_those_worked_out_in_python():
    from app.services.complaint_queries import _SELECTED

    worked_out = {"deadline", "on_time", "responsible"}
    assert set(_SELECTED) | worked_out == {f.name for f in dataclasses.fields(ComplaintDTO)}
    assert not worked_out & set(_SELECTED)


def _reference_dtos(db, now: dt.datetime, limit: int) -> dict[int, ComplaintDTO]:
    """The DTOs worked out as before the seconds were stored: from the ORM rows, the names
    looked up one kind at a time and the clock from the two times."""
    with db.read() as s:
        rows = s.execute(select(Complaint.__table__)).all()
        areas = dict(s.execute(select(Area.id, Area.name)).all())
        depts = dict(s.execute(select(Department.id, Department.name)).all())
        people = {e.id: PersonRef(e.id, e.code, e.name, post or "") for e, post in s.execute(
            select(Employee, Post.name).outerjoin(Post, Post.id == Employee.post_id))}
        names = dict(s.execute(select(AppUser.username, Employee.name)
                               .join(Employee, Employee.id == AppUser.employee_id)).all())
        rects = dict(s.execute(select(Rectification.id, Rectification.status)).all())
    out = {}
    for c in rows:
        first = c.first_response_at
        if first is not None:
            on_time = complaint_clock.on_time(c.received_at, first, limit)
        else:
            on_time = (False if complaint_clock.remaining(c.received_at, now, limit)
                       < dt.timedelta(0) else None)
        out[c.id] = ComplaintDTO(
            id=c.id, received_at=c.received_at,
            received_by=names.get(c.received_by, c.received_by), channel=c.channel,
            guest_name=c.guest_name, guest_contact=c.guest_contact, area_id=c.area_id,
            area=areas.get(c.area_id, ""), table_no=c.table_no, content=c.content,
            category=c.category, dimension=c.dimension, severity=c.severity, status=c.status,
            deadline=c.received_at + dt.timedelta(minutes=limit), first_response_at=first,
            responder=(people[c.responder_id].name if c.responder_id else "")
            or names.get(c.responder, c.responder or ""),
            response_seconds=complaint_clock.response_seconds(c.received_at, first),
            on_time=on_time, department_id=c.department_id,
            department=depts.get(c.department_id, ""),
            responsible=people.get(c.responsible_id), handed_over_at=c.handed_over_at,
            resolution=c.resolution, resolved_at=c.resolved_at, feedback=c.feedback,
            satisfaction=c.satisfaction, compensation=c.compensation,
            compensation_amount=c.compensation_amount, rectification_id=c.rectification_id,
            rectification_status=rects.get(c.rectification_id, ""), version=c.version)
    return out


def test_the_dtos_are_those_worked_out_from_the_times(venue, services, db):
    _boundary_log(venue, services, db)
    services.users.create_user("zhaomin", "secret-password", "staff", venue.server_ids[0])
    services.users.create_user("nobody", "secret-password", "staff")
    by_login = complaint_service(db, "manager", None, Clock(NOW - 3 * 60 * SEC),
                                 username="zhaomin")  # a sign-in with an employee
    stranger = complaint_service(db, "manager", None, Clock(NOW - 60 * SEC),
                                 username="nobody")  # one without
    c = receive_complaint(services, NOW - 4 * 60 * SEC, area_id=venue.room_id,
                          guest_name="王女士", guest_contact="13912345678", table_no="8")
    c = by_login.respond(c.id, c.version, "马上处理")
    c = stranger.hand_over(c.id, c.version, venue.dept_id, venue.server_ids[1])
    stranger.open_rectification(c.id, c.version, "major")
    d = stranger.receive(ComplaintDraft("phone", "上菜太慢", "slow_service",
                                        area_id=venue.kitchen_area_id))
    stranger.respond(d.id, d.version)
    e = receive_complaint(services, NOW - 90 * SEC)  # zhaomin's sign-in, 孙悦 answering:
    complaint_service(db, "staff", venue.server_ids[2], Clock(NOW - 30 * SEC),
                      username="zhaomin").respond(e.id, e.version)  # the employee wins
    svc = complaint_service(db, "manager", clock=Clock(NOW))
    listed = svc.list()
    reference = _reference_dtos(db, NOW, 5)
    assert {x.id: x for x in listed} == reference
    assert [x.id for x in listed] == [x.id for x in sorted(
        reference.values(), key=lambda x: (x.received_at, x.id), reverse=True)]
    assert svc.complaint(c.id).complaint == reference[c.id]
    mine = complaint_service(db, "staff", venue.server_ids[1], Clock(NOW)).inbox()
    assert mine.handed_to_me == (reference[c.id],)
    assert mine.waiting_for_response == tuple(sorted(
        (x for x in reference.values() if x.status == "received"),
        key=lambda x: (x.received_at, x.id)))
    x = reference[c.id]
    assert (x.responder, x.received_by, x.rectification_status) == ("赵敏", "system", "open")
    assert svc.complaint(d.id).complaint.responder == "nobody"
    assert svc.complaint(e.id).complaint.responder == "孙悦"
    # Still a proper frozen dataclass: hashable, comparable, printable, replaceable.
    got = next(x for x in listed if x.id == c.id)
    assert hash(got) == hash(reference[c.id]) and repr(got) == repr(reference[c.id])
    assert dataclasses.replace(got, content="x").content == "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.content = "x"

