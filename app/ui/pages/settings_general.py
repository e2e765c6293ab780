"""General settings: the interface language (this computer) and the business settings
(the venue's database, declared with their defaults in app.services.settings.SPECS)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FloorQCError
from app.domain.permissions import Permission
from app.services.settings import SPECS
from app.ui.application import current_language
from app.ui.context import UiContext
from app.ui.i18n import LANGUAGES

LANGUAGE_KEY = "ui/language"
SPIN_MAXIMUM = 999
ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"
NOTE_STYLE = "color: #8a5a00;"


class LanguageBox(QGroupBox):
    """Stored per computer in QSettings; applied when FloorQC next starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Interface language"))
        self._running = current_language()
        self.combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self._running)))
        self.combo.currentIndexChanged.connect(self._changed)
        self.note = QLabel()
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def select(self, code: str) -> None:
        self.combo.setCurrentIndex(self.combo.findData(code))

    def _changed(self) -> None:
        code = self.combo.currentData()
        QSettings().setValue(LANGUAGE_KEY, code)
        if code == self._running:
            self.note.hide()
            return
        self.note.setText(self.tr(
            "FloorQC will use {language} the next time it starts.").format(
                language=LANGUAGES[code]))
        self.note.show()


class BusinessSettingsBox(QGroupBox):
    """One spin box per declared setting; Save writes the changed ones through the service."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Business settings"))
        self.can_edit = ctx.services.actor.can(Permission.EDIT_SETTINGS)
        self._saved: dict[str, object] = {}
        self.spins: dict[str, QSpinBox] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for key, spec in SPECS.items():
            if not spec.is_number:
                continue  # list settings have their own editors (e.g. the surveys page)
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(spec.minimum if spec.minimum is not None else 0, SPIN_MAXIMUM)
            spin.setValue(int(spec.default))
            spin.setMinimumWidth(100)
            spin.setEnabled(self.can_edit)
            spin.setToolTip(self.tr("Default: {value}").format(value=spec.default))
            label = QLabel(ctx.translate("settings", spec.label))
            label.setWordWrap(True)
            form.addRow(label, spin)
            self.spins[key] = spin

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        for button in (self.save_button, self.defaults_button):
            button.setEnabled(self.can_edit)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        if not self.can_edit:
            note = QLabel(self.tr(
                "Your role may look at these settings but not change them; "
                "ask a manager or an administrator."))
            note.setObjectName("settingsReadOnly")
            note.setWordWrap(True)
            note.setStyleSheet(NOTE_STYLE)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        ctx.signals.changed.connect(self._on_changed)
        self.reload()

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def reload(self) -> None:
        self.ctx.runner.run(self.ctx.services.settings.all, self._show,
                            lambda error: self._say(error))

    def _show(self, values: dict[str, object]) -> None:
        self._saved = dict(values)
        for key, spin in self.spins.items():
            if key in values:
                spin.setValue(int(values[key]))

    def _on_changed(self, topics: frozenset) -> None:
        if "settings" in topics:
            self.reload()

    def restore_defaults(self) -> None:
        for key, spin in self.spins.items():
            spin.setValue(int(SPECS[key].default))

    def save(self) -> None:
        changed = {k: v for k, v in self.values().items() if self._saved.get(k) != v}
        if not changed:
            self._say(self.tr("Nothing has changed."), OK_STYLE)
            return
        settings = self.ctx.services.settings

        def work() -> int:
            for key, value in changed.items():
                settings.set(key, value)
            return len(changed)

        self.ctx.runner.run(work, lambda _n: self._say(self.tr("Saved."), OK_STYLE),
                            self._say, changes={"settings"})

    def _say(self, what: str | BaseException, style: str = ERROR_STYLE) -> None:
        if isinstance(what, BaseException):
            if not isinstance(what, FloorQCError):
                self.ctx.show_error(self, what)
                return
            what = self.ctx.message(what)
        self.status.setText(what)
        self.status.setStyleSheet(style)
        self.status.show()


class GeneralSettingsPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = LanguageBox()
        self.business = BusinessSettingsBox(ctx)
        column = QWidget()
        column.setMaximumWidth(760)  # a form stretched across a wide window reads badly
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.language)
        inner.addWidget(self.business)
        inner.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1)
        layout.addStretch(0)
