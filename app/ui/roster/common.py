"""What the roster tabs share: the page's state (week, lookups), colours, short labels for
cramped grid cells, and a tab base whose reads and writes go through the task runner."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.org import QUALIFICATION_LEVELS
from app.domain.permissions import Permission
from app.domain.shifts import week_start
from app.services.bootstrap import Services
from app.services.dto import AreaDTO, EmployeeDTO, PostDTO, TeamDTO
from app.services.roster_dto import ShiftTypeDTO, WeekView
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, present, run_write
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import NoticeBanner

# Status colours: red = missing, amber = more than needed, green = covered, blue = redeployed.
SHORT_BG, SHORT_TEXT = QColor("#fbd9d3"), QColor("#b3261e")
SURPLUS_BG, SURPLUS_TEXT = QColor("#ffe3a3"), QColor("#7a4a00")
OK_BG, OK_TEXT = QColor("#e2f3df"), QColor("#1e6b2a")
REDEPLOYED_BG, REDEPLOYED_TEXT = QColor("#dce8fb"), QColor("#1a4f9c")
BREACH_TEXT = QColor("#c25e00")
MUTED = QColor("#8c8c8c")

# Marks drawn in grid cells and repeated in lists; all are in the bundled Noto Sans SC font.
REDEPLOY_MARK = "⇄"
BREACH_MARK = "⚠"

WEEKDAYS = (QT_TRANSLATE_NOOP("weekdays", "Mon"), QT_TRANSLATE_NOOP("weekdays", "Tue"),
            QT_TRANSLATE_NOOP("weekdays", "Wed"), QT_TRANSLATE_NOOP("weekdays", "Thu"),
            QT_TRANSLATE_NOOP("weekdays", "Fri"), QT_TRANSLATE_NOOP("weekdays", "Sat"),
            QT_TRANSLATE_NOOP("weekdays", "Sun"))
ATTENDANCE_LABELS = {
    "present": QT_TRANSLATE_NOOP("attendance", "Present"),
    "late": QT_TRANSLATE_NOOP("attendance", "Late"),
    "absent": QT_TRANSLATE_NOOP("attendance", "Absent"),
    "leave": QT_TRANSLATE_NOOP("attendance", "Leave"),
}
OWN_POST = QT_TRANSLATE_NOOP("qualifications", "Own post")


def weekday_label(day: dt.date) -> str:
    return QCoreApplication.translate("weekdays", WEEKDAYS[day.weekday()])


def attendance_label(status: str) -> str:
    return QCoreApplication.translate("attendance", ATTENDANCE_LABELS.get(status, status))


def level_label(translate: Callable[[str, str], str], level: str) -> str:
    text = OWN_POST if level == "own" else QUALIFICATION_LEVELS.get(level, level)
    return translate("qualifications", text)


def bold_item(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    font = QFont()
    font.setBold(True)
    item.setFont(font)
    return item


def iso_week(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


_POST_SUFFIXES = ("服务员", "员")


def short_post(name: str) -> str:
    """At most four characters for a grid cell: 包房服务员 → 包房, 传菜员 → 传菜."""
    for suffix in _POST_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            name = name[: -len(suffix)]
            break
    return name[:4]


def short_area(name: str) -> str:
    """A room number when the area has one (牡丹厅 201 → 201), else its first four characters."""
    numbers = re.findall(r"\d+", name)
    return numbers[-1] if numbers else name[:4]


@dataclass(frozen=True)
class Lookups:
    """Names for ids: what dialogs offer and what the change log prints."""

    posts: dict[int, PostDTO] = field(default_factory=dict)
    areas: dict[int, AreaDTO] = field(default_factory=dict)
    employees: dict[int, EmployeeDTO] = field(default_factory=dict)
    teams: dict[int, TeamDTO] = field(default_factory=dict)
    shifts: dict[int, ShiftTypeDTO] = field(default_factory=dict)


def load_lookups(services: Services) -> Lookups:
    """Runs on the worker: every lookup in one go."""
    return Lookups({p.id: p for p in services.org.posts()},
                   {a.id: a for a in services.teams.areas()},
                   {e.id: e for e in services.staff.employees(active=None)},
                   {t.id: t for t in services.teams.teams()},
                   {s.id: s for s in services.shifts.shift_types(active_only=False)})


class RosterState:
    """What the page knows and every tab reads: the week shown, its view, the lookups."""

    def __init__(self, monday: dt.date | None = None) -> None:
        self.monday = week_start(monday or dt.date.today())
        self.week: WeekView | None = None
        self.lookups = Lookups()

    @property
    def days(self) -> tuple[dt.date, ...]:
        return tuple(self.monday + dt.timedelta(days=i) for i in range(7))


class RosterTab(PageTab):
    """Base for the roster tabs: ``stale`` means "reload when next shown"; reads drop answers
    that a newer read overtook; writes announce {"roster"} so every tab refreshes."""

    edit_permission = Permission.EDIT_ROSTER

    def __init__(self, ctx: UiContext, state: RosterState, banner: NoticeBanner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state, self.banner = state, banner
        self.can_edit = ctx.services.actor.can(Permission.EDIT_ROSTER)

    def write(self, work: Callable[[], Any], on_saved: Callable[[Any], None] | None = None,
              dialog: FormDialog | None = None,
              on_failed: Callable[[BaseException], None] | None = None,
              changes: Iterable[str] = ("roster",)) -> None:
        """A roster write (see run_write); refusals without a dialog go to ``on_failed`` or
        the banner."""
        run_write(self.ctx, work, on_saved=on_saved, dialog=dialog, changes=changes,
                  on_failed=on_failed or (
                      lambda error: self.banner.show_messages([self.ctx.message(error)])))

    @staticmethod
    def present(dialog: FormDialog, on_submit: Callable[[], None] | None = None):
        return present(dialog, on_submit)
