"""Fast keyboard entry of paper SERVQUAL forms: a stack of forms is typed without the mouse.

Digits fill the answer grid (see answer_grid.py); Enter on the last answer, or Ctrl+Enter
anywhere, saves the form and starts the next blank one with the same date and area. The
respondent gets an automatic code (G-YYYYMMDD-NNN for guests, M-… for managers) that may be
overwritten. The optional importance weights are five boxes that must sum to 100 or all
stay empty; Enter moves from box to box and saves after the last one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.servqual_instrument import E_PROMPT, MANAGER_PROMPT, P_PROMPT, SCALE_HINT
from app.services.guest_dto import SurveyDTO, SurveyForm
from app.ui.context import UiContext
from app.ui.form_dialog import ERROR_STYLE, fill_combo
from app.ui.surveys.answer_grid import AnswerGrid
from app.ui.surveys.common import DIMENSIONS, SURVEYS_TOPIC, dimension_label

WEIGHT_TOTAL = 100
WEIGHT_TOLERANCE = 0.5  # the service accepts 99.5–100.5
NO_WEIGHT = -1  # a weight box at its minimum is empty
DAY_LIMIT = 10_000  # forms of one day and kind read to number the next code
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def respondent_code(kind: str, day: dt.date, number: int) -> str:
    return f"{'M' if kind == 'manager' else 'G'}-{day:%Y%m%d}-{number:03d}"


def next_number(kind: str, day: dt.date, respondents: Iterable[str]) -> int:
    """One more than the highest automatic code of that day and kind (gaps left by deleted
    forms are not reused: the service refuses a second form of one respondent a day)."""
    prefix = respondent_code(kind, day, 0)[:-3]
    numbers = [int(r[len(prefix):]) for r in respondents
               if r.startswith(prefix) and r[len(prefix):].isdigit()]
    return max(numbers, default=0) + 1


class WeightBox(QSpinBox):
    """0–100 points, or empty (shown blank)."""

    def __init__(self, dimension: str) -> None:
        super().__init__()
        self.setObjectName(f"weight_{dimension}")
        self.setRange(NO_WEIGHT, WEIGHT_TOTAL)
        self.setSpecialValueText(" ")
        self.setValue(NO_WEIGHT)
        self.setMinimumWidth(64)

    def weight(self) -> int | None:
        return None if self.value() == NO_WEIGHT else self.value()


class SurveyEntry(QWidget):
    """One form at a time; ``saved`` carries each stored SurveyDTO."""

    saved = Signal(object)

    def __init__(self, ctx: UiContext, kind: str = "guest", day: dt.date | None = None,
                 area_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.saved_count = 0
        self._auto_code = ""
        self._next_number = 1
        day = day or ctx.services.surveys.clock().date()
        self.respondent = QLineEdit()
        self.respondent.setObjectName("respondent")
        self.respondent.setMaxLength(60)
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.area = QComboBox()
        fill_combo(self.area, [], self.tr("Whole venue (no area)"))
        self._wanted_area = area_id
        self.grid = AnswerGrid(with_perceptions=kind != "manager")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid.current_changed.connect(lambda cell: self.scroll.ensureWidgetVisible(cell, 0, 40))
        self.grid.finished.connect(self.save)
        self.weights = {d: WeightBox(d) for d in DIMENSIONS}
        self.weight_sum = QLabel()
        self.weight_sum.setObjectName("weightSum")
        for box in self.weights.values():
            box.valueChanged.connect(lambda _v: self._show_sum())
        self.error = QLabel()
        self.error.setObjectName("entryError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("entryStatus")
        self.save_button = QPushButton(self.tr("Save and next (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.clear_button = QPushButton(self.tr("Clear form"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(lambda _c=False: self.start_next(keep_code=True))
        self._layout()
        for widget in [self, *self.findChildren(QWidget)]:
            widget.installEventFilter(self)
        self.day.dateChanged.connect(lambda _d: self._number_from_service())
        self._show_sum()
        self._load_areas()
        self._number_from_service()
        self.grid.setFocus()

    def _layout(self) -> None:
        head = QHBoxLayout()
        for label, widget in ((self.tr("Respondent"), self.respondent),
                              (self.tr("Date"), self.day), (self.tr("Area"), self.area)):
            head.addWidget(QLabel(label))
            head.addWidget(widget, 1 if widget is self.respondent else 0)
        if self.kind == "manager":
            prompt = QLabel(self.ctx.translate("servqual", MANAGER_PROMPT))
            prompt.setObjectName("managerPrompt")
            prompt.setStyleSheet("font-size: 13pt; font-weight: 600; color: #7a4a00;")
        else:
            prompt = QLabel("E = {e}    P = {p}".format(
                e=self.ctx.translate("servqual", E_PROMPT),
                p=self.ctx.translate("servqual", P_PROMPT)))
            prompt.setStyleSheet("font-weight: 600;")
        keys = QLabel(self.tr(
            "{scale}. Type 1–7 for each answer; 0 or Space skips, Backspace goes back. Enter on "
            "the last answer or Ctrl+Enter saves and starts the next form.").format(
            scale=self.ctx.translate("servqual", SCALE_HINT)))
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #555;")
        weights = QGridLayout()
        weights.addWidget(QLabel(self.tr("Importance weights (optional, 100 points):")), 0, 0,
                          1, len(DIMENSIONS) * 2 + 1)
        for n, (dimension, box) in enumerate(self.weights.items()):
            weights.addWidget(QLabel(dimension_label(dimension)), 1, n * 2)
            weights.addWidget(box, 1, n * 2 + 1)
        weights.addWidget(self.weight_sum, 1, len(DIMENSIONS) * 2)
        weights.setColumnStretch(len(DIMENSIONS) * 2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(prompt)
        layout.addWidget(keys)
        layout.addWidget(self.scroll, 1)
        if self.kind != "manager":
            layout.addLayout(weights)
        else:
            for box in self.weights.values():
                box.setParent(self)
                box.hide()
            self.weight_sum.hide()
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # -- the keyboard around the grid --------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or event.key() not in _ENTER:
            return False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return True
        boxes = list(self.weights.values())
        if watched in boxes:
            index = boxes.index(watched)
            if index + 1 < len(boxes):
                boxes[index + 1].setFocus()
                boxes[index + 1].selectAll()
            else:
                self.save()
            return True
        if any(w is watched or w.isAncestorOf(watched)
               for w in (self.respondent, self.day, self.area)):
            self.grid.setFocus()
            return True
        return False

    # -- set-up ------------------------------------------------------------------------
    def _load_areas(self) -> None:
        def loaded(areas) -> None:
            fill_combo(self.area, [(a.name, a.id) for a in areas], self.area.itemText(0))
            index = self.area.findData(self._wanted_area)
            self.area.setCurrentIndex(max(index, 0))

        self.ctx.runner.run(self.ctx.services.teams.areas, loaded, lambda _e: None, owner=self)

    def current_day(self) -> dt.date:
        return self.day.date().toPython()

    def _number_from_service(self) -> None:
        """Number the next automatic code after the highest one already used that day."""
        surveys, day, kind = self.ctx.services.surveys, self.current_day(), self.kind

        def listed(rows) -> None:
            self._next_number = next_number(kind, day, (r.respondent for r in rows))
            self._set_auto_code()

        self.ctx.runner.run(lambda: surveys.list(day, day, kind, 0, DAY_LIMIT), listed,
                            lambda _e: self._set_auto_code(), owner=self)

    def _set_auto_code(self) -> None:
        """Replace the respondent with the next code unless the user typed their own."""
        if self.respondent.text() in ("", self._auto_code):
            self._auto_code = respondent_code(self.kind, self.current_day(), self._next_number)
            self.respondent.setText(self._auto_code)

    # -- weights -----------------------------------------------------------------------
    def weight_values(self) -> dict[str, float] | None:
        """The weights to store: None when all boxes are empty, else every dimension (an
        empty box beside filled ones counts 0)."""
        values = {d: box.weight() for d, box in self.weights.items()}
        if all(v is None for v in values.values()):
            return None
        return {d: float(v or 0) for d, v in values.items()}

    def weights_ok(self) -> bool:
        values = self.weight_values()
        return values is None or abs(sum(values.values()) - WEIGHT_TOTAL) <= WEIGHT_TOLERANCE

    def _show_sum(self) -> None:
        values = self.weight_values()
        total = 0 if values is None else sum(values.values())
        self.weight_sum.setText("" if values is None else  # no weights: nothing to add up
                                self.tr("Sum: {total} / 100").format(total=f"{total:g}"))
        self.weight_sum.setStyleSheet("" if self.weights_ok() else ERROR_STYLE)

    # -- saving ------------------------------------------------------------------------
    def form(self) -> SurveyForm:
        expectations, perceptions = self.grid.answers()
        return SurveyForm(respondent=self.respondent.text().strip(), kind=self.kind,
                          day=self.current_day(), expectations=expectations,
                          perceptions=perceptions if self.kind != "manager" else {},
                          weights=self.weight_values() if self.kind != "manager" else None,
                          area_id=self.area.currentData())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> None:
        """Check what needs no database, then store the form through the service."""
        self.show_error("")
        if not self.respondent.text().strip():
            self.show_error(self.tr("Give the respondent a name or code."))
            self.respondent.setFocus()
            return
        if not self.grid.answered():
            self.show_error(self.tr("The form has no answers yet."))
            self.grid.setFocus()
            return
        if not self.weights_ok():
            self.show_error(self.tr("The weights must add up to 100, or all stay empty."))
            next(iter(self.weights.values())).setFocus()
            return
        form, surveys = self.form(), self.ctx.services.surveys
        # The next blank form is ready at once, so digits typed while the write runs on the
        # worker go into it; a refused form comes back if nothing was typed meanwhile.
        self._next_number = max(self._next_number,
                                next_number(self.kind, form.day, [form.respondent]))
        self.start_next()
        self.ctx.runner.run(lambda: surveys.add(form), self._saved,
                            lambda error: self._refused(form, error),
                            changes={SURVEYS_TOPIC}, owner=self)

    def _saved(self, survey: SurveyDTO) -> None:
        self.saved_count += 1
        self.status.setText(self.tr(
            "Saved {respondent}: {e} E and {p} P answers. Forms saved here: {count}.").format(
            respondent=survey.respondent, e=survey.answered_e, p=survey.answered_p,
            count=self.saved_count))
        self.saved.emit(survey)

    def _refused(self, form: SurveyForm, error: BaseException) -> None:
        if self.grid.answered():  # the next form is under way: keep it, say what was lost
            self.show_error(self.tr("The form of {respondent} was not saved: {reason}").format(
                respondent=form.respondent, reason=self.ctx.message(error)))
            return
        self.restore(form)
        self.show_error(self.ctx.message(error))

    def restore(self, form: SurveyForm) -> None:
        """Put a form back into the fields (after a refused save)."""
        self.respondent.setText(form.respondent)
        for cell in self.grid.cells:
            answers = form.expectations if cell.side == "E" else form.perceptions
            cell.set_value(answers.get(cell.item))
        for dimension, box in self.weights.items():
            value = None if form.weights is None else form.weights.get(dimension)
            box.setValue(NO_WEIGHT if value is None else round(value))
        self.grid.set_current(0)

    def start_next(self, keep_code: bool = False) -> None:
        """A blank form with the same date and area; focus back on the first answer."""
        self.grid.clear()
        for box in self.weights.values():
            box.setValue(NO_WEIGHT)
        self.show_error("")
        if not keep_code:  # a saved respondent is never offered again
            self.respondent.clear()
            self._set_auto_code()
        self.grid.setFocus()


class SurveyEntryDialog(QDialog):
    """The entry in its own window; stays open for the next form until closed."""

    def __init__(self, ctx: UiContext, kind: str = "guest", day: dt.date | None = None,
                 area_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manager survey form") if kind == "manager"
                            else self.tr("Guest survey form"))
        self.entry = SurveyEntry(ctx, kind, day, area_id)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry, 1)
        layout.addWidget(close)
        self.resize(860, 760)


def open_entry(ctx: UiContext, kind: str, parent: QWidget | None = None,
               day: dt.date | None = None, area_id: int | None = None) -> SurveyEntryDialog:
    dialog = SurveyEntryDialog(ctx, kind, day, area_id, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    dialog.entry.grid.setFocus()
    return dialog
