"""Roles and what each may do. The README's permission table is generated from ROLE_PERMISSIONS."""

from __future__ import annotations

from enum import StrEnum

from app.domain.errors import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADMIN = "admin"
    HR = "hr"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    LEADER = "leader"
    STAFF = "staff"


class Permission(StrEnum):
    VIEW_ORG = "view_org"
    EDIT_ORG = "edit_org"
    IMPORT_STAFF = "import_staff"
    MANAGE_USERS = "manage_users"
    EDIT_ROSTER = "edit_roster"
    OVERRIDE_ROSTER_RULES = "override_roster_rules"
    MARK_ATTENDANCE = "mark_attendance"
    EDIT_CHECKLISTS = "edit_checklists"
    RUN_PATROLS = "run_patrols"
    VERIFY_RECTIFICATIONS = "verify_rectifications"
    VIEW_REPORTS = "view_reports"
    HANDLE_COMPLAINTS = "handle_complaints"
    MANAGE_COMPLAINTS = "manage_complaints"
    ENTER_SURVEYS = "enter_surveys"
    MANAGE_PROMISES = "manage_promises"
    EDIT_SETTINGS = "edit_settings"


# What the permission means, for messages ("may not ...") and the README table.
PERMISSION_LABELS = {
    Permission.VIEW_ORG: QT_TRANSLATE_NOOP("permissions", "view the organisation"),
    Permission.EDIT_ORG: QT_TRANSLATE_NOOP("permissions", "change the organisation"),
    Permission.IMPORT_STAFF: QT_TRANSLATE_NOOP("permissions", "import or export staff"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("permissions", "manage sign-ins and roles"),
    Permission.EDIT_ROSTER: QT_TRANSLATE_NOOP("permissions", "change rosters"),
    Permission.OVERRIDE_ROSTER_RULES: QT_TRANSLATE_NOOP(
        "permissions", "confirm roster rule breaches"),
    Permission.MARK_ATTENDANCE: QT_TRANSLATE_NOOP("permissions", "mark attendance"),
    Permission.EDIT_CHECKLISTS: QT_TRANSLATE_NOOP("permissions", "change checklists"),
    Permission.RUN_PATROLS: QT_TRANSLATE_NOOP("permissions", "run patrols"),
    Permission.VERIFY_RECTIFICATIONS: QT_TRANSLATE_NOOP("permissions", "verify rectifications"),
    Permission.VIEW_REPORTS: QT_TRANSLATE_NOOP("permissions", "see reports"),
    Permission.HANDLE_COMPLAINTS: QT_TRANSLATE_NOOP(
        "permissions", "record and answer complaints and guest comments"),
    Permission.MANAGE_COMPLAINTS: QT_TRANSLATE_NOOP(
        "permissions", "hand over, resolve and route complaints and comments"),
    Permission.ENTER_SURVEYS: QT_TRANSLATE_NOOP(
        "permissions", "enter guest surveys and promise outcomes"),
    Permission.MANAGE_PROMISES: QT_TRANSLATE_NOOP(
        "permissions", "change the promise register and survey set-up"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("permissions", "change settings"),
}

ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.HR: QT_TRANSLATE_NOOP("roles", "HR"),
    Role.MANAGER: QT_TRANSLATE_NOOP("roles", "Manager"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("roles", "Supervisor"),
    Role.LEADER: QT_TRANSLATE_NOOP("roles", "Team leader"),
    Role.STAFF: QT_TRANSLATE_NOOP("roles", "Staff"),
}

_P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.HR: frozenset({_P.VIEW_ORG, _P.EDIT_ORG, _P.IMPORT_STAFF, _P.EDIT_ROSTER, _P.VIEW_REPORTS}),
    Role.MANAGER: frozenset(
        {_P.VIEW_ORG, _P.EDIT_ROSTER, _P.OVERRIDE_ROSTER_RULES, _P.MARK_ATTENDANCE,
         _P.EDIT_CHECKLISTS, _P.RUN_PATROLS, _P.VERIFY_RECTIFICATIONS, _P.VIEW_REPORTS,
         _P.EDIT_SETTINGS, _P.HANDLE_COMPLAINTS, _P.MANAGE_COMPLAINTS, _P.ENTER_SURVEYS,
         _P.MANAGE_PROMISES}
    ),
    Role.SUPERVISOR: frozenset(
        {_P.VIEW_ORG, _P.MARK_ATTENDANCE, _P.EDIT_CHECKLISTS, _P.RUN_PATROLS,
         _P.VERIFY_RECTIFICATIONS, _P.VIEW_REPORTS, _P.HANDLE_COMPLAINTS,
         _P.MANAGE_COMPLAINTS, _P.ENTER_SURVEYS}
    ),
    Role.LEADER: frozenset(
        {_P.VIEW_ORG, _P.MARK_ATTENDANCE, _P.RUN_PATROLS, _P.VERIFY_RECTIFICATIONS,
         _P.HANDLE_COMPLAINTS, _P.MANAGE_COMPLAINTS}),
    Role.STAFF: frozenset({_P.VIEW_ORG, _P.RUN_PATROLS, _P.HANDLE_COMPLAINTS}),
}


def allows(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]
