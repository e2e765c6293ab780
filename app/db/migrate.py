"""Bring a database to the code's schema at start: check, back up, upgrade on our connection."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head", *, backup: bool = True) -> bool:
    """Upgrade to ``target``; returns True if anything ran. Refuses a database newer than us."""
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
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
    _run(engine, cfg, lambda: command.upgrade(cfg, target))
    return True


def downgrade(engine: Engine, target: str) -> None:
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
