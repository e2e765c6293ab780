"""What every service shares: the database, who is acting, a clock, permission checks, audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from app.db.engine import Database
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.permissions import PERMISSION_LABELS, ROLE_LABELS, Permission, Role, allows
from app.services import audit


@dataclass(frozen=True)
class Actor:
    """Who is signed in. Services check every call against this, not against hidden buttons."""

    username: str
    role: Role
    user_id: int | None = None
    employee_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return allows(self.role, permission)


# Headless commands run as the machine's operator, with an administrator's rights.
SYSTEM = Actor(username="system", role=Role.ADMIN)


def required_name(value: str | None, message: str) -> str:
    """The stripped name, or a ValidationError with ``message`` (a whole translatable
    sentence, so no untranslated word is ever pasted into it)."""
    value = (value or "").strip()
    if not value:
        raise ValidationError(message)
    return value


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Service:
    def __init__(self, db: Database, actor: Actor, clock: Callable[[], dt.datetime] = now) -> None:
        self.db = db
        self.actor = actor
        self.clock = clock

    def _require(self, permission: Permission) -> None:
        if not self.actor.can(permission):
            raise PermissionDenied(self.actor.role.value, PERMISSION_LABELS[permission],
                                   ROLE_LABELS[self.actor.role])

    def _require_any(self, *permissions: Permission) -> None:
        """Any one of the permissions is enough; a refusal names the first."""
        if not any(self.actor.can(p) for p in permissions):
            self._require(permissions[0])

    def _audit(self, session, action: str, entity: str, entity_id: object = "",
               **detail: object) -> None:
        audit.append(session, self.clock(), self.actor.username, action, entity,
                     str(entity_id), detail)
