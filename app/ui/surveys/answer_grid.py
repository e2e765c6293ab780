"""The 22 SERVQUAL items as a grid of answer cells, filled from the keyboard the way a paper
form is read: E1 P1 E2 P2 … (the paper form has E and P side by side), or E1 E2 … on the
manager form, which has no P.

Keys: 1–7 answer the current cell and move on; 0 or Space mark it skipped and move on;
Delete clears it in place; Backspace goes back one cell (retyping overwrites); arrows move;
Enter on the last cell asks to save (``finished``); every other key is ignored. The grid
holds the keyboard focus itself and draws the current cell, so typing never depends on
which child widget has focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.domain.servqual import SCALE_MAX, SCALE_MIN
from app.ui.surveys.common import DIMENSION_ITEMS, DIMENSIONS, dimension_label, item_text

E, P = "E", "P"
CELL_STYLE = ("QLabel {{ border: {border}; border-radius: 3px; background: {background};"
              " color: #1a1a1a; font-size: 12pt; font-weight: 600; }}")
CURRENT_FOCUSED = ("2px solid #1a5fb4", "#dbe8fb")
CURRENT_UNFOCUSED = ("2px solid #9bb7e8", "#ffffff")
FILLED = ("1px solid #9a9a9a", "#ffffff")
EMPTY = ("1px solid #c8c8c8", "#f4f4f4")
SKIP_MARK = "–"
ANSWER_TEXTS = {str(n) for n in range(SCALE_MIN, SCALE_MAX + 1)}
_MOVES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}


class AnswerCell(QLabel):
    """One answer: a digit 1–7, or "–" when skipped. Clicking makes it current."""

    def __init__(self, grid: AnswerGrid, index: int, item: int, side: str) -> None:
        super().__init__(SKIP_MARK)
        self.grid, self.index, self.item, self.side = grid, index, item, side
        self.value: int | None = None
        self.setObjectName(f"cell_{side}{item}")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedSize(38, 28)
        self.paint_state(current=False, focused=False)

    def set_value(self, value: int | None) -> None:
        self.value = value
        self.setText(SKIP_MARK if value is None else str(value))

    def paint_state(self, current: bool, focused: bool) -> None:
        if current:
            border, background = CURRENT_FOCUSED if focused else CURRENT_UNFOCUSED
        else:
            border, background = FILLED if self.value is not None else EMPTY
        self.setStyleSheet(CELL_STYLE.format(border=border, background=background))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.grid.set_current(self.index)
        self.grid.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class AnswerGrid(QWidget):
    finished = Signal()  # Enter on the last cell: the form is complete
    current_changed = Signal(QWidget)  # the current cell, to scroll it into view
    edited = Signal()

    def __init__(self, with_perceptions: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_perceptions = with_perceptions
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cells: list[AnswerCell] = []
        self.current = 0
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        sides = (E, P) if with_perceptions else (E,)
        row = 0
        for col, side in enumerate(sides):
            head = QLabel(side)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setStyleSheet("font-weight: 600; color: #444;")
            grid.addWidget(head, row, 2 + col)
        row += 1
        for dimension in DIMENSIONS:
            title = QLabel(dimension_label(dimension))
            title.setObjectName(f"dimension_{dimension}")
            title.setStyleSheet("font-weight: 600; color: #1a3d7a; padding-top: 6px;")
            grid.addWidget(title, row, 0, 1, 2 + len(sides))
            row += 1
            for item in DIMENSION_ITEMS[dimension]:
                number = QLabel(f"Q{item}")
                number.setStyleSheet("color: #555;")
                text = QLabel(item_text(item))
                text.setWordWrap(True)
                grid.addWidget(number, row, 0)
                grid.addWidget(text, row, 1)
                for col, side in enumerate(sides):
                    cell = AnswerCell(self, len(self.cells), item, side)
                    self.cells.append(cell)
                    grid.addWidget(cell, row, 2 + col)
                row += 1
        self._repaint()

    # -- values ------------------------------------------------------------------------
    def answers(self) -> tuple[dict[int, int], dict[int, int]]:
        """(expectations, perceptions): item → answer, skipped items absent."""
        out: dict[str, dict[int, int]] = {E: {}, P: {}}
        for cell in self.cells:
            if cell.value is not None:
                out[cell.side][cell.item] = cell.value
        return out[E], out[P]

    def answered(self) -> int:
        return sum(cell.value is not None for cell in self.cells)

    def clear(self) -> None:
        for cell in self.cells:
            cell.set_value(None)
        self.set_current(0)
        self.edited.emit()

    def cell(self, item: int, side: str = E) -> AnswerCell:
        return next(c for c in self.cells if c.item == item and c.side == side)

    # -- moving ------------------------------------------------------------------------
    def set_current(self, index: int) -> None:
        self.current = max(0, min(index, len(self.cells) - 1))
        self._repaint()
        self.current_changed.emit(self.cells[self.current])

    def at_last(self) -> bool:
        return self.current == len(self.cells) - 1

    def _repaint(self) -> None:
        focused = self.hasFocus()
        for cell in self.cells:
            cell.paint_state(cell.index == self.current, focused)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self._repaint()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self._repaint()

    # -- typing ------------------------------------------------------------------------
    def _answer(self, value: int | None, advance: bool = True) -> None:
        self.cells[self.current].set_value(value)
        self.edited.emit()
        self.set_current(self.current + 1 if advance else self.current)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, text = event.key(), event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or mods & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)  # focus moves and shortcuts stay the window's
            return
        event.accept()  # whatever else: the grid takes it, unknown keys do nothing
        step = len((E, P)) if self.with_perceptions else 1
        if text in ANSWER_TEXTS:
            self._answer(int(text))
        elif text == "0" or key == Qt.Key.Key_Space:
            self._answer(None)
        elif key == Qt.Key.Key_Delete:
            self._answer(None, advance=False)
        elif key == Qt.Key.Key_Backspace:
            self.set_current(self.current - 1)
        elif key in _MOVES:
            self.set_current(self.current + _MOVES[key])
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.set_current(self.current + (step if key == Qt.Key.Key_Down else -step))
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self.cells) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.at_last():
            self.finished.emit()


__all__ = ["E", "P", "AnswerCell", "AnswerGrid"]
