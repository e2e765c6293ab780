"""Business settings, declared once with their defaults, stored as JSON in the database."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import Setting
from app.domain.errors import QT_TRANSLATE_NOOP, Term, ValidationError
from app.domain.permissions import Permission
from app.services.base import Service


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: object
    label: str
    minimum: int | None = None
    maximum: int | None = None  # for list settings: the bounds of every element

    @property
    def is_number(self) -> bool:
        return isinstance(self.default, int)


SPECS = {
    s.key: s
    for s in (
        SettingSpec("auth.max_failed_logins", 5,
                    QT_TRANSLATE_NOOP("settings", "Failed sign-ins before the account locks"), 1),
        SettingSpec("auth.lockout_minutes", 15,
                    QT_TRANSLATE_NOOP("settings", "Minutes an account stays locked"), 1),
        SettingSpec("org.default_span", 3,
                    QT_TRANSLATE_NOOP("settings", "Default span of one-leads-three"), 1),
        SettingSpec("roster.min_rest_hours", 10,
                    QT_TRANSLATE_NOOP("settings", "Minimum rest between shifts (hours)"), 0),
        SettingSpec("roster.max_week_hours", 48,
                    QT_TRANSLATE_NOOP("settings", "Maximum working hours per week"), 1),
        SettingSpec("patrol.leader_interval_hours", 2,
                    QT_TRANSLATE_NOOP("settings", "Team leader check every (hours, from shift "
                                                  "opening)"), 1),
        SettingSpec("patrol.supervisor_per_shift", 1,
                    QT_TRANSLATE_NOOP("settings", "Supervisor patrols per shift"), 1),
        SettingSpec("patrol.manager_per_day", 1,
                    QT_TRANSLATE_NOOP("settings", "Manager audits per day"), 1),
        SettingSpec("patrol.grace_minutes", 30,
                    QT_TRANSLATE_NOOP("settings", "Minutes before a due patrol is overdue"), 0),
        SettingSpec("rect.critical_minutes", 15,
                    QT_TRANSLATE_NOOP("settings", "Minutes to fix a critical finding"), 1),
        SettingSpec("rect.minor_hours", 24,
                    QT_TRANSLATE_NOOP("settings", "Hours to fix a minor finding"), 1),
        SettingSpec("rect.major_fallback_hours", 4,
                    QT_TRANSLATE_NOOP("settings", "Hours to fix a major finding outside any "
                                                  "shift"), 1),
        SettingSpec("rect.escalation_minutes", 30,
                    QT_TRANSLATE_NOOP("settings", "Minutes overdue before each escalation "
                                                  "step"), 1),
        SettingSpec("rect.recurrence_days", 30,
                    QT_TRANSLATE_NOOP("settings", "Days within which a repeat counts as "
                                                  "recurrence"), 1),
        SettingSpec("complaint.response_minutes", 5,
                    QT_TRANSLATE_NOOP("settings", "Minutes to give a complaint its first "
                                                  "response"), 1),
        # A list, set on the surveys page (not a number for the settings form).
        SettingSpec("survey.reversed_items", [],
                    QT_TRANSLATE_NOOP("settings", "Reverse-scored SERVQUAL items"), 1, 22),
    )
}


def setting_query(key: str):
    """The stored (JSON) value of a setting, as a SELECT that can also be a subquery."""
    return select(Setting.value).where(Setting.key == key)


def decode_setting(key: str, raw: str | None):
    """A setting's value from what setting_query returned: its default when never set."""
    return SPECS[key].default if raw is None else json.loads(raw)


def read_setting(session, key: str):
    """The setting's value; ``session`` may be a Session or a Connection."""
    return decode_setting(key, session.scalar(setting_query(key)))


class SettingsService(Service):
    def get(self, key: str):
        with self.db.read() as s:
            return read_setting(s, key)

    def all(self) -> dict[str, object]:
        with self.db.read() as s:
            return {key: read_setting(s, key) for key in SPECS}

    def set(self, key: str, value) -> None:
        self._require(Permission.EDIT_SETTINGS)
        spec = SPECS.get(key)
        if spec is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown setting {key}."), key=key)
        if not spec.is_number:
            value = _checked_list(spec, value)
        elif spec.minimum is not None and (not isinstance(value, int) or value < spec.minimum):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{setting}” must be a whole number of at least {minimum}."),
                setting=Term("settings", spec.label), minimum=spec.minimum)
        with self.db.write() as s:
            old = read_setting(s, key)
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            self._audit(s, "update", "setting", key, before=old, after=value)


def _checked_list(spec: SettingSpec, value) -> list[int]:
    """A list setting's value, sorted and without repeats; whole numbers within the bounds."""
    if not isinstance(value, list | tuple | set | frozenset) or not all(
            isinstance(v, int) and spec.minimum <= v <= spec.maximum for v in value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{setting}” must list whole numbers from {minimum} "
                                        "to {maximum}."),
            setting=Term("settings", spec.label), minimum=spec.minimum, maximum=spec.maximum)
    return sorted(set(value))
