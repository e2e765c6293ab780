"""Errors the user can act on. Messages are English templates that the UI and the CLI
translate (context "errors") and then fill with ``params``; no Qt is needed here."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class Term(str):
    """A message parameter that is itself translatable, in its own context."""

    def __new__(cls, context: str, text: str) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term


def fill_template(template: str, params: dict, translate=None) -> str:
    """Format a translated template; Term parameters are translated in their own context."""
    if translate:
        params = {k: translate(v.context, str(v)) if isinstance(v, Term) else v
                  for k, v in params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class FloorQCError(Exception):
    """Base for errors whose message is meant for the user."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self, translate=None) -> str:
        template = translate("errors", self.message) if translate else self.message
        return fill_template(template, self.params, translate)


class ValidationError(FloorQCError):
    """The input is wrong; nothing was saved."""


class NotFound(FloorQCError):
    pass


class PermissionDenied(FloorQCError):
    """``role`` is the role key; the message names the role and permission by their labels."""

    def __init__(self, role: str, permission: str, role_label: str | None = None) -> None:
        self.role = role
        self.permission = permission
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Your role ({role}) may not {permission}."),
            role=Term("roles", role_label or role),
            permission=Term("permissions", permission),
        )


class ConflictError(FloorQCError):
    """Someone else changed the record first (optimistic locking)."""


class AuthError(FloorQCError):
    pass
