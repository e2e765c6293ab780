"""New or edit a post (岗位): department, rank, head-count quota (定岗定编) and its
responsibilities (岗位职责), edited as an ordered list of lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import DepartmentDTO, PostDTO, RankDTO
from app.ui.form_dialog import FormDialog, fill_combo


@dataclass(frozen=True)
class PostInput:
    name: str
    department_id: int | None
    rank_id: int | None
    quota: int
    duties: tuple[str, ...]


class LinesEditor(QWidget):
    """An ordered list of text lines: add, edit in place (double-click), remove, move."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.add_button = QPushButton(self.tr("Add line"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_line("", edit=True))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_lines(self, lines: Sequence[str]) -> None:
        self.list.clear()
        for line in lines:
            self.add_line(line)

    def add_line(self, text: str, edit: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        if edit:
            self.list.editItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def lines(self) -> tuple[str, ...]:
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return tuple(t for t in texts if t)


class PostDialog(FormDialog):
    def __init__(self, departments: Sequence[DepartmentDTO], ranks: Sequence[RankDTO],
                 post: PostDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New post") if post is None
                         else self.tr("Edit post {name}").format(name=post.name), parent)
        self.setMinimumWidth(520)
        self.post = post
        self.name = QLineEdit()
        self.department = QComboBox()
        fill_combo(self.department, ((d.name, d.id) for d in departments))
        self.rank = QComboBox()
        # Highest rank first, as the org chart reads.
        fill_combo(self.rank, ((r.label, r.id) for r in sorted(ranks, key=lambda r: -r.level)))
        self.quota = QSpinBox()
        self.quota.setRange(0, 999)
        self.quota.setValue(1)
        self.duties = LinesEditor()
        self.duties.setMinimumHeight(180)
        self.form.addRow(self.tr("Post name"), self.name)
        self.form.addRow(self.tr("Department"), self.department)
        self.form.addRow(self.tr("Rank"), self.rank)
        self.form.addRow(self.tr("Head-count quota"), self.quota)
        self.form.addRow(self.tr("Responsibilities"), self.duties)
        self.finish_layout()
        if post is not None:
            self.name.setText(post.name)
            self.department.setCurrentIndex(max(self.department.findData(post.department_id), 0))
            self.rank.setCurrentIndex(max(self.rank.findData(post.rank_id), 0))
            self.quota.setValue(post.quota)
            self.duties.set_lines(post.duties)

    def check(self) -> bool:
        if self.department.currentData() is None:
            self.show_error(self.tr("Create a department first."))
            return False
        return True

    def value(self) -> PostInput:
        return PostInput(self.name.text(), self.department.currentData(),
                         self.rank.currentData(), self.quota.value(), self.duties.lines())
