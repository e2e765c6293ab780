"""The Surveys tab: every SERVQUAL form entered, filtered by period and kind and read from
the service a batch at a time as the list scrolls; buttons to type new guest or manager
forms, import a spreadsheet, delete a form, and choose the reverse-scored items."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.services.guest_dto import SurveyDTO
from app.ui.analytics.period import ALL_TIME, PeriodPicker
from app.ui.context import UiContext
from app.ui.form_dialog import ask, present, run_write
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import CENTER, RIGHT, NoticeBanner, make_table
from app.ui.patrols.history_tab import PagedModel
from app.ui.surveys.common import SURVEYS_TOPIC, kind_label
from app.ui.surveys.survey_dialogs import ReversedItemsDialog, SurveyImportDialog
from app.ui.surveys.survey_entry import SurveyEntryDialog, open_entry
from app.ui.table_model import Column


class SurveysTab(PageTab):
    edit_permission = Permission.ENTER_SURVEYS

    def __init__(self, ctx: UiContext, banner: NoticeBanner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.banner = banner
        self.entry: SurveyEntryDialog | None = None
        self.period = PeriodPicker(lambda: ctx.services.surveys.clock().date(),
                                   include_all=True, default=ALL_TIME)
        self.kind = QComboBox()
        for label, key in ((self.tr("Guests and managers"), None), (self.tr("Guests"), "guest"),
                           (self.tr("Managers"), "manager")):
            self.kind.addItem(label, key)
        self.count_label = QLabel()
        columns = [
            Column(self.tr("Date"), lambda r: r.day),
            Column(self.tr("Respondent"), lambda r: r.respondent),
            Column(self.tr("Form"), lambda r: kind_label(r.kind)),
            Column(self.tr("Area"), lambda r: r.area or self.tr("whole venue")),
            Column(self.tr("E answered"), lambda r: r.answered_e, alignment=RIGHT),
            Column(self.tr("P answered"), lambda r: r.answered_p if r.kind != "manager" else "",
                   alignment=RIGHT),
            Column(self.tr("Weights"), lambda r: self.tr("yes") if r.has_weights else self.tr("no"),
                   alignment=CENTER),
            Column(self.tr("Entered by"), lambda r: r.entered_by),
        ]
        self.view, _ = make_table(columns, widths=(100, 160, 80, 140, 90, 90, 70))
        self.model = PagedModel(columns, self._fetch)
        self.view.setModel(self.model)
        self.new_guest = self.action_button(self.tr("New guest form"), lambda: self.new_form("guest"))
        self.new_manager = self.action_button(self.tr("New manager form"),
                                        lambda: self.new_form("manager"))
        self.import_button = self.action_button(self.tr("Import…"), self.open_import)
        self.delete_button = self.action_button(self.tr("Delete"), self.delete_selected)
        self.reversed_button = self.action_button(self.tr("Reverse-scored items…"),
                                            self.open_reversed, Permission.MANAGE_PROMISES)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.period.changed.connect(self.load)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self._layout()
        self._selection()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period")))
        filters.addWidget(self.period)
        filters.addWidget(QLabel(self.tr("Forms")))
        filters.addWidget(self.kind)
        filters.addStretch(1)
        filters.addWidget(self.reversed_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.new_guest, self.new_manager, self.import_button,
                       self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    # -- reading -----------------------------------------------------------------------
    def query(self) -> tuple:
        start, end = self.period.range()
        return start, end, self.kind.currentData()

    def load(self) -> None:
        self.stale = False
        surveys, (start, end, kind) = self.ctx.services.surveys, self.query()
        self._query = (start, end, kind)
        self.read("count", lambda: surveys.count(start, end, kind), lambda n: self.count_label
                  .setText(self.tr("{count} forms").format(count=n)))
        self.model.restart()
        self._selection()

    def _fetch(self, offset: int, limit: int, on_rows, on_error) -> None:
        surveys, (start, end, kind) = self.ctx.services.surveys, self._query

        def failed(error: BaseException) -> None:
            on_error(error)
            self.banner.show_messages([self.ctx.message(error)])

        self.ctx.runner.run(lambda: surveys.list(start, end, kind, offset, limit), on_rows,
                            failed, owner=self)

    def selected(self) -> SurveyDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selection(self) -> None:
        self.enable(self.delete_button, self.selected() is not None)

    # -- actions -----------------------------------------------------------------------
    def new_form(self, kind: str) -> SurveyEntryDialog:
        self.entry = open_entry(self.ctx, kind, self)
        return self.entry

    def open_import(self) -> SurveyImportDialog:
        dialog = SurveyImportDialog(self.ctx.services.surveys.import_file, self.ctx.translate,
                                    self)
        dialog.imported.connect(lambda _done: self.ctx.signals.changed.emit(
            frozenset({SURVEYS_TOPIC})))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_selected(self):
        survey = self.selected()
        if survey is None:
            return None
        surveys = self.ctx.services.surveys

        def delete() -> None:
            run_write(self.ctx, lambda: surveys.delete(survey.id),
                      on_failed=lambda e: self.banner.show_messages([self.ctx.message(e)]),
                      changes={SURVEYS_TOPIC})

        return ask(self, self.tr("Delete form"), self.tr(
            "Delete the form of {respondent} from {day}? Its answers leave every gap "
            "figure.").format(respondent=survey.respondent, day=survey.day.isoformat()),
            delete, self.tr("Delete"), self.tr("Keep"))

    def open_reversed(self) -> None:
        surveys = self.ctx.services.surveys
        self.ctx.runner.run(surveys.reversed_items, self._show_reversed,
                            lambda e: self.banner.show_messages([self.ctx.message(e)]),
                            owner=self)

    def _show_reversed(self, items) -> ReversedItemsDialog:
        dialog = ReversedItemsDialog(items, self)
        surveys = self.ctx.services.surveys
        self.reversed_dialog = dialog
        return present(dialog, lambda: run_write(
            self.ctx, lambda: surveys.set_reversed_items(dialog.items()), dialog=dialog,
            changes={SURVEYS_TOPIC, "settings"}))
