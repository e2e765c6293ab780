"""Start a round by choice: area, level (those the role may run) and checklist; the checklist
that fits the area's kind and the level is chosen first."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.checklist_dto import TemplateSummary
from app.services.dto import AreaDTO
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, fill_combo, select_data
from app.ui.patrols.common import allowed_levels, level_label, pick


def rank(template: TemplateSummary, kind: str, level: str) -> tuple[int, str]:
    """Lower is better: made for this kind of area and level, then for any area, then others."""
    fits_level = not template.levels or level in template.levels
    fits_kind = kind in template.area_kinds
    score = 0 if fits_level and fits_kind else 1 if fits_level and not template.area_kinds \
        else 2 if fits_level else 3
    return score, template.key


class StartRoundDialog(FormDialog):
    def __init__(self, ctx: UiContext, area_id: int | None = None, level: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Start a round"), parent)
        self.ctx = ctx
        self.setMinimumWidth(520)
        self.areas: dict[int, AreaDTO] = {}
        self.templates: list[TemplateSummary] = []
        self.area, self.level, self.template = QComboBox(), QComboBox(), QComboBox()
        fill_combo(self.level, [(level_label(k), k)
                                for k in allowed_levels(ctx.services.actor.role)])
        select_data(self.level, level)
        self.form.addRow(self.tr("Area"), self.area)
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("Checklist"), self.template)
        self.ok_button.setText(self.tr("Start"))
        self.finish_layout()
        self._wanted_area = area_id
        self.area.currentIndexChanged.connect(lambda _i: self.suggest())
        self.level.currentIndexChanged.connect(lambda _i: self.suggest())
        teams, checklists = ctx.services.teams, ctx.services.checklists
        ctx.runner.run(lambda: (teams.areas(), checklists.templates()), self._loaded)

    def _loaded(self, result) -> None:
        areas, templates = result
        self.areas = {a.id: a for a in areas}
        self.templates = [t for t in templates if t.published_version_id is not None]
        fill_combo(self.area, [(a.name, a.id) for a in areas])
        if self._wanted_area is not None:
            select_data(self.area, self._wanted_area)
        self.suggest()

    def suggest(self) -> None:
        """Offer the checklists best first for the chosen area and level."""
        area = self.areas.get(self.area.currentData())
        kind, level = (area.kind if area else ""), self.level.currentData() or ""
        ordered = sorted(self.templates, key=lambda t: rank(t, kind, level))
        self.template.blockSignals(True)
        self.template.clear()
        for t in ordered:
            mark = "" if rank(t, kind, level)[0] < 2 else self.tr(" (not for this level)")
            self.template.addItem(pick(t.name, t.name_en) + mark, t.published_version_id)
        self.template.setCurrentIndex(0 if ordered else -1)
        self.template.blockSignals(False)

    def check(self) -> bool:
        if None in self.choice():
            self.show_error(self.tr("Choose an area, a level and a checklist."))
            return False
        return True

    def choice(self) -> tuple[int | None, int | None, str | None]:
        return self.area.currentData(), self.template.currentData(), self.level.currentData()
