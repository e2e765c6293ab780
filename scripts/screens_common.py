"""What the render scripts (scripts/render_*.py) share: the set-up before anything from
``app`` is imported, the Chinese application, a throw-away database, a synchronous UiContext,
grabbing widgets to PNG, extra translations from TSV files, and PDF pages to PNG.

Import it before ``app``: importing it sets the offscreen platform, selects the fast password
hashing (the demo signs people up; the real profile would take seconds) and puts the
repository on ``sys.path`` (a script run as ``python scripts/x.py`` only has scripts/ there).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "docs" / "screenshots"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIZE = (1280, 800)  # the size of a page in the screenshots, unless a script needs more


def out_dir_arg(default: Path = SCREENSHOTS) -> Path:
    """The output folder of the scripts that take it as their only, optional argument."""
    return Path(sys.argv[1]) if len(sys.argv) > 1 else default


# ---------------------------------------------------------------- translations


def read_tsv(files: Iterable[Path | None]) -> dict[tuple[str, str], str]:
    """``context<TAB>English<TAB>Chinese`` lines: translations not yet merged into the
    catalogue. ``\\n`` in a line stands for a line break; lines without a translation are
    skipped."""
    rows: dict[tuple[str, str], str] = {}
    for path in files:
        if path is None:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = [part.replace("\\n", "\n") for part in line.split("\t")]
            if len(parts) == 3 and parts[2]:
                rows[(parts[0], parts[1])] = parts[2]
    return rows


def with_extra(translate, extra: dict[tuple[str, str], str]):
    """``translate`` with the extra TSV translations asked first (they are newer)."""
    if not extra:
        return translate

    def translated(context: str, text: str) -> str:
        return extra.get((context, text)) or translate(context, text)

    return translated


def zh_translate(extra_files: Iterable[Path | None] = ()):
    """Chinese without a QApplication (for the PDFs): the zh_CN catalogue and the extras."""
    from app.ui.i18n import load_translator, translate_with

    return with_extra(translate_with(load_translator("zh_CN")), read_tsv(extra_files))


# ---------------------------------------------------------------- the application


def application(language: str | None = "zh_CN", extra_files: Iterable[Path | None] = ()):
    """The QApplication with the bundled font and ``language`` (None: the English source
    texts), the extra TSV translations installed over the catalogue. Returns (app,
    translate). QSettings go to a throw-away folder, so rendering never reads or changes the
    real user's settings."""
    from PySide6.QtCore import QSettings, QTranslator

    from app.ui.application import install_font, install_language, make_application

    app = make_application(["render"])
    app.setApplicationName("FloorQC-render")
    settings = tempfile.TemporaryDirectory()  # removed at exit, with the object
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings.name)
    app._render_settings = settings  # kept as long as the app
    install_font(app)
    if language is None:
        return app, lambda _context, text: text
    translate = install_language(app, language)
    extra = read_tsv(extra_files)
    if extra:
        class Extra(QTranslator):
            """Installed last, so Qt asks it before the catalogue. It answers None for a
            text it does not have: Qt takes an empty string for a translation (and the
            widget would show nothing), None sends it on to the catalogue."""

            def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
                return extra.get((context, source))

            def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
                return False

        app._render_extra = Extra(app)
        app.installTranslator(app._render_extra)
    return app, with_extra(translate, extra)


@contextlib.contextmanager
def temp_database(demo: bool = True, today: dt.date | None = None) -> Iterator:
    """A database in a temporary folder, the demo venue built in it unless ``demo`` is
    False; disposed of when the block ends."""
    from app.services.base import SYSTEM
    from app.services.bootstrap import open_database
    from app.services.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "floorqc.db", backup=False)
        try:
            if demo:
                build_demo(database, SYSTEM, today)
            yield database
        finally:
            database.dispose()


def ui_context(services, translate):
    """A UiContext whose task runner works synchronously (as tests/ui/conftest.py's does),
    so a page is filled before it is grabbed; errors go to stderr."""
    from app.ui.context import UiContext
    from app.ui.tasks import AppSignals, TaskRunner

    signals = AppSignals()
    runner = TaskRunner(signals, lambda err: print(f"error: {err}", file=sys.stderr),
                        synchronous=True)
    return UiContext(services, runner, signals, translate)


def grab(widget, path: Path) -> Path:
    """Shows the widget, lets it lay out and paint, and writes what it shows to ``path``."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


def snap(widget, path: Path, size: tuple[int, int] = SIZE, prepare=None) -> Path:
    """One widget, one PNG: sized, shown, ``prepare(widget)`` once it is on screen, grabbed,
    then closed and deleted."""
    from PySide6.QtWidgets import QApplication

    widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    if prepare is not None:
        prepare(widget)
    grab(widget, path)
    close(widget)
    return path


def close(*widgets) -> None:
    """Closes and deletes the widgets, and lets Qt carry the deletions out."""
    from PySide6.QtWidgets import QApplication

    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


def photo_png(colour: str, label: str) -> bytes:
    """A made-up photo for a finding: a tiled floor with a coloured blot and a label."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from app.ui.patrols.common import image_bytes

    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d4c7"))
    painter = QPainter(image)
    painter.setPen(QColor("#bdb6a6"))
    for x in range(0, 800, 100):
        painter.drawLine(x, 0, x, 600)
    for y in range(0, 600, 100):
        painter.drawLine(0, y, 800, y)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(260, 200, 320, 190))
    painter.setPen(QColor("#333333"))
    painter.setFont(QFont("Sans", 36))
    painter.drawText(QRectF(0, 480, 800, 80), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return image_bytes(image)


# ---------------------------------------------------------------- PDF pages


def _pdftoppm() -> str:
    found = shutil.which("pdftoppm")
    if found is None:
        sys.exit("pdftoppm is missing (poppler-utils; see scripts/system-deps.sh)")
    return found


def pdf_first_page(data: bytes, png: Path, dpi: int) -> Path:
    """The first page of the PDF ``data`` (a one-page form) as ``png``."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "page.pdf"
        pdf.write_bytes(data)
        # -singlefile names the PNG exactly (no page number)
        subprocess.run([_pdftoppm(), "-png", "-r", str(dpi), "-f", "1", "-l", "1",
                        "-singlefile", str(pdf), str(png.with_suffix(""))], check=True)
    return png


def pdf_pages(data: bytes, out_dir: Path, stem: str, dpi: int) -> list[Path]:
    """Every page of the PDF ``data`` as out_dir/<stem>-<n>.png, n from 1 and unpadded
    (pdftoppm pads it once there are ten pages). The older pages of ``stem`` are removed
    first: a shorter report must not leave stale pages behind."""
    for old in out_dir.glob(f"{stem}-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"{stem}.pdf"
        pdf.write_bytes(data)
        subprocess.run([_pdftoppm(), "-png", "-r", str(dpi), str(pdf), f"{tmp}/p"], check=True)
        pages = []
        for png in Path(tmp).glob("p-*.png"):
            target = out_dir / f"{stem}-{int(png.stem.rsplit('-', 1)[1])}.png"
            shutil.move(png, target)
            pages.append(target)
    return sorted(pages, key=lambda p: int(p.stem.rsplit("-", 1)[1]))
