"""Sign-in with lock-out, the first administrator, and user administration."""

from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AppUser, Employee
from app.domain.errors import QT_TRANSLATE_NOOP, AuthError, NotFound, ValidationError
from app.domain.permissions import Permission, Role
from app.services import audit
from app.services.base import Actor, Service, now
from app.services.dto import UserDTO
from app.services.passwords import hash_password, verify_password
from app.services.settings import read_setting

MIN_PASSWORD = 6


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password needs at least {n} characters."),
            n=MIN_PASSWORD)


def has_users(db: Database) -> bool:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(AppUser)) or 0) > 0


def create_first_admin(db: Database, username: str, password: str, clock=now) -> Actor:
    """Only on an empty database: whoever installs FloorQC becomes its first administrator."""
    username = username.strip()
    if not username:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a user name."))
    _check_password(password)
    with db.write() as s:
        if s.scalar(select(func.count()).select_from(AppUser)):
            raise AuthError(QT_TRANSLATE_NOOP("errors", "An administrator already exists."))
        user = AppUser(username=username, role=Role.ADMIN.value,
                       password_hash=hash_password(password))
        s.add(user)
        s.flush()
        audit.append(s, clock(), username, "create", "app_user", str(user.id),
                     {"username": username, "role": "admin", "first_admin": True})
        return Actor(username, Role.ADMIN, user.id, None)


def _locked(remaining: dt.timedelta) -> AuthError:
    minutes = max(1, math.ceil(remaining.total_seconds() / 60))
    return AuthError(QT_TRANSLATE_NOOP(
        "errors", "This account is locked after too many failed sign-ins. "
                  "Try again in {minutes} min or ask an administrator."),
        minutes=minutes)


def sign_in(db: Database, username: str, password: str, clock=now) -> Actor:
    """Check a password; count failures and lock the account after too many."""
    current = clock()
    with db.write() as s:
        user = s.scalar(select(AppUser).where(AppUser.username == username.strip()))
        bad = AuthError(QT_TRANSLATE_NOOP("errors", "Wrong user name or password."))
        if user is None or not user.active:
            # Committing nothing here; the same message avoids revealing which names exist.
            raise bad
        if user.locked_until and user.locked_until > current:
            raise _locked(user.locked_until - current)
        if not verify_password(user.password_hash, password):
            user.failed_logins += 1
            limit = read_setting(s, "auth.max_failed_logins")
            failure = bad
            if user.failed_logins >= limit:
                lock = dt.timedelta(minutes=read_setting(s, "auth.lockout_minutes"))
                user.locked_until = current + lock
                user.failed_logins = 0
                audit.append(s, current, username, "lock", "app_user", str(user.id), {})
                failure = _locked(lock)  # say so at once, not only on the next attempt
        else:
            user.failed_logins = 0
            user.locked_until = None
            return Actor(user.username, Role(user.role), user.id, user.employee_id)
    raise failure


def _dto(user: AppUser, employee_name: str) -> UserDTO:
    return UserDTO(user.id, user.username, user.role, user.employee_id, employee_name,
                   user.active, user.locked_until)


class UserService(Service):
    def list_users(self) -> list[UserDTO]:
        self._require(Permission.MANAGE_USERS)
        with self.db.read() as s:
            rows = s.execute(select(AppUser, Employee.name)
                             .outerjoin(Employee, Employee.id == AppUser.employee_id)
                             .order_by(AppUser.username)).all()
            return [_dto(u, name or "") for u, name in rows]

    def create_user(self, username: str, password: str, role: Role | str,
                    employee_id: int | None = None) -> UserDTO:
        self._require(Permission.MANAGE_USERS)
        username = username.strip()
        if not username:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a user name."))
        role = Role(role)
        _check_password(password)
        with self.db.write() as s:
            if s.scalar(select(AppUser.id).where(AppUser.username == username)):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The user name {username} is taken."),
                    username=username)
            if employee_id is not None and s.get(Employee, employee_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee."))
            user = AppUser(username=username, role=role.value, employee_id=employee_id,
                           password_hash=hash_password(password))
            s.add(user)
            s.flush()
            self._audit(s, "create", "app_user", user.id, username=username, role=role.value,
                        employee_id=employee_id)
            name = s.get(Employee, employee_id).name if employee_id else ""
            return _dto(user, name)

    def reset_password(self, user_id: int, new_password: str) -> None:
        """An administrator sets a new password; this also lifts a lock-out."""
        self._require(Permission.MANAGE_USERS)
        _check_password(new_password)
        with self.db.write() as s:
            user = s.get(AppUser, user_id)
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such user."))
            user.password_hash = hash_password(new_password)
            user.failed_logins = 0
            user.locked_until = None
            self._audit(s, "reset_password", "app_user", user.id, username=user.username)

    def set_role(self, user_id: int, role: Role | str, active: bool = True) -> None:
        self._require(Permission.MANAGE_USERS)
        role = Role(role)
        with self.db.write() as s:
            user = s.get(AppUser, user_id)
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such user."))
            if user.id == self.actor.user_id and (role != Role.ADMIN or not active):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "You cannot remove your own administrator rights."))
            before = {"role": user.role, "active": user.active}
            user.role, user.active = role.value, active
            self._audit(s, "update", "app_user", user.id, before=before,
                        after={"role": role.value, "active": active})
