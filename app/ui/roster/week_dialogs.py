"""Dialogs of the week grid beyond a single cell: rule breaches to confirm, what a copy or a
template skipped, and naming or choosing a template. All open with open(), never exec()."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FloorQCError
from app.domain.shifts import Breach
from app.services.roster import RosterService, RuleBreaches
from app.services.roster_dto import CellInput, CopyReport, SavedCell
from app.ui.form_dialog import FormDialog, fill_combo
from app.ui.roster.common import BREACH_MARK, BREACH_TEXT, SHORT_TEXT, bold_item

Translate = Callable[[str, str], str]


@dataclass
class CellBatch:
    """What happened to a batch of cell changes: saved, held back by rules, refused."""

    saved: list[SavedCell] = field(default_factory=list)
    breached: list[tuple[CellInput, tuple[Breach, ...]]] = field(default_factory=list)
    refused: list[FloorQCError] = field(default_factory=list)


def set_cells(roster: RosterService, cells: Sequence[CellInput],
              reason: str | None = None) -> CellBatch:
    """Runs on the worker: one set_cell per cell, so one breach never holds back the rest."""
    batch = CellBatch()
    for cell in cells:
        try:
            batch.saved.append(roster.set_cell(cell, override_reason=reason))
        except RuleBreaches as exc:
            batch.breached.append((cell, tuple(exc.breaches)))
        except FloorQCError as exc:
            batch.refused.append(exc)
    return batch


class BreachDialog(FormDialog):
    """Shows every rule a change breaks. A manager confirms with a reason and the change is
    saved with it; anyone else is told a manager must confirm, and nothing is saved."""

    def __init__(self, breached: Sequence[tuple[CellInput, tuple[Breach, ...]]],
                 describe: Callable[[CellInput], str], translate: Translate,
                 can_override: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Roster rules broken"), parent)
        self.setMinimumWidth(520)
        self.cells = [cell for cell, _b in breached]
        self.can_override = can_override
        intro = QLabel(self.tr("This change breaks roster rules:"))
        self.breaches = QListWidget()
        self.breaches.setObjectName("breachList")
        self.breaches.setWordWrap(True)
        for cell, found in breached:
            self.breaches.addItem(bold_item(describe(cell)))
            for b in found:
                item = QListWidgetItem(f"  {BREACH_MARK} {b.render(translate)}")
                item.setForeground(BREACH_TEXT)
                self.breaches.addItem(item)
        self.body.insertWidget(0, intro)
        self.body.insertWidget(1, self.breaches)
        self.reason = QLineEdit()
        self.notice = QLabel()
        self.notice.setObjectName("breachNotice")
        self.notice.setWordWrap(True)
        if can_override:
            self.reason.setPlaceholderText(self.tr("Why is it needed? e.g. banquet peak, "
                                                   "two people off sick"))
            self.form.addRow(self.tr("Reason"), self.reason)
            self.ok_button.setText(self.tr("Confirm with reason"))
        else:
            self.notice.setText(self.tr(
                "A manager must confirm this change with a reason. It was not saved."))
            self.notice.setStyleSheet(f"color: {SHORT_TEXT.name()}; font-weight: 600;")
            self.body.addWidget(self.notice)
            self.ok_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.finish_layout()

    def check(self) -> bool:
        if not self.reason.text().strip():
            self.show_error(self.tr("Enter the reason for confirming the breach."))
            return False
        return True

    def value(self) -> str:
        return self.reason.text().strip()


class CopyReportDialog(QDialog):
    """What a copy of last week or a template put in, and what it skipped and why."""

    def __init__(self, title: str, report: CopyReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 360 if report.skipped else 140)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("{copied} cells filled, {skipped} skipped.").format(
            copied=report.copied, skipped=len(report.skipped)))
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(report.skipped), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Employee"), self.tr("Day"),
                                              self.tr("Shift"), self.tr("Why skipped")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, skip in enumerate(report.skipped):
            for col, text in enumerate((skip.employee, skip.day.isoformat(), skip.shift,
                                        skip.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        for col, width in enumerate((90, 96, 70)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(report.skipped))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class TemplateNameDialog(FormDialog):
    def __init__(self, default: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Save the week as a template"), parent)
        self.name = QLineEdit(default)
        self.name.selectAll()
        self.form.addRow(self.tr("Template name"), self.name)
        self.form.addRow("", QLabel(self.tr("A template with the same name is replaced.")))
        self.finish_layout()

    def check(self) -> bool:
        if not self.name.text().strip():
            self.show_error(self.tr("Enter a name for the template."))
            return False
        return True


class ApplyTemplateDialog(FormDialog):
    def __init__(self, templates: Sequence[tuple[int, str]], week: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Apply a template to {week}").format(week=week), parent)
        self.template = QComboBox()
        fill_combo(self.template, ((name, tid) for tid, name in templates))
        self.form.addRow(self.tr("Template"), self.template)
        self.form.addRow("", QLabel(self.tr(
            "Only empty cells are filled; what would break a rule is skipped and listed.")))
        self.ok_button.setText(self.tr("Apply"))
        self.finish_layout()

    def check(self) -> bool:
        if self.template.currentData() is None:
            self.show_error(self.tr("There is no saved template yet."))
            return False
        return True
