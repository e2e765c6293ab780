"""Shared fixtures: every test gets its own database built through the real migration path.

With FLOORQC_TEST_PG set to a PostgreSQL server URL (``make test-pg`` starts a throwaway
one), the database and service tests (tests/db, tests/unit) that use the ``db`` fixture run
twice, ids ``[sqlite]`` and ``[postgresql]``; the PostgreSQL runs carry the ``postgresql``
marker, so ``pytest -m postgresql`` runs only them. The PostgreSQL runs share one database,
migrated once per session through open_database and emptied before each test.
A test that checks something only SQLite has is marked ``sqlite_only("why")`` and its
PostgreSQL run is skipped with that reason. UI and end-to-end tests stay on SQLite."""

from __future__ import annotations

import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FLOORQC_ARGON2_PROFILE"] = "test"  # cheap hashes; the production profile is OWASP's

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from app.db.engine import Database
from app.db.migrate import head_revision
from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services, open_database

PG_SERVER = os.environ.get("FLOORQC_TEST_PG", "")
BOTH_BACKENDS = ("tests/db", "tests/unit")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "postgresql: runs on the PostgreSQL test server named by FLOORQC_TEST_PG")
    config.addinivalue_line(
        "markers", "sqlite_only(reason): checks something only SQLite has; skipped on PostgreSQL")


def pytest_generate_tests(metafunc):
    if not PG_SERVER or "backend" not in metafunc.fixturenames:
        return
    root = metafunc.config.rootpath
    if not any(metafunc.definition.path.is_relative_to(root / d) for d in BOTH_BACKENDS):
        return
    marks = [pytest.mark.postgresql]
    why = _sqlite_only(metafunc.definition)
    if why:
        marks.append(pytest.mark.skip(reason=f"SQLite only: {why}"))
    metafunc.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=marks)],
                         indirect=True)


# Tests written before PostgreSQL that check what only SQLite has (node id prefix: why).
# New tests say so themselves with @pytest.mark.sqlite_only("why").
SQLITE_ONLY = {
    "tests/db/test_migrations.py::test_sqlite_pragmas_are_set":
        "WAL, synchronous=FULL and busy_timeout are SQLite pragmas",
    "tests/db/test_migrations.py::test_writes_take_the_lock_up_front":
        "BEGIN IMMEDIATE is SQLite's; on PostgreSQL see tests/unit/test_two_sessions.py",
    "tests/unit/test_backups.py":
        "FloorQC backs up SQLite files; a PostgreSQL server is backed up with pg_dump",
    "tests/unit/test_db_errors.py::test_disk_full_":
        "fills the SQLite file with PRAGMA max_page_count",
    "tests/unit/test_db_errors.py::test_a_read_only_database_":
        "opens the SQLite file read-only",
    "tests/unit/test_db_errors.py::test_a_write_protected_file_":
        "write-protects the SQLite file",
    "tests/unit/test_staff_io.py::test_a_backup_is_taken_before_an_import_":
        "the backup before an import is a SQLite file",
    "tests/unit/test_survey_io.py::test_a_csv_file_is_imported":
        "it also checks the SQLite backup taken before the import",
    "tests/unit/test_permissions.py":
        "each test copies a prepared SQLite file; permissions are checked before any query",
}


def _sqlite_only(definition) -> str:
    marker = next(definition.iter_markers("sqlite_only"), None)
    if marker is not None:
        return marker.args[0]
    return next((why for prefix, why in SQLITE_ONLY.items()
                 if definition.nodeid.startswith(prefix)), "")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("FLOORQC_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("FLOORQC_LANG", "en")


@pytest.fixture
def backend(request) -> str:
    """"sqlite" unless the test runs on both back-ends (see the module docstring)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "floorqc.db"


@pytest.fixture
def db(backend, request) -> Database:
    if backend == "postgresql":
        database = open_database(request.getfixturevalue("pg_url"))
    else:
        database = open_database(request.getfixturevalue("db_path"))
    yield database
    database.dispose()


@pytest.fixture
def services(db) -> Services:
    """Services acting as an administrator."""
    return Services.bind(db, SYSTEM)


@pytest.fixture
def services_as(db):
    def bind(role: Role | str, employee_id: int | None = None) -> Services:
        return Services.bind(db, Actor(f"test-{role}", Role(role), None, employee_id))

    return bind


# ---- PostgreSQL ---------------------------------------------------------------------------
def _pg_admin():
    if not PG_SERVER:
        pytest.skip("set FLOORQC_TEST_PG to a PostgreSQL server URL (make test-pg does)")
    # CREATE/DROP DATABASE cannot run inside a transaction.
    return create_engine(PG_SERVER, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def _pg_database_url(name: str) -> str:
    return make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_session_url():
    """One database per session, migrated and seeded by open_database (the real path)."""
    yield from _throwaway_database()


@pytest.fixture
def pg_url(pg_session_url):
    """The session's database emptied and its sequences restarted, so that open_database
    (the ``db`` fixture) seeds it exactly as a new one. Emptying takes ~50 ms where a copy
    of a template database (CREATE DATABASE … TEMPLATE) takes ~500 ms: it is what keeps the
    PostgreSQL leg near the SQLite one in time. Tests that change the schema use
    ``pg_empty_url`` instead."""
    engine = create_engine(pg_session_url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar():
                _delete_everything(conn)
    finally:
        engine.dispose()
    return pg_session_url


def _delete_everything(conn) -> None:
    from app.db.base import Base

    version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert version == head_revision(), (
        f"an earlier test left the shared database at schema {version}: tests that change "
        "the schema must use pg_empty_url")
    known = {t.name for t in Base.metadata.tables.values()} | {"alembic_version"}
    present = set(conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").scalars())
    assert present <= known, f"tables the models do not know: {present - known}"
    # Children before parents, so no foreign key objects to a statement.
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in present:
            conn.exec_driver_sql(f'DELETE FROM "{table.name}"')
    for sequence in conn.exec_driver_sql(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()").scalars():
        conn.exec_driver_sql(f'ALTER SEQUENCE "{sequence}" RESTART')


@pytest.fixture
def pg_empty_url():
    """A fresh, empty database on the test server (nothing migrated), dropped afterwards."""
    yield from _throwaway_database()


def _throwaway_database():
    admin = _pg_admin()
    name = f"floorqc_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield _pg_database_url(name)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
