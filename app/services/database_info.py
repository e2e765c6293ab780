"""Which database FloorQC works on, and what only a server database needs: choosing the
location at start, testing a PostgreSQL address before it is saved, and the foreign key
query that stands in for SQLite's foreign_key_check in ``floorqc check``.

Several laptops share one PostgreSQL server (never one SQLite file on a network drive);
see "Several laptops" in the README."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from app.db.engine import Database, DriverMissing, ServerUnreachable, make_engine, url_for
from app.db.migrate import alembic_config, current_revision, head_revision
from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from app.domain.permissions import Permission
from app.paths import default_db_path
from app.services.base import Service

ENV_VAR = "FLOORQC_DB"
EXAMPLE_URL = "postgresql+psycopg://floorqc:PASSWORD@server/floorqc"


class NotAServerAddress(ValidationError):
    def __init__(self, url: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "\"{url}\" is not a PostgreSQL address. Write it as "
                      "postgresql+psycopg://user:password@server/database."), url=url)


@dataclass(frozen=True)
class DatabaseInfo:
    kind: str  # "sqlite" or "postgresql"
    location: str  # the file, or the server URL without its password
    server: str  # "SQLite 3.45.1", "PostgreSQL 15.18"
    schema: str | None  # the schema revision the database is at; None when it is empty
    head: str  # the schema revision this FloorQC writes

    @property
    def state(self) -> str:
        """"empty" (the next start creates the tables), "current", "older" (the next start
        upgrades it) or "newer" (written by a newer FloorQC, which this one refuses)."""
        if self.schema is None:
            return "empty"
        if self.schema == self.head:
            return "current"
        return "older" if _known(self.schema) else "newer"


@dataclass(frozen=True)
class Orphan:
    """Rows of ``table`` that refer to a ``parent`` row that is not there."""

    table: str
    row: str  # the first such row's key
    parent: str
    count: int


def _known(revision: str) -> bool:
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception:  # alembic raises a family of errors for ids it does not know
        return False
    return True


def choose_database(given: str | Path | None, saved: str | None = None) -> str | Path:
    """Where to open: ``--db``, else the FLOORQC_DB environment variable, else the address
    saved in the GUI's settings, else the file in the user's data folder."""
    for candidate in (given, os.environ.get(ENV_VAR), saved):
        if candidate and str(candidate).strip():
            return candidate if isinstance(candidate, Path) else str(candidate).strip()
    return default_db_path()


def server_url(address: str) -> str:
    """A PostgreSQL address in the form FloorQC opens (``postgresql+psycopg://…``), or
    NotAServerAddress. Plain ``postgresql://`` and ``postgres://`` are accepted."""
    value = (address or "").strip()
    try:
        url = make_url(url_for(value)) if "://" in value else None
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql" or not url.host \
            or not url.database:
        raise NotAServerAddress(value)
    return url.render_as_string(hide_password=False)


def describe(url: str) -> str:
    """The address as it may be shown: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:  # not a URL at all (a settings file edited by hand): shown as is
        return url


def probe(db: str | Path) -> DatabaseInfo:
    """Open ``db``, run SELECT 1 and read the server's version and schema revision; nothing
    is created or changed. Raises ServerUnreachable or DriverMissing with what to do."""
    url = url_for(db)
    engine = make_engine(url)  # DriverMissing without psycopg (pip install .[postgres])
    try:
        with engine.connect() as conn:  # a server that does not answer: ServerUnreachable
            conn.execute(text("SELECT 1"))
            version = ".".join(str(n) for n in conn.dialect.server_version_info or ())
        schema = current_revision(engine)
    finally:
        engine.dispose()
    kind = engine.dialect.name
    return DatabaseInfo(kind, _location(url), f"{_SERVER_NAMES.get(kind, kind)} {version}",
                        schema, head_revision())


_SERVER_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def _location(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database
    return describe(url)


def foreign_key_problems(session: Session) -> list[Orphan]:
    """On PostgreSQL, every foreign key of the database checked row by row: what SQLite's
    PRAGMA foreign_key_check does. The server enforces them on every write, so this finds
    only what got past it (triggers disabled, a careless restore)."""
    conn = session.connection()
    quote = conn.dialect.identifier_preparer.quote
    schema = inspect(conn)
    problems = []
    for table in schema.get_table_names():
        primary = schema.get_pk_constraint(table).get("constrained_columns") or []
        for fk in schema.get_foreign_keys(table):
            pairs = list(zip(fk["constrained_columns"], fk["referred_columns"], strict=True))
            key = (primary or fk["constrained_columns"])[0]  # names the first bad row
            present = " AND ".join(f"c.{quote(c)} IS NOT NULL" for c, _ in pairs)
            match = " AND ".join(f"p.{quote(r)} = c.{quote(c)}" for c, r in pairs)
            count, first = conn.execute(text(
                f"SELECT count(*), min(c.{quote(key)}) FROM {quote(table)} c "
                f"WHERE {present} AND NOT EXISTS "
                f"(SELECT 1 FROM {quote(fk['referred_table'])} p WHERE {match})")).one()
            if count:
                problems.append(Orphan(table, str(first), fk["referred_table"], count))
    return problems


class DatabaseService(Service):
    """The database this laptop works on, and trying another before it is saved. For the
    administrator only: the database decides who can sign in at all."""

    def current(self) -> DatabaseInfo:
        self._require(Permission.MANAGE_USERS)
        return _info(self.db)

    def test_connection(self, address: str) -> DatabaseInfo:
        """Try a PostgreSQL address: NotAServerAddress, ServerUnreachable, DriverMissing,
        or what is there (server version, schema revision). Saves nothing."""
        self._require(Permission.MANAGE_USERS)
        return probe(server_url(address))


def _info(db: Database) -> DatabaseInfo:
    url = db.engine.url.render_as_string(hide_password=False)
    with db.engine.connect() as conn:
        version = ".".join(str(n) for n in conn.dialect.server_version_info or ())
    kind = db.engine.dialect.name
    return DatabaseInfo(kind, _location(url), f"{_SERVER_NAMES.get(kind, kind)} {version}",
                        current_revision(db.engine), head_revision())


# DriverMissing and ServerUnreachable are raised by the engine (app.db); named here for the
# UI, which never imports app.db.
__all__ = ["EXAMPLE_URL", "DatabaseInfo", "DatabaseService", "DriverMissing",
           "NotAServerAddress", "Orphan", "ServerUnreachable", "choose_database", "describe",
           "foreign_key_problems", "probe", "server_url"]
