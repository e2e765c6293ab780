"""The pieces of a round's screen, layout only (the round view wires them): the item list that
takes the keys, the note line, a frame that takes dropped photos, and the photo strip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QWidget,
)

from app.ui.context import UiContext

THUMB = QSize(96, 72)
KeyHandler = Callable[[QKeyEvent], bool]
DropHandler = Callable[[int, QMimeData], None]  # list row (-1: the current item), data


def _accepts(mime: QMimeData) -> bool:
    return mime.hasUrls() or mime.hasImage()


class RoundList(QListWidget):
    """The list of items grouped by section. It keeps the focus during a round and hands every
    key to the round view first (P, F, N, digits, Enter, Backspace, Tab, Ctrl+V, Ctrl+Enter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_handler: KeyHandler | None = None
        self.drop_handler: DropHandler | None = None
        self.setObjectName("roundItems")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet("QListWidget#roundItems::item { padding: 4px 6px; }"
                           "QListWidget#roundItems::item:selected { background: #dce8fb;"
                           " color: black; border-left: 4px solid #1a4f9c; }")

    def event(self, event: QEvent) -> bool:
        # Tab reaches focusNextPrevChild before keyPressEvent; the round view wants it.
        if (event.type() == QEvent.Type.KeyPress and self.key_handler is not None
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and self.key_handler(event)):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if _accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if _accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        if self.drop_handler is None or not _accepts(event.mimeData()):
            return
        row = self.indexAt(event.position().toPoint()).row()
        self.drop_handler(row, event.mimeData())
        event.acceptProposedAction()


class DropFrame(QFrame):
    """The current item's panel: a photo dropped anywhere on it belongs to that item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drop_handler: DropHandler | None = None
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if _accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        if self.drop_handler is not None and _accepts(event.mimeData()):
            self.drop_handler(-1, event.mimeData())
            event.acceptProposedAction()


class NoteEdit(QLineEdit):
    """The note of the current item: Enter saves it and moves on, Esc saves it and goes back
    to the list; leaving the field saves it too."""

    done = Signal(bool)  # True: move to the next item

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done.emit(not event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.done.emit(False)
            return
        super().keyPressEvent(event)


def big_button(text: str, colour: str) -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list keeps the keys
    button.setMinimumHeight(56)
    button.setMinimumWidth(120)
    button.setStyleSheet(
        f"QPushButton {{ font-size: 15pt; font-weight: 600; border: 2px solid {colour};"
        f" border-radius: 8px; color: {colour}; background: white; padding: 6px 14px; }}"
        f"QPushButton:checked {{ background: {colour}; color: white; }}"
        "QPushButton:disabled { color: #aaaaaa; border-color: #cccccc; }")
    return button


class PhotoStrip(QWidget):
    """Thumbnails of an answer's photos, read through the service once and kept."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pixmaps: dict[int, QPixmap] = {}
        self._ids: tuple[int, ...] = ()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addStretch(1)

    @property
    def ids(self) -> tuple[int, ...]:
        return self._ids

    def labels(self) -> list[QLabel]:
        return [self.row.itemAt(i).widget() for i in range(self.row.count() - 1)]

    def set_ids(self, ids: tuple[int, ...]) -> None:
        self._ids = tuple(ids)
        missing = [i for i in self._ids if i not in self._pixmaps]
        if missing:
            patrols = self.ctx.services.patrols
            self.ctx.runner.run(lambda: [patrols.photo(i) for i in missing], self._loaded)
        self._show()

    def _loaded(self, photos) -> None:
        for photo in photos:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.data)
            self._pixmaps[photo.id] = pixmap.scaled(
                THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
        self._show()

    def _show(self) -> None:
        while self.row.count() > 1:
            widget = self.row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for position, photo_id in enumerate(self._ids):
            label = QLabel()
            label.setFixedSize(THUMB)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("border: 1px solid #c8c8c8; background: #f4f4f4;")
            pixmap = self._pixmaps.get(photo_id)
            if pixmap is not None:
                label.setPixmap(pixmap)
            else:
                label.setText("…")
            self.row.insertWidget(position, label)
