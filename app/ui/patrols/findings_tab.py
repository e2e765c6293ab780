"""The Findings tab (问题): open findings with who answers for them (责任到人) — responsible
person, their leader, and a flag when nobody was rostered — plus an ad-hoc finding, a change
of owner with its reason, and a change of severity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.checklist_dto import FindingDTO
from app.ui.context import UiContext
from app.ui.pages.org_common import AMBER_TEXT, NoticeBanner, make_table
from app.ui.patrols.common import SEVERITY_COLOURS, PatrolTab, person_text, severity_label
from app.ui.patrols.finding_dialogs import (
    AdHocFindingDialog,
    OwnerDialog,
    SeverityDialog,
    open_finding_dialog,
)
from app.ui.table_model import Column


def finding_columns() -> list[Column]:
    """The findings table's columns (also the round summary's)."""
    nobody = QCoreApplication.translate("FindingsTab", "nobody")
    unrostered = QCoreApplication.translate("FindingsTab", "⚠ nobody rostered")
    return [
        Column(QCoreApplication.translate("FindingsTab", "Found"),
               lambda f: f.found_at.strftime("%m-%d %H:%M")),
        Column(QCoreApplication.translate("FindingsTab", "Area"), lambda f: f.area),
        Column(QCoreApplication.translate("FindingsTab", "Description"),
               lambda f: f.description, tooltip=lambda f: f.description),
        Column(QCoreApplication.translate("FindingsTab", "Severity"),
               lambda f: severity_label(f.severity),
               foreground=lambda f: SEVERITY_COLOURS.get(f.severity)),
        Column(QCoreApplication.translate("FindingsTab", "Responsible"),
               lambda f: person_text(f.responsible) or nobody),
        Column(QCoreApplication.translate("FindingsTab", "Leader"),
               lambda f: person_text(f.leader)),
        Column(QCoreApplication.translate("FindingsTab", "Rostered"),
               lambda f: unrostered if f.unrostered else "", foreground=AMBER_TEXT,
               tooltip=lambda f: f.owner_reason or None),
        Column(QCoreApplication.translate("FindingsTab", "Found by"), lambda f: f.found_by),
    ]


class FindingsTab(PatrolTab):
    def __init__(self, ctx: UiContext, banner: NoticeBanner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, banner, parent)
        self.ad_hoc_button = self.guard(QPushButton(self.tr("Ad-hoc finding…")))
        self.owner_button = self.guard(QPushButton(self.tr("Change owner…")))
        self.severity_button = self.guard(QPushButton(self.tr("Change severity…")))
        self.count_label = QLabel()
        self.view, self.model = make_table(finding_columns(),
                                           widths=(90, 140, 360, 80, 110, 110, 130), stretch=2)
        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addStretch(1)
        for button in (self.ad_hoc_button, self.owner_button, self.severity_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.ad_hoc_button.clicked.connect(lambda _c=False: self.add_ad_hoc())
        self.owner_button.clicked.connect(lambda _c=False: self.change_owner())
        self.severity_button.clicked.connect(lambda _c=False: self.change_severity())

    def load(self) -> None:
        patrols = self.ctx.services.patrols
        self.read("findings", lambda: patrols.findings("open"), self._loaded)

    def _loaded(self, findings: list[FindingDTO]) -> None:
        self.model.set_rows(findings)
        self.count_label.setText(self.tr("{count} open findings").format(count=len(findings)))

    def selected(self) -> FindingDTO | None:
        finding = self.model.row_at(self.view.currentIndex())
        if finding is None:
            self.banner.show_messages([self.tr("Choose a finding in the list first.")])
        return finding

    def add_ad_hoc(self) -> AdHocFindingDialog:
        return open_finding_dialog(AdHocFindingDialog(self.ctx, self), self.ctx, self.banner)

    def change_owner(self) -> OwnerDialog | None:
        finding = self.selected()
        if finding is None:
            return None
        return open_finding_dialog(OwnerDialog(self.ctx, finding, self), self.ctx, self.banner)

    def change_severity(self) -> SeverityDialog | None:
        finding = self.selected()
        if finding is None:
            return None
        return open_finding_dialog(SeverityDialog(self.ctx, finding, self), self.ctx,
                                   self.banner)
