"""About FloorQC: version, where the data lives, and the licence of the bundled font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import resource
from app.ui.application import FONT_FILE
from app.ui.context import UiContext

FONT_LICENCE = ("fonts", "NotoSansSC-OFL.txt")


def database_location(db) -> str:
    """The SQLite file, or the server URL without its password (``db`` is the services'
    Database object; the UI never imports app.db)."""
    path = db.sqlite_file
    if path is not None:
        return str(path)
    return db.engine.url.render_as_string(hide_password=True)


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LicenceDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SIL Open Font License"))
        self.resize(640, 520)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class AboutPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None
        title = QLabel(self.tr("FloorQC · Floor quality control"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        blurb = QLabel(self.tr(
            "Layered quality control for hotel and restaurant floors: one leads three, "
            "patrols, rectifications and reports."))
        blurb.setWordWrap(True)

        self.version = _value(__version__)
        self.version.setObjectName("aboutVersion")
        self.database = _value(database_location(ctx.services.db))
        self.database.setObjectName("aboutDatabase")
        facts = QGroupBox(self.tr("This installation"))
        form = QFormLayout(facts)
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Signed in as"), _value(ctx.services.actor.username))

        fonts = QGroupBox(self.tr("Fonts"))
        self.font_note = QLabel(self.tr(
            "Chinese text is shown with the Noto Sans SC font ({file}), © 2014–2021 Adobe, "
            "used under the SIL Open Font License 1.1. The licence is shipped with the "
            "font.").format(
                file=FONT_FILE))
        self.font_note.setObjectName("fontLicence")
        self.font_note.setWordWrap(True)
        self.licence_button = QPushButton(self.tr("Show the font licence…"))
        self.licence_button.clicked.connect(self.show_licence)
        font_layout = QVBoxLayout(fonts)
        font_layout.addWidget(self.font_note)
        font_layout.addWidget(self.licence_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(facts)
        layout.addWidget(fonts)
        layout.addStretch(1)

    def show_licence(self) -> None:
        path = resource(*FONT_LICENCE)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("The licence file is missing: {path}").format(path=path)
        self.dialog = LicenceDialog(text, self)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
