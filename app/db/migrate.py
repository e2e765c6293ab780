"""Bring a database to the code's schema at start: check, back up, upgrade on our connection.

Alembic is imported only when something is to be migrated: a database already at the code's
head (every start but the first after an update) is recognised with one SELECT, which saves
a tenth of a second of imports at start-up."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from app.db.backup import backup_sqlite
from app.db.engine import sqlite_path
from app.domain.errors import QT_TRANSLATE_NOOP, FloorQCError
from app.paths import backup_dir_for, migrations_dir


class DatabaseTooNew(FloorQCError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database was written by a newer FloorQC (schema {revision}). "
                "Install the newer version to open it; nothing was changed.",
            ),
            revision=revision,
        )


if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]",
                         re.MULTILINE)


def head_revision() -> str:
    """The code's newest revision: the one no migration file builds on (the history is
    linear; tests/db/test_migrations.py checks this agrees with Alembic's own reading)."""
    revisions, parents = set(), set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        for name, value in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")):
            (revisions if name == "revision" else parents).add(value)
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line, found heads {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The database's revision; None for a database Alembic has never touched."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):  # no such table: a new database
            return None


def upgrade(engine: Engine, target: str = "head", *, backup: bool = True) -> bool:
    """Upgrade to ``target``; returns True if anything ran. Refuses a database newer than us."""
    current = current_revision(engine)
    if current == head_revision() and target == "head":
        return False
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises a family of errors for unknown ids
            raise DatabaseTooNew(current) from exc
    if current == script.get_current_head() and target == "head":
        return False
    path = sqlite_path(str(engine.url))
    if backup and current is not None and path is not None and path.exists():
        backup_sqlite(path, backup_dir_for(path), "pre-migrate")
    from alembic import command

    _run(engine, cfg, lambda: command.upgrade(cfg, target))
    return True


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    cfg = alembic_config()
    _run(engine, cfg, lambda: command.downgrade(cfg, target))


def _run(engine: Engine, cfg: Config, step) -> None:
    """Run a migration step in one write transaction on our own connection.

    SQLite batch mode rebuilds tables, which must happen with foreign keys off (the pragma
    cannot change inside a transaction); the result is checked before they go back on."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection if engine.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.execution_options(floorqc_write=True).begin():
                cfg.attributes["connection"] = conn
                step()
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
