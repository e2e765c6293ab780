"""Dialogs of the survey and promise tabs that are not a form entry: the spreadsheet imports
of survey forms and of promise outcomes, and the choice of reverse-scored items."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from app.services.guest_dto import ImportSummary
from app.services.staff_sheet import Problem
from app.ui.form_dialog import FormDialog
from app.ui.spreadsheet_import_dialog import SpreadsheetImportDialog
from app.ui.surveys.common import DIMENSION_ITEMS, DIMENSIONS, dimension_label, item_text

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class ImportDone:
    """What the import dialog shows after a clean import; ``result`` is the service's
    answer (an ImportSummary for surveys, the number of outcomes for promises)."""

    result: object
    text: str

    def render(self, _translate=None) -> str:
        return self.text


class CheckOnImportDialog(SpreadsheetImportDialog):
    """An import whose service checks the whole file while importing (all-or-nothing) and
    has no separate preview: choosing a file enables Import; any problem comes back with
    its row and column and nothing is stored."""

    def __init__(self, importer: Callable[[Path], object], translate: Translate,
                 parent=None) -> None:
        super().__init__(translate, parent)
        self._importer = importer
        self.resize(760, 480)

    def _preview(self, path: Path) -> tuple[Sequence[Problem], str]:
        return [], self.tr("Ready to import {file}. Every row is checked first; nothing is "
                           "stored unless the whole file is correct.").format(file=path.name)

    def _import(self, path: Path) -> ImportDone:
        result = self._importer(path)
        return ImportDone(result, self._done_text(result))

    def _done_text(self, result: object) -> str:
        raise NotImplementedError


class SurveyImportDialog(CheckOnImportDialog):
    """``imported`` carries an ImportDone whose ``result`` is the ImportSummary."""

    def __init__(self, importer: Callable[[Path], ImportSummary], translate: Translate,
                 parent=None) -> None:
        super().__init__(importer, translate, parent)
        self.setWindowTitle(self.tr("Import survey forms"))

    def _intro(self) -> str:
        return self.tr(
            "One row per respondent. Columns: respondent 受访者, kind 类型 (guest 顾客 or manager "
            "经理), date 日期, E1…E22, P1…P22 (answers 1–7, empty = skipped; managers have no P), "
            "and optionally the weights W_tangibles, W_reliability, W_responsiveness, "
            "W_assurance, W_empathy summing to 100. Headers in Chinese or English.")

    def _file_prompt(self) -> tuple[str, str]:
        return self.tr("Choose the survey file"), self.tr("Spreadsheets (*.xlsx *.csv)")

    def _done_text(self, result: ImportSummary) -> str:
        return self.tr("Imported {added} forms: {guests} from guests, {managers} from "
                       "managers.").format(added=result.added, guests=result.guests,
                                           managers=result.managers)


class OutcomeImportDialog(CheckOnImportDialog):
    """``imported`` carries an ImportDone whose ``result`` is the number of outcomes."""

    def __init__(self, importer: Callable[[Path], int], translate: Translate,
                 parent=None) -> None:
        super().__init__(importer, translate, parent)
        self.setWindowTitle(self.tr("Import promise outcomes"))

    def _intro(self) -> str:
        return self.tr(
            "One row per measurement. Columns: promise (its name), at (YYYY-MM-DD HH:MM), "
            "minutes (the measured time), and optionally area and note. Complaint response "
            "times are taken from the complaint log and cannot be imported.")

    def _file_prompt(self) -> tuple[str, str]:
        return self.tr("Choose the outcomes file"), self.tr("Spreadsheets (*.xlsx *.csv)")

    def _done_text(self, result: int) -> str:
        return self.tr("Imported {count} outcomes.").format(count=result)


class ReversedItemsDialog(FormDialog):
    """Tick the items the venue's form words negatively (1988 SERVQUAL); they are scored
    8 − x. The default, positively worded instrument has none."""

    def __init__(self, reversed_items: Iterable[int], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reverse-scored items"), parent)
        self.setMinimumWidth(720)
        intro = QLabel(self.tr(
            "Tick the statements your printed form words negatively. Their answers are "
            "scored 8 − x in every gap (both E and P). The default form has none."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.boxes: dict[int, QCheckBox] = {}
        chosen = set(reversed_items)
        row = 0
        for dimension in DIMENSIONS:
            title = QLabel(dimension_label(dimension))
            title.setStyleSheet("font-weight: 600; padding-top: 4px;")
            grid.addWidget(title, row, 0)
            row += 1
            for item in DIMENSION_ITEMS[dimension]:
                box = QCheckBox(f"Q{item}  {item_text(item)}")
                box.setObjectName(f"reversed_{item}")
                box.setChecked(item in chosen)
                self.boxes[item] = box
                grid.addWidget(box, row, 0)
                row += 1
        self.body.addLayout(grid)
        self.finish_layout()

    def items(self) -> list[int]:
        return sorted(item for item, box in self.boxes.items() if box.isChecked())
