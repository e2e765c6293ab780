"""Engines and sessions. SQLite gets the pragmas of DESIGN.md §6 and BEGIN IMMEDIATE for writes;
PostgreSQL (several laptops on one server) gets neither: see ``_postgresql_engine``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, Insert, Table, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.db import clean_close
from app.domain.errors import QT_TRANSLATE_NOOP, FloorQCError, StorageError, ValidationError

BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10
_WRITE = "floorqc_write"


def url_for(db: str | Path) -> str:
    """A plain path means a SQLite file; anything with '://' is a SQLAlchemy URL. A plain
    ``postgresql://`` (or libpq's ``postgres://``) gets psycopg, the driver FloorQC ships."""
    text = str(db)
    for plain in ("postgresql://", "postgres://"):
        if text.startswith(plain):
            return "postgresql+psycopg://" + text[len(plain):]
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def make_engine(db: str | Path) -> Engine:
    url = url_for(db)
    if is_postgresql(url):
        return _postgresql_engine(url)
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        # Python 3.11's sqlite3 would open its own transactions; we emit BEGIN ourselves.
        connect_args={"isolation_level": None, "timeout": BUSY_TIMEOUT_MS / 1000,
                      # The UI worker thread and the main thread share the pool, never a connection.
                      "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # Writers take the lock up front so two writers never deadlock mid-transaction.
        immediate = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class ServerUnreachable(StorageError):
    """The PostgreSQL server did not answer, refused the login, or the connection dropped."""

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "FloorQC could not reach the database server {where} ({detail}). Check "
                      "the server's name and port, the user name and password, and that the "
                      "server accepts connections from this laptop (listen_addresses and "
                      "pg_hba.conf)."), where=where, detail=detail)


class DriverMissing(FloorQCError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The PostgreSQL driver is not installed. Install FloorQC with its "
                      "postgres extra (pip install .[postgres]) and try again."))


class TextTooLong(ValidationError):
    """PostgreSQL holds text columns to their declared length, where SQLite stores any text."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "A text is longer than the database keeps ({detail}). Shorten it and try "
                      "again; nothing was saved."), detail=detail)


def _postgresql_engine(url: str) -> Engine:
    """READ COMMITTED (the server's default, said out loud): a change reads the record it
    changes and checks its version column, so of two laptops changing the same record the
    second gets a ConflictError (tests/unit/test_two_sessions.py). No BEGIN IMMEDIATE and
    no pragmas: those are SQLite's."""
    try:
        engine = create_engine(
            url, pool_pre_ping=True, isolation_level="READ COMMITTED",
            # A wrong host in the settings must fail in seconds, not hang the start-up.
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "floorqc"},
        )
    except ModuleNotFoundError as exc:  # psycopg is an optional extra
        raise DriverMissing() from exc
    event.listen(engine, "after_execute", _follow_explicit_ids)
    event.listen(engine, "handle_error", _server_errors)
    return engine


def _server_errors(context) -> FloorQCError | None:
    """A failed connect (server down, wrong host, login refused, no such database) or a
    dropped connection comes out as ServerUnreachable, naming the server without its
    password, at start-up and in any later call; a text longer than its column as
    TextTooLong. Other errors stay what they are. The transaction is rolled back either way."""
    error = context.original_exception
    lines = str(error).strip().splitlines()
    detail = lines[0].strip() if lines else type(error).__name__
    if getattr(error, "sqlstate", None) == "22001":  # string_data_right_truncation
        return TextTooLong(detail)
    if context.connection is not None and not context.is_disconnect:
        return None
    return ServerUnreachable(context.engine.url.render_as_string(hide_password=True), detail)


def _follow_explicit_ids(conn, clause, _multiparams, _params, _options, result) -> None:
    """After rows are inserted with ids we chose (the demo builder, bulk imports), move the
    table's sequence past them, as SQLite's rowid does by itself; otherwise the next plain
    INSERT on PostgreSQL would reuse an id and fail on the primary key."""
    if not isinstance(clause, Insert) or not isinstance(clause.table, Table):
        return
    column = clause.table.autoincrement_column
    compiled = getattr(result.context, "compiled_parameters", None) or []
    if column is None or not any(row.get(column.key) is not None for row in compiled):
        return
    quote = conn.dialect.identifier_preparer
    table, name = quote.format_table(clause.table), quote.quote(column.name)
    conn.exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table}', '{column.name}'), "
        f"(SELECT max({name}) FROM {table}))")


class Database:
    """One engine and its sessions: ``read()`` for queries, ``write()`` for changes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_file(self) -> Path | None:
        return sqlite_path(str(self.engine.url)) if self.is_sqlite else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        from app.db.db_errors import translate_db_errors

        with translate_db_errors(self.engine), self._sessions() as session:
            yield session
            session.rollback()

    @contextmanager
    def read_rows(self) -> Iterator[Connection]:
        """A read on a plain connection, for statements that load no ORM objects: a Session's
        set-up and tear-down are most of the cost of a small read (a list page, a count)."""
        from app.db.db_errors import translate_db_errors

        with translate_db_errors(self.engine), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error. Disk full,
        read-only and locked come out as FloorQCErrors, after the rollback."""
        from app.db.db_errors import translate_db_errors

        with translate_db_errors(self.engine), self._sessions.begin() as session:
            session.connection(execution_options={_WRITE: True})
            yield session

    def dispose(self) -> None:
        """Close every pooled connection; a SQLite file left with no connection is marked as
        closed cleanly, so the next start can skip its full check (app.db.clean_close)."""
        self.engine.dispose()
        path = self.sqlite_file
        if path is not None:
            clean_close.mark(path)
