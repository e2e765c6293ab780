"""Small dialogs for departments (name, floor or support) and ranks (labels, span of
one-leads-three)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from app.services.dto import DepartmentDTO, RankDTO
from app.ui.form_dialog import FormDialog, fill_combo


class DepartmentDialog(FormDialog):
    """``kinds`` maps a department kind key to its translated label."""

    def __init__(self, kinds: Mapping[str, str], department: DepartmentDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New department") if department is None
                         else self.tr("Rename department"), parent)
        self.department = department
        self.name = QLineEdit(department.name if department else "")
        self.kind = QComboBox()
        fill_combo(self.kind, ((label, key) for key, label in kinds.items()))
        if department is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(department.kind), 0))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.finish_layout()

    def value(self) -> tuple[str, str]:
        return self.name.text(), self.kind.currentData()


class RankDialog(FormDialog):
    def __init__(self, rank: RankDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit rank {label}").format(label=rank.label), parent)
        self.rank = rank
        self.label = QLineEdit(rank.label)
        self.label_en = QLineEdit(rank.label_en)
        self.span = QSpinBox()
        self.span.setRange(1, 99)
        self.span.setValue(rank.span_limit)
        note = QLabel(self.tr(
            "The span is how many people someone of this rank leads directly before the app "
            "warns (one leads three). It is a warning, never a refusal."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        self.form.addRow(self.tr("Label"), self.label)
        self.form.addRow(self.tr("English label"), self.label_en)
        self.form.addRow(self.tr("Span limit"), self.span)
        self.form.addRow(note)
        self.finish_layout()

    def value(self) -> tuple[str, str, int]:
        return self.label.text(), self.label_en.text(), self.span.value()
