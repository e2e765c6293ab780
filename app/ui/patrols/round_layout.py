"""Layout of a round's screen (no logic): the header with progress and the live score, the
refusal line, the item list and the current item's panel with its big answer buttons, value,
note and photos."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.checklists import Score
from app.services.checklist_dto import AnswerDTO, InspectionDTO, ItemDTO
from app.ui.context import UiContext
from app.ui.patrols.common import (
    OUTCOME_COLOURS,
    OUTCOME_MARKS,
    item_text,
    level_label,
    score_text,
    section_text,
    version_name,
)
from app.ui.patrols.round_widgets import DropFrame, NoteEdit, PhotoStrip, RoundList, big_button

ITEM_ROLE = Qt.ItemDataRole.UserRole


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class RoundLayout(QWidget):
    def __init__(self, ctx: UiContext, inspection: InspectionDTO, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.inspection, self.read_only = ctx, inspection, read_only
        self._items: list[ItemDTO] = []
        self._rows: list[int | None] = []  # list row → item index (None: a section title)
        self._row_of: dict[int, int] = {}  # item id → list row
        self.title = QLabel(f"{inspection.area} · {version_name(inspection.version)} "
                            f"v{inspection.version.version}")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.subtitle = QLabel(" · ".join(p for p in (
            level_label(inspection.level), inspection.day.isoformat(), inspection.shift,
            inspection.inspector) if p))
        self.subtitle.setStyleSheet("color: #5c5c5c;")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("roundProgress")
        self.score_label = QLabel()
        self.score_label.setObjectName("roundScore")
        for label in (self.progress_label, self.score_label):
            label.setStyleSheet("font-size: 14pt; font-weight: 600; padding: 0 10px;")
        self.flag_label = QLabel(self.tr("⚠ Critical item failed"))
        self.flag_label.setStyleSheet("color: white; background: #b3261e; font-weight: 600;"
                                      " padding: 3px 10px; border-radius: 9px;")
        self.flag_label.hide()
        self.close_button = QPushButton(self.tr("Back") if read_only else self.tr("Continue later"))
        self.submit_button = QPushButton(self.tr("Submit (Ctrl+Enter)"))
        self.submit_button.setStyleSheet("font-weight: 600; padding: 6px 16px;")
        self.submit_button.setVisible(not read_only)
        for button in (self.close_button, self.submit_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.refusal = QLabel()
        self.refusal.setObjectName("roundRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b3261e; background: #fdecea; padding: 6px 10px;"
                                   " border: 1px solid #f1b8b0; border-radius: 4px;")
        self.refusal.hide()
        self.list = RoundList()
        self._build_panel()
        self._layout()

    def _build_panel(self) -> None:
        self.panel = DropFrame()
        self.panel.setObjectName("itemPanel")
        self.panel.setStyleSheet("QFrame#itemPanel { background: #fafafa;"
                                 " border: 1px solid #dddddd; border-radius: 6px; }")
        self.section_label = QLabel()
        self.section_label.setStyleSheet("color: #1a4f9c; font-weight: 600;")
        self.position_label = QLabel()
        self.position_label.setStyleSheet("color: #6b6b6b;")
        self.text_label = QLabel()
        self.text_label.setObjectName("itemText")
        self.text_label.setWordWrap(True)
        self.text_label.setFont(_font(17, True))
        self.guidance_label = QLabel()
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setStyleSheet("color: #5c5c5c;")
        self.tags_label = QLabel()
        self.tags_label.setStyleSheet("color: #b3261e;")
        self.pass_button = big_button(self.tr("Pass (P)"), "#1e6b2a")
        self.fail_button = big_button(self.tr("Fail (F)"), "#b3261e")
        self.na_button = big_button(self.tr("N/A (N)"), "#6b6b6b")
        self.value_label = QLabel()
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("itemValue")
        self.value_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.value_edit.setFont(_font(14))
        self.note = NoteEdit()
        self.note.setObjectName("itemNote")
        self.note.setPlaceholderText(self.tr("What was found (needed for a failure) — M or Tab"))
        self.note.setFont(_font(12))
        self.photo_button = QPushButton(self.tr("Add photo…"))
        self.photo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.photo_button.setToolTip(self.tr("Or drop a picture on the item, or paste one "
                                             "with Ctrl+V"))
        self.photos = PhotoStrip(self.ctx)
        for widget in (self.pass_button, self.fail_button, self.na_button, self.value_edit,
                       self.photo_button):
            widget.setEnabled(not self.read_only)
        self.note.setReadOnly(self.read_only)

    def _layout(self) -> None:
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        header.addLayout(names, 1)
        header.addWidget(self.flag_label)
        header.addWidget(self.progress_label)
        header.addWidget(self.score_label)
        header.addWidget(self.close_button)
        header.addWidget(self.submit_button)

        buttons = QHBoxLayout()
        for button in (self.pass_button, self.fail_button, self.na_button):
            buttons.addWidget(button)
        value = QHBoxLayout()
        value.addWidget(self.value_label)
        value.addWidget(self.value_edit, 1)
        photos = QHBoxLayout()
        photos.addWidget(self.photo_button, 0, Qt.AlignmentFlag.AlignTop)
        photos.addWidget(self.photos, 1)
        help_label = QLabel(self.tr(
            "P pass · F fail · N not applicable · digits + Enter for a score · Enter next · "
            "Backspace back · M note · Ctrl+V paste a photo · Ctrl+Enter submit"))
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #8c8c8c;")
        help_label.setVisible(not self.read_only)

        body = QVBoxLayout(self.panel)
        body.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        top.addWidget(self.section_label)
        top.addStretch(1)
        top.addWidget(self.position_label)
        body.addLayout(top)
        body.addWidget(self.text_label)
        body.addWidget(self.guidance_label)
        body.addWidget(self.tags_label)
        body.addSpacing(6)
        body.addLayout(buttons)
        body.addLayout(value)
        body.addWidget(QLabel(self.tr("Note")))
        body.addWidget(self.note)
        body.addLayout(photos)
        body.addStretch(1)
        body.addWidget(help_label)

        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 760])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.refusal)
        layout.addWidget(split, 1)

    # -- the list ------------------------------------------------------------------------
    def fill_list(self, items: list[ItemDTO]) -> None:
        self.list.clear()
        self._items = items
        self._rows, self._row_of, section = [], {}, None
        for index, item in enumerate(items):
            if section_text(item) != section:
                section = section_text(item)
                title = QListWidgetItem(section or self.tr("Items"))
                title.setFlags(Qt.ItemFlag.NoItemFlags)
                title.setFont(_font(10, True))
                title.setForeground(QBrush(Qt.GlobalColor.darkBlue))
                self.list.addItem(title)
                self._rows.append(None)
            row = QListWidgetItem()
            row.setData(ITEM_ROLE, item.id)
            self._row_of[item.id] = self.list.count()
            self.list.addItem(row)
            self._rows.append(index)
            self.update_row(item.id, self.inspection.answers.get(item.id))

    def index_of_row(self, row: int) -> int | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def update_row(self, item_id: int, answer: AnswerDTO | None, pending: bool = False) -> None:
        row = self._row_of.get(item_id)
        if row is None:
            return
        entry = self.list.item(row)
        index = self._rows[row]
        item = self._items[index]
        outcome = answer.outcome if answer else None
        mark = "…" if pending else OUTCOME_MARKS.get(outcome or "", "")
        if answer is not None and answer.value is not None and outcome != "na":
            mark = f"{mark} {answer.value:g}"
        if answer is not None and answer.photo_ids:
            mark += f"  ▣{len(answer.photo_ids)}"
        entry.setText(f"{index + 1}. {item_text(item)}   {mark}".rstrip())
        colour = OUTCOME_COLOURS.get(outcome or "")
        entry.setForeground(QBrush(colour) if colour is not None and not pending
                            else QBrush(Qt.GlobalColor.black))

    def mark_pending(self, item_id: int, answer: AnswerDTO | None) -> None:
        self.update_row(item_id, answer, pending=True)

    # -- the current item ------------------------------------------------------------------
    def show_current(self, items: list[ItemDTO], index: int, answers: dict[int, AnswerDTO],
                     pending: str | None = None, keep_note: bool = False) -> None:
        item = items[index]
        answer = answers.get(item.id)
        for row, entry_index in enumerate(self._rows):
            if entry_index is not None:
                self.list.item(row).setFont(_font(13, True) if entry_index == index
                                            else _font(10))
        self.list.blockSignals(True)
        self.list.setCurrentRow(self._row_of[item.id])
        self.list.blockSignals(False)
        self.list.scrollToItem(self.list.currentItem())
        self.section_label.setText(section_text(item))
        self.position_label.setText(self.tr("Item {n} of {total}").format(
            n=index + 1, total=len(items)))
        self.text_label.setText(item_text(item))
        self.guidance_label.setText(item.guidance)
        self.guidance_label.setVisible(bool(item.guidance))
        tags = []
        if item.critical:
            tags.append(self.tr("Critical item"))
        if item.photo_on_fail:
            tags.append(self.tr("Photo needed on failure"))
        self.tags_label.setText(" · ".join(tags))
        outcome = pending or (answer.outcome if answer else None)
        for button, value in ((self.pass_button, "pass"), (self.fail_button, "fail"),
                              (self.na_button, "na")):
            button.setChecked(outcome == value)
        self._show_value(item, answer)
        if not keep_note:
            self.note.setText(answer.note if answer else "")
        self.photos.set_ids(answer.photo_ids if answer else ())

    def _show_value(self, item: ItemDTO, answer: AnswerDTO | None) -> None:
        kind = item.response_type
        self.value_label.setVisible(kind != "pass_fail")
        self.value_edit.setVisible(kind != "pass_fail")
        if kind == "score":
            self.value_label.setText(self.tr("Score (0–{top}):").format(top=item.max_score))
        elif kind == "number":
            limits = "–".join("" if v is None else f"{v:g}" for v in (item.min_value,
                                                                      item.max_value))
            self.value_label.setText(self.tr("Value {limits} {unit}:").format(
                limits=limits, unit=item.unit).replace("  ", " "))
        elif kind == "text":
            self.value_label.setText(self.tr("Answer (T to type):"))
        if answer is None:
            self.value_edit.clear()
        elif kind == "text":
            self.value_edit.setText(answer.text)
        else:
            self.value_edit.setText("" if answer.value is None else f"{answer.value:g}")

    def show_totals(self, done: int, total: int, live: Score) -> None:
        self.progress_label.setText(f"{done} / {total}")
        self.score_label.setText(self.tr("Score {score}").format(score=score_text(live.percent)))
        self.flag_label.setVisible(live.flagged)

    def show_refusal(self, lines: list[str]) -> None:
        lines = [line for line in lines if line]
        self.refusal.setText("\n".join(lines))
        self.refusal.setVisible(bool(lines))
