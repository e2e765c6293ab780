"""The Promise register tab (gap 4): each promise with how often it was kept in the chosen
period, the measured outcomes of the selected promise below, and buttons to add or edit a
promise, record or import outcomes. Complaint response times come from the complaint log by
themselves, so recording is disabled for that promise and a note says why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services.guest_dto import PromiseDTO
from app.ui.analytics.period import PeriodPicker
from app.ui.context import UiContext
from app.ui.form_dialog import present, run_write
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import RIGHT, NoticeBanner, make_table
from app.ui.patrols.common import MUTED, RED
from app.ui.patrols.history_tab import PagedModel
from app.ui.surveys.common import (
    PROMISES_TOPIC,
    dimension_label,
    minutes_text,
    percent_text,
    source_label,
)
from app.ui.surveys.promise_dialogs import (
    COMPLAINT_SOURCE,
    OutcomeDialog,
    PromiseDialog,
    automatic_note,
)
from app.ui.surveys.survey_dialogs import OutcomeImportDialog
from app.ui.table_model import Column


class PromisesTab(PageTab):
    edit_permission = Permission.MANAGE_PROMISES

    def __init__(self, ctx: UiContext, banner: NoticeBanner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.banner = banner
        self.dialog = None
        self.period = PeriodPicker(lambda: ctx.services.promises.clock().date(),
                                   include_all=True)
        columns = [
            Column(self.tr("Promise"), lambda p: p.name, tooltip=lambda p: p.description or None,
                   foreground=lambda p: None if p.active else MUTED),
            Column(self.tr("Dimension"), lambda p: dimension_label(p.dimension)),
            Column(self.tr("Within (min)"), lambda p: minutes_text(p.target_minutes),
                   alignment=RIGHT),
            Column(self.tr("Source"), lambda p: source_label(p.source)),
            Column(self.tr("Measured"), lambda p: p.measured, alignment=RIGHT),
            Column(self.tr("Kept"), lambda p: p.kept, alignment=RIGHT),
            Column(self.tr("Kept %"), lambda p: percent_text(p.kept_share), alignment=RIGHT),
        ]
        self.view, self.model = make_table(columns, widths=(230, 110, 90, 200, 80, 70), stretch=0)
        outcome_columns = [
            Column(self.tr("Measured at"), lambda o: o.at.strftime("%Y-%m-%d %H:%M")),
            Column(self.tr("Minutes"), lambda o: minutes_text(o.measured_minutes),
                   alignment=RIGHT),
            Column(self.tr("Kept"), lambda o: self.tr("kept") if o.kept else self.tr("missed"),
                   foreground=lambda o: None if o.kept else RED),
            Column(self.tr("Area"), lambda o: o.area),
            Column(self.tr("Note"), lambda o: o.note, tooltip=lambda o: o.note or None),
            Column(self.tr("Entered by"), lambda o: o.entered_by),
        ]
        self.outcomes_view, _ = make_table(outcome_columns, widths=(140, 80, 70, 140, 260),
                                           stretch=4)
        self.outcomes = PagedModel(outcome_columns, self._fetch_outcomes)
        self.outcomes_view.setModel(self.outcomes)
        self.outcomes_title = QLabel()
        self.outcomes_title.setStyleSheet("font-weight: 600;")
        self.note = automatic_note(self.tr(
            "Complaint response times are measured automatically from the complaint log."))
        self.note.hide()
        self.new_button = self.action_button(self.tr("New promise"), self.new_promise)
        self.edit_button = self.action_button(self.tr("Edit promise"), self.edit_promise)
        self.record_button = self.action_button(self.tr("Record outcome"), self.record_outcome,
                                          Permission.ENTER_SURVEYS)
        self.import_button = self.action_button(self.tr("Import outcomes…"), self.open_import,
                                          Permission.ENTER_SURVEYS)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.view.doubleClicked.connect(lambda _i: self.edit_promise())
        self.period.changed.connect(self.load)
        self._layout()
        self._selected_id: int | None = None
        self._selection()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addStretch(1)
        for button in (self.new_button, self.edit_button, self.record_button,
                       self.import_button):
            top.addWidget(button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.outcomes_title)
        lower_layout.addWidget(self.note)
        lower_layout.addWidget(self.outcomes_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setSizes([260, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- reading -----------------------------------------------------------------------
    def load(self) -> None:
        self.stale = False
        promises, (start, end) = self.ctx.services.promises, self.period.range()
        self.read("promises", lambda: promises.promises(start, end), self._loaded)

    def _loaded(self, rows: list[PromiseDTO]) -> None:
        keep = self._selected_id
        self.model.set_rows(rows)
        row = self.model.find(lambda p: p.id == keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.view.selectRow(row)  # → _selection
        else:
            self._selection()

    def selected(self) -> PromiseDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selection(self) -> None:
        promise = self.selected()
        self._selected_id = promise.id if promise else None
        automatic = promise is not None and promise.source == COMPLAINT_SOURCE
        self.enable(self.edit_button, promise is not None)
        self.enable(self.record_button, promise is not None and not automatic)
        self.note.setVisible(automatic)
        self.outcomes_title.setText(
            self.tr("Outcomes of “{promise}”").format(promise=promise.name) if promise
            else self.tr("Select a promise to see its outcomes."))
        self._outcomes_of = promise.id if promise else None
        self.outcomes.restart()

    def _fetch_outcomes(self, offset: int, limit: int, on_rows, on_error) -> None:
        promise_id = getattr(self, "_outcomes_of", None)
        if promise_id is None:
            on_rows([])
            return
        promises, (start, end) = self.ctx.services.promises, self.period.range()

        def failed(error: BaseException) -> None:
            on_error(error)
            self.banner.show_messages([self.ctx.message(error)])

        self.ctx.runner.run(lambda: promises.outcomes(promise_id, start, end, offset, limit),
                            on_rows, failed, owner=self)

    # -- writing -----------------------------------------------------------------------
    def new_promise(self) -> PromiseDialog:
        return self._edit(PromiseDialog(None, self), None)

    def edit_promise(self) -> PromiseDialog | None:
        promise = self.selected()
        if promise is None or not self.ctx.services.actor.can(Permission.MANAGE_PROMISES):
            return None
        return self._edit(PromiseDialog(promise, self), promise.id)

    def _edit(self, dialog: PromiseDialog, promise_id: int | None) -> PromiseDialog:
        promises = self.ctx.services.promises
        self.dialog = dialog

        def saved(promise: PromiseDTO) -> None:
            self._selected_id = promise.id

        return present(dialog, lambda: run_write(
            self.ctx, lambda: promises.save(dialog.draft(), promise_id), on_saved=saved,
            dialog=dialog, changes={PROMISES_TOPIC}))

    def record_outcome(self) -> None:
        promise = self.selected()
        if promise is None:
            return
        teams = self.ctx.services.teams
        self.ctx.runner.run(teams.areas, lambda areas: self._show_outcome(promise, areas),
                            lambda e: self.banner.show_messages([self.ctx.message(e)]),
                            owner=self)

    def _show_outcome(self, promise: PromiseDTO, areas) -> OutcomeDialog:
        dialog = OutcomeDialog(promise, areas, self.ctx.services.promises.clock(), self)
        self.dialog = dialog
        promises = self.ctx.services.promises

        def submit() -> None:
            at, minutes, area_id, note = dialog.values()
            run_write(self.ctx, lambda: promises.record_outcome(promise.id, at, minutes,
                                                                area_id, note),
                      dialog=dialog, changes={PROMISES_TOPIC})

        return present(dialog, submit)

    def open_import(self) -> OutcomeImportDialog:
        dialog = OutcomeImportDialog(self.ctx.services.promises.import_outcomes,
                                     self.ctx.translate, self)
        dialog.imported.connect(lambda _done: self.ctx.signals.changed.emit(
            frozenset({PROMISES_TOPIC})))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
