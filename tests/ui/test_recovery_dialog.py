"""The start-up recovery dialog: it names the damaged file and where it was kept, offers the
newest good backup with its date, and Restore really puts that backup in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.db.backup import backup_sqlite
from app.domain.errors import DatabaseDamaged
from app.paths import backup_dir_for
from app.services.auth import create_first_admin
from app.services.base import SYSTEM
from app.services.bootstrap import Services, open_database, restore_damaged
from app.services.dto import EmployeeInput
from app.ui import application
from app.ui.recovery_dialog import RecoveryDialog


def _english(_context: str, text: str) -> str:
    return text


def _venue_with_backup(path):
    database = open_database(path)
    Services.bind(database, SYSTEM).staff.create(EmployeeInput("E1", "张三"))
    database.dispose()
    backup = backup_sqlite(path, backup_dir_for(path), "daily")
    with open(path, "r+b") as fh:
        fh.write(b"\x00" * 100)
    return backup


def _damaged(path) -> DatabaseDamaged:
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(path)
    return caught.value


def _staff_codes(path) -> list[str]:
    database = open_database(path)
    try:
        return [e.code for e in Services.bind(database, SYSTEM).staff.employees()]
    finally:
        database.dispose()


def test_the_dialog_names_the_files_and_restore_puts_the_backup_back(qtbot, tmp_path):
    path = tmp_path / "venue.db"
    backup = _venue_with_backup(path)
    damaged = _damaged(path)
    dialog = RecoveryDialog(damaged, _english, restore_damaged)
    qtbot.addWidget(dialog)

    date = damaged.backup_taken.strftime("%Y-%m-%d %H:%M")
    assert damaged.backup == backup
    assert str(path) in dialog.message.text() and str(damaged.kept) in dialog.message.text()
    assert date in dialog.offer.text() and date in dialog.restore_button.text()
    assert not dialog.restore_button.isHidden()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "restore"
    assert _staff_codes(path) == ["E1"]
    assert damaged.kept.exists()  # the damaged copy stays for whoever wants to look at it


def test_without_a_backup_only_an_empty_start_or_quitting_is_offered(qtbot, tmp_path):
    path = tmp_path / "venue.db"
    path.write_bytes(b"this is no database at all, just some text" * 10)
    dialog = RecoveryDialog(_damaged(path), _english, restore_damaged)
    qtbot.addWidget(dialog)

    assert dialog.restore_button.isHidden()
    assert "No good backup" in dialog.offer.text()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "empty"


def test_a_failed_restore_is_explained_and_the_dialog_stays(qtbot, tmp_path):
    path = tmp_path / "venue.db"
    backup = _venue_with_backup(path)
    dialog = RecoveryDialog(_damaged(path), _english, restore_damaged)
    qtbot.addWidget(dialog)
    backup.write_bytes(b"\x00" * 4096)  # the backup goes bad while the dialog is open

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.choice == "" and not dialog.error.isHidden()
    assert "is damaged or not a database" in dialog.error.text()
    assert not path.exists()


def test_start_up_offers_the_backup_and_opens_the_restored_database(qapp, tmp_path, monkeypatch):
    path = tmp_path / "venue.db"
    _venue_with_backup(path)
    shown = []

    def choose_restore(dialog: RecoveryDialog) -> int:
        shown.append(dialog.message.text())
        dialog.restore()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", choose_restore)
    database = application.open_or_recover(path, _english)
    try:
        assert [e.code for e in Services.bind(database, SYSTEM).staff.employees()] == ["E1"]
    finally:
        database.dispose()
    assert len(shown) == 1 and str(path) in shown[0]


def test_quitting_asks_again_at_the_next_start_and_an_empty_start_opens_a_blank_database(
        qapp, tmp_path, monkeypatch):
    path = tmp_path / "venue.db"
    _venue_with_backup(path)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert application.open_or_recover(path, _english) == 0
    assert not path.exists()
    open_database(path).dispose()  # a scheduled `floorqc report` run makes a blank file

    offered = []

    def start_empty(dialog: RecoveryDialog) -> int:
        offered.append(dialog.offer.text())
        dialog.start_empty()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", start_empty)
    database = application.open_or_recover(path, _english)  # still nobody's data: asked again
    try:
        assert len(offered) == 1 and "newest good backup" in offered[0]
        assert Services.bind(database, SYSTEM).staff.employees() == []
        create_first_admin(database, "admin", "a-long-password-1")  # the first-run dialog
    finally:
        database.dispose()
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: pytest.fail("asked a third time"))
    application.open_or_recover(path, _english).dispose()
