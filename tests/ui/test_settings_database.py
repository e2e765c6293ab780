"""Settings › Database: the administrator tests a PostgreSQL address and saves it for the
next start; only an address that just connected can be saved; the saved address is what the
start-up opens unless --db or FLOORQC_DB say otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from app.domain.permissions import Role
from app.services.base import Actor
from app.services.database_info import DatabaseInfo, ServerUnreachable, choose_database
from app.ui.pages.settings_database import SETTINGS_KEY, DatabasePanel, saved_database_url
from app.ui.pages.settings_page import SettingsPage

ADDRESS = "postgresql://floorqc:s3cret@db.venue.lan/floorqc"
SAVED = "postgresql+psycopg://floorqc:s3cret@db.venue.lan/floorqc"


class FakeServer:
    """Stands in for DatabaseService.test_connection: no server is needed for the screen."""

    def __init__(self, real, state: str = "current", error: Exception | None = None) -> None:
        self.real, self.state, self.error = real, state, error
        self.asked: list[str] = []

    def current(self) -> DatabaseInfo:
        return self.real.current()

    def test_connection(self, address: str) -> DatabaseInfo:
        self.asked.append(address)
        if self.error is not None:
            raise self.error
        schema = {"empty": None, "current": "0005", "older": "0004", "newer": "ffff"}[self.state]
        return DatabaseInfo("postgresql", "postgresql+psycopg://floorqc:***@db.venue.lan/floorqc",
                            "PostgreSQL 15.18", schema, "0005")


@pytest.fixture
def panel(qtbot, ctx):
    panel = DatabasePanel(ctx)
    qtbot.addWidget(panel)
    return panel


def click(button) -> None:
    assert button.isEnabled()
    button.click()


def test_it_names_the_database_in_use(panel, db_path):
    assert panel.current.text().startswith(
        f"Now working on the database file {db_path} (SQLite 3.")
    assert "Nothing saved" in panel.saved.text()
    assert not panel.test_button.isEnabled() and not panel.save_button.isEnabled()
    assert not panel.local_button.isEnabled()


def test_a_tested_address_is_saved_for_the_next_start(panel, qtbot, monkeypatch):
    monkeypatch.delenv("FLOORQC_DB", raising=False)
    panel.service = FakeServer(panel.service)
    qtbot.keyClicks(panel.address, ADDRESS)
    assert not panel.save_button.isEnabled()  # not tested yet
    click(panel.test_button)
    assert panel.service.asked == [ADDRESS]
    assert panel.status.text() == ("Connected to PostgreSQL 15.18 at postgresql+psycopg://"
                                   "floorqc:***@db.venue.lan/floorqc. It holds FloorQC data "
                                   "of this version.")
    click(panel.save_button)
    assert QSettings().value(SETTINGS_KEY) == SAVED and saved_database_url() == SAVED
    assert "start it again" in panel.status.text() and "s3cret" not in panel.status.text()
    assert "Saved for the next start: postgresql+psycopg://floorqc:***@" in panel.saved.text()
    assert choose_database(None, saved_database_url()) == SAVED
    monkeypatch.setenv("FLOORQC_DB", "/somewhere/else.db")  # the environment comes first
    assert choose_database(None, saved_database_url()) == "/somewhere/else.db"

    click(panel.local_button)
    assert saved_database_url() is None and panel.address.text() == ""
    assert "database file on this laptop" in panel.status.text()


def test_editing_the_address_after_the_test_needs_a_new_test(panel, qtbot):
    panel.service = FakeServer(panel.service, state="empty")
    qtbot.keyClicks(panel.address, ADDRESS)
    click(panel.test_button)
    assert "creates its tables at the next start" in panel.status.text()
    assert panel.save_button.isEnabled()
    qtbot.keyClick(panel.address, Qt.Key.Key_Backspace)
    assert not panel.save_button.isEnabled()


@pytest.mark.parametrize("state, saves, says", [
    ("older", True, "upgrades it at the next start"),
    ("newer", False, "cannot open"),
])
def test_what_the_server_holds_decides_whether_it_may_be_saved(panel, qtbot, state, saves, says):
    panel.service = FakeServer(panel.service, state=state)
    qtbot.keyClicks(panel.address, ADDRESS)
    click(panel.test_button)
    assert says in panel.status.text()
    assert panel.save_button.isEnabled() is saves


def test_a_failed_test_says_why_and_saves_nothing(panel, qtbot):
    panel.service = FakeServer(panel.service, error=ServerUnreachable(
        "postgresql+psycopg://floorqc:***@db.venue.lan/floorqc", "Connection refused"))
    qtbot.keyClicks(panel.address, ADDRESS)
    click(panel.test_button)
    assert "could not reach" in panel.status.text() and "pg_hba.conf" in panel.status.text()
    assert not panel.save_button.isEnabled() and saved_database_url() is None


def test_an_address_that_is_not_postgresql_is_refused_by_the_service(panel, qtbot):
    qtbot.keyClicks(panel.address, "//fileserver/share/floorqc.db")
    click(panel.test_button)
    assert "is not a PostgreSQL address" in panel.status.text()
    assert not panel.save_button.isEnabled()


def test_only_the_administrator_sees_the_tab(qtbot, make_ctx):
    for role, shown in ((Role.ADMIN, True), (Role.MANAGER, False), (Role.HR, False)):
        page = SettingsPage(make_ctx(Actor(f"t-{role}", role)))
        qtbot.addWidget(page)
        assert ("Database" in page.tab_titles()) is shown
        assert (page.database is not None) is shown
