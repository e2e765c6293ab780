"""Settings › Database: which database this laptop works on. Several laptops share one
PostgreSQL server (never a SQLite file on a network drive): the administrator enters the
server's address, tests it, and saves it for the next start. The address lives in this
laptop's QSettings under ``database/url``; ``--db`` and the FLOORQC_DB environment variable
still come first (app.services.database_info.choose_database)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.database_info import (
    EXAMPLE_URL,
    DatabaseInfo,
    DatabaseService,
    describe,
    server_url,
)
from app.ui.context import UiContext

SETTINGS_KEY = "database/url"
GOOD_STYLE = "color: #1e6b2f;"
BAD_STYLE = "color: #b3261e;"


def saved_database_url() -> str | None:
    """The address saved in this tab, or None: for the start-up (app.ui.application)."""
    value = QSettings().value(SETTINGS_KEY, "")
    return str(value).strip() or None


class DatabasePanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = DatabaseService(ctx.services.db, ctx.services.actor)
        self._tested: str | None = None  # the address the last successful test was for

        intro = QLabel(self.tr(
            "Several laptops share their data through one PostgreSQL server, never through a "
            "database file on a network drive. Enter the server's address, test it, and save "
            "it: FloorQC opens it from its next start."))
        intro.setWordWrap(True)
        self.current = QLabel()
        self.current.setObjectName("databaseCurrent")
        self.current.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setObjectName("databaseSaved")
        self.saved.setWordWrap(True)

        self.address = QLineEdit(saved_database_url() or "")
        self.address.setObjectName("databaseAddress")
        self.address.setPlaceholderText(EXAMPLE_URL)
        self.address.setToolTip(self.tr(
            "Leave the password out to keep it out of this laptop's settings: PostgreSQL then "
            "reads it from the user's password file (~/.pgpass)."))
        self.address.textChanged.connect(self._update_buttons)

        self.test_button = self._button(self.tr("Test connection"), self.test)
        self.save_button = self._button(self.tr("Save for the next start"), self.save)
        self.local_button = self._button(self.tr("Use this laptop's file"), self.use_local)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.save_button, self.local_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.status = QLabel()
        self.status.setObjectName("databaseStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addWidget(QLabel(self.tr("Server address")))
        layout.addWidget(self.address)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self._show_saved()
        self._update_buttons()
        service = self.service
        ctx.runner.run(service.current, self._show_current, self._show_error, owner=self)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- actions --------------------------------------------------------------------------
    def test(self) -> None:
        address = self.address.text()
        self._tested = None
        self._say(self.tr("Connecting…"), "")
        self.test_button.setEnabled(False)
        service = self.service
        self.ctx.runner.run(lambda: service.test_connection(address),
                            lambda info: self._tested_ok(address, info), self._show_error,
                            owner=self)

    def save(self) -> None:
        """Saves only an address that was just tested successfully: a wrong one would stop
        the next start before anyone can sign in to correct it."""
        if self._tested is None or self._tested != self.address.text():
            return
        url = server_url(self._tested)
        QSettings().setValue(SETTINGS_KEY, url)
        self._say(self.tr("Saved. Close FloorQC and start it again to work on {address}.")
                  .format(address=describe(url)), GOOD_STYLE)
        self._show_saved()
        self._update_buttons()

    def use_local(self) -> None:
        QSettings().remove(SETTINGS_KEY)
        self.address.clear()
        self._say(self.tr("Saved. FloorQC opens the database file on this laptop from its "
                          "next start."), GOOD_STYLE)
        self._show_saved()
        self._update_buttons()

    # -- showing --------------------------------------------------------------------------
    def _tested_ok(self, address: str, info: DatabaseInfo) -> None:
        # A newer FloorQC's database would only be refused at the next start: never saved.
        self._tested = address if info.state != "newer" else None
        found = self.tr("Connected to {server} at {address}.").format(
            server=info.server, address=info.location)
        state = {
            "empty": self.tr("The database is empty: FloorQC creates its tables at the next "
                             "start."),
            "current": self.tr("It holds FloorQC data of this version."),
            "older": self.tr("It holds FloorQC data of an older version: FloorQC upgrades it "
                             "at the next start. Back it up with pg_dump first."),
            "newer": self.tr("It holds data of a newer FloorQC, which this version cannot "
                             "open. Install the newer version on this laptop first."),
        }[info.state]
        self._say(f"{found} {state}", BAD_STYLE if info.state == "newer" else GOOD_STYLE)
        self._update_buttons()

    def _show_error(self, error: BaseException) -> None:
        self._tested = None
        self._say(self.ctx.message(error), BAD_STYLE)
        self._update_buttons()

    def _show_current(self, info: DatabaseInfo) -> None:
        if info.kind == "sqlite":
            text = self.tr("Now working on the database file {location} ({server}).")
        else:
            text = self.tr("Now working on the server database {location} ({server}).")
        self.current.setText(text.format(location=info.location, server=info.server))

    def _show_saved(self) -> None:
        saved = saved_database_url()
        if saved is None:
            self.saved.setText(self.tr("Nothing saved: FloorQC opens the database file on "
                                       "this laptop unless --db or FLOORQC_DB names another."))
        else:
            self.saved.setText(self.tr("Saved for the next start: {address}. The --db option "
                                       "and the FLOORQC_DB environment variable come first.")
                               .format(address=describe(saved)))

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def _update_buttons(self) -> None:
        address = self.address.text().strip()
        self.test_button.setEnabled(bool(address))
        self.save_button.setEnabled(self._tested is not None
                                    and self._tested == self.address.text())
        self.local_button.setEnabled(saved_database_url() is not None)
