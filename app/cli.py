"""Headless commands (DESIGN.md §7): exit 0 on success, non-zero with a one-line reason."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli_backup import COMMANDS as BACKUP_COMMANDS
from app.cli_backup import add_backup_parsers, run_backup_command
from app.cli_reports import report_moment, write_report


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: the user data dir file)")


class _VersionAction(argparse.Action):
    """argparse's "version" action with the version read only when asked for: reading the
    package metadata costs every start-up of the desktop app 20 ms otherwise."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show the version and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        import app

        print(f"floorqc {app.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="floorqc", description="FloorQC 楼面质检")
    parser.add_argument("--version", action=_VersionAction)
    _db_arg(parser)
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="create the demo venue in an empty database")
    demo.add_argument("--scale", choices=("small", "large"), default="small",
                      help="small: the four-week venue; large: 150 staff and years of data")
    demo.add_argument("--years", type=float, default=3.0,
                      help="years of data for --scale large (default 3)")
    _db_arg(demo)

    imp = sub.add_parser("import", help="import data from a spreadsheet")
    imp_sub = imp.add_subparsers(dest="what", required=True)
    staff_in = imp_sub.add_parser("staff", help="staff list (.xlsx or .csv)")
    staff_in.add_argument("file", type=Path)
    staff_in.add_argument("--create-missing", action="store_true",
                          help="create departments and posts the file names but the database lacks")
    _db_arg(staff_in)
    roster_in = imp_sub.add_parser("roster", help="a week's roster (.xlsx in the export layout)")
    roster_in.add_argument("file", type=Path)
    _db_arg(roster_in)
    survey_in = imp_sub.add_parser("survey", help="SERVQUAL survey forms (.xlsx or .csv), "
                                                  "one row per respondent")
    survey_in.add_argument("file", type=Path)
    _db_arg(survey_in)

    exp = sub.add_parser("export", help="export data to a spreadsheet")
    exp_sub = exp.add_subparsers(dest="what", required=True)
    staff_out = exp_sub.add_parser("staff", help="staff list (.xlsx or .csv)")
    staff_out.add_argument("file", type=Path)
    _db_arg(staff_out)
    roster_out = exp_sub.add_parser("roster", help="a week's roster (.xlsx or .pdf)")
    roster_out.add_argument("--week", required=True, help="ISO week, e.g. 2026-W48")
    roster_out.add_argument("file", type=Path)
    _db_arg(roster_out)

    gaps = sub.add_parser("gaps", help="the five service-quality gaps for a period")
    gaps.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    gaps.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    gaps.add_argument("--area", help="an area's name (default: the whole venue)")
    gaps.add_argument("--json", action="store_true", help="print JSON (keys in README.md)")
    _db_arg(gaps)

    report = sub.add_parser("report", help="write a PDF report")
    report_sub = report.add_subparsers(dest="what", required=True)
    shift = report_sub.add_parser("shift", help="the hand-over report of one shift (交班报告)")
    shift.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    shift.add_argument("--shift", required=True, help="the shift's name, e.g. 晚市")
    daily = report_sub.add_parser("daily", help="the daily quality report (日报)")
    daily.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    monthly = report_sub.add_parser("monthly", help="the monthly accountability report (月度考核)")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    for p in (shift, daily, monthly):
        p.add_argument("--out", required=True, type=Path, help="the PDF file to write")
        _db_arg(p)

    check = sub.add_parser("check", help="check the database: integrity, foreign keys, audit chain")
    _db_arg(check)
    add_backup_parsers(sub, _db_arg)
    return parser


def _check(database, say) -> int:
    """PRAGMA integrity_check, foreign_key_check and the audit hash chain; 1 on any problem.
    On PostgreSQL a query over every foreign key stands in for the two SQLite pragmas."""
    from sqlalchemy import text

    from app.domain.errors import QT_TRANSLATE_NOOP

    def out(template: str, stream=sys.stdout, **params) -> None:
        print(say("cli", template).format(**params), file=stream)

    with database.read() as s:
        if database.is_sqlite:
            integrity = [r[0] for r in s.execute(text("PRAGMA integrity_check"))]
            if integrity != ["ok"]:
                out(QT_TRANSLATE_NOOP("cli", "integrity check failed: {problems}"), sys.stderr,
                    problems="; ".join(integrity))
                return 1
            out(QT_TRANSLATE_NOOP("cli", "integrity check: ok"))
            # One (table, rowid, parent, fkid) per broken row.
            rows = s.execute(text("PRAGMA foreign_key_check"))
            broken = [(table, rowid, parent, 1) for table, rowid, parent, _ in rows]
        else:
            from app.services.database_info import foreign_key_problems

            out(QT_TRANSLATE_NOOP("cli", "integrity check: skipped (PRAGMA integrity_check is "
                                         "SQLite-only; the PostgreSQL server checks its own "
                                         "pages, see pg_amcheck)"))
            broken = [(o.table, o.row, o.parent, o.count) for o in foreign_key_problems(s)]
        if broken:
            table, row, parent, _ = broken[0]
            out(QT_TRANSLATE_NOOP("cli", "foreign key check failed: {table} row {row} refers to "
                                         "a missing {parent} ({count} problem(s))"), sys.stderr,
                table=table, row=row, parent=parent, count=sum(b[3] for b in broken))
            return 1
        out(QT_TRANSLATE_NOOP("cli", "foreign key check: ok"))
        return _audit_chain(s, out)


