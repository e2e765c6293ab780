"""Small dialogs of the checklist editor: a new or duplicated template (key and names), the
reason for a new version, and the problems of a refused JSON import."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.form_dialog import FormDialog


def slug(text: str) -> str:
    """A template key from an English name: "Private room service" → "private_room_service"."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:60]


class TemplateDialog(FormDialog):
    """Key, name and English name of a new template, or of a copy of one (``source``)."""

    def __init__(self, source_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Duplicate template") if source_name is not None
                         else self.tr("New template"), parent)
        self.name = QLineEdit(self.tr("{name} (copy)").format(name=source_name)
                              if source_name else "")
        self.name_en = QLineEdit()
        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("small letters, digits and _; used by JSON import"))
        self._key_typed = False
        self.key.textEdited.connect(lambda _t: setattr(self, "_key_typed", True))
        self.name_en.textChanged.connect(self._suggest_key)
        self.form.addRow(self.tr("Name"), self.name)
        if source_name is None:
            self.form.addRow(self.tr("English name"), self.name_en)
        else:
            self.name_en.hide()
        self.form.addRow(self.tr("Key"), self.key)
        if source_name is not None:
            note = QLabel(self.tr("The copy starts as a draft, version 1, with the same items."))
            note.setWordWrap(True)
            self.form.addRow("", note)
        self.finish_layout()

    def _suggest_key(self, text: str) -> None:
        if not self._key_typed:
            self.key.setText(slug(text))

    def check(self) -> bool:
        if not self.name.text().strip():
            self.show_error(self.tr("Give the template a name."))
            return False
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,59}", self.key.text().strip()):
            self.show_error(self.tr("The key takes small letters, digits, '_' and '-' only "
                                    "(at most 60)."))
            return False
        return True

    def value(self) -> dict:
        return {"key": self.key.text().strip(), "name": self.name.text().strip(),
                "name_en": self.name_en.text().strip()}


class NewVersionDialog(FormDialog):
    """Why the published version changes; the reason stays with the new version."""

    def __init__(self, name: str, version: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New version"), parent)
        intro = QLabel(self.tr("Version {next} of “{name}” starts as a draft copy of version "
                               "{version}. Inspections already done keep the version they "
                               "used.").format(next=version + 1, name=name, version=version))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(self.tr("e.g. new service standard from head office"))
        self.form.addRow(intro)
        self.form.addRow(self.tr("Reason for the change"), self.reason)
        self.ok_button.setText(self.tr("Start version {next}").format(next=version + 1))
        self.finish_layout()

    def check(self) -> bool:
        if not self.value():
            self.show_error(self.tr("Say why the checklist changes."))
            return False
        return True

    def value(self) -> str:
        return self.reason.toPlainText().strip()


class ProblemsDialog(QDialog):
    """Every problem of a refused import, one a line (nothing was imported)."""

    def __init__(self, summary: str, problems: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import refused"))
        self.resize(640, 360)
        head = QLabel(summary)
        head.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.addItems(list(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
