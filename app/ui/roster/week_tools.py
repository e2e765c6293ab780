"""The week grid's week-wide tools: copy last week, save and apply templates, export and
import. Each works on the week the page shows and reports what it skipped.

Export and import use the roster I/O dialogs (app/ui/roster_io_dialogs.py), imported on click
so spreadsheet and PDF code loads only when someone uses it (and the page still opens in a
build without them): ``export_roster(parent, roster_io, monday, translate)`` asks for a file
and writes the week; ``RosterImportDialog(roster_io, translate, parent)`` imports by itself
and says so with its ``imported`` signal."""

from __future__ import annotations

import datetime as dt
import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from app.services.roster_dto import CopyReport
from app.ui.roster.common import iso_week
from app.ui.roster.week_dialogs import ApplyTemplateDialog, CopyReportDialog, TemplateNameDialog

if TYPE_CHECKING:
    from app.ui.roster.week_tab import WeekTab

IO_DIALOGS = "app.ui.roster_io_dialogs"


class WeekTools(QObject):
    def __init__(self, tab: WeekTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def copy_last_week(self) -> None:
        tab = self.tab
        monday, roster = tab.state.monday, tab.ctx.services.roster
        tab.write(lambda: roster.copy_week(monday - dt.timedelta(days=7), monday),
                  lambda report: self.show_report(self.tr("Copy last week"), report))

    def show_report(self, title: str, report: CopyReport) -> CopyReportDialog:
        dialog = CopyReportDialog(title, report, self.tab)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.tab.dialog = dialog
        return dialog

    def save_template(self) -> TemplateNameDialog:
        tab = self.tab
        monday, roster = tab.state.monday, tab.ctx.services.roster
        dialog = TemplateNameDialog(iso_week(monday), tab)

        def submit() -> None:
            name = dialog.name.text().strip()
            tab.write(lambda: roster.save_template(monday, name),
                      lambda _id: tab.info.setText(self.tr("Saved the week as template “{name}”.")
                                                   .format(name=name)), dialog)

        tab.dialog = tab.present(dialog, submit)
        return dialog

    def apply_template(self) -> None:
        roster = self.tab.ctx.services.roster
        self.tab.read("templates", roster.templates, self._open_apply)

    def _open_apply(self, templates) -> ApplyTemplateDialog:
        tab = self.tab
        monday, roster = tab.state.monday, tab.ctx.services.roster
        dialog = ApplyTemplateDialog(templates, iso_week(monday), tab)

        def submit() -> None:
            template_id = dialog.template.currentData()
            tab.write(lambda: roster.apply_template(template_id, monday),
                      lambda report: self.show_report(self.tr("Apply template"), report),
                      dialog)

        tab.dialog = tab.present(dialog, submit)
        return dialog

    # -- export and import ---------------------------------------------------------------
    def _io_dialogs(self, needs: str) -> ModuleType | None:
        try:
            module = importlib.import_module(IO_DIALOGS)
        except ImportError:
            module = None
        if module is None or not hasattr(module, needs):
            self.tab.banner.show_messages([self.tr(
                "Roster export and import are not available in this version.")])
            return None
        return module

    def export_week(self) -> object:
        module = self._io_dialogs("export_roster")
        if module is None:
            return None
        ctx = self.tab.ctx
        return module.export_roster(self.tab, ctx.services.roster_io, self.tab.state.monday,
                                    ctx.translate)

    def import_week(self) -> QDialog | None:
        module = self._io_dialogs("RosterImportDialog")
        if module is None:
            return None
        ctx = self.tab.ctx
        dialog = module.RosterImportDialog(ctx.services.roster_io, ctx.translate, self.tab)
        # The dialog imports by itself; every roster view must then reload.
        dialog.imported.connect(lambda _report: ctx.signals.changed.emit(frozenset({"roster"})))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.tab.dialog = dialog
        return dialog
