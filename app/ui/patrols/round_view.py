"""A patrol round (巡查), keyboard first. The item list keeps the focus and takes the keys:
P pass, F fail, N not applicable, digits then Enter for a score or a number, Enter next,
Backspace back, M or Tab the note (Enter saves it and moves on, Esc goes back), Ctrl+V pastes
a photo, Ctrl+Enter submits. After an answer the cursor moves to the next item, so an
all-pass round of 20 items takes 21 keys. A failure keeps the item and opens its note, since
a failed item needs one. Every answer, note and photo goes to the service at once (nothing
lives only in the widget); a read-only view of a past round is the same screen without the
controls."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.checklists import Answer, ItemRule, score
from app.services.checklist_dto import AnswerDTO, InspectionDTO, ItemDTO
from app.ui.context import UiContext
from app.ui.patrols.common import TOPIC, mime_photos, open_photo_picker
from app.ui.patrols.round_layout import RoundLayout

DIGITS = set("0123456789.-")
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def rule_of(item: ItemDTO) -> ItemRule:
    return ItemRule(item.weight, item.critical, item.response_type, item.max_score,
                    item.min_value, item.max_value)


def answered(answer: AnswerDTO | None) -> bool:
    return answer is not None and (answer.outcome is not None or bool(answer.text))


class RoundView(RoundLayout):
    """``submitted`` carries the RoundSummary; ``closed`` asks the page to go back."""

    submitted = Signal(object)
    closed = Signal()

    def __init__(self, ctx: UiContext, inspection: InspectionDTO, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, inspection, read_only or inspection.status != "draft", parent)
        self.items: list[ItemDTO] = sorted(inspection.version.items, key=lambda i: i.position)
        self.answers: dict[int, AnswerDTO] = dict(inspection.answers)
        self.current = 0
        self.buffer = ""
        self.fill_list(self.items)
        self.list.key_handler = self.handle_key
        self.list.drop_handler = self._dropped
        self.panel.drop_handler = self._dropped
        self.list.currentRowChanged.connect(self._row_chosen)
        self.pass_button.clicked.connect(lambda: self.answer("pass"))
        self.fail_button.clicked.connect(lambda: self.answer("fail"))
        self.na_button.clicked.connect(lambda: self.answer("na"))
        self.value_edit.returnPressed.connect(self._value_typed)
        self.note.done.connect(self._note_done)
        self.note.editingFinished.connect(self.save_note)
        self.photo_button.clicked.connect(lambda: self.pick_photo())
        self.submit_button.clicked.connect(lambda: self.submit())
        self.close_button.clicked.connect(self._close)
        start = next((n for n, i in enumerate(self.items)
                      if not answered(self.answers.get(i.id))), 0)
        self.go_to(start)
        self.refresh_header()

    # -- where we are ------------------------------------------------------------------
    @property
    def item(self) -> ItemDTO:
        return self.items[self.current]

    def go_to(self, index: int) -> None:
        if not self.items:
            return
        self.save_note()
        self.current = max(0, min(index, len(self.items) - 1))
        self.buffer = ""
        self.show_current(self.items, self.current, self.answers)

    def go(self, step: int) -> None:
        self.go_to(self.current + step)

    def _row_chosen(self, row: int) -> None:
        index = self.index_of_row(row)
        if index is not None and index != self.current:
            self.go_to(index)

    # -- keys --------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in ENTER and ctrl:
            self.submit()
        elif ctrl and key == Qt.Key.Key_V:
            self.paste()
        elif key in ENTER:
            if self.buffer:
                self.commit_value()
            else:
                self.go(1)
        elif key == Qt.Key.Key_Backspace:
            if self.buffer:
                self.set_buffer(self.buffer[:-1])
            else:
                self.go(-1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.go(1 if key == Qt.Key.Key_Down else -1)
        elif key == Qt.Key.Key_Escape:
            self.set_buffer("")
        elif self.read_only:
            return key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        elif key == Qt.Key.Key_Tab or text.upper() == "M":
            self.focus_note()
        elif text and text in DIGITS and self.item.response_type in ("score", "number"):
            self.set_buffer(self.buffer + text)
        elif text.upper() in ("P", "F", "N"):
            self.answer({"P": "pass", "F": "fail", "N": "na"}[text.upper()])
        elif key == Qt.Key.Key_T and self.item.response_type == "text":
            self.value_edit.setFocus()
        else:
            return key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and bool(text.strip())
        return True

    def set_buffer(self, text: str) -> None:
        self.buffer = text
        self.value_edit.setText(text)

    def focus_note(self) -> None:
        if not self.read_only:
            self.note.setFocus()
            self.note.selectAll()

    def _note_done(self, advance: bool) -> None:
        self.save_note()
        self.list.setFocus()
        if advance:
            self.go(1)

    def _value_typed(self) -> None:
        self.buffer = self.value_edit.text().strip()
        if self.item.response_type == "text":
            self.answer("pass", text=self.buffer)
        else:
            self.commit_value()
        self.list.setFocus()

    # -- answers -----------------------------------------------------------------------
    def commit_value(self) -> None:
        item, raw = self.item, self.buffer.strip()
        try:
            value = float(raw)
        except ValueError:
            self.show_refusal([self.tr("Type a number, then Enter.")])
            return
        if item.response_type == "score":
            if item.max_score is not None and not 0 <= value <= item.max_score:
                self.show_refusal([self.tr("The score must be between 0 and {top}.").format(
                    top=item.max_score)])
                return
            self.answer("pass", value)
        elif item.response_type == "number":  # the service judges the limits as well
            self.answer("pass" if self.within(item, value) else "fail", value)

    @staticmethod
    def within(item: ItemDTO, value: float) -> bool:
        from app.domain.checklists import within_limits

        return within_limits(rule_of(item), value)

    def answer(self, outcome: str, value: float | None = None, text: str = "") -> None:
        if self.read_only or not self.items:
            return
        item = self.item
        if item.response_type == "score" and value is None and outcome == "pass":
            value = float(item.max_score or 0)
        elif item.response_type == "score" and value is None and outcome == "fail":
            value = 0.0
        elif item.response_type == "number" and value is None and outcome != "na":
            self.show_refusal([self.tr("Type the measured number, then Enter.")])
            return
        self.show_refusal([])
        iid, patrols = self.inspection.id, self.ctx.services.patrols
        self.mark_pending(item.id, self.answers.get(item.id))
        self.ctx.runner.run(lambda: patrols.answer(iid, item.id, outcome, value, text),
                            self._answered, self._refused_now(item.id))
        self.buffer = ""
        if outcome == "fail":
            self.show_current(self.items, self.current, self.answers, pending=outcome)
            self.focus_note()  # a failure needs its note; Enter there moves on
        else:
            self.go(1)

    def _answered(self, answer: AnswerDTO) -> None:
        self.answers[answer.item_id] = answer
        self.update_row(answer.item_id, answer)
        if self.item.id == answer.item_id:  # keep a note being typed
            self.show_current(self.items, self.current, self.answers,
                              keep_note=self.focusWidget() is self.note)
        self.refresh_header()

    def _refused_now(self, item_id: int) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            self.update_row(item_id, self.answers.get(item_id))
            self.show_refusal([self.ctx.message(error)])
        return failed

    def save_note(self) -> None:
        if self.read_only or not self.items:
            return
        item_id = self.item.id
        note = self.note.text().strip()
        known = self.answers.get(item_id)
        if note == (known.note if known else ""):
            return
        iid, patrols = self.inspection.id, self.ctx.services.patrols
        self.ctx.runner.run(lambda: patrols.set_note(iid, item_id, note), self._answered,
                            self._refused_now(item_id))

    # -- photos ------------------------------------------------------------------------
    def add_photo_bytes(self, item_id: int, read: Callable[[], bytes] | bytes) -> None:
        """Send one photo (bytes, or a reader run on the worker) to the service. Paste, drop
        and the file picker all come through here."""
        if self.read_only:
            return
        reader = (lambda: read) if isinstance(read, bytes) else read
        iid, patrols = self.inspection.id, self.ctx.services.patrols

        def work() -> AnswerDTO | None:
            patrols.add_photo(iid, item_id, reader())
            return patrols.inspection(iid).answers.get(item_id)

        def done(answer: AnswerDTO | None) -> None:
            self.show_refusal([])
            if answer is not None:
                self._answered(answer)

        self.ctx.runner.run(work, done, self._refused_now(item_id))

    def add_mime(self, item_id: int, mime: QMimeData) -> bool:
        readers = mime_photos(mime)
        for read in readers:
            self.add_photo_bytes(item_id, read)
        return bool(readers)

    def paste(self) -> None:
        if not self.add_mime(self.item.id, QGuiApplication.clipboard().mimeData()):
            self.show_refusal([self.tr("The clipboard holds no picture.")])

    def _dropped(self, row: int, mime: QMimeData) -> None:
        index = self.index_of_row(row) if row >= 0 else None
        item = self.items[index] if index is not None else self.item
        self.add_mime(item.id, mime)

    def pick_photo(self) -> QFileDialog | None:
        if self.read_only:
            return None
        item_id = self.item.id
        return open_photo_picker(
            self, lambda paths: [self.add_photo_bytes(item_id, lambda p=p: Path(p).read_bytes())
                                 for p in paths],
            many=True, on_closed=self.list.setFocus)

    # -- totals and submit -------------------------------------------------------------
    def progress(self) -> tuple[int, int]:
        return sum(answered(self.answers.get(i.id)) for i in self.items), len(self.items)

    def live_score(self):
        return score((rule_of(i), Answer(a.outcome, a.value)) for i in self.items
                     if (a := self.answers.get(i.id)) is not None)

    def refresh_header(self) -> None:
        done, total = self.progress()
        self.show_totals(done, total, self.live_score())

    def submit(self) -> None:
        if self.read_only:
            return
        self.save_note()
        iid, patrols = self.inspection.id, self.ctx.services.patrols
        self.submit_button.setEnabled(False)

        def refused(error: BaseException) -> None:
            self.submit_button.setEnabled(True)
            self.show_refusal(self.ctx.message(error).splitlines())

        self.ctx.runner.run(lambda: patrols.submit(iid), self.submitted.emit, refused,
                            changes={TOPIC})

    def _close(self) -> None:
        self.save_note()
        self.closed.emit()
