"""Settings › Backups and the backup schedule: the list, Back up now, Verify, a restore that
asks first and tells the window to reopen, and backups only when something changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app.domain.permissions import Role
from app.services.backups import backup_before_import
from app.services.base import Actor
from app.ui.backup_schedule import BackupSchedule
from app.ui.pages.settings_backups import BackupsPanel
from app.ui.pages.settings_page import SettingsPage

SUPERVISOR = Actor("sup", Role.SUPERVISOR)


def texts(panel: BackupsPanel) -> list[list[str]]:
    model = panel.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def departments(services) -> set[str]:
    return {d.name for d in services.org.departments()}


def make_panel(qtbot, ctx) -> BackupsPanel:
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    return panel


def test_the_list_shows_each_backups_time_reason_and_size(qtbot, ctx, services, db):
    first = services.backups.backup_now()
    backup_before_import(db)
    panel = make_panel(qtbot, ctx)
    rows = texts(panel)
    assert [r[1] for r in rows] == ["Before an import", "Made by hand"]
    assert rows[1][0] == first.at.strftime("%Y-%m-%d %H:%M")
    assert all(r[2].endswith(" KB") for r in rows) and [r[3] for r in rows] == ["", ""]
    assert str(first.path.parent) in panel.folder_label.text()
    assert not panel.restore_button.isEnabled()  # nothing chosen yet


def test_back_up_now_adds_a_checked_backup_and_selects_it(qtbot, ctx, ui_errors):
    panel = make_panel(qtbot, ctx)
    assert panel.model.rowCount() == 0
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert not ui_errors
    assert panel.model.rowCount() == 1
    assert texts(panel)[0][1] == "Made by hand" and texts(panel)[0][3] == "OK"
    assert panel.selected() is not None and panel.selected().reason == "manual"
    assert "Backed up to" in panel.status.text()


def test_verify_names_a_damaged_backup(qtbot, ctx, services):
    saved = services.backups.backup_now()
    saved.path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    panel = make_panel(qtbot, ctx)
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    assert texts(panel)[0][3] == "Damaged"
    assert "is damaged" in panel.status.text() and "Do not restore it" in panel.status.text()


def test_restore_asks_first_naming_the_date_then_tells_the_window(qtbot, ctx, services):
    services.org.save_department("前厅")
    saved = services.backups.backup_now()
    services.org.save_department("后厨")
    panel = make_panel(qtbot, ctx)
    panel.view.selectRow(0)

    box = panel.restore_selected()
    assert box.isVisible() and saved.at.strftime("%Y-%m-%d %H:%M") in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert departments(services) == {"前厅", "后厨"}  # "No" changes nothing

    box = panel.restore_selected()
    with qtbot.waitSignal(panel.restored) as emitted:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert emitted.args[0].source == saved.path
    assert emitted.args[0].kept.name.endswith("-pre-restore.db")
    assert departments(services) == {"前厅"}
    assert not panel.restore_button.isEnabled() and not panel.backup_button.isEnabled()


def test_open_folder_opens_the_backup_folder(qtbot, ctx, db_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    panel = make_panel(qtbot, ctx)
    qtbot.mouseClick(panel.folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(db_path.parent / "backups")]


def test_the_tab_is_there_only_for_those_who_change_settings(qtbot, ctx, make_ctx):
    admin = SettingsPage(ctx)
    qtbot.addWidget(admin)
    assert "Backups" in admin.tab_titles() and admin.backups is not None
    supervisor = SettingsPage(make_ctx(SUPERVISOR))
    qtbot.addWidget(supervisor)
    assert "Backups" not in supervisor.tab_titles() and supervisor.backups is None


# -- the schedule ---------------------------------------------------------------------------
def test_the_schedule_backs_up_only_when_something_changed(qtbot, ctx, services):
    schedule = BackupSchedule(ctx)
    assert schedule.timer.isActive() and schedule.timer.interval() == 30 * 60 * 1000
    made = []
    schedule.backed_up.connect(made.append)

    schedule.run_now()  # the session's first check: always
    schedule.run_now()
    assert len(made) == 1 and made[0].name.endswith("-scheduled.db")

    services.org.save_department("前厅")
    schedule.run_now()
    assert len(made) == 2
    assert schedule.backup_on_close() is None  # nothing since the last one
    assert not schedule.timer.isActive()


def test_closing_backs_up_what_changed_since_the_last_check(qtbot, ctx, services):
    schedule = BackupSchedule(ctx)
    schedule.run_now()
    services.org.save_department("后厨")
    closed = schedule.backup_on_close()
    assert closed is not None and closed.name.endswith("-close.db")
    assert schedule.backup_on_close() is None  # once only


def test_a_failed_scheduled_backup_is_reported_not_raised(qtbot, ctx, monkeypatch):
    import app.ui.backup_schedule as module
    from app.domain.errors import FloorQCError

    def full(*_args, **_kwargs):
        raise FloorQCError("The disk is full.")

    monkeypatch.setattr(module, "backup_if_changed", full)
    schedule = BackupSchedule(ctx)
    with qtbot.waitSignal(schedule.failed) as failed:
        schedule.run_now()
    assert "is full" in failed.args[0]
    assert schedule.backup_on_close() is None  # closing still works
