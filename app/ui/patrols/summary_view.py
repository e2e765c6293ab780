"""A submitted round's summary: the score, a red banner when a critical item failed, the
counts, every finding with who answers for it (from the roster) and a way to change its owner
or severity, and the disagreements this round found with lower layers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.checklist_dto import FindingDTO, RoundSummary
from app.ui.context import UiContext
from app.ui.pages.org_common import NoticeBanner, bold_font, make_table
from app.ui.patrols.common import level_label, score_text, version_name
from app.ui.patrols.finding_dialogs import OwnerDialog, SeverityDialog, open_finding_dialog
from app.ui.patrols.findings_tab import finding_columns
from app.ui.patrols.round_widgets import PhotoStrip
from app.ui.table_model import Column

GOOD, FAIR = 90.0, 75.0  # score colours: green from 90, amber from 75, red below


def score_colour(value: float | None) -> str:
    if value is None:
        return "#6b6b6b"
    return "#1e6b2a" if value >= GOOD else "#c25e00" if value >= FAIR else "#b3261e"


class SummaryView(QWidget):
    closed = Signal()

    def __init__(self, ctx: UiContext, summary: RoundSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.summary = ctx, summary
        insp = summary.inspection
        self.banner = NoticeBanner()
        title = QLabel(self.tr("Round submitted: {area} · {checklist}").format(
            area=insp.area, checklist=version_name(insp.version)))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        subtitle = QLabel(" · ".join(p for p in (level_label(insp.level), insp.day.isoformat(),
                                                 insp.shift, insp.inspector) if p))
        subtitle.setStyleSheet("color: #5c5c5c;")
        self.score_label = QLabel(score_text(summary.score))
        self.score_label.setObjectName("summaryScore")
        self.score_label.setStyleSheet(f"font-size: 34pt; font-weight: 700;"
                                       f" color: {score_colour(summary.score)};")
        self.counts_label = QLabel(self.tr(
            "Passed {passed} · Failed {failed} · Not applicable {na}").format(
            passed=summary.passed, failed=summary.failed, na=summary.not_applicable))
        self.counts_label.setStyleSheet("font-size: 12pt;")
        self.flag_label = QLabel(self.tr("⚠ A critical item failed: this round is flagged "
                                         "whatever its score."))
        self.flag_label.setObjectName("summaryFlag")
        self.flag_label.setStyleSheet("color: white; background: #b3261e; font-weight: 600;"
                                      " padding: 8px 12px; border-radius: 4px;")
        self.flag_label.setVisible(summary.flagged)
        self.done_button = QPushButton(self.tr("Back to patrols"))
        self.owner_button = QPushButton(self.tr("Change owner…"))
        self.severity_button = QPushButton(self.tr("Change severity…"))
        self.findings_view, self.findings_model = make_table(
            finding_columns(), widths=(90, 130, 340, 80, 110, 110, 130), stretch=2)
        self.findings_model.set_rows(summary.findings)
        self.disagreements_view, self.disagreements_model = make_table([
            Column(self.tr("Item"), lambda d: d.item_text),
            Column(self.tr("Passed by"), lambda d: f"{d.lower_inspector} · "
                   f"{level_label(d.lower_level)}"),
            Column(self.tr("Day"), lambda d: d.day),
        ], widths=(380, 220))
        self.disagreements_model.set_rows(summary.disagreements)
        self.photos = PhotoStrip(ctx)
        self.findings_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_photos(current.row()))
        self._layout(title, subtitle)
        self.done_button.clicked.connect(lambda _c=False: self.closed.emit())
        self.owner_button.clicked.connect(lambda _c=False: self.change_owner())
        self.severity_button.clicked.connect(lambda _c=False: self.change_severity())
        if summary.findings:
            self.findings_view.selectRow(0)

    def _layout(self, title: QLabel, subtitle: QLabel) -> None:
        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(subtitle)
        names.addWidget(self.counts_label)
        head.addLayout(names, 1)
        score_box = QVBoxLayout()
        caption = QLabel(self.tr("Score"))
        caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        score_box.addWidget(caption)
        score_box.addWidget(self.score_label, 0, Qt.AlignmentFlag.AlignRight)
        head.addLayout(score_box)
        findings_head = QHBoxLayout()
        findings_title = QLabel(self.tr("Findings ({count}) — each owned by the person on duty")
                                .format(count=len(self.summary.findings)))
        findings_title.setFont(bold_font())
        findings_head.addWidget(findings_title)
        findings_head.addStretch(1)
        findings_head.addWidget(self.owner_button)
        findings_head.addWidget(self.severity_button)
        disagreements_title = QLabel(self.tr(
            "Disagreements ({count}) — items a lower layer passed in this shift").format(
            count=len(self.summary.disagreements)))
        disagreements_title.setFont(bold_font())
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(head)
        layout.addWidget(self.flag_label)
        layout.addWidget(self.banner)
        layout.addWidget(line)
        layout.addLayout(findings_head)
        layout.addWidget(self.findings_view, 3)
        photos = QHBoxLayout()
        photos_title = QLabel(self.tr("Photos of the selected finding"))
        photos_title.setStyleSheet("color: #5c5c5c;")
        photos.addWidget(photos_title, 0, Qt.AlignmentFlag.AlignTop)
        photos.addWidget(self.photos, 1)
        layout.addLayout(photos)
        layout.addWidget(disagreements_title)
        layout.addWidget(self.disagreements_view, 2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        layout.addLayout(bottom)
        for button in (self.owner_button, self.severity_button):
            button.setEnabled(bool(self.summary.findings))

    def _show_photos(self, row: int) -> None:
        finding = self.findings_model.row_at(row)
        self.photos.set_ids(finding.photo_ids if finding is not None else ())

    def selected(self) -> FindingDTO | None:
        finding = self.findings_model.row_at(self.findings_view.currentIndex())
        if finding is None and self.findings_model.rows:
            finding = self.findings_model.rows[0]
        return finding

    def _replace(self, finding: FindingDTO) -> None:
        rows = [finding if f.id == finding.id else f for f in self.findings_model.rows]
        row = next(n for n, f in enumerate(rows) if f.id == finding.id)
        self.findings_model.set_rows(rows)
        self.findings_view.selectRow(row)

    def change_owner(self) -> OwnerDialog | None:
        finding = self.selected()
        if finding is None:
            return None
        return open_finding_dialog(OwnerDialog(self.ctx, finding, self), self.ctx, self.banner,
                                   self._replace)

    def change_severity(self) -> SeverityDialog | None:
        finding = self.selected()
        if finding is None:
            return None
        return open_finding_dialog(SeverityDialog(self.ctx, finding, self), self.ctx,
                                   self.banner, self._replace)
