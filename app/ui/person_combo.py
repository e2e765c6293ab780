"""A combo of people you can type into: it filters by any part of the name, code or post,
because a venue with 200 staff is no place for scrolling."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from app.services.dto import EmployeeDTO, PersonRef


def person_label(person: EmployeeDTO | PersonRef) -> str:
    """Unique and readable: name · code · post (codes are unique, names may not be)."""
    parts = [person.name, person.code]
    if person.post:
        parts.append(person.post)
    return " · ".join(parts)


class PersonCombo(QComboBox):
    def __init__(self, none_label: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(18)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_people(self, people: Iterable[EmployeeDTO | PersonRef]) -> None:
        keep = self.current_id()
        self.blockSignals(True)
        self.clear()
        if self._none_label is not None:
            self.addItem(self._none_label, None)
        for person in people:
            self.addItem(person_label(person), person.id)
        self.set_current_id(keep)
        self.blockSignals(False)

    def set_current_id(self, person_id: int | None) -> None:
        for i in range(self.count()):
            if self.itemData(i) == person_id:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(0 if self.count() else -1)

    def _matching_index(self) -> int:
        return self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)

    def is_valid(self) -> bool:
        """False when the typed text names nobody on the list."""
        return self._matching_index() >= 0

    def current_id(self) -> int | None:
        index = self._matching_index()
        return self.itemData(index) if index >= 0 else None