def _audit_chain(s, out) -> int:
    from app.domain.errors import QT_TRANSLATE_NOOP
    from app.services import audit

    chain = audit.verify(s)
    if not chain.ok:
        out(QT_TRANSLATE_NOOP("cli", "audit row {row} does not match its hash"), sys.stderr,
            row=chain.broken_at)
        return 1
    out(QT_TRANSLATE_NOOP("cli", "audit chain: ok ({rows} rows, head {head})"),
        rows=chain.rows, head=chain.head[:12])
    return 0


def _week(text: str):
    from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
    from app.domain.shifts import parse_iso_week

    try:
        return parse_iso_week(text)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Write the week like 2026-W48, not {value}."), value=text) from None


def _date(text: str):
    import datetime as dt

    from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Write the date like 2026-11-23, not {value}."), value=text) from None


def _period(args: argparse.Namespace):
    from app.services.gaps import check_period

    start, end = _date(args.date_from), _date(args.date_to)
    check_period(start, end)
    return start, end


def _translate():
    # Messages come out in the UI language (FLOORQC_LANG, default Chinese).
    from app.ui.i18n import DEFAULT_LANGUAGE, load_translator, translate_with

    return translate_with(load_translator(os.environ.get("FLOORQC_LANG", DEFAULT_LANGUAGE)))


def _open(db: str | None):
    from app.services.bootstrap import open_database
    from app.services.database_info import choose_database

    # --db, else FLOORQC_DB, else the file in the user data folder.
    return open_database(choose_database(db))


def run(args: argparse.Namespace) -> int:
    from app.domain.errors import QT_TRANSLATE_NOOP, FloorQCError
    from app.services.base import SYSTEM

    say = _translate()
    if args.command in BACKUP_COMMANDS:  # they never open (create, migrate) the database
        return run_backup_command(args, say)
    try:
        # A bad --week is refused before a database is opened (or created).
        monday = _week(args.week) if getattr(args, "week", None) is not None else None
        period = _period(args) if args.command == "gaps" else None
        when = report_moment(args) if args.command == "report" else None
        database = _open(args.db)
        try:
            if args.command == "check":
                return _check(database, say)
            if args.command == "demo" and args.scale == "large":
                from app.services.demo_large import build_large_demo

                print(build_large_demo(database, SYSTEM, years=args.years).render(say))
            elif args.command == "demo":
                from app.services.demo import build_demo

                summary = build_demo(database, SYSTEM)
                print(summary.render(say))
            elif args.command == "report":
                write_report(database, args, when, say)
            elif args.command == "gaps":
                from app.cli_gaps import print_gaps

                print_gaps(database, args, period, say)
            elif args.command == "import" and args.what == "survey":
                from app.services.surveys import SurveyService

                done = SurveyService(database, SYSTEM).import_file(args.file)
                print(say("cli", QT_TRANSLATE_NOOP(
                    "cli", "Imported {added} survey forms: {guests} from guests, {managers} "
                           "from managers.")).format(added=done.added, guests=done.guests,
                                                     managers=done.managers))
            elif args.command == "import" and args.what == "roster":
                from app.services.roster_io import RosterIOService

                print(RosterIOService(database, SYSTEM).import_week(args.file).render(say))
            elif args.command == "export" and args.what == "roster":
                from app.services.roster_io import RosterIOService
                from app.services.roster_sheet import iso_week

                count = RosterIOService(database, SYSTEM).export(monday, args.file, say)
                done = QT_TRANSLATE_NOOP("cli", "Exported the roster of {week} ({count} employees) "
                                                "to {file}")
                print(say("cli", done).format(week=iso_week(monday), count=count, file=args.file))
            elif args.command == "import":
                from app.services.staff_io import StaffIOService

                report = StaffIOService(database, SYSTEM).import_file(
                    args.file, create_missing=args.create_missing)
                print(report.render(say))
            elif args.command == "export":
                from app.services.staff_io import StaffIOService

                count = StaffIOService(database, SYSTEM).export_file(args.file)
                done = QT_TRANSLATE_NOOP("cli", "Exported {count} employees to {file}")
                print(say("cli", done).format(
                    count=count, file=args.file))
        finally:
            database.dispose()
    except FloorQCError as exc:
        print(exc.render(say), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{exc.strerror or exc}: {exc.filename or ''}".strip(": "), file=sys.stderr)
        return 1
    return 0
