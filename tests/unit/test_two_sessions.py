"""Two laptops change the same rectification at the same moment (DESIGN.md §6: optimistic
locking on records two people may edit at once). Each laptop has its own engine, as two
FloorQC processes on one server would. The first one's write is held open inside its
transaction while the second one starts; the second must get the conflict message naming
the first, and nothing either of them saved may be lost. Runs on SQLite and, with
FLOORQC_TEST_PG set, on PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import event, func, select

from app.db.models import AuditLog
from app.db.models_rectification import RectificationEvent
from app.domain.errors import ConflictError
from app.services.bootstrap import open_database
from tests.rect_builders import DINNER, Clock, add_finding, build_chain, rects

WAIT_S = 10  # far beyond what any step here takes; only a hang would reach it


@pytest.fixture
def laptops(db):
    """The ``db`` laptop and a second one opened on the same database."""
    other = open_database(db.engine.url.render_as_string(hide_password=False))
    yield db, other
    other.dispose()


class PausingClock(Clock):
    """The service reads its clock inside the write transaction, after checking the version
    and before writing: once armed, the first call waits until the test lets it go on."""

    def __init__(self) -> None:
        super().__init__(DINNER)
        self.armed = False
        self.inside, self.go = threading.Event(), threading.Event()

    def __call__(self):
        if self.armed and not self.inside.is_set():
            self.inside.set()
            assert self.go.wait(WAIT_S), "the test never let the first write finish"
        return super().__call__()


def run(target, *args):
    """Run ``target(*args)`` in a thread; the returned dict gets 'value' or 'error'."""
    outcome: dict = {}

    def body():
        try:
            outcome["value"] = target(*args)
        except Exception as exc:  # handed to the test to assert on
            outcome["error"] = exc

    thread = threading.Thread(target=body, daemon=True)
    thread.start()
    outcome["thread"] = thread
    return outcome


def first_statement(engine) -> threading.Event:
    """Set when ``engine`` is about to run its next statement (SQLite: BEGIN IMMEDIATE,
    PostgreSQL: the SELECT of the rectification): the point where it must wait."""
    reached = threading.Event()

    @event.listens_for(engine, "before_cursor_execute", once=True)
    def _reached(*_args):
        reached.set()

    return reached


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_the_second_of_two_simultaneous_changes_gets_the_conflict_and_nothing_is_lost(
        laptops, services):
    a, b = laptops
    chain = build_chain(services)
    rect_id = add_finding(chain)
    clock = PausingClock()
    worker = rects(a, "worker", "staff", chain.assignee, clock)
    leader = rects(b, "leader", "leader", chain.ids["team_leader"])
    version = worker.rectification(rect_id).rectification.version
    assert leader.rectification(rect_id).rectification.version == version
    events, audits = count(a, RectificationEvent), count(a, AuditLog)

    clock.armed = True
    first = run(worker.start, rect_id, version)
    assert clock.inside.wait(WAIT_S)  # laptop A is inside its write, not yet committed
    reached = first_statement(b.engine)
    second = run(leader.cancel, rect_id, version, "重复登记")
    assert reached.wait(WAIT_S)
    time.sleep(0.3)  # let laptop B block on A's lock (if it ran on, it is done by now)
    clock.go.set()
    for outcome in (first, second):
        outcome["thread"].join(WAIT_S)
        assert not outcome["thread"].is_alive()

    assert "error" not in first, first.get("error")
    assert first["value"].status == "in_progress"
    error = second.get("error")
    assert isinstance(error, ConflictError), f"expected the conflict message, got {second}"
    assert "changed by worker at 2026-" in str(error) and "reload" in str(error)
    # A's change is there whole, B's left no trace.
    assert leader.rectification(rect_id).rectification.status == "in_progress"
    assert (count(a, RectificationEvent), count(a, AuditLog)) == (events + 1, audits + 1)

    # B reloads and tries again: now it goes through, on top of A's change.
    fresh = leader.rectification(rect_id).rectification.version
    assert fresh != version
    assert leader.cancel(rect_id, fresh, "重复登记").status == "cancelled"
    with a.read() as s:
        actions = s.scalars(select(RectificationEvent.action)
                            .where(RectificationEvent.rectification_id == rect_id)
                            .order_by(RectificationEvent.id)).all()
    assert actions[-2:] == ["start", "cancel"]


def test_a_change_from_a_version_read_before_the_other_laptop_saved_is_refused(laptops, services):
    """The plain case: B read the record, A saved, then B saves from what it read."""
    a, b = laptops
    chain = build_chain(services)
    rect_id = add_finding(chain)
    worker = rects(a, "worker", "staff", chain.assignee)
    leader = rects(b, "leader", "leader", chain.ids["team_leader"])
    seen_by_b = leader.rectification(rect_id).rectification.version
    worker.start(rect_id, worker.rectification(rect_id).rectification.version)
    with pytest.raises(ConflictError, match=r"changed by worker at .* reload"):
        leader.cancel(rect_id, seen_by_b, "重复登记")
    assert worker.rectification(rect_id).rectification.status == "in_progress"
