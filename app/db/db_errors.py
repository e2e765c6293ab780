"""Storage failures the user can fix (disk full, read-only, locked, damaged) become
FloorQCErrors with a message saying what to do; anything else stays a bug and propagates.

The mapping sits around the session context managers, so by the time it runs the
transaction has already been rolled back: nothing half-written is left behind."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from app.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseUnavailable,
    DiskFull,
    FloorQCError,
)

# Primary SQLite result codes (extended names such as SQLITE_READONLY_DBMOVED are cut down).
_SQLITE = {
    "SQLITE_FULL": "full", "SQLITE_READONLY": "readonly", "SQLITE_PERM": "readonly",
    "SQLITE_BUSY": "locked", "SQLITE_LOCKED": "locked",
    "SQLITE_CORRUPT": "corrupt", "SQLITE_NOTADB": "corrupt",
    "SQLITE_IOERR": "unavailable", "SQLITE_CANTOPEN": "unavailable",
}
# When the driver gives no code name, the message text still says which one it is.
_SQLITE_TEXT = {
    "database or disk is full": "full", "readonly database": "readonly",
    "database is locked": "locked", "database table is locked": "locked",
    "malformed": "corrupt", "file is not a database": "corrupt",
    "disk i/o error": "unavailable", "unable to open database file": "unavailable",
}
# PostgreSQL SQLSTATEs: disk_full, read_only_sql_transaction, lock_not_available.
_SQLSTATE = {"53100": "full", "25006": "readonly", "55P03": "locked"}
_ERRNO = {errno.ENOSPC: "full", getattr(errno, "EDQUOT", errno.ENOSPC): "full",
          errno.EROFS: "readonly", errno.EACCES: "readonly", errno.EPERM: "readonly"}


def describe(target: Engine | Path | str) -> str:
    """Where the data lives, for a message: the file, or the server URL without its password."""
    if isinstance(target, Engine):
        target = target.url
    text = str(target)
    if "://" not in text:
        return text
    url = make_url(text)
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def kind_of(error: BaseException) -> str | None:
    """"full", "readonly", "locked", "corrupt", "unavailable", or None for anything else."""
    if isinstance(error, DBAPIError):
        error = error.orig
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        kind = _SQLITE.get("_".join(name.split("_")[:2]))
        if kind:
            return kind
        text = str(error).lower()
        return next((k for needle, k in _SQLITE_TEXT.items() if needle in text), None)
    if isinstance(error, OSError) and not isinstance(error, FileNotFoundError):
        return _ERRNO.get(error.errno)
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    return _SQLSTATE.get(state) if state else None


def storage_error(error: BaseException, where: Engine | Path | str) -> FloorQCError | None:
    kind = kind_of(error)
    if kind is None:
        return None
    place = describe(where)
    detail = str(getattr(error, "orig", None) or error).strip()
    if kind == "full":
        return DiskFull(place)
    if kind == "readonly":
        return DatabaseReadOnly(place)
    if kind == "locked":
        return DatabaseLocked(place)
    if kind == "corrupt":
        return DatabaseCorrupt(place, detail)
    return DatabaseUnavailable(place, detail)


@contextmanager
def translate_db_errors(where: Engine | Path | str, *, files: bool = False) -> Iterator[None]:
    """Re-raise a storage failure inside the block as its FloorQCError (the original chained).
    ``files``: OSErrors too, for blocks that only touch the database's own files; a session
    block may read an import file, whose "permission denied" is not about the database."""
    try:
        yield
    except FloorQCError:
        raise
    except StaleDataError as exc:
        # Two laptops saved the same record at once and the version check caught the second.
        raise ConflictError(QT_TRANSLATE_NOOP(
            "errors", "Someone else changed this record while you were saving — reload it "
                      "and try again.")) from exc
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        mapped = None if isinstance(exc, OSError) and not files else storage_error(exc, where)
        if mapped is None:
            raise
        raise mapped from exc

