"""Settings (设置): language and business settings, users and roles, what each role may do,
backups, the database, and about. Each tab lives in its own module; this page only arranges
them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.ui.context import UiContext
from app.ui.pages.settings_about import AboutPanel
from app.ui.pages.settings_backups import BackupsPanel
from app.ui.pages.settings_database import DatabasePanel
from app.ui.pages.settings_general import GeneralSettingsPanel
from app.ui.pages.settings_permissions import PermissionsPanel
from app.ui.pages.users_admin import UsersAdminPanel


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(self.tr("Settings"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.general = GeneralSettingsPanel(ctx)
        self.tabs.addTab(self.general, self.tr("General"))
        # Only for those who may manage users; the service checks again on every call.
        self.users: UsersAdminPanel | None = None
        if ctx.services.actor.can(Permission.MANAGE_USERS):
            self.users = UsersAdminPanel(ctx)
            self.tabs.addTab(self.users, self.tr("Users and roles"))
        self.permissions = PermissionsPanel(ctx)
        self.tabs.addTab(self.permissions, self.tr("What each role may do"))
        # Backups: for those who may change settings (the service checks again).
        self.backups: BackupsPanel | None = None
        if ctx.services.actor.can(Permission.EDIT_SETTINGS):
            self.backups = BackupsPanel(ctx)
            self.tabs.addTab(self.backups, self.tr("Backups"))
        # Which database this laptop opens: the administrator's, like users and roles.
        self.database: DatabasePanel | None = None
        if ctx.services.actor.can(Permission.MANAGE_USERS):
            self.database = DatabasePanel(ctx)
            self.tabs.addTab(self.database, self.tr("Database"))
        self.about = AboutPanel(ctx)
        self.tabs.addTab(self.about, self.tr("About"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def show_tab(self, panel: QWidget) -> None:
        self.tabs.setCurrentWidget(panel)
