"""The editor of one checklist version: names, levels, area kinds and the items. It edits a
working copy; Save draft writes it (the service replaces the draft's items in this order) and
Publish freezes it. A published version, or a role that may not change checklists, shows
everything read-only."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import PERMISSION_LABELS, Permission
from app.services.checklist_dto import ItemDTO, VersionDTO
from app.ui.checklists.common import (
    CRITICAL_TEXT,
    DRAFT_TEXT,
    FROZEN_STYLE,
    MUTED_STYLE,
    PUBLISHED_TEXT,
    TITLE_STYLE,
    KeyChecks,
    checklist_service,
    short_label,
)
from app.ui.checklists.item_dialog import ItemDialog, blank_item
from app.ui.checklists.preview import PreviewDialog
from app.ui.context import UiContext
from app.ui.form_dialog import ERROR_STYLE, ask
from app.ui.pages.org_common import CENTER, make_table
from app.ui.table_model import Column


class VersionEditor(QWidget):
    new_version_requested = Signal()
    saved = Signal(object)  # the VersionDTO written

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.services.actor.can(Permission.EDIT_CHECKLISTS)
        self.version: VersionDTO | None = None
        self.items: list[ItemDTO] = []
        self.dirty = False
        self.dialog: QWidget | None = None
        self._loading = False
        self.title = QLabel()
        self.title.setObjectName("versionTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.status = QLabel()
        self.note = QLabel()
        self.note.setObjectName("frozenNote")
        self.note.setStyleSheet(FROZEN_STYLE)
        self.note.setWordWrap(True)
        self.new_version_button = self._button(self.tr("New version…"),
                                               self.new_version_requested.emit, True)
        self.name, self.name_en = QLineEdit(), QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(52)
        self.levels = KeyChecks(ctx, "levels", 3)
        self.areas = KeyChecks(ctx, "areas", 5)
        self.table, self.model = self._items_table()
        self.add_button = self._button(self.tr("Add item"), self.add_item, True)
        self.edit_button = self._button(self.tr("Edit item…"), self.edit_item)
        self.copy_button = self._button(self.tr("Duplicate item"), self.duplicate_item, True)
        self.delete_button = self._button(self.tr("Delete item"), self.delete_item, True)
        self.up_button = self._button(self.tr("Move up"), lambda: self.move(-1), True)
        self.down_button = self._button(self.tr("Move down"), lambda: self.move(1), True)
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.preview_button = self._button(self.tr("Preview"), self.preview)
        self.save_button = self._button(self.tr("Save draft"), self.save, True)
        self.publish_button = self._button(self.tr("Publish…"), self.confirm_publish, True)
        self.unsaved = QLabel(self.tr("Unsaved changes"))
        self.unsaved.setStyleSheet(f"color: {DRAFT_TEXT.name()}; font-weight: 600;")
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.table.installEventFilter(self)  # Ctrl+Up / Ctrl+Down move, Enter edits
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        for edit in (self.name, self.name_en):
            edit.textEdited.connect(lambda _t: self._touch())
        self.description.textChanged.connect(self._touch)
        self.levels.on_change(self._touch)
        self.areas.on_change(self._touch)
        self._layout()
        self.set_version(None)

    # -- building ------------------------------------------------------------------------
    def _button(self, text: str, slot, edits: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        button.setProperty("edits", edits)
        if edits and not self.can_edit:
            button.setEnabled(False)
            button.setToolTip(self.tr("Your role may not {what}.").format(
                what=self.ctx.translate("permissions",
                                        PERMISSION_LABELS[Permission.EDIT_CHECKLISTS])))
        return button

    def _items_table(self):
        ctx, yes = self.ctx, "✓"
        return make_table([
            Column("#", lambda i: i.position, alignment=CENTER),
            Column(self.tr("Section"), lambda i: i.section),
            Column(self.tr("Item"), lambda i: i.text, tooltip=lambda i: i.text_en or None),
            Column(self.tr("Category"), lambda i: short_label(ctx, "categories", i.category)),
            Column(self.tr("Dimension"), lambda i: short_label(ctx, "dimensions", i.dimension)),
            Column(self.tr("Weight"), lambda i: f"{i.weight:g}", alignment=CENTER),
            Column(self.tr("Critical"), lambda i: yes if i.critical else "", alignment=CENTER,
                   foreground=CRITICAL_TEXT),
            Column(self.tr("Response"), lambda i: short_label(ctx, "responses",
                                                              i.response_type)),
            Column(self.tr("Photo"), lambda i: yes if i.photo_on_fail else "",
                   alignment=CENTER),
            Column(self.tr("Severity"), lambda i: short_label(ctx, "severities",
                                                              i.default_severity),
                   foreground=lambda i: CRITICAL_TEXT if i.default_severity == "critical"
                   else None),
        ], widths=(34, 80, 250, 80, 60, 44, 40, 128, 40, 70), stretch=2)

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch(1)
        self.frozen = QFrame()
        frozen_row = QHBoxLayout(self.frozen)
        frozen_row.setContentsMargins(0, 0, 0, 0)
        frozen_row.addWidget(self.note, 1)
        frozen_row.addWidget(self.new_version_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        names = QHBoxLayout()
        names.addWidget(self.name, 1)
        names.addWidget(QLabel(self.tr("English name")))
        names.addWidget(self.name_en, 1)
        form.addRow(self.tr("Name"), names)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Used for"), self.levels)
        form.addRow(self.tr("Area kinds"), self.areas)
        hint = QLabel(self.tr("No area kind ticked: the checklist suits every area."))
        hint.setStyleSheet(MUTED_STYLE)
        form.addRow("", hint)
        item_buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.copy_button, self.delete_button,
                  self.up_button, self.down_button):
            item_buttons.addWidget(b)
        item_buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_button)
        bottom.addStretch(1)
        bottom.addWidget(self.unsaved)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.frozen)
        layout.addLayout(form)
        layout.addLayout(item_buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    # -- state -----------------------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return self.can_edit and self.version is not None and self.version.status == "draft"

    def set_version(self, version: VersionDTO | None) -> None:
        self.version, self.dirty = version, False
        self._loading = True
        self.name.setText(version.name if version else "")
        self.name_en.setText(version.name_en if version else "")
        self.description.setPlainText(version.description if version else "")
        self.levels.set_keys(version.levels if version else ())
        self.areas.set_keys(version.area_kinds if version else ())
        self._loading = False
        self._set_items(list(version.items) if version else [], 0)
        self.error.clear()
        self._show_state()

    def _show_state(self) -> None:
        v = self.version
        published = v is not None and v.status == "published"
        self.title.setText(v.name if v else self.tr("No template selected"))
        status = (self.tr("Version {n} · published").format(n=v.version) if published
                  else self.tr("Version {n} · draft").format(n=v.version) if v else "")
        self.status.setText(status)
        colour = PUBLISHED_TEXT if published else DRAFT_TEXT
        self.status.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")
        if published and self.can_edit:
            self.note.setText(self.tr("Published versions are frozen — start a new version "
                                      "to change it."))
        elif v is not None and not self.can_edit:
            self.note.setText(self.tr("Read only: your role may not change checklists."))
        self.frozen.setVisible(v is not None and (published or not self.can_edit))
        self.new_version_button.setVisible(published and self.can_edit)
        editable = self.editable
        for edit in (self.name, self.name_en):
            edit.setReadOnly(not editable)
        self.description.setReadOnly(not editable)
        self.levels.set_editable(editable)
        self.areas.set_editable(editable)
        self._update()

    def _update(self) -> None:
        row = self.current_row()
        editable, chosen = self.editable, row >= 0
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(chosen)
        self.edit_button.setText(self.tr("Edit item…") if editable else self.tr("View item…"))
        self.copy_button.setEnabled(editable and chosen)
        self.delete_button.setEnabled(editable and chosen)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and chosen and row < len(self.items) - 1)
        self.preview_button.setEnabled(self.version is not None)
        self.save_button.setEnabled(editable and self.dirty)
        self.publish_button.setEnabled(editable and bool(self.items))
        for b in (self.add_button, self.copy_button, self.delete_button, self.up_button,
                  self.down_button, self.save_button, self.publish_button):
            b.setVisible(self.version is None or self.version.status == "draft")
        self.unsaved.setVisible(self.dirty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
                self.edit_item()
                return True
        return super().eventFilter(watched, event)

    def _touch(self) -> None:
        if not self._loading and self.editable:
            self.dirty = True
            self._update()

    def _set_items(self, items: list[ItemDTO], select: int) -> None:
        self.items = [dataclasses.replace(it, position=n) for n, it in enumerate(items, 1)]
        self.model.set_rows(self.items)
        if self.items:
            self.table.selectRow(max(0, min(select, len(self.items) - 1)))
        self._update()

    def _change_items(self, items: list[ItemDTO], select: int) -> None:
        self._set_items(items, select)
        self.dirty = True
        self._update()

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def sections(self) -> list[str]:
        return [it.section for it in self.items]

    # -- item actions ----------------------------------------------------------------------
    def add_item(self) -> ItemDialog | None:
        if not self.editable:
            return None
        row = self.current_row()
        near = self.items[row] if row >= 0 else (self.items[-1] if self.items else None)
        item = blank_item(near.section, near.section_en) if near else blank_item()
        at = row + 1 if row >= 0 else len(self.items)
        return self._open_item(ItemDialog(self.ctx, item, self.sections(), parent=self),
                               lambda new: self._change_items(
                                   self.items[:at] + [new] + self.items[at:], at))

    def edit_item(self) -> ItemDialog | None:
        row = self.current_row()
        if row < 0:
            return None
        dialog = ItemDialog(self.ctx, self.items[row], self.sections(),
                            read_only=not self.editable, parent=self)
        return self._open_item(dialog, lambda new: self._change_items(
            self.items[:row] + [new] + self.items[row + 1:], row))

    def _open_item(self, dialog: ItemDialog, apply) -> ItemDialog:
        def submit() -> None:
            apply(dialog.value())
            dialog.accept()

        dialog.submitted.connect(submit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def duplicate_item(self) -> None:
        row = self.current_row()
        if self.editable and row >= 0:
            copy = dataclasses.replace(self.items[row], id=None)
            self._change_items(self.items[:row + 1] + [copy] + self.items[row + 1:], row + 1)

    def delete_item(self) -> None:
        row = self.current_row()
        if self.editable and row >= 0:
            self._change_items(self.items[:row] + self.items[row + 1:], row)

    def move(self, step: int) -> None:
        row = self.current_row()
        to = row + step
        if not self.editable or row < 0 or not 0 <= to < len(self.items):
            return
        items = list(self.items)
        items[row], items[to] = items[to], items[row]
        self._change_items(items, to)

    # -- writes ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "name_en": self.name_en.text().strip(),
                "description": self.description.toPlainText().strip(),
                "levels": self.levels.keys(), "area_kinds": self.areas.keys(),
                "items": list(self.items)}

    def save(self, publish: bool = False) -> None:
        if not self.editable:
            return
        service, version_id = checklist_service(self.ctx), self.version.id
        values, dirty = self.values(), self.dirty

        def work() -> VersionDTO:
            result = service.save_draft(version_id, **values) if dirty else None
            return service.publish(version_id) if publish else result

        self.error.clear()
        self.ctx.runner.run(work, self._saved, self._refused, changes={"checklists"})

    def confirm_publish(self) -> None:
        if not self.editable:
            return
        self.dialog = ask(self, self.tr("Publish"), self.tr(
            "Publish version {n} of “{name}”? It is frozen from then on and patrols use it; "
            "a later change makes a new version.").format(n=self.version.version,
                                                         name=self.name.text().strip()),
            lambda: self.save(publish=True), self.tr("Publish"), self.tr("Cancel"))

    def _saved(self, version: VersionDTO | None) -> None:
        if version is not None:
            self.set_version(version)
            self.saved.emit(version)

    def _refused(self, error: BaseException) -> None:
        self.error.setText(self.ctx.message(error))

    def preview(self) -> PreviewDialog | None:
        if self.version is None:
            return None
        dialog = PreviewDialog(self.ctx, self.name.text().strip() or self.version.name,
                               self.items, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog
