"""FloorQC on a PostgreSQL server (several laptops, DESIGN.md §6): the migrations run up and
down on it with data in the tables, `floorqc --db postgresql+psycopg://…` works end to end,
the SQLite-only machinery (pragmas, BEGIN IMMEDIATE, backups) stays out of the way, and the
settings' connection test says what it found. Needs FLOORQC_TEST_PG (``make test-pg``
starts a throwaway server); skipped without it. The database and service tests in general
run on PostgreSQL through the ``db`` fixture (tests/conftest.py)."""

from __future__ import annotations

import importlib.util

import pytest
from sqlalchemy import create_engine, event, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from app.db.engine import TextTooLong, make_engine, url_for
from app.db.migrate import DatabaseTooNew, current_revision, downgrade, head_revision, upgrade
from app.db.models import Department, Employee, Post
from app.domain.errors import PermissionDenied
from app.domain.permissions import Role
from app.services.backups import ServerDatabase
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services, open_database
from app.services.database_info import (
    DatabaseService,
    NotAServerAddress,
    ServerUnreachable,
    choose_database,
    probe,
    server_url,
)
from app.services.demo import build_demo
from tests.e2e.test_cli_demo import run_cli

needs_server = pytest.mark.postgresql  # and the pg_* fixtures skip without FLOORQC_TEST_PG
REVISIONS = ["0005", "0004", "0003", "0002", "0001"]


@pytest.fixture
def pg(pg_url):
    database = open_database(pg_url)
    yield database
    database.dispose()


def _tables(engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())


@needs_server
def test_every_migration_runs_down_and_up_on_a_populated_database(pg_empty_url):
    database = open_database(pg_empty_url)
    build_demo(database, SYSTEM)
    database.dispose()

    engine = make_engine(pg_empty_url)
    try:
        # One revision at a time, so a failure names the migration that broke.
        for target in [*REVISIONS[1:], "base"]:
            downgrade(engine, target)
            assert current_revision(engine) == (None if target == "base" else target)
        assert _tables(engine) == {"alembic_version"}
        for target in reversed(REVISIONS):
            upgrade(engine, target)
            assert current_revision(engine) == target
    finally:
        engine.dispose()

    again = open_database(pg_empty_url)
    try:
        build_demo(again, SYSTEM)
        with again.read() as s:
            assert s.scalar(select(func.count()).select_from(Employee)) == 63
            assert s.scalar(select(func.count()).select_from(Post)) == 22
    finally:
        again.dispose()


@needs_server
def test_a_pending_migration_keeps_the_data_and_writes_no_backup_file(pg_empty_url, tmp_path):
    database = open_database(pg_empty_url)
    build_demo(database, SYSTEM)
    database.dispose()
    engine = make_engine(pg_empty_url)
    downgrade(engine, "0004")
    engine.dispose()

    upgraded = open_database(pg_empty_url)  # backs up first on SQLite; pg_dump's job here
    try:
        assert current_revision(upgraded.engine) == head_revision()
        with upgraded.read() as s:
            assert s.scalar(select(func.count()).select_from(Employee)) == 63
    finally:
        upgraded.dispose()
    assert not [p for p in tmp_path.rglob("*") if p.suffix == ".db"]


