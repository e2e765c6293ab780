"""Small dialogs for one grid cell: which post and area (typing on a cell opens it), and
attendance. Keyboard-first: the posts are numbered, so "1, Enter" puts a person on their own
post, "2, Enter" on their first other skill."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QSpinBox, QWidget

from app.services.dto import AreaDTO, PostDTO, QualificationDTO
from app.services.roster_dto import RosterCell, WeekRow
from app.ui.form_dialog import FormDialog, fill_combo, select_data
from app.ui.roster.common import ATTENDANCE_LABELS, attendance_label

LEVEL_RANK = {"trainer": 0, "qualified": 1, "training": 2}


class SearchCombo(QComboBox):
    """An editable combo that filters its items by any part of the text typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def resolved(self) -> tuple[bool, object]:
        """(found, data): the item named exactly, else the first containing the text."""
        text = self.currentText().strip()
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            return True, self.itemData(exact)
        if text:
            for i in range(self.count()):
                if text.lower() in self.itemText(i).lower():
                    return True, self.itemData(i)
        return False, None


def post_choices(own_post: PostDTO | None, qualifications: Sequence[QualificationDTO],
                 posts: Sequence[PostDTO], level_label: Callable[[str], str],
                 others_label: str) -> list[tuple[str, int]]:
    """Own post first, then qualified posts best level first, then every other post (which
    breaks the qualification rule and needs a manager's reason)."""
    ordered = sorted(qualifications, key=lambda q: (LEVEL_RANK.get(q.level, 9), q.post))
    items: list[tuple[str, int]] = []
    if own_post is not None:
        items.append((f"● {own_post.name} · {level_label('own')}", own_post.id))
    items += [(f"{q.post} · {level_label(q.level)}", q.post_id) for q in ordered]
    known = {pid for _label, pid in items}
    items += [(f"{p.name} · {others_label}", p.id) for p in posts if p.id not in known]
    return [(f"{n}. {label}", pid) for n, (label, pid) in enumerate(items, start=1)]


class CellDialog(FormDialog):
    def __init__(self, title: str, row: WeekRow, cell: RosterCell | None,
                 choices: list[tuple[str, int]], areas: Sequence[AreaDTO],
                 default_area: int | None, typed: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.row = row
        self.post = SearchCombo()
        fill_combo(self.post, choices)
        self.area = SearchCombo()
        fill_combo(self.area, ((a.name, a.id) for a in areas), none_label=self.tr("(no area)"))
        select_data(self.post, cell.post_id if cell else row.post_id)
        select_data(self.area, cell.area_id if cell else default_area)
        if typed.isdigit() and 1 <= int(typed) <= self.post.count():
            self.post.setCurrentIndex(int(typed) - 1)  # a number picks the numbered post
        elif typed:
            self.post.setEditText(typed)  # further typing goes on filtering
        hint = QLabel(self.tr("Type a number or part of a name; Enter saves."))
        hint.setStyleSheet("color: palette(mid);")
        self.form.addRow(self.tr("Post"), self.post)
        self.form.addRow(self.tr("Area"), self.area)
        self.form.addRow("", hint)
        self.ok_button.setDefault(True)
        self.finish_layout()
        self.post.setFocus()

    def check(self) -> bool:
        found, _post = self.post.resolved()
        if not found:
            self.show_error(self.tr("Choose a post from the list."))
            return False
        found, _area = self.area.resolved()
        if not found:
            self.show_error(self.tr("Choose an area from the list, or '(no area)'."))
            return False
        return True

    def value(self) -> tuple[int, int | None]:
        return self.post.resolved()[1], self.area.resolved()[1]


class AttendanceDialog(FormDialog):
    def __init__(self, title: str, cell: RosterCell, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.status = QComboBox()
        fill_combo(self.status, ((attendance_label(k), k) for k in ATTENDANCE_LABELS))
        select_data(self.status, cell.attendance or "present")
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(cell.late_minutes or 10)
        self.form.addRow(self.tr("Attendance"), self.status)
        self.form.addRow(self.tr("Minutes late"), self.minutes)
        self.status.currentIndexChanged.connect(lambda _i: self._update())
        self.finish_layout()
        self._update()

    def _update(self) -> None:
        self.minutes.setEnabled(self.status.currentData() == "late")

    def value(self) -> tuple[str, int | None]:
        status = self.status.currentData()
        return status, self.minutes.value() if status == "late" else None
