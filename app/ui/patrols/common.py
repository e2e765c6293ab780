"""What the patrol screens share: state colours, labels for levels, severities and states,
the item text in the UI language, a tab base whose writes go through the task runner, and
images to bytes (what paste and drop hand to the photo service)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.checklists import LEVELS, SEVERITIES, allowed_levels, level_for_role  # noqa: F401
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.permissions import Permission
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, present, run_write
from app.ui.i18n import DEFAULT_LANGUAGE
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import NoticeBanner

# The topic every patrol write announces (AppSignals.changed); the checklist editor uses its own.
TOPIC = "patrols"

# Due states: overdue red, due amber, missed grey, done green.
STATE_COLOURS = {
    "overdue": (QColor("#fbd9d3"), QColor("#b3261e")),
    "due": (QColor("#ffe3a3"), QColor("#7a4a00")),
    "missed": (QColor("#ececec"), QColor("#6b6b6b")),
    "done": (QColor("#e2f3df"), QColor("#1e6b2a")),
}
STATE_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("patrolStates", "Overdue"),
    "due": QT_TRANSLATE_NOOP("patrolStates", "Due now"),
    "missed": QT_TRANSLATE_NOOP("patrolStates", "Missed"),
    "done": QT_TRANSLATE_NOOP("patrolStates", "Done"),
}
SEVERITY_COLOURS = {"critical": QColor("#b3261e"), "major": QColor("#c25e00"),
                    "minor": QColor("#5c5c5c")}
OUTCOME_MARKS = {"pass": "✓", "fail": "×", "na": "–"}  # glyphs in the bundled font
OUTCOME_COLOURS = {"pass": QColor("#1e6b2a"), "fail": QColor("#b3261e"), "na": QColor("#6b6b6b")}
RED = QColor("#b3261e")
MUTED = QColor("#8c8c8c")


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def level_label(level: str) -> str:
    return translated("levels", LEVELS.get(level, level))


def severity_label(severity: str) -> str:
    return translated("severities", SEVERITIES.get(severity, severity))


def state_label(state: str) -> str:
    return translated("patrolStates", STATE_LABELS.get(state, state))


def english() -> bool:
    return str(QSettings().value("ui/language", DEFAULT_LANGUAGE)) == "en"


def pick(chinese: str, english_text: str) -> str:
    """The English text when the UI is in English and there is one; else the Chinese."""
    return english_text if english() and english_text else chinese


def item_text(item) -> str:
    return pick(item.text, item.text_en)


def section_text(item) -> str:
    return pick(item.section, item.section_en)


def version_name(version) -> str:
    return pick(version.name, version.name_en)


def score_text(score: float | None) -> str:
    return "—" if score is None else f"{score:.1f}"


def person_text(person) -> str:
    return "" if person is None else person.name


def image_bytes(image: QImage) -> bytes:
    """A QImage as PNG bytes (the photo service re-encodes it)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def mime_photos(mime: QMimeData) -> list[Callable[[], bytes]]:
    """What a drop or a paste carries, as readers of bytes: local files first, else image data.
    Files are read by the caller's work on the worker thread, not here."""
    readers: list[Callable[[], bytes]] = []
    for url in mime.urls() if mime.hasUrls() else ():
        if url.isLocalFile():
            path = url.toLocalFile()
            readers.append(lambda p=path: Path(p).read_bytes())
    if not readers and mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            data = image_bytes(image)
            readers.append(lambda d=data: d)
    return readers


class PatrolTab(PageTab):
    """Base for the patrol tabs: reads drop overtaken answers; writes announce "patrols"."""

    edit_permission = Permission.RUN_PATROLS

    def __init__(self, ctx: UiContext, banner: NoticeBanner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.banner = banner


    def write(self, work: Callable[[], Any], on_saved: Callable[[Any], None] | None = None,
              dialog: FormDialog | None = None, changes: Iterable[str] = (TOPIC,)) -> None:
        write(self.ctx, self.banner, work, on_saved, dialog, changes)

    def present(self, dialog: FormDialog, on_submit: Callable[[], None] | None = None):
        return present(dialog, on_submit)


def write(ctx: UiContext, banner: NoticeBanner | None, work: Callable[[], Any],
          on_saved: Callable[[Any], None] | None = None, dialog: FormDialog | None = None,
          changes: Iterable[str] = (TOPIC,)) -> None:
    """A patrol write (see run_write); refusals without a dialog go to the banner."""
    def refused(error: BaseException) -> None:
        if banner is not None:
            banner.show_messages([ctx.message(error)])
        else:
            ctx.show_error(None, error)

    run_write(ctx, work, on_saved=on_saved, dialog=dialog, on_failed=refused, changes=changes)


def open_photo_picker(parent: QWidget, on_files: Callable[[list[str]], None], many: bool = False,
                      on_closed: Callable[[], None] | None = None) -> QFileDialog:
    """The picture chooser of rounds, findings and fixes, opened without blocking."""
    title = (QCoreApplication.translate("PhotoPicker", "Add photos") if many
             else QCoreApplication.translate("PhotoPicker", "Choose a photo"))
    dialog = QFileDialog(parent, title)
    if many:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(QCoreApplication.translate(
        "PhotoPicker", "Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.heic)"))
    dialog.filesSelected.connect(lambda paths: on_files(list(paths)))

    def closed(_result: int) -> None:
        dialog.deleteLater()
        if on_closed is not None:
            on_closed()

    dialog.finished.connect(closed)
    dialog.open()
    return dialog