@needs_server
def test_a_database_newer_than_the_code_is_refused(pg_empty_url):
    open_database(pg_empty_url).dispose()
    engine = create_engine(pg_empty_url, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    with pytest.raises(DatabaseTooNew, match="newer FloorQC"):
        open_database(pg_empty_url)
    with engine.connect() as conn:  # refused means untouched
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            "f00dfeed9999"
    engine.dispose()


@needs_server
def test_writes_use_read_committed_and_none_of_sqlites_statements(pg):
    statements: list[str] = []
    event.listen(pg.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: statements.append(statement))
    with pg.write() as s:
        level = s.connection().get_isolation_level()
        s.add(Department(name="工程部", kind="support"))
    assert level == "READ COMMITTED"
    assert statements and not [q for q in statements if q.lstrip().upper().startswith(
        ("PRAGMA", "BEGIN IMMEDIATE"))]


@needs_server
def test_rows_inserted_with_their_own_ids_move_the_sequence_on(pg):
    """Bulk inserts with explicit ids (the demo builder, imports) must not leave the id
    sequence behind, or the next ordinary insert reuses an id."""
    with pg.write() as s:
        s.execute(insert(Department), [{"id": 40 + n, "name": f"部门{n}", "kind": "floor"}
                                       for n in range(3)])
    made = Services.bind(pg, SYSTEM).org.save_department("新部门")
    assert made.id == 43


@needs_server
def test_a_text_longer_than_its_column_is_refused_clearly_and_nothing_is_saved(pg):
    """SQLite stores any length; PostgreSQL keeps VARCHAR(n) to n characters."""
    org = Services.bind(pg, SYSTEM).org
    with pytest.raises(TextTooLong, match="longer than the database keeps"):
        org.save_department("长" * 81)
    assert org.save_department("长" * 80).name == "长" * 80  # the limit itself fits
    with pg.read() as s:
        assert s.scalar(select(func.count()).select_from(Department)) == 1


@needs_server
def test_backups_are_left_to_pg_dump(pg):
    backups = Services.bind(pg, SYSTEM).backups
    assert backups.folder() is None and backups.list() == []
    with pytest.raises(ServerDatabase, match="pg_dump"):
        backups.backup_now()


@needs_server
def test_the_command_line_runs_on_the_server(pg_empty_url, tmp_path):
    made = run_cli("demo", "--db", pg_empty_url, tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    ok = run_cli("check", "--db", pg_empty_url, tmp_path=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "integrity check: skipped (PRAGMA integrity_check is SQLite-only" in ok.stdout
    assert "foreign key check: ok" in ok.stdout and "audit chain: ok" in ok.stdout
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").rglob("*.db"))

    # A reference the server would refuse, slipped past its triggers as a careless restore
    # could, and an edited audit row: each is caught and named.
    engine = create_engine(pg_empty_url, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text("UPDATE employee SET leader_id = 99999 WHERE id = 5"))
    bad = run_cli("check", "--db", pg_empty_url, tmp_path=tmp_path)
    assert bad.returncode == 1
    assert "foreign key check failed: employee row 5 refers to a missing employee" in bad.stderr
    with engine.begin() as conn:
        conn.execute(text("UPDATE employee SET leader_id = NULL WHERE id = 5"))
        victim = conn.execute(text("SELECT min(id) + 3 FROM audit_log")).scalar()
        conn.execute(text("UPDATE audit_log SET detail = '{}' WHERE id = :id"), {"id": victim})
    engine.dispose()
    tampered = run_cli("check", "--db", pg_empty_url, tmp_path=tmp_path)
    assert tampered.returncode == 1
    assert f"audit row {victim} does not match its hash" in tampered.stderr


def test_a_server_that_cannot_be_reached_gets_a_message_not_a_traceback(tmp_path):
    # Without the postgres extra the message says to install it (the SQLite-only venv).
    expected = ("could not reach the database server" if importlib.util.find_spec("psycopg")
                else "The PostgreSQL driver is not installed")
    out = run_cli("check", "--db", "postgresql+psycopg://floorqc:s3cret@127.0.0.1:1/floorqc",
                  tmp_path=tmp_path)
    assert out.returncode == 1 and expected in out.stderr
    assert "Traceback" not in out.stderr and "s3cret" not in out.stderr + out.stdout


@needs_server
def test_the_connection_test_reports_the_server_and_the_schema(pg, pg_url, pg_empty_url):
    admin = DatabaseService(pg, SYSTEM)
    found = admin.test_connection(pg_url)
    assert found.kind == "postgresql" and found.server.startswith("PostgreSQL ")
    assert found.schema == found.head == head_revision() and found.state == "current"
    assert "@" in found.location and make_url(pg_url).password not in found.location
    assert admin.test_connection(pg_empty_url).state == "empty"  # the next start migrates
    open_database(pg_empty_url).dispose()
    engine = make_engine(pg_empty_url)
    downgrade(engine, "0004")
    assert admin.test_connection(pg_empty_url).state == "older"  # the next start upgrades
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    engine.dispose()
    assert admin.test_connection(pg_empty_url).state == "newer"  # refused at start
    current = admin.current()
    assert current.kind == "postgresql" and current.schema == head_revision()


@needs_server
def test_a_server_that_does_not_answer_is_named_without_its_password(pg):
    address = "postgresql+psycopg://floorqc:s3cret@127.0.0.1:1/floorqc"
    with pytest.raises(ServerUnreachable) as err:
        DatabaseService(pg, SYSTEM).test_connection(address)
    message = str(err.value)
    assert "127.0.0.1:1" in message and "pg_hba.conf" in message and "s3cret" not in message


@needs_server
def test_only_the_administrator_tests_and_sees_the_database(pg):
    for role in (Role.MANAGER, Role.HR):
        service = DatabaseService(pg, Actor(f"test-{role}", role))
        with pytest.raises(PermissionDenied):
            service.test_connection("postgresql+psycopg://x@server/floorqc")
        with pytest.raises(PermissionDenied):
            service.current()


@pytest.mark.parametrize("address", ["", "floorqc.db", "sqlite:///floorqc.db", "mysql://x@h/d",
                                     "postgresql+psycopg://", "postgresql+psycopg://u@/db",
                                     "postgresql+psycopg://u@server/"])
def test_only_postgresql_addresses_with_a_server_and_database_are_accepted(address):
    with pytest.raises(NotAServerAddress):
        server_url(address)


def test_plain_postgresql_addresses_get_the_driver_floorqc_ships():
    assert server_url(" postgresql://floorqc:pw@db.local/floorqc ") == \
        "postgresql+psycopg://floorqc:pw@db.local/floorqc"
    assert url_for("postgres://floorqc@db.local:5433/floorqc") == \
        "postgresql+psycopg://floorqc@db.local:5433/floorqc"


def test_the_database_comes_from_the_option_then_the_environment_then_the_settings(
        monkeypatch, tmp_path):
    from app.paths import default_db_path

    monkeypatch.delenv("FLOORQC_DB", raising=False)
    saved = "postgresql+psycopg://floorqc@server/floorqc"
    assert choose_database(None) == default_db_path()
    assert choose_database(None, saved) == saved
    monkeypatch.setenv("FLOORQC_DB", "postgresql+psycopg://floorqc@other/floorqc")
    assert choose_database(None, saved) == "postgresql+psycopg://floorqc@other/floorqc"
    assert choose_database(str(tmp_path / "x.db"), saved) == str(tmp_path / "x.db")


def test_probe_of_a_sqlite_file_reports_sqlite(tmp_path):
    open_database(tmp_path / "a.db").dispose()
    info = probe(tmp_path / "a.db")
    assert info.kind == "sqlite" and info.server.startswith("SQLite 3.")
    assert info.location == str(tmp_path / "a.db") and info.schema == head_revision()
