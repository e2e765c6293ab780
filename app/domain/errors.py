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


class StorageError(FloorQCError):
    """The disk or the database refused a read or write. The transaction was rolled back, so
    nothing is half-written, and the same call works again once the cause is gone."""


class DiskFull(StorageError):
    def __init__(self, where: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The disk holding the database ({where}) is full. Nothing was half-saved: "
                      "free some space on that disk, then try again."), where=where)


class DatabaseReadOnly(StorageError):
    def __init__(self, where: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database ({where}) can only be read. Nothing was saved: check that "
                      "you may write to the file and its folder (permissions, a write-protected "
                      "drive), then try again."), where=where)


class DatabaseLocked(StorageError):
    def __init__(self, where: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database ({where}) is busy in another program. Nothing was "
                      "half-saved: close the other FloorQC window or program using it, then try "
                      "again."), where=where)


class DatabaseUnavailable(StorageError):
    def __init__(self, where: str, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database ({where}) could not be read or written ({detail}). Nothing "
                      "was half-saved: check that the drive is connected and the file is still "
                      "there, then try again."), where=where, detail=detail)


class DatabaseCorrupt(StorageError):
    """Damage found while the app runs; the start-up check deals with it on the next start."""

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database ({where}) is damaged ({detail}). Close FloorQC and start it "
                      "again: it keeps the damaged file aside and offers the newest good "
                      "backup."), where=where, detail=detail)


class DatabaseDamaged(StorageError):
    """Found at start: the file was moved to ``kept``; ``backup`` (taken at ``backup_taken``)
    is the newest backup that passes quick_check, or None."""

    def __init__(self, path, kept, backup=None, backup_taken=None, problem: str = "") -> None:
        self.path, self.kept, self.problem = path, kept, problem
        self.backup, self.backup_taken = backup, backup_taken
        if backup is None:
            super().__init__(QT_TRANSLATE_NOOP(
                "errors", "The database {path} is damaged and no good backup of it was found. "
                          "The damaged file was kept as {kept}; the next start can begin "
                          "with an empty database."), path=str(path), kept=str(kept))
            return
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database {path} is damaged. The damaged file was kept as {kept}. "
                      "The newest good backup is from {date}: restore it with "
                      "floorqc restore \"{backup}\" --db \"{path}\", or start FloorQC, "
                      "which offers it."),
            path=str(path), kept=str(kept), backup=str(backup),
            date=backup_taken.strftime("%Y-%m-%d %H:%M") if backup_taken else "?")

