"""Open a database ready for use: engine, migrations to head, the default ranks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.db.db_errors import translate_db_errors
from app.db.engine import Database, make_engine, sqlite_path, url_for
from app.db.migrate import upgrade
from app.db.models import Employee, Venue
from app.db.startup_check import ensure_usable, restore_backup, unresolved_damage
from app.domain.errors import DatabaseDamaged
from app.services.accountability import AccountabilityService
from app.services.analytics import AnalyticsService
from app.services.auth import UserService
from app.services.backups import BackupService
from app.services.base import Actor, now
from app.services.checklists import ChecklistService, ensure_default_library
from app.services.complaints import ComplaintService
from app.services.coverage import CoverageService
from app.services.gaps import GapService
from app.services.guest_comments import GuestCommentService
from app.services.on_duty import OnDutyService
from app.services.org_chart import OrgChartService
from app.services.org_structure import OrgStructureService, ensure_default_ranks
from app.services.patrol_plan import PatrolPlanService
from app.services.patrols import PatrolService
from app.services.promises import PromiseService, ensure_default_promises
from app.services.rectifications import RectificationService
from app.services.report_daily import DailyReportService
from app.services.report_monthly import MonthlyReportService
from app.services.report_shift import ShiftReportService
from app.services.roster import RosterService
from app.services.roster_io import RosterIOService
from app.services.settings import SettingsService
from app.services.shifts import ShiftService, ensure_default_shifts
from app.services.staff import StaffService
from app.services.staff_io import StaffIOService
from app.services.surveys import SurveyService
from app.services.teams import TeamService


def open_database(db: str | Path, *, backup: bool = True) -> Database:
    """Check the file, migrate (backing up first) and seed the ranks. Raises DatabaseDamaged
    when a SQLite file failed its check and was kept aside, DatabaseTooNew if the file is
    newer than the code, and a StorageError when the disk or file refuses (full, read-only,
    locked) — never a raw driver traceback."""
    path = sqlite_path(url_for(db))
    with translate_db_errors(path or url_for(db), files=True):
        if path is not None:
            ensure_usable(path)
        engine = make_engine(db)
        try:
            upgrade(engine, backup=backup)
            database = Database(engine)
            with database.write() as s:
                ensure_default_ranks(s)
                ensure_default_shifts(s)
                ensure_default_library(s, now())
                ensure_default_promises(s, now())
        except Exception:
            engine.dispose()
            raise
    return database


def pending_damage(db: str | Path) -> DatabaseDamaged | None:
    """A damaged database kept aside at an earlier start and neither restored nor replaced
    since (the file is missing, its ``.corrupt-<time>`` copy is there); None otherwise."""
    path = sqlite_path(url_for(db))
    return unresolved_damage(path) if path is not None else None


def restore_damaged(backup: Path, db: Path) -> None:
    """Put the backup a DatabaseDamaged offered in place of ``db`` (atomically), before anyone
    signs in: the start-up recovery dialog's Restore."""
    restore_backup(backup, db)


def is_empty(database: Database) -> bool:
    with database.read() as s:
        return not s.scalar(select(func.count()).select_from(Employee))


def venue_name(database: Database) -> str:
    with database.read() as s:
        return s.scalar(select(Venue.name).limit(1)) or ""


@dataclass(frozen=True)
class Services:
    """Every service, bound to one database and one signed-in actor."""

    db: Database
    actor: Actor
    org: OrgStructureService
    staff: StaffService
    teams: TeamService
    chart: OrgChartService
    users: UserService
    settings: SettingsService
    staff_io: StaffIOService
    shifts: ShiftService
    roster: RosterService
    coverage: CoverageService
    on_duty: OnDutyService
    checklists: ChecklistService
    patrols: PatrolService
    patrol_plan: PatrolPlanService
    roster_io: RosterIOService
    rectifications: RectificationService
    accountability: AccountabilityService
    complaints: ComplaintService
    guest_comments: GuestCommentService
    surveys: SurveyService
    promises: PromiseService
    gaps: GapService
    daily_report: DailyReportService
    shift_report: ShiftReportService
    monthly_report: MonthlyReportService
    analytics: AnalyticsService
    backups: BackupService

    @classmethod
    def bind(cls, db: Database, actor: Actor) -> Services:
        return cls(db, actor, **{name: service(db, actor) for name, service in _SERVICES.items()})


# Each field of Services and the class that fills it.
_SERVICES = {
    "org": OrgStructureService, "staff": StaffService, "teams": TeamService,
    "chart": OrgChartService, "users": UserService, "settings": SettingsService,
    "staff_io": StaffIOService, "shifts": ShiftService, "roster": RosterService,
    "coverage": CoverageService, "on_duty": OnDutyService, "roster_io": RosterIOService,
    "checklists": ChecklistService, "patrols": PatrolService, "patrol_plan": PatrolPlanService,
    "rectifications": RectificationService, "accountability": AccountabilityService,
    "complaints": ComplaintService, "guest_comments": GuestCommentService,
    "surveys": SurveyService, "promises": PromiseService, "gaps": GapService,
    "daily_report": DailyReportService, "shift_report": ShiftReportService,
    "monthly_report": MonthlyReportService, "analytics": AnalyticsService,
    "backups": BackupService,
}

__all__ = ["Database", "Services", "is_empty", "open_database", "pending_damage",
           "restore_damaged", "venue_name"]
