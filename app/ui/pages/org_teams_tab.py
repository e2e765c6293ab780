"""Teams tab (班组: a leader and members) and Areas tab (区域 and the team that looks after
each by default). Two small tables of the same shape, so they share a base."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.org import AREA_KINDS
from app.services.dto import AreaDTO, TeamDTO
from app.ui.area_dialog import AreaDialog
from app.ui.context import UiContext
from app.ui.form_dialog import ask
from app.ui.pages.org_common import RIGHT, NoticeBanner, OrgTab, make_table
from app.ui.table_model import Column
from app.ui.team_dialog import TeamDialog


class _TableTab(OrgTab):
    """A table with New/Edit/Delete above it and a one-line hint below."""

    def _build(self, new_text: str, hint: str) -> None:
        self.new_button = self.edit_button(new_text, self.new_item)
        self.edit_item_button = self.edit_button(self.tr("Edit…"), self.edit_item)
        self.delete_button = self.edit_button(self.tr("Delete"), self.delete_item)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_item_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.doubleClicked.connect(lambda _i: self.can_edit and self.edit_item())
        self._update()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.enable(self.edit_item_button, chosen)
        self.enable(self.delete_button, chosen)

    def _show_rows(self, rows) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        if keep is not None:
            row = self.model.find(lambda r: r.id == keep.id)
            if row >= 0:
                self.table.selectRow(row)
        self._update()

    def new_item(self):
        return self.open_dialog(None)

    def edit_item(self):
        item = self.selected()
        return self.open_dialog(item) if item is not None else None

    def open_dialog(self, item):
        raise NotImplementedError

    def delete_item(self):
        raise NotImplementedError


class TeamsTab(_TableTab):
    def __init__(self, ctx: UiContext, banner: NoticeBanner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, banner, parent)
        self._departments: list = []
        self._people: list = []
        self.table, self.model = make_table([
            Column(self.tr("Team"), lambda t: t.name),
            Column(self.tr("Department"), lambda t: t.department),
            Column(self.tr("Leader"), lambda t: t.leader),
            Column(self.tr("Size"), lambda t: len(t.members), alignment=RIGHT),
            Column(self.tr("Members"), lambda t: "、".join(m.name for m in t.members),
                   tooltip=lambda t: "\n".join(f"{m.name} · {m.post}" for m in t.members)),
        ], widths=(140, 110, 100, 50))
        self._build(self.tr("New team…"), self.tr(
            "A team is a leader and members; someone stands in one team at a time. Areas name "
            "the team that looks after them by default."))

    def load(self) -> None:
        org, teams, staff = self.ctx.services.org, self.ctx.services.teams, self.ctx.services.staff
        self.read("teams", lambda: (org.departments(), staff.employees(active=True),
                                    teams.teams()), self._show)

    def _show(self, result) -> None:
        self._departments, self._people, rows = result
        self._show_rows(rows)

    def open_dialog(self, team: TeamDTO | None) -> TeamDialog:
        dialog = TeamDialog(self._departments, self._people, team, self)
        service, team_id = self.ctx.services.teams, team.id if team else None

        def submit() -> None:
            v = dialog.value()
            self.write(lambda: service.save_team(v.name, v.department_id, v.leader_id,
                                                 list(v.member_ids), team_id), None, dialog)

        return self.present(dialog, submit)

    def delete_item(self):
        team = self.selected()
        if team is None:
            return None
        service = self.ctx.services.teams
        return ask(self, self.tr("Delete team"),
                   self.tr("Delete the team {name}? Its areas keep no default team.")
                   .format(name=team.name),
                   lambda: self.write(lambda: service.delete_team(team.id)),
                   self.tr("Delete"), self.tr("Cancel"))


class AreasTab(_TableTab):
    def __init__(self, ctx: UiContext, banner: NoticeBanner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, banner, parent)
        self.kinds = {k: ctx.translate("areas", v) for k, v in AREA_KINDS.items()}
        self._departments: list = []
        self._teams: list = []
        self.table, self.model = make_table([
            Column(self.tr("Area"), lambda a: a.name),
            Column(self.tr("Kind"), lambda a: self.kinds.get(a.kind, a.kind)),
            Column(self.tr("Floor"), lambda a: a.floor),
            Column(self.tr("Department"), lambda a: a.department),
            Column(self.tr("Default team"), lambda a: a.default_team),
        ], widths=(150, 110, 70, 130))
        self._build(self.tr("New area…"), self.tr(
            "Each area belongs to a department and, by default, to a team; the roster can "
            "assign it to another team for a shift."))

    def load(self) -> None:
        org, teams = self.ctx.services.org, self.ctx.services.teams
        self.read("areas", lambda: (org.departments(), teams.teams(), teams.areas()), self._show)

    def _show(self, result) -> None:
        self._departments, self._teams, rows = result
        self._show_rows(rows)

    def open_dialog(self, area: AreaDTO | None) -> AreaDialog:
        dialog = AreaDialog(self.kinds, self._departments, self._teams, area, self)
        service, area_id = self.ctx.services.teams, area.id if area else None

        def submit() -> None:
            v = dialog.value()
            self.write(lambda: service.save_area(v.name, v.kind, v.floor, v.department_id,
                                                 v.default_team_id, area_id), None, dialog)

        return self.present(dialog, submit)

    def delete_item(self):
        area = self.selected()
        if area is None:
            return None
        service = self.ctx.services.teams
        return ask(self, self.tr("Delete area"),
                   self.tr("Delete the area {name}?").format(name=area.name),
                   lambda: self.write(lambda: service.delete_area(area.id)),
                   self.tr("Delete"), self.tr("Cancel"))
