"""Errors the user can act on. Messages are English templates that the UI and the CLI
translate (context "errors") and then fill with ``params``; no Qt is needed here."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class FloorQCError(Exception):
    """Base for errors whose message is meant for the user."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self, translate=None) -> str:
        template = translate("errors", self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(FloorQCError):
    """The input is wrong; nothing was saved."""


class NotFound(FloorQCError):
    pass


class PermissionDenied(FloorQCError):
    """``role`` is the role key; the message names the role and permission by their labels,
    which are translated in their own contexts ("roles", "permissions")."""

    def __init__(self, role: str, permission: str, role_label: str | None = None) -> None:
        self.role = role
        self.permission = permission
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Your role ({role}) may not {permission}."),
            role=role_label or role,
            permission=permission,
        )

    def render(self, translate=None) -> str:
        template = translate("errors", self.message) if translate else self.message
        role, permission = self.params["role"], self.params["permission"]
        if translate:
            role, permission = translate("roles", role), translate("permissions", permission)
        return template.format(role=role, permission=permission)


class ConflictError(FloorQCError):
    """Someone else changed the record first (optimistic locking)."""


class AuthError(FloorQCError):
    pass
