"""Start the GUI: Qt application, font and language, database, first run, sign-in, window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.domain.errors import FloorQCError
from app.paths import resource
from app.ui.i18n import DEFAULT_LANGUAGE, load_translator, translate_with

FONT_FILE = "NotoSansSC-Regular.ttf"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("FloorQC")
    app.setApplicationName("FloorQC")
    app.setWindowIcon(QIcon(str(resource("icons", "floorqc.svg"))))
    app.setDesktopFileName("floorqc")  # the taskbar matches packaging/floorqc.desktop
    return app


def install_font(app: QApplication) -> str:
    """Use the bundled CJK font everywhere, so Chinese never shows as boxes."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        logging.getLogger(__name__).warning("bundled CJK font could not be loaded")
        return ""
    font = QFont(families[0])
    font.setPointSize(10)
    app.setFont(font)
    return families[0]


def current_language() -> str:
    return str(QSettings().value("ui/language", DEFAULT_LANGUAGE))


def install_language(app: QApplication, language: str):
    translator = load_translator(language)
    installed = []
    if translator is not None:
        installed.append(translator)
        # Qt's own texts (OK, Cancel, context menus) come from the qtbase catalogue.
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{language}",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(qt_base)
    for t in installed:
        app.installTranslator(t)
    app._floorqc_translators = installed  # kept alive as long as the app; removable in tests
    return translate_with(translator)


def run_gui(db: str | None = None) -> int:
    while True:
        opened = open_main_window(db)
        if isinstance(opened, int):
            return opened
        window, database = opened
        restored: list[object] = []

        def reopen(done, restored=restored) -> None:
            # The file under the old engine was replaced: start over, sign in again.
            restored.append(done)
            QApplication.instance().exit(0)

        window.database_restored.connect(reopen)
        code = QApplication.instance().exec()
        window.close()
        # A page still loading holds a connection; only with none left is the file closed
        # cleanly, which spares the next start its full check (app.db.clean_close).
        window.ctx.runner.wait()
        window.deleteLater()
        database.dispose()
        if not restored:
            return code


def open_or_recover(db, translate):
    """The open database, or an exit code. A damaged file (already kept aside, now or at an
    earlier start) brings up the recovery dialog; any other start-up failure gets a message
    box, never a traceback."""
    from app.domain.errors import DatabaseDamaged
    from app.services.bootstrap import open_database, pending_damage, restore_damaged
    from app.services.database_info import describe
    from app.ui.recovery_dialog import RecoveryDialog

    # Quitting the dialog last time must not turn into a silent start on an empty database.
    damaged = pending_damage(db)
    # Each round keeps one more damaged file aside, so this ends; three is plenty.
    for _ in range(3):
        if damaged is not None:
            logging.getLogger(__name__).warning("damaged database: %s", damaged.problem)
            dialog = RecoveryDialog(damaged, translate, restore_damaged)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        try:
            return open_database(db)
        except DatabaseDamaged as exc:
            damaged = exc
        except FloorQCError as exc:
            QMessageBox.critical(None, "FloorQC", exc.render(translate))
            return 1
        except Exception as exc:  # a bug, not the user's doing: say what broke, log the rest
            logging.getLogger(__name__).exception("could not open %s", db)
            QMessageBox.critical(None, "FloorQC", QCoreApplication.translate(
                "Application", "FloorQC could not open the database {path}: {detail}").format(
                    path=describe(str(db)), detail=f"{type(exc).__name__}: {exc}"))
            return 1
    return 1


def open_main_window(db: str | None = None):
    """Everything up to a shown main window: (window, database), or an exit code when the
    user quits a dialog or the database cannot be opened."""
    from app.services.auth import has_users
    from app.services.bootstrap import Services, venue_name
    from app.ui.context import UiContext
    from app.ui.first_run_dialog import FirstRunDialog
    from app.ui.login_dialog import LoginDialog
    from app.ui.main_window import MainWindow
    from app.ui.tasks import AppSignals, TaskRunner

    logging.basicConfig(level=logging.INFO)
    app = make_application()
    install_font(app)
    translate = install_language(app, current_language())
    from app.services.database_info import choose_database
    from app.ui.pages.settings_database import saved_database_url

    database = open_or_recover(choose_database(db, saved_database_url()), translate)
    if isinstance(database, int):
        return database

    if not has_users(database):
        from app.services.base import SYSTEM
        from app.services.demo import build_demo

        first = FirstRunDialog(database, translate, lambda: build_demo(database, SYSTEM))
        if first.exec() != QDialog.DialogCode.Accepted:
            database.dispose()
            return 0
    login = LoginDialog(database, translate, venue_name(database))
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        database.dispose()
        return 0

    signals = AppSignals()
    ctx = UiContext(Services.bind(database, login.actor), None, signals, translate)
    ctx.runner = TaskRunner(signals, lambda err: ctx.show_error(app.activeWindow(), err))
    window = MainWindow(ctx, venue_name(database))
    window.show()
    return window, database
