"""Checklists tab (检查表): the template library on the left, the editor of the selected
template's latest version on the right. New templates, copies, new versions (with a reason)
and archiving act on the list; JSON import and export move templates between venues."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import PERMISSION_LABELS, Permission
from app.services.checklist_dto import TemplateSummary, VersionDTO
from app.ui.checklists.common import (
    DRAFT_TEXT,
    MUTED_STYLE,
    PUBLISHED_TEXT,
    checklist_service,
    label,
)
from app.ui.checklists.dialogs import NewVersionDialog, ProblemsDialog, TemplateDialog
from app.ui.checklists.editor import VersionEditor
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, ask
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import CENTER, NoticeBanner, make_table
from app.ui.table_model import Column

CHANGES = frozenset({"checklists"})
JSON_FILTER = "JSON (*.json)"


class ChecklistsTab(PageTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = checklist_service(ctx)
        self.can_edit = ctx.services.actor.can(Permission.EDIT_CHECKLISTS)
        self.dialog: QWidget | None = None
        self._selected_template: int | None = None
        self.banner = NoticeBanner()
        self.table, self.model = make_table([
            Column(self.tr("Template"), lambda t: t.name, tooltip=lambda t: t.name_en or None),
            Column(self.tr("Version"), lambda t: f"v{t.latest_version}", alignment=CENTER),
            Column(self.tr("Status"), self._status_text, alignment=CENTER,
                   foreground=lambda t: DRAFT_TEXT if t.latest_status == "draft"
                   else PUBLISHED_TEXT),
            Column(self.tr("Items"), lambda t: t.items, alignment=CENTER),
            Column(self.tr("Levels"), self._levels_text, tooltip=self._levels_text),
        ], widths=(150, 52, 64, 48))
        self.table.setObjectName("templateTable")
        self.editor = VersionEditor(ctx)
        self.new_button = self._guard(QPushButton(self.tr("New template…")), self.new_template)
        self.copy_button = self._guard(QPushButton(self.tr("Duplicate…")), self.duplicate)
        self.version_button = self._guard(QPushButton(self.tr("New version…")),
                                          self.new_version)
        self.archive_button = self._guard(QPushButton(self.tr("Archive")), self.archive)
        self.import_button = self._guard(QPushButton(self.tr("Import JSON…")),
                                         self.choose_import)
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.export_button.setToolTip(self.tr("Every template in the list, with all its "
                                              "items, as one JSON file"))
        self.export_button.clicked.connect(lambda _c=False: self.choose_export())
        self.info = QLabel()
        self.info.setObjectName("checklistInfo")
        self.info.setWordWrap(True)
        self.info.setStyleSheet(MUTED_STYLE)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.editor.new_version_requested.connect(self.new_version)
        self.editor.saved.connect(self._version_saved)
        ctx.signals.changed.connect(self._on_changed)
        self._layout()
        self._update()

    def _guard(self, button: QPushButton, slot) -> QPushButton:
        """An edit button: disabled for good without EDIT_CHECKLISTS, with the reason."""
        button.setProperty("allowed", self.can_edit)
        button.setEnabled(self.can_edit)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        if not self.can_edit:
            button.setToolTip(self.tr("Your role may not {what}.").format(
                what=self.ctx.translate("permissions",
                                        PERMISSION_LABELS[Permission.EDIT_CHECKLISTS])))
        return button

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        row = QHBoxLayout()
        for b in (self.new_button, self.copy_button, self.version_button, self.archive_button):
            row.addWidget(b)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        column.addWidget(self.info)
        io = QHBoxLayout()
        io.addWidget(self.import_button)
        io.addWidget(self.export_button)
        io.addStretch(1)
        column.addLayout(io)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 850])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _status_text(self, t: TemplateSummary) -> str:
        return self.tr("Draft") if t.latest_status == "draft" else self.tr("Published")

    def _levels_text(self, t: TemplateSummary) -> str:
        return ", ".join(label(self.ctx, "levels", key) for key in t.levels)

    # -- reading ---------------------------------------------------------------------------
    def load(self) -> None:
        self.read("templates", self.service.templates, self._show_templates)

    def _show_templates(self, rows: list[TemplateSummary]) -> None:
        keep = self._selected_template
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        row = self.model.find(lambda t: t.template_id == keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._selected(force=row >= 0 and self.model.row_at(row).template_id != keep)
        self._update()

    def select_template(self, name_or_key: str) -> bool:
        row = self.model.find(lambda t: name_or_key in (t.name, t.key, t.name_en))
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def selected(self) -> TemplateSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selected(self, force: bool = True) -> None:
        summary = self.selected()
        self._update()
        if summary is None:
            self._selected_template = None
            self.editor.set_version(None)
            return
        shown = self.editor.version
        same = (shown is not None and shown.id == summary.latest_version_id
                and shown.status == summary.latest_status)
        if same and not force and summary.template_id == self._selected_template:
            return
        if self.editor.dirty and shown is not None and shown.template_id != summary.template_id:
            self._ask_discard(summary)
            return
        self._selected_template = summary.template_id
        if not same or not self.editor.dirty:
            self.read("version", lambda: self.service.version(summary.latest_version_id),
                      self.editor.set_version)

    def _ask_discard(self, summary: TemplateSummary) -> None:
        """Unsaved edits: go back to their template and ask before leaving it."""
        back = self.model.find(lambda t: t.template_id == self.editor.version.template_id)
        self.table.selectionModel().blockSignals(True)
        if back >= 0:
            self.table.selectRow(back)
        self.table.selectionModel().blockSignals(False)

        def discard() -> None:
            self.editor.dirty = False
            self.select_template(summary.key)

        self.dialog = ask(self, self.tr("Unsaved changes"),
                          self.tr("Discard the unsaved changes to “{name}”?").format(
                              name=self.editor.version.name),
                          discard, self.tr("Discard"), self.tr("Keep editing"))

    def _update(self) -> None:
        summary = self.selected()
        for button in (self.copy_button, self.archive_button):
            self.enable(button, summary is not None)
        self.enable(self.version_button,
                    summary is not None and summary.latest_status == "published")

    def _on_changed(self, topics: frozenset) -> None:
        if CHANGES & topics:
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.reload()

    def _version_saved(self, version: VersionDTO) -> None:
        self._selected_template = version.template_id

    # -- list actions ----------------------------------------------------------------------
    def _write(self, work, dialog: FormDialog | None = None, done=None) -> None:
        """A checklist write: a dialog keeps a refusal inline, otherwise the banner says it."""
        def ok(result) -> None:
            if dialog is not None:
                dialog.set_busy(False)
                dialog.accept()
            if isinstance(result, VersionDTO):
                self._selected_template = result.template_id
                self.editor.set_version(result)
            if done is not None:
                done(result)

        def failed(error: BaseException) -> None:
            if dialog is not None:
                dialog.set_busy(False)
                dialog.show_error(self.ctx.message(error))
            else:
                self.banner.show_messages([self.ctx.message(error)])

        if dialog is not None:
            dialog.set_busy(True)
        self.banner.show_messages([])
        self.ctx.runner.run(work, ok, failed, changes=CHANGES)

    def _present(self, dialog: FormDialog, submit) -> FormDialog:
        dialog.submitted.connect(submit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def new_template(self) -> TemplateDialog:
        dialog = TemplateDialog(None, self)

        def submit() -> None:
            values = dialog.value()
            self._write(lambda: self.service.create_template(**values), dialog)

        return self._present(dialog, submit)

    def duplicate(self) -> TemplateDialog | None:
        summary = self.selected()
        if summary is None:
            return None
        dialog = TemplateDialog(summary.name, self)

        def submit() -> None:
            v = dialog.value()
            self._write(lambda: self.service.duplicate(summary.template_id, v["key"],
                                                       v["name"]), dialog)

        return self._present(dialog, submit)

    def new_version(self) -> NewVersionDialog | None:
        summary = self.selected()
        if summary is None or summary.latest_status != "published":
            return None
        dialog = NewVersionDialog(summary.name, summary.latest_version, self)

        def submit() -> None:
            reason = dialog.value()
            self._write(lambda: self.service.new_draft(summary.template_id, reason), dialog)

        return self._present(dialog, submit)

    def archive(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        self.dialog = ask(self, self.tr("Archive"), self.tr(
            "Archive “{name}”? Patrols stop offering it; past inspections keep it.").format(
            name=summary.name), lambda: self._write(
            lambda: self.service.set_archived(summary.template_id, True)),
            self.tr("Archive"), self.tr("Cancel"))

    # -- JSON ------------------------------------------------------------------------------
    def _file_dialog(self, title: str, save: bool, on_path) -> QFileDialog:
        dialog = QFileDialog(self, title, str(Path.home()), JSON_FILTER)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                             else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save
                           else QFileDialog.FileMode.ExistingFile)
        dialog.setDefaultSuffix("json")
        if save:
            dialog.selectFile("checklists.json")
        dialog.fileSelected.connect(on_path)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def choose_import(self) -> QFileDialog:
        return self._file_dialog(self.tr("Import checklists"), False, self.import_from)

    def choose_export(self) -> QFileDialog:
        return self._file_dialog(self.tr("Export checklists"), True, self.export_to)

    def import_from(self, path: str | Path) -> None:
        path = Path(path)

        def done(report) -> None:
            self.info.setText(f"{path.name}: {report.render(self.ctx.translate)}")

        def failed(error: BaseException) -> None:
            problems = [p if isinstance(p, str) else self._render(p)
                        for p in getattr(error, "problems", ())]
            summary = self.tr("Nothing was imported from {file}.").format(file=path.name)
            if not problems:
                problems = [self.ctx.message(error)]
            dialog = ProblemsDialog(summary, problems, self)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.dialog = dialog

        self.ctx.runner.run(lambda: self.service.import_json(path), done, failed,
                            changes=CHANGES)

    def _render(self, problem) -> str:
        render = getattr(problem, "render", None)
        return render(self.ctx.translate) if callable(render) else str(problem)

    def export_to(self, path: str | Path) -> None:
        path = Path(path)
        ids = [t.template_id for t in self.model.rows] or None
        self.ctx.runner.run(
            lambda: self.service.export_json(path, ids),
            lambda count: self.info.setText(self.tr("Exported {n} templates to {file}.")
                                            .format(n=count, file=path.name)),
            lambda error: self.banner.show_messages([self.ctx.message(error)]))
