"""`floorqc backup [--db …]` and `floorqc restore FILE [--db …]` (DESIGN.md §6).

Neither opens the database the usual way: a backup only copies the file (nothing is created
or migrated), and a restore must work on a file that no longer opens. The next start
migrates a restored older backup, backing it up first."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

COMMANDS = ("backup", "restore")


def add_backup_parsers(sub, db_arg: Callable[[argparse.ArgumentParser], None]) -> None:
    backup = sub.add_parser("backup", help="write a verified backup of the database and print "
                                           "the file written")
    db_arg(backup)
    restore = sub.add_parser("restore", help="put a backup in place of the database (the "
                                             "current file is backed up first)")
    restore.add_argument("file", type=Path, help="the backup to restore")
    db_arg(restore)


def run_backup_command(args: argparse.Namespace, say) -> int:
    """0 on success; 1 with one line on stderr saying what is wrong."""
    from app.domain.errors import FloorQCError

    try:
        if args.command == "backup":
            print(_backup(args.db))
        else:
            print(_restore(args.file, args.db, say))
    except FloorQCError as exc:
        _fail(exc.render(say))
        return 1
    except OSError as exc:
        _fail(f"{exc.strerror or exc}: {exc.filename or ''}".strip(": "))
        return 1
    return 0


def _fail(message: str) -> None:
    print(" ".join(message.splitlines()), file=sys.stderr)


def _database_file(db: str | None) -> Path:
    from app.db.engine import sqlite_path, url_for
    from app.paths import default_db_path
    from app.services.backups import ServerDatabase

    path = sqlite_path(url_for(db or default_db_path()))
    if path is None:
        raise ServerDatabase()
    return path


def _backup(db: str | None) -> Path:
    from app.db.backup import backup_sqlite
    from app.domain.errors import QT_TRANSLATE_NOOP, NotFound
    from app.paths import backup_dir_for

    path = _database_file(db)
    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no database at {path}."),
                       path=str(path))
    return backup_sqlite(path, backup_dir_for(path), "manual")


def _restore(file: Path, db: str | None, say) -> str:
    from app.db.backup import restore_sqlite
    from app.domain.errors import QT_TRANSLATE_NOOP
    from app.paths import backup_dir_for

    target = _database_file(db)
    done = restore_sqlite(file.expanduser().resolve(), target, backup_dir_for(target))
    if done.kept is None:
        return say("cli", QT_TRANSLATE_NOOP("cli", "Restored {db} from {file}.")).format(
            db=target, file=file)
    return say("cli", QT_TRANSLATE_NOOP(
        "cli", "Restored {db} from {file}; the previous file was kept as {kept}.")).format(
            db=target, file=file, kept=done.kept)
