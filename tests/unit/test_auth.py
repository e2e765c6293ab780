"""Signing in: the first administrator, passwords, the lock-out after failed sign-ins, and the
audit trail of every change to a user."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select, text

from app.db.models import AppUser, AuditLog
from app.domain.errors import AuthError, ValidationError
from app.domain.permissions import Role
from app.services import audit
from app.services.auth import create_first_admin, has_users, sign_in
from tests.helpers import hire, make_org

WRONG = "Wrong user name or password."
T0 = dt.datetime(2025, 3, 1, 9, 0, 0)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def fail(db, username: str, times: int, clock) -> list[str]:
    messages = []
    for _ in range(times):
        with pytest.raises(AuthError) as refused:
            sign_in(db, username, "not the password", clock=clock)
        messages.append(str(refused.value))
    return messages


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(services):
    """A staff sign-in, 'xiaozhang', linked to an employee."""
    _dept, _leader, post = make_org(services)
    emp = hire(services, "S1", "张三", post.id).employee
    return services.users.create_user("xiaozhang", "right-pass", Role.STAFF, emp.id)


def test_the_first_administrator_only_on_an_empty_database(db):
    assert not has_users(db)
    actor = create_first_admin(db, " boss ", "first-pass")
    assert (actor.username, actor.role) == ("boss", Role.ADMIN)
    assert has_users(db)
    with pytest.raises(AuthError, match="An administrator already exists."):
        create_first_admin(db, "intruder", "second-pass")
    with db.read() as s:
        assert s.scalars(select(AppUser.username)).all() == ["boss"]


def test_the_first_administrator_needs_a_name_and_a_real_password(db):
    with pytest.raises(ValidationError, match="Enter a user name."):
        create_first_admin(db, "  ", "first-pass")
    with pytest.raises(ValidationError, match="at least 6 characters"):
        create_first_admin(db, "boss", "12345")
    assert not has_users(db)


def test_sign_in_with_the_right_password(db, server):
    actor = sign_in(db, "xiaozhang", "right-pass")
    assert (actor.username, actor.role, actor.user_id) == ("xiaozhang", Role.STAFF, server.id)
    assert actor.employee_id == server.employee_id


def test_a_wrong_password_and_an_unknown_name_get_the_same_message(db, server, clock):
    assert fail(db, "xiaozhang", 1, clock) == [WRONG]
    with pytest.raises(AuthError, match=WRONG):
        sign_in(db, "nobody", "right-pass", clock=clock)


def test_five_failures_lock_the_account_for_fifteen_minutes(db, server, clock):
    messages = fail(db, "xiaozhang", 5, clock)
    assert messages[:4] == [WRONG] * 4
    locked = ("This account is locked after too many failed sign-ins. "
              "Try again in 15 min or ask an administrator.")
    assert messages[4] == locked  # the fifth attempt already says so
    with pytest.raises(AuthError) as refused:  # even the right password is refused now
        sign_in(db, "xiaozhang", "right-pass", clock=clock)
    assert str(refused.value) == locked
    clock.advance(minutes=14, seconds=30)
    with pytest.raises(AuthError, match="Try again in 1 min "):
        sign_in(db, "xiaozhang", "right-pass", clock=clock)
    clock.advance(seconds=30)  # fifteen minutes after the fifth failure
    assert sign_in(db, "xiaozhang", "right-pass", clock=clock).username == "xiaozhang"


def test_a_success_resets_the_count_of_failures(db, server, clock):
    fail(db, "xiaozhang", 4, clock)
    sign_in(db, "xiaozhang", "right-pass", clock=clock)
    assert fail(db, "xiaozhang", 4, clock) == [WRONG] * 4  # counting starts again
    sign_in(db, "xiaozhang", "right-pass", clock=clock)


def test_an_administrator_resetting_the_password_lifts_the_lock(db, services, server, clock):
    fail(db, "xiaozhang", 5, clock)
    locked_until = next(u for u in services.users.list_users() if u.id == server.id).locked_until
    assert locked_until == T0 + dt.timedelta(minutes=15)
    services.users.reset_password(server.id, "new-pass-1")
    assert next(u for u in services.users.list_users() if u.id == server.id).locked_until is None
    with pytest.raises(AuthError, match=WRONG):  # the old password is gone
        sign_in(db, "xiaozhang", "right-pass", clock=clock)
    assert sign_in(db, "xiaozhang", "new-pass-1", clock=clock).user_id == server.id


def test_the_limit_and_the_lock_time_come_from_the_settings(db, services, server, clock):
    services.settings.set("auth.max_failed_logins", 3)
    services.settings.set("auth.lockout_minutes", 60)
    messages = fail(db, "xiaozhang", 3, clock)
    assert messages[:2] == [WRONG] * 2
    assert "Try again in 60 min " in messages[2]
    clock.advance(minutes=59)
    with pytest.raises(AuthError, match="locked"):
        sign_in(db, "xiaozhang", "right-pass", clock=clock)
    clock.advance(minutes=1)
    sign_in(db, "xiaozhang", "right-pass", clock=clock)


def test_a_deactivated_user_cannot_sign_in(db, services, server):
    services.users.set_role(server.id, Role.STAFF, active=False)
    with pytest.raises(AuthError, match=WRONG):
        sign_in(db, "xiaozhang", "right-pass")


def test_user_changes_are_refused_when_wrong(services, server):
    with pytest.raises(ValidationError, match="The user name xiaozhang is taken."):
        services.users.create_user("xiaozhang", "other-pass", Role.LEADER)
    with pytest.raises(ValidationError, match="at least 6"):
        services.users.reset_password(server.id, "short")
    with pytest.raises(ValueError):
        services.users.create_user("someone", "some-pass", "emperor")


def test_an_administrator_cannot_remove_their_own_rights(db, services_as, clock):
    from app.services.bootstrap import Services

    admin = create_first_admin(db, "boss", "first-pass")
    own = Services.bind(db, admin)
    with pytest.raises(ValidationError, match="your own administrator rights"):
        own.users.set_role(admin.user_id, Role.MANAGER)
    with pytest.raises(ValidationError, match="your own administrator rights"):
        own.users.set_role(admin.user_id, Role.ADMIN, active=False)


def test_every_user_change_is_in_the_audit_log_and_the_chain_verifies(db, services, clock):
    create_first_admin(db, "boss", "first-pass", clock=clock)
    user = services.users.create_user("xiaoli", "secret-one", Role.LEADER)
    fail(db, "xiaoli", 5, clock)
    services.users.reset_password(user.id, "secret-two")
    services.users.set_role(user.id, Role.SUPERVISOR)
    services.users.set_role(user.id, Role.SUPERVISOR, active=False)
    with db.read() as s:
        rows = s.execute(select(AuditLog.actor, AuditLog.action, AuditLog.detail)
                         .where(AuditLog.entity == "app_user").order_by(AuditLog.id)).all()
        check = audit.verify(s)
        total = s.scalar(select(func.count()).select_from(AuditLog))
    assert [(actor, action) for actor, action, _ in rows] == [
        ("boss", "create"), ("system", "create"), ("xiaoli", "lock"),
        ("system", "reset_password"), ("system", "update"), ("system", "update")]
    details = [json.loads(detail) for _, _, detail in rows]
    assert details[1]["role"] == "leader"
    assert details[5]["after"] == {"role": "supervisor", "active": False}
    assert not any("secret" in d or "first-pass" in d for _, _, d in rows)  # no passwords
    assert check.ok and check.rows == total  # the chain covers every row, not just these


def test_tampering_with_an_audit_row_is_detected(db, services):
    first = services.users.create_user("xiaoli", "secret-one", Role.LEADER)
    services.users.set_role(first.id, Role.ADMIN)
    services.users.create_user("xiaowang", "secret-two", Role.STAFF)
    with db.read() as s:
        ids = s.scalars(select(AuditLog.id).order_by(AuditLog.id)).all()
        assert audit.verify(s).ok
    # Someone with the database file hides the promotion to administrator.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = :d WHERE id = :id"),
                     {"d": json.dumps({"after": {"role": "staff"}}), "id": ids[1]})
    with db.read() as s:
        check = audit.verify(s)
    assert not check.ok and check.broken_at == ids[1]
    # Deleting a row instead breaks the chain at the row after it.
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[1]})
    with db.read() as s:
        assert audit.verify(s).broken_at == ids[2]
