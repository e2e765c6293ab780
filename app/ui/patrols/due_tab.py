"""The Due tab (待巡查): which areas need which check now for the user's level — overdue red,
due amber, missed grey, done green — with Start / Resume, a free "Start a round…", and the
user's rounds in progress to resume."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.checklist_dto import DueItem, InspectionDTO
from app.ui.context import UiContext
from app.ui.form_dialog import fill_combo, select_data
from app.ui.pages.org_common import NoticeBanner, bold_font, make_table
from app.ui.patrols.common import (
    STATE_COLOURS,
    PatrolTab,
    allowed_levels,
    level_for_role,
    level_label,
    state_label,
    version_name,
)
from app.ui.patrols.start_dialog import StartRoundDialog
from app.ui.table_model import Column

PLANNED_LEVELS = ("leader", "supervisor", "manager")  # the levels the patrol plan schedules


class DueTab(PatrolTab):
    def __init__(self, ctx: UiContext, banner: NoticeBanner,
                 open_round: Callable[[int], None],
                 start_round: Callable[[int, int, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, banner, parent)
        self.open_round, self.start_round = open_round, start_round
        role = ctx.services.actor.role
        self.level = QComboBox()
        levels = [k for k in PLANNED_LEVELS if k in allowed_levels(role)]
        fill_combo(self.level, [(level_label(k), k) for k in levels])
        select_data(self.level, level_for_role(role))
        self.level.currentIndexChanged.connect(lambda _i: self.load())
        self.floor = QComboBox()
        fill_combo(self.floor, [], self.tr("All floors"))
        self.floor.currentIndexChanged.connect(lambda _i: self._show())
        self.counts = QLabel()
        self._due: list[DueItem] = []
        self._floors: dict[int, str] = {}  # area id → floor
        self.start_button = self.guard(QPushButton(self.tr("Start / Resume")))
        self.start_button.setToolTip(self.tr("Start the selected check, or resume its round "
                                             "(double-click does the same)"))
        self.free_button = self.guard(QPushButton(self.tr("Start a round…")))
        self.free_button.setToolTip(self.tr("Choose the area, level and checklist yourself"))
        self.resume_button = self.guard(QPushButton(self.tr("Resume")))
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #6b6b6b;")
        self.view, self.model = make_table([
            Column(self.tr("State"), lambda r: state_label(r.state),
                   background=lambda r: STATE_COLOURS[r.state][0],
                   foreground=lambda r: STATE_COLOURS[r.state][1], font=bold_font()),
            Column(self.tr("Due at"), lambda r: r.due_at.strftime("%m-%d %H:%M")),
            Column(self.tr("Area"), lambda r: r.area),
            Column(self.tr("Check"), lambda r: level_label(r.level)),
            Column(self.tr("Suggested checklist"), lambda r: r.template or self.tr("(none fits)")),
            Column(self.tr("Round"), lambda r: self.tr("in progress")
                   if r.draft_inspection_id else ""),
        ], widths=(90, 100, 180, 140, 300))
        self.drafts_view, self.drafts_model = make_table([
            Column(self.tr("Started"), lambda d: d.started_at.strftime("%m-%d %H:%M")),
            Column(self.tr("Area"), lambda d: d.area),
            Column(self.tr("Checklist"), lambda d: version_name(d.version)),
            Column(self.tr("Check"), lambda d: level_label(d.level)),
            Column(self.tr("Answered"), lambda d: f"{answered_count(d)} / "
                   f"{len(d.version.items)}"),
        ], widths=(100, 180, 260, 130), stretch=2)
        self.drafts_view.setMaximumHeight(140)
        self._layout()
        self.start_button.clicked.connect(lambda _c=False: self.start_selected())
        self.free_button.clicked.connect(lambda _c=False: self.start_free())
        self.resume_button.clicked.connect(lambda _c=False: self.resume_selected())
        self.view.doubleClicked.connect(lambda _i: self.start_selected())
        self.drafts_view.doubleClicked.connect(lambda _i: self.resume_selected())

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Checks due for")))
        top.addWidget(self.level)
        top.addWidget(self.floor)
        top.addSpacing(12)
        top.addWidget(self.counts)
        top.addStretch(1)
        top.addWidget(self.start_button)
        top.addWidget(self.free_button)
        drafts = QHBoxLayout()
        title = QLabel(self.tr("My rounds in progress"))
        title.setFont(bold_font())
        drafts.addWidget(title)
        drafts.addStretch(1)
        drafts.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(drafts)
        layout.addWidget(self.drafts_view)

    def load(self) -> None:
        services, level = self.ctx.services, self.level.currentData()
        plan, patrols, teams = services.patrol_plan, services.patrols, services.teams
        self.read("due", lambda: (plan.due(level=level) if level else [], patrols.drafts(),
                                  teams.areas()), self._loaded)

    def _loaded(self, result: tuple[list[DueItem], list[InspectionDTO], list]) -> None:
        self._due, drafts, areas = result
        self._floors = {a.id: a.floor for a in areas}
        fill_combo(self.floor, [(f, f) for f in sorted({a.floor for a in areas if a.floor})],
                   self.floor.itemText(0))
        self.drafts_model.set_rows(drafts)
        self._show()
        self.enable(self.resume_button, bool(drafts))

    def _show(self) -> None:
        """The due checks of the chosen floor, with a count per state."""
        floor = self.floor.currentData()
        due = [d for d in self._due if floor is None or self._floors.get(d.area_id) == floor]
        self.model.set_rows(due)
        counts = {state: sum(d.state == state for d in due) for state in STATE_COLOURS}
        self.counts.setText("   ".join(
            f"<span style='color:{STATE_COLOURS[state][1].name()}'>■</span> "
            f"{state_label(state)} {n}" for state, n in counts.items() if n))
        if self.level.count() == 0:
            self.empty.setText(self.tr("Your role has no patrol plan; use Start a round… or "
                                       "look at the history."))
        elif not due:
            self.empty.setText(self.tr("Nothing is due for this level now."))
        self.empty.setVisible(self.level.count() == 0 or not due)

    # -- actions -----------------------------------------------------------------------
    def start_selected(self) -> None:
        row: DueItem | None = self.model.row_at(self.view.currentIndex())
        if row is None:
            self.banner.show_messages([self.tr("Choose a check in the list first.")])
            return
        if row.draft_inspection_id is not None:
            self.open_round(row.draft_inspection_id)
        elif row.template_version_id is None:
            self.start_free(row.area_id, row.level)
        else:
            self.start_round(row.area_id, row.template_version_id, row.level)

    def resume_selected(self) -> None:
        draft: InspectionDTO | None = self.drafts_model.row_at(self.drafts_view.currentIndex())
        if draft is None and len(self.drafts_model.rows) == 1:
            draft = self.drafts_model.rows[0]
        if draft is None:
            self.banner.show_messages([self.tr("Choose a round to resume first.")])
            return
        self.open_round(draft.id)

    def start_free(self, area_id: int | None = None, level: str | None = None):
        dialog = StartRoundDialog(self.ctx, area_id, level or self.level.currentData(), self)

        def chosen() -> None:
            area, version, chosen_level = dialog.choice()
            dialog.accept()
            self.start_round(area, version, chosen_level)

        return self.present(dialog, chosen)


def answered_count(inspection: InspectionDTO) -> int:
    return sum(1 for a in inspection.answers.values() if a.outcome is not None)
