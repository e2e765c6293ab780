"""Roster page (排班): a week navigator with the week's status and Publish, over five tabs —
the week grid, coverage and redeployment, the skill matrix, the change log, and shift types
with staffing requirements.

The page owns what the tabs share (RosterState): the week shown, its WeekView, and the
lookups. It reloads the WeekView whenever a write reports a "roster" change (and the lookups
on "org"), then refreshes the visible tab; hidden tabs reload when next shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.shifts import week_start
from app.services.roster_dto import WeekView
from app.ui.context import UiContext
from app.ui.form_dialog import ask
from app.ui.pages.org_common import NoticeBanner
from app.ui.roster.changes_tab import ChangesTab
from app.ui.roster.common import (
    OK_BG,
    OK_TEXT,
    SURPLUS_BG,
    SURPLUS_TEXT,
    Lookups,
    RosterState,
    RosterTab,
    iso_week,
    load_lookups,
)
from app.ui.roster.coverage_tab import CoverageTab
from app.ui.roster.shifts_tab import ShiftsTab
from app.ui.roster.skills_tab import SkillsTab
from app.ui.roster.week_tab import WeekTab

WEEK_TABS = ("week", "coverage", "changes")  # the tabs that show the week's roster


class RosterPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 monday: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = RosterState(monday)
        self._token = 0
        self.banner = NoticeBanner()
        args = (ctx, self.state, self.banner)
        self.week, self.coverage = WeekTab(*args), CoverageTab(*args)
        self.skills, self.changes = SkillsTab(*args), ChangesTab(*args)
        self.shifts = ShiftsTab(*args)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.week, self.tr("Week grid"))
        self.tabs.addTab(self.coverage, self.tr("Coverage"))
        self.tabs.addTab(self.skills, self.tr("Skill matrix"))
        self.tabs.addTab(self.changes, self.tr("Change log"))
        self.tabs.addTab(self.shifts, self.tr("Shifts && requirements"))

        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        for b in (self.previous_button, self.next_button):
            b.setFixedWidth(36)
        self.this_week_button = QPushButton(self.tr("This week"))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.week_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.range_label = QLabel()
        self.range_label.setStyleSheet("color: palette(mid);")
        self.status_label = QLabel()
        self.status_label.setObjectName("weekStatus")
        self.publish_button = self.week.guard(QPushButton(self.tr("Publish")))
        self.publish_button.setToolTip(self.tr("Publish the week; every later change is "
                                               "logged with who, when and before/after"))
        self._layout()

        self.previous_button.clicked.connect(lambda _c=False: self.go_to(self.state.monday
                                                                          - dt.timedelta(7)))
        self.next_button.clicked.connect(lambda _c=False: self.go_to(self.state.monday
                                                                      + dt.timedelta(7)))
        self.this_week_button.clicked.connect(lambda _c=False: self.go_to(dt.date.today()))
        self.publish_button.clicked.connect(lambda _c=False: self.publish())
        for keys, step in (("Alt+Left", -7), ("Alt+Right", 7)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.go_to(self.state.monday
                                                                 + dt.timedelta(days=s)))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        ctx.signals.changed.connect(self._changed)
        self._show_header()
        self.load_lookups()

    def _layout(self) -> None:
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.this_week_button)
        nav.addSpacing(12)
        nav.addWidget(self.week_label)
        nav.addWidget(self.range_label)
        nav.addStretch(1)
        nav.addWidget(self.status_label)
        nav.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(nav)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def all_tabs(self) -> list[RosterTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def show_tab(self, tab: RosterTab) -> RosterTab:
        self.tabs.setCurrentWidget(tab)
        self.refresh()
        return tab

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None and tab.stale:
            tab.reload()

    # -- loading -----------------------------------------------------------------------
    def load_lookups(self) -> None:
        services = self.ctx.services
        self.ctx.runner.run(lambda: load_lookups(services), self._lookups_loaded)

    def _lookups_loaded(self, lookups: Lookups) -> None:
        self.state.lookups = lookups
        for tab in (self.skills, self.shifts):
            tab.stale = True
        self.load_week()

    def load_week(self) -> None:
        """Read the week shown; an answer overtaken by a newer request is dropped."""
        self._token += 1
        token, monday, roster = self._token, self.state.monday, self.ctx.services.roster

        def done(view: WeekView) -> None:
            if token == self._token:
                self._week_loaded(view)

        self.ctx.runner.run(lambda: roster.week(monday), done)

    def _week_loaded(self, view: WeekView) -> None:
        self.state.week = view
        for tab in (self.week, self.coverage, self.changes):
            tab.stale = True
        self._show_header()
        self.refresh()

    def _show_header(self) -> None:
        monday, week = self.state.monday, self.state.week
        sunday = monday + dt.timedelta(days=6)
        self.week_label.setText(iso_week(monday))
        self.range_label.setText(f"{monday.isoformat()} – {sunday:%m-%d}")
        self.this_week_button.setEnabled(monday != week_start(dt.date.today()))
        published = week is not None and week.week_start == monday and week.status == "published"
        if published:
            when = f" {week.published_at:%m-%d %H:%M}" if week.published_at else ""
            text, bg, fg = self.tr("Published") + when, OK_BG, OK_TEXT
        else:
            text, bg, fg = self.tr("Draft"), SURPLUS_BG, SURPLUS_TEXT
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"background: {bg.name()}; color: {fg.name()}; "
                                        "font-weight: 600; padding: 3px 10px; "
                                        "border-radius: 9px;")
        self.week.enable(self.publish_button, not published and week is not None)

    def go_to(self, day: dt.date) -> None:
        monday = week_start(day)
        if monday == self.state.monday:
            return
        self.state.monday, self.state.week = monday, None
        self.banner.hide()
        self._show_header()
        self.load_week()

    def _changed(self, topics: frozenset) -> None:
        if topics & {"org", "shifts"}:
            self.load_lookups()  # names, posts and teams; then the week again
        elif "roster" in topics:
            self.load_week()

    # -- publishing ----------------------------------------------------------------------
    def publish(self):
        monday, roster = self.state.monday, self.ctx.services.roster

        def go() -> None:
            self.ctx.runner.run(lambda: roster.publish(monday), None,
                                lambda e: self.banner.show_messages([self.ctx.message(e)]),
                                changes={"roster"})

        return ask(self, self.tr("Publish the week"),
                   self.tr("Publish {week}? From then on every change is logged with who made "
                           "it, when, and what it was before.").format(week=iso_week(monday)),
                   go, self.tr("Publish"), self.tr("Cancel"))
