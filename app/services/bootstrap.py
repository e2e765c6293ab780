"""Open a database ready for use: engine, migrations to head, the default ranks."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app.db.db_errors import translate_db_errors
from app.db.engine import Database, make_engine, sqlite_path, url_for
from app.db.migrate import upgrade
from app.db.models import Employee, Venue
from app.db.models_patrol import ChecklistTemplate
from app.db.startup_check import ensure_usable, restore_backup, unresolved_damage
from app.domain.errors import DatabaseDamaged
from app.services.base import Actor, now
from app.services.org_structure import ensure_default_ranks
from app.services.promise_seed import ensure_default_promises
from app.services.shifts import ensure_default_shifts

Clock = Callable[[], dt.datetime]

if TYPE_CHECKING:
    from app.services.accountability import AccountabilityService
    from app.services.analytics import AnalyticsService
    from app.services.auth import UserService
    from app.services.backups import BackupService
    from app.services.checklists import ChecklistService
    from app.services.complaints import ComplaintService
    from app.services.coverage import CoverageService
    from app.services.gaps import GapService
    from app.services.guest_comments import GuestCommentService
    from app.services.on_duty import OnDutyService
    from app.services.org_chart import OrgChartService
    from app.services.org_structure import OrgStructureService
    from app.services.patrol_plan import PatrolPlanService
    from app.services.patrols import PatrolService
    from app.services.promises import PromiseService
    from app.services.rectifications import RectificationService
    from app.services.report_daily import DailyReportService
    from app.services.report_monthly import MonthlyReportService
    from app.services.report_shift import ShiftReportService
    from app.services.roster import RosterService
    from app.services.roster_io import RosterIOService
    from app.services.settings import SettingsService
    from app.services.shifts import ShiftService
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
                if not s.scalar(select(func.count()).select_from(ChecklistTemplate)):
                    # The library's parser and texts are loaded only to seed a new database.
                    from app.services.checklists import ensure_default_library

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


class _Lazy:
    """A service made on first use, its module imported only then: a start-up imports what
    the first screen needs, not all thirty services (issue 9's cold-start target). Made once
    per Services; two threads racing on the first use may each make one, which is harmless
    (a service holds only its database and actor)."""

    def __init__(self, module: str, cls: str) -> None:
        self.module, self.cls = f"app.services.{module}", cls

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, services: Services | None, owner: type | None = None) -> Any:
        if services is None:
            return self
        made = getattr(importlib.import_module(self.module), self.cls)(
            services.db, services.actor, services.clock)
        services.__dict__[self.name] = made  # found there from now on, before the descriptor
        return made


class Services:
    """Every service, bound to one database and one signed-in actor."""

    org: OrgStructureService = _Lazy("org_structure", "OrgStructureService")
    staff: StaffService = _Lazy("staff", "StaffService")
    teams: TeamService = _Lazy("teams", "TeamService")
    chart: OrgChartService = _Lazy("org_chart", "OrgChartService")
    users: UserService = _Lazy("auth", "UserService")
    settings: SettingsService = _Lazy("settings", "SettingsService")
    staff_io: StaffIOService = _Lazy("staff_io", "StaffIOService")
    shifts: ShiftService = _Lazy("shifts", "ShiftService")
    roster: RosterService = _Lazy("roster", "RosterService")
    coverage: CoverageService = _Lazy("coverage", "CoverageService")
    on_duty: OnDutyService = _Lazy("on_duty", "OnDutyService")
    roster_io: RosterIOService = _Lazy("roster_io", "RosterIOService")
    checklists: ChecklistService = _Lazy("checklists", "ChecklistService")
    patrols: PatrolService = _Lazy("patrols", "PatrolService")
    patrol_plan: PatrolPlanService = _Lazy("patrol_plan", "PatrolPlanService")
    rectifications: RectificationService = _Lazy("rectifications", "RectificationService")
    accountability: AccountabilityService = _Lazy("accountability", "AccountabilityService")
    complaints: ComplaintService = _Lazy("complaints", "ComplaintService")
    guest_comments: GuestCommentService = _Lazy("guest_comments", "GuestCommentService")
    surveys: SurveyService = _Lazy("surveys", "SurveyService")
    promises: PromiseService = _Lazy("promises", "PromiseService")
    gaps: GapService = _Lazy("gaps", "GapService")
    daily_report: DailyReportService = _Lazy("report_daily", "DailyReportService")
    shift_report: ShiftReportService = _Lazy("report_shift", "ShiftReportService")
    monthly_report: MonthlyReportService = _Lazy("report_monthly", "MonthlyReportService")
    analytics: AnalyticsService = _Lazy("analytics", "AnalyticsService")
    backups: BackupService = _Lazy("backups", "BackupService")

    def __init__(self, db: Database, actor: Actor, clock: Clock = now) -> None:
        self.db, self.actor, self.clock = db, actor, clock

    @classmethod
    def bind(cls, db: Database, actor: Actor, clock: Clock = now) -> Services:
        """Every service for ``actor``; ``clock`` is their "now" (tests and screenshots fix it)."""
        return cls(db, actor, clock)

    @classmethod
    def names(cls) -> list[str]:
        """The attribute of each service, in declaration order."""
        return [name for name, value in vars(cls).items() if isinstance(value, _Lazy)]


__all__ = ["Database", "Services", "is_empty", "open_database", "pending_damage",
           "restore_damaged", "venue_name"]
