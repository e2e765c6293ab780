"""Dialogs of the coverage tab: redeployment (抽调顶岗) onto a short post, and naming an acting
leader for a team whose leader is not on duty (一拖三)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from app.services.dto import AreaDTO, EmployeeDTO
from app.services.roster_dto import Candidate
from app.ui.form_dialog import FormDialog, fill_combo
from app.ui.pages.org_common import CENTER, RIGHT, make_table
from app.ui.person_combo import PersonCombo
from app.ui.roster.cell_dialog import SearchCombo
from app.ui.table_model import Column


class RedeployDialog(FormDialog):
    """Candidates ranked as the service returns them: qualification first, then fewest hours
    this week, then longest rest. Those on a post with surplus say where they come from."""

    def __init__(self, title: str, short_by: int, candidates: Sequence[Candidate],
                 areas: Sequence[AreaDTO], level_label: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setMinimumWidth(720)
        self.resize(760, 420)
        free = self.tr("free")
        self.table, self.model = make_table([
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Code"), lambda c: c.code),
            Column(self.tr("Home post"), lambda c: c.home_post),
            Column(self.tr("Level"), lambda c: level_label(c.level)),
            Column(self.tr("Comes from"), lambda c: c.from_post or free,
                   tooltip=lambda c: self.tr("Standing on {post}, which has a surplus this "
                                             "shift").format(post=c.from_post)
                   if c.from_post else None),
            Column(self.tr("Hours this week"), lambda c: f"{c.week_hours:.1f}", alignment=RIGHT),
            Column(self.tr("Rest (h)"), lambda c: "—" if c.rest_hours is None
                   else f"{c.rest_hours:.1f}", alignment=CENTER),
        ], widths=(80, 64, 110, 110, 110, 100))
        self.table.setObjectName("candidateTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.model.set_rows(candidates)
        intro = QLabel(self.tr(
            "Short by {n}. Offered are people qualified for the post who are free in this "
            "shift or stand on a post with surplus, best first.").format(n=short_by)
            if candidates else self.tr(
            "Nobody qualified for this post is free in this shift, and no post with a "
            "surplus has someone qualified. Name someone in the grid and confirm the rule "
            "breach, or leave the post short."))
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.body.insertWidget(1, self.table, 1)
        self.area = SearchCombo()
        fill_combo(self.area, ((a.name, a.id) for a in areas), none_label=self.tr("(no area)"))
        self.form.addRow(self.tr("Area"), self.area)
        self.ok_button.setText(self.tr("Redeploy"))
        self.ok_button.setEnabled(bool(candidates))
        self.finish_layout()
        if candidates:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self._on_ok())

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy and self.model.rowCount() > 0)

    def selected(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select(self, employee_id: int) -> bool:
        row = self.model.find(lambda c: c.employee_id == employee_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def check(self) -> bool:
        if self.selected() is None:
            self.show_error(self.tr("Choose who to redeploy."))
            return False
        if not self.area.resolved()[0]:
            self.show_error(self.tr("Choose an area from the list, or '(no area)'."))
            return False
        return True

    def value(self) -> tuple[int, int | None]:
        return self.selected().employee_id, self.area.resolved()[1]


class ActingLeaderDialog(FormDialog):
    """Who leads the team this shift. Team members on duty are offered first."""

    def __init__(self, title: str, first: Sequence[EmployeeDTO], others: Sequence[EmployeeDTO],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.person = PersonCombo()
        self.person.set_people([*first, *others])
        self.form.addRow(self.tr("Acting leader"), self.person)
        self.form.addRow("", QLabel(self.tr("Listed first: the team's members on duty.")))
        self.finish_layout()

    def check(self) -> bool:
        if not self.person.is_valid() or self.person.current_id() is None:
            self.show_error(self.tr("Choose someone from the list."))
            return False
        return True
