"""The main window stays thin: navigation, a stack of pages built on first visit, a status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.domain.permissions import ROLE_LABELS
from app.ui.backup_schedule import BackupSchedule
from app.ui.context import UiContext
from app.ui.rectifications.nav_counts import InboxCounter


class MainWindow(QMainWindow):
    database_restored = Signal(object)  # the restore's summary; the application reopens

    def __init__(self, ctx: UiContext, venue: str = "", parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("FloorQC · Floor quality control") + (f" — {venue}" if venue else ""))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 12pt; }"
                               "QListWidget#navigation::item { padding: 8px 12px; }")
        self.stack = QStackedWidget()
        self._factories: list[Callable[[], QWidget]] = []
        self._built: dict[int, QWidget] = {}

        for key, label, factory in self._pages():
            item = QListWidgetItem(label)
            item.setData(256, key)
            self.nav.addItem(item)
            self._factories.append(factory)
            self.stack.addWidget(QWidget())  # stand-in until first visit
        self.nav.currentRowChanged.connect(self.show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        actor = ctx.services.actor
        role = ctx.translate("roles", ROLE_LABELS[actor.role])
        self.user_label = QLabel(self.tr("Signed in: {user} ({role})").format(
            user=actor.username, role=role))
        self.statusBar().addPermanentWidget(self.user_label)
        self._restore_geometry()
        self.nav.setCurrentRow(0)
        self.inbox_counter = InboxCounter(ctx, self._show_inbox_count, self)
        # Every 30 minutes when something changed, and once more on close.
        self.backup_schedule = BackupSchedule(ctx, parent=self)
        self.backup_schedule.failed.connect(lambda text: self.statusBar().showMessage(text, 60_000))

    def _show_inbox_count(self, count: int) -> None:
        label = self.tr("My work")
        self.nav.item(0).setText(f"{label} ({count})" if count else label)

    def _pages(self):
        ctx = self.ctx

        def my_work():
            from app.ui.rectifications.my_work_page import MyWorkPage

            return MyWorkPage(ctx)

        def rectifications():
            from app.ui.rectifications.list_page import RectificationsPage

            return RectificationsPage(ctx)

        def org():
            from app.ui.pages.org_page import OrgPage

            return OrgPage(ctx)

        def roster():
            from app.ui.roster.roster_page import RosterPage

            return RosterPage(ctx)

        def patrols():
            from app.ui.patrols.patrols_page import PatrolsPage

            return PatrolsPage(ctx)

        def complaints():
            from app.ui.complaints.complaints_page import ComplaintsPage

            return ComplaintsPage(ctx)

        def surveys():
            from app.ui.surveys.surveys_page import SurveysPage

            return SurveysPage(ctx)

        def reports():
            from app.ui.reports.reports_page import ReportsPage

            return ReportsPage(ctx)

        def analytics():
            from app.ui.analytics.analytics_page import AnalyticsPage

            return AnalyticsPage(ctx)

        def settings():
            from app.ui.pages.settings_page import SettingsPage

            page = SettingsPage(ctx)
            if page.backups is not None:
                page.backups.restored.connect(self._restored)
            return page

        return [
            ("my_work", self.tr("My work"), my_work),
            ("org", self.tr("Organisation"), org),
            ("roster", self.tr("Roster"), roster),
            ("patrols", self.tr("Patrols"), patrols),
            ("rectifications", self.tr("Rectifications"), rectifications),
            ("complaints", self.tr("Complaints"), complaints),
            ("surveys", self.tr("Surveys and promises"), surveys),
            ("reports", self.tr("Reports"), reports),
            ("analytics", self.tr("Analytics"), analytics),
            ("settings", self.tr("Settings"), settings),
        ]

    def page_keys(self) -> list[str]:
        return [self.nav.item(i).data(256) for i in range(self.nav.count())]

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        if row not in self._built:
            page = self._factories[row]()
            old = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._built[row] = page
        self.stack.setCurrentIndex(row)

    def open_page(self, key: str) -> QWidget:
        row = self.page_keys().index(key)
        self.nav.setCurrentRow(row)
        self.show_page(row)
        return self._built[row]

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1200, 760)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.ctx.runner.wait()
        self.backup_schedule.backup_on_close()
        super().closeEvent(event)

    def _restored(self, done) -> None:
        """The database file was replaced: nothing may use the old services; the application
        reopens it (and signs in again)."""
        self.backup_schedule.stop()
        self.database_restored.emit(done)
