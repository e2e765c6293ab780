"""Start the GUI: Qt application, font and language, database, first run, sign-in, window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.domain.errors import FloorQCError
from app.paths import default_db_path, resource
from app.ui.i18n import DEFAULT_LANGUAGE, load_translator, translate_with

FONT_FILE = "NotoSansSC-Regular.ttf"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("FloorQC")
    app.setApplicationName("FloorQC")
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
    opened = open_main_window(db)
    if isinstance(opened, int):
        return opened
    window, database = opened
    code = QApplication.instance().exec()
    database.dispose()
    return code


def open_main_window(db: str | None = None):
    """Everything up to a shown main window: (window, database), or an exit code when the
    user quits a dialog or the database cannot be opened."""
    from app.services.auth import has_users
    from app.services.bootstrap import Services, open_database, venue_name
    from app.ui.context import UiContext
    from app.ui.first_run_dialog import FirstRunDialog
    from app.ui.login_dialog import LoginDialog
    from app.ui.main_window import MainWindow
    from app.ui.tasks import AppSignals, TaskRunner

    logging.basicConfig(level=logging.INFO)
    app = make_application()
    install_font(app)
    translate = install_language(app, current_language())
    try:
        database = open_database(db or default_db_path())
    except FloorQCError as exc:
        QMessageBox.critical(None, "FloorQC", exc.render(translate))
        return 1

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
