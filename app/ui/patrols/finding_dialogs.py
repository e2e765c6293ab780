"""Dialogs about findings: a new ad-hoc finding (seen on the floor, outside any checklist),
a new owner with the reason, a new severity. Each keeps the service's refusal inline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.checklists import CATEGORIES, SEVERITIES
from app.services.checklist_dto import FindingDTO
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, fill_combo, select_data
from app.ui.pages.org_common import NoticeBanner
from app.ui.patrols.common import (
    open_photo_picker,
    person_text,
    present,
    severity_label,
    translated,
    write,
)
from app.ui.person_combo import PersonCombo

Saved = Callable[[FindingDTO], None]


def severity_combo(current: str = "minor") -> QComboBox:
    combo = QComboBox()
    fill_combo(combo, [(severity_label(k), k) for k in SEVERITIES])
    select_data(combo, current)
    return combo


class AdHocFindingDialog(FormDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ad-hoc finding"), parent)
        self.ctx = ctx
        self.photo_path = ""
        self.area = QComboBox()
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What was seen, where exactly"))
        self.description.setFixedHeight(90)
        self.severity = severity_combo()
        self.category = QComboBox()
        fill_combo(self.category, [(translated("categories", v), k) for k, v in CATEGORIES.items()],
                   self.tr("(none)"))
        self.photo_label = QLabel(self.tr("No photo"))
        self.photo_button = QPushButton(self.tr("Choose photo…"))
        self.photo_button.clicked.connect(lambda _c=False: self.choose_photo())
        photo = QWidget()
        row = QHBoxLayout(photo)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photo_label, 1)
        row.addWidget(self.photo_button)
        self.form.addRow(self.tr("Area"), self.area)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Severity"), self.severity)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Photo"), photo)
        self.finish_layout()
        teams = ctx.services.teams
        ctx.runner.run(teams.areas, lambda areas: fill_combo(
            self.area, [(a.name, a.id) for a in areas]))

    def choose_photo(self) -> QFileDialog:
        return open_photo_picker(self, lambda paths: self.set_photo(paths[0]))

    def set_photo(self, path: str) -> None:
        self.photo_path = path
        self.photo_label.setText(path.replace("\\", "/").rsplit("/", 1)[-1] or self.tr("No photo"))

    def check(self) -> bool:
        if self.area.currentData() is None:
            self.show_error(self.tr("Choose the area."))
            return False
        return True

    def work(self):
        patrols, path = self.ctx.services.patrols, self.photo_path
        area, text = self.area.currentData(), self.description.toPlainText()
        severity, category = self.severity.currentData(), self.category.currentData() or ""

        def run() -> FindingDTO:
            photo = Path(path).read_bytes() if path else None
            return patrols.ad_hoc_finding(area, text, severity, category, photo)
        return run


class OwnerDialog(FormDialog):
    def __init__(self, ctx: UiContext, finding: FindingDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change who is responsible"), parent)
        self.ctx, self.finding = ctx, finding
        self.person = PersonCombo()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (kept with the finding)"))
        now = QLabel(self.tr("{person} (leader: {leader})").format(
            person=person_text(finding.responsible) or self.tr("nobody"),
            leader=person_text(finding.leader) or self.tr("none")))
        self.form.addRow(self.tr("Finding"), QLabel(finding.description[:80]))
        self.form.addRow(self.tr("Now"), now)
        self.form.addRow(self.tr("New owner"), self.person)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()
        staff = ctx.services.staff
        ctx.runner.run(staff.employees, self._people)

    def _people(self, people) -> None:
        self.person.set_people(people)
        if self.finding.responsible is not None:
            self.person.set_current_id(self.finding.responsible.id)

    def check(self) -> bool:
        if self.person.current_id() is None:
            self.show_error(self.tr("Choose someone from the list."))
            return False
        return True

    def work(self):
        patrols, fid = self.ctx.services.patrols, self.finding.id
        person, reason = self.person.current_id(), self.reason.text()
        return lambda: patrols.reassign_finding(fid, person, reason)


class SeverityDialog(FormDialog):
    def __init__(self, ctx: UiContext, finding: FindingDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change severity"), parent)
        self.ctx, self.finding = ctx, finding
        self.severity = severity_combo(finding.severity)
        self.form.addRow(self.tr("Finding"), QLabel(finding.description[:80]))
        self.form.addRow(self.tr("Severity"), self.severity)
        self.finish_layout()

    def work(self):
        patrols, fid, severity = self.ctx.services.patrols, self.finding.id, \
            self.severity.currentData()
        return lambda: patrols.set_finding_severity(fid, severity)


def open_finding_dialog(dialog, ctx: UiContext, banner: NoticeBanner | None,
                        on_saved: Saved | None = None):
    """Show one of the dialogs above; its OK runs its work through the runner."""
    return present(dialog, lambda: write(ctx, banner, dialog.work(), on_saved, dialog))
