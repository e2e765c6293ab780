"""Coverage tab (到岗与缺编): for one day and shift, each post's required head-count against who
stands there (定岗定编) — short in red, surplus in amber, covered in green — and the
one-leads-three check: every team on duty has its leader, or an acting leader named. A short
post is filled from here through the redeployment dialog (抽调顶岗)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.shifts import shift_window
from app.services.roster_dto import CoverageLine, CoverageView, ShiftTypeDTO, TeamCheck
from app.ui.context import UiContext
from app.ui.form_dialog import fill_combo, select_data
from app.ui.pages.org_common import CENTER, RIGHT, NoticeBanner, bold_font, make_table
from app.ui.roster.common import (
    OK_BG,
    OK_TEXT,
    REDEPLOY_MARK,
    SHORT_BG,
    SHORT_TEXT,
    SURPLUS_BG,
    SURPLUS_TEXT,
    RosterState,
    RosterTab,
    level_label,
    weekday_label,
)
from app.ui.roster.coverage_dialogs import ActingLeaderDialog, RedeployDialog
from app.ui.table_model import Column

STATUS_BG = {"short": SHORT_BG, "surplus": SURPLUS_BG, "ok": OK_BG}
STATUS_TEXT = {"short": SHORT_TEXT, "surplus": SURPLUS_TEXT, "ok": OK_TEXT}


@dataclass(frozen=True)
class CoverageRow:
    line: CoverageLine
    who: str  # on duty, redeployed marked, absences after

    @property
    def status(self) -> str:
        return self.line.status


def current_shift(shifts: list[ShiftTypeDTO], now: dt.datetime) -> tuple[dt.date, int | None]:
    """The shift running now (the latest started if several overlap, a night shift belonging
    to the day it started), else the next one today, else the first."""
    running = [(shift_window(day, s.start, s.end)[0], day, s) for s in shifts
               for day in (now.date() - dt.timedelta(days=1), now.date())
               if shift_window(day, s.start, s.end)[0] <= now < shift_window(day, s.start,
                                                                              s.end)[1]]
    if running:
        _start, day, shift = max(running, key=lambda r: r[0])
        return day, shift.id
    later = [s for s in shifts if dt.datetime.combine(now.date(), s.start) > now]
    pick = min(later, key=lambda s: s.start) if later else (shifts[0] if shifts else None)
    return now.date(), pick.id if pick else None


class CoverageTab(RosterTab):
    def __init__(self, ctx: UiContext, state: RosterState, banner: NoticeBanner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, banner, parent)
        self.view: CoverageView | None = None
        self.dialog: QWidget | None = None
        self._chosen = False  # the user picked a day or shift: keep it across reloads
        self.day = QComboBox()
        self.shift = QComboBox()
        self.summary = QLabel()
        self.summary.setObjectName("coverageSummary")
        self.fill_button = self.guard(QPushButton(self.tr("Fill…")))
        self.fill_button.setToolTip(self.tr("Redeploy a qualified person onto the short post"))
        self.fill_button.clicked.connect(lambda _c=False: self.fill())

        short, surplus, ok = self.tr("Short by {n}"), self.tr("Surplus {n}"), self.tr("Covered")

        def status(r: CoverageRow) -> str:
            gap = abs(r.line.required - r.line.assigned)
            return {"short": short, "surplus": surplus}.get(r.status, ok).format(n=gap)

        def bg(r):
            return STATUS_BG[r.status]

        def fg(r):
            return STATUS_TEXT[r.status]

        self.table, self.model = make_table([
            Column(self.tr("Department"), lambda r: r.line.department),
            Column(self.tr("Post"), lambda r: r.line.post, font=bold_font()),
            Column(self.tr("Required"), lambda r: r.line.required, alignment=RIGHT),
            Column(self.tr("Assigned"), lambda r: r.line.assigned, alignment=RIGHT,
                   foreground=fg),
            Column(self.tr("Absent"), lambda r: r.line.absent or "", alignment=RIGHT),
            Column(self.tr("Redeployed in"), lambda r: r.line.redeployed_in or "",
                   alignment=RIGHT),
            Column(self.tr("Status"), status, alignment=CENTER, background=bg, foreground=fg,
                   font=bold_font()),
            Column(self.tr("Who"), lambda r: r.who, tooltip=lambda r: r.who),
        ], widths=(84, 104, 60, 60, 52, 84, 84), stretch=7)
        self.table.setObjectName("coverageTable")
        self.teams = QTableWidget(0, 4)
        self.teams.setObjectName("teamCheck")
        self.teams.setHorizontalHeaderLabels([self.tr("Team"), self.tr("Leader"),
                                              self.tr("One leads three"), ""])
        self.teams.verticalHeader().hide()
        self.teams.verticalHeader().setDefaultSectionSize(30)
        self.teams.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teams.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.teams.horizontalHeader()
        for col, width in enumerate((100, 58, 128)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._layout()
        self.day.currentIndexChanged.connect(lambda _i: self._picked())
        self.shift.currentIndexChanged.connect(lambda _i: self._picked())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.fill())

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addWidget(QLabel(self.tr("Shift")))
        top.addWidget(self.shift)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.fill_button)
        posts = QGroupBox(self.tr("Posts against requirements (定岗定编)"))
        posts_layout = QVBoxLayout(posts)
        posts_layout.addWidget(self.table)
        posts_layout.addWidget(self._hint(self.tr(
            "Select a short post and press Fill… (or double-click it) to redeploy a qualified "
            "person from a post with surplus or who is free (抽调顶岗). {mark} marks people "
            "redeployed in.").format(mark=REDEPLOY_MARK)))
        teams = QGroupBox(self.tr("Team leaders on duty (一拖三)"))
        teams_layout = QVBoxLayout(teams)
        teams_layout.addWidget(self.teams)
        teams_layout.addWidget(self._hint(self.tr(
            "Every team on duty needs its leader, or an acting leader named for the shift.")))
        splitter = QSplitter()
        splitter.addWidget(posts)
        splitter.addWidget(teams)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 450])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(mid);")
        return label

    # -- choosing the day and shift ------------------------------------------------------
    def _fill_pickers(self) -> None:
        week = self.state.week
        shifts = list(week.shifts) if week else sorted(
            (s for s in self.state.lookups.shifts.values() if s.active),
            key=lambda s: (s.position, s.id))
        day, shift_id = self.day.currentData(), self.shift.currentData()
        if not self._chosen or day is None:
            day, shift_id = current_shift(shifts, dt.datetime.now())
        if day not in self.state.days:  # another week: the same weekday there
            day = self.state.monday + dt.timedelta(days=day.weekday())
        for combo in (self.day, self.shift):
            combo.blockSignals(True)
        fill_combo(self.day, ((f"{weekday_label(d)} {d.isoformat()}", d) for d in self.state.days))
        fill_combo(self.shift, ((f"{s.name} {s.start:%H:%M}–{s.end:%H:%M}", s.id) for s in shifts))
        select_data(self.day, day)
        select_data(self.shift, shift_id)
        for combo in (self.day, self.shift):
            combo.blockSignals(False)

    def choose(self, day: dt.date, shift_id: int) -> None:
        """Show ``day`` and ``shift_id`` (as if picked in the combos)."""
        self._chosen = True
        self.day.blockSignals(True)
        select_data(self.day, day)
        self.day.blockSignals(False)
        select_data(self.shift, shift_id)
        self.reload()

    def _picked(self) -> None:
        self._chosen = True
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        self._fill_pickers()
        day, shift_id = self.day.currentData(), self.shift.currentData()
        if day is None or shift_id is None:
            return
        coverage = self.ctx.services.coverage
        self.read("coverage", lambda: coverage.coverage(day, shift_id), self.show_coverage)

    def show_coverage(self, view: CoverageView) -> None:
        self.view = view
        selected = self.selected()
        who = self._who(view)
        order = {"short": 0, "surplus": 1, "ok": 2}  # what needs a decision comes first
        lines = sorted(view.lines, key=lambda line: order[line.status])
        self.model.set_rows([CoverageRow(line, who.get(line.post_id, "、".join(line.names)))
                             for line in lines])
        if selected is not None:
            row = self.model.find(lambda r: r.line.post_id == selected.line.post_id)
            if row >= 0:
                self.table.selectRow(row)
        short = len(view.shortages)
        missing = sum(1 for t in view.teams if not t.ok)
        self.summary.setText(self.tr("{short} post(s) short · {missing} team(s) without a "
                                     "leader on duty").format(short=short, missing=missing))
        self.summary.setStyleSheet(f"color: {SHORT_TEXT.name()}; font-weight: 600;"
                                   if short or missing else f"color: {OK_TEXT.name()};")
        self._show_teams(view.teams)
        self._update_buttons()

    def _who(self, view: CoverageView) -> dict[int, str]:
        """Names per post from the week on the grid, redeployed people marked, absences last."""
        week = self.state.week
        if week is None or week.week_start != self.state.monday:
            return {}
        names = {r.employee_id: r.name for r in week.rows}
        on, off = {}, {}
        for cell in week.cells.values():
            if cell.day != view.day or cell.shift_type_id != view.shift.id:
                continue
            name = names.get(cell.employee_id, "?")
            if cell.attendance in ("absent", "leave"):
                off.setdefault(cell.post_id, []).append(name)
            else:
                mark = REDEPLOY_MARK if cell.redeployed_from_post_id is not None else ""
                on.setdefault(cell.post_id, []).append(mark + name)
        out = {}
        for post_id in on.keys() | off.keys():
            text = "、".join(sorted(on.get(post_id, [])))
            if off.get(post_id):
                text += ("  " if text else "") + self.tr("(off: {names})").format(
                    names="、".join(sorted(off[post_id])))
            out[post_id] = text
        return out

    def _show_teams(self, teams: tuple[TeamCheck, ...]) -> None:
        for row in range(self.teams.rowCount()):  # old buttons: hidden now, deleted later
            old = self.teams.cellWidget(row, 3)
            if old is not None:
                old.hide()
                self.teams.removeCellWidget(row, 3)
        self.teams.setRowCount(len(teams))
        for row, team in enumerate(teams):
            if team.leader_on_duty:
                text, colour = self.tr("✓ Leader on duty"), OK_TEXT
            elif team.acting_leader:
                text, colour = self.tr("✓ Acting: {name}").format(name=team.acting_leader), OK_TEXT
            else:
                text, colour = self.tr("✗ No leader on duty"), SHORT_TEXT
            cells = [QTableWidgetItem(team.team), QTableWidgetItem(team.leader or "—"),
                     QTableWidgetItem(text)]
            cells[2].setForeground(colour)
            cells[2].setFont(bold_font())
            if not team.ok:
                for item in cells:
                    item.setBackground(SHORT_BG)
            for col, item in enumerate(cells):
                self.teams.setItem(row, col, item)
            if team.leader_on_duty:
                continue
            button = self.guard(QPushButton(self.tr("Name acting leader…") if not team.ok
                                            else self.tr("Change…")))
            button.setObjectName(f"actingLeader{team.team_id}")
            button.clicked.connect(lambda _c=False, t=team: self.name_acting_leader(t))
            self.teams.setCellWidget(row, 3, button)

    # -- acting on it ----------------------------------------------------------------------
    def selected(self) -> CoverageRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select_post(self, post_id: int) -> bool:
        row = self.model.find(lambda r: r.line.post_id == post_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        row = self.selected()
        self.enable(self.fill_button, row is not None and row.status == "short")

    def fill(self) -> None:
        row, view = self.selected(), self.view
        if row is None or view is None or row.status != "short" or not self.can_edit:
            return
        coverage = self.ctx.services.coverage
        day, shift_id, post_id = view.day, view.shift.id, row.line.post_id
        self.read("candidates", lambda: coverage.candidates(day, shift_id, post_id),
                  lambda found: self._open_redeploy(view, row, found))

    def _open_redeploy(self, view: CoverageView, row: CoverageRow, found) -> RedeployDialog:
        line = row.line
        department = self.state.lookups.posts.get(line.post_id)
        areas = sorted(self.state.lookups.areas.values(),
                       key=lambda a: (department is None or a.department_id
                                      != department.department_id, a.floor, a.name))
        dialog = RedeployDialog(
            self.tr("Fill {post} · {day} {shift}").format(
                post=line.post, day=f"{weekday_label(view.day)} {view.day.isoformat()}",
                shift=view.shift.name),
            line.required - line.assigned, found, areas,
            lambda level: level_label(self.ctx.translate, level), self)
        coverage = self.ctx.services.coverage

        def submit() -> None:
            employee_id, area_id = dialog.value()
            self.write(lambda: coverage.redeploy(view.day, view.shift.id, line.post_id,
                                                 employee_id, area_id), None, dialog)

        self.dialog = self.present(dialog, submit)
        return dialog

    def name_acting_leader(self, team: TeamCheck) -> ActingLeaderDialog | None:
        view = self.view
        if view is None:
            return None
        lookups = self.state.lookups
        members = lookups.teams.get(team.team_id)
        member_ids = {m.id for m in members.members} if members else set()
        on_duty = {c.employee_id for c in (self.state.week.cells.values() if self.state.week
                                           else ())
                   if c.day == view.day and c.shift_type_id == view.shift.id
                   and c.attendance not in ("absent", "leave")}
        people = sorted((e for e in lookups.employees.values() if e.active),
                        key=lambda e: e.code)
        first = [e for e in people if e.id in member_ids and e.id in on_duty]
        dialog = ActingLeaderDialog(
            self.tr("Acting leader of {team} · {day} {shift}").format(
                team=team.team, day=view.day.isoformat(), shift=view.shift.name),
            first, [e for e in people if e not in first], self)
        roster = self.ctx.services.roster

        def submit() -> None:
            employee_id = dialog.person.current_id()
            self.write(lambda: roster.set_acting_leader(view.day, view.shift.id, team.team_id,
                                                        employee_id), None, dialog)

        self.dialog = self.present(dialog, submit)
        return dialog
