"""Where a report's PDF goes: a file written whole or not at all, a preview copy under the
user data dir shown in the system's PDF viewer, and the printer.

PySide6-Essentials has no QtPdf, so Qt cannot rasterise the PDF for QPrinter; the system
prints it: ``lp`` (CUPS, on Linux and macOS) with the printer, copies and pages chosen in
Qt's print dialog, or the viewer's "printto"/"print" verb on Windows. A "print to file"
choice in the dialog copies the PDF there. When none of these works the caller is told why,
and says where the PDF is so it can be printed from the viewer."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.paths import user_data_dir

PREVIEW_DIR = "report-previews"
KEEP_PREVIEWS_SECONDS = 24 * 3600  # older previews are removed when a new one is made


def write_whole(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a sibling ``.part`` file renamed into place, so a
    failure leaves the old file (or none), never half a PDF."""
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return path


def preview_path(name: str) -> Path:
    """A fresh folder under the user data dir holding ``name`` (so the viewer shows the real
    file name, and a preview still open in a viewer is never overwritten). Previews older
    than a day are cleared on the way (those a viewer still holds stay)."""
    root = user_data_dir() / PREVIEW_DIR
    root.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - KEEP_PREVIEWS_SECONDS
    for old in root.iterdir():
        with contextlib.suppress(OSError):
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old)
    return Path(tempfile.mkdtemp(dir=root)) / name


def open_in_viewer(path: Path) -> bool:
    """Show the PDF in the system's viewer; False when no viewer could be started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass(frozen=True)
class PrintChoice:
    """What the print dialog asked for. ``output_file``: "print to file" was chosen;
    ``first_page``/``last_page`` are 0 for every page."""

    printer: str
    copies: int = 1
    first_page: int = 0
    last_page: int = 0
    output_file: str = ""


def ask_printer(parent: QWidget, on_chosen: Callable[[PrintChoice], None]) -> QPrintDialog:
    """Qt's print dialog, opened without blocking; ``on_chosen`` when the user accepts."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.printer_ref = printer  # the dialog does not own its printer
    options = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(options.PrintSelection, False)
    dialog.setOption(options.PrintCurrentPage, False)
    dialog.setOption(options.PrintPageRange, True)
    dialog.setMinMax(1, 9999)

    def accepted() -> None:
        ranged = printer.printRange() == QPrinter.PrintRange.PageRange
        on_chosen(PrintChoice(
            printer.printerName(), max(1, printer.copyCount()),
            printer.fromPage() if ranged else 0, printer.toPage() if ranged else 0,
            printer.outputFileName()))

    dialog.accepted.connect(accepted)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    QDialog.open(dialog)  # QPrintDialog.open() in PySide6 wants a receiver; this is QDialog's
    return dialog


def find_lp() -> str | None:
    """CUPS' ``lp`` command, where there is one (Linux, macOS)."""
    return shutil.which("lp")


def lp_arguments(path: Path, choice: PrintChoice) -> list[str]:
    args = ["-t", path.name]
    if choice.printer:
        args += ["-d", choice.printer]
    if choice.copies > 1:
        args += ["-n", str(choice.copies)]
    if choice.first_page:
        args += ["-P", f"{choice.first_page}-{choice.last_page or choice.first_page}"]
    return [*args, str(path)]


class SystemPrint(QObject):
    """Send one PDF to the printer. ``finished(ok, detail)`` fires once: ``detail`` is the
    spooler's answer, or why it could not print."""

    finished = Signal(bool, str)

    def __init__(self, path: Path, choice: PrintChoice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.choice = path, choice
        self._process: QProcess | None = None
        self._done = False

    def start(self) -> None:
        if self.choice.output_file:
            self._to_file(Path(self.choice.output_file))
            return
        lp = find_lp()
        if lp is not None:
            self._lp(lp)
        elif sys.platform == "win32":
            self._windows()
        else:
            self._finish(False, self.tr("there is no lp command to send it to a printer"))

    def _to_file(self, target: Path) -> None:
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_whole(target, self.path.read_bytes())
        except OSError as error:
            self._finish(False, str(error))
        else:
            self._finish(True, str(target))

    def _lp(self, program: str) -> None:
        process = QProcess(self)
        self._process = process
        process.finished.connect(self._lp_finished)
        process.errorOccurred.connect(self._lp_error)
        process.start(program, lp_arguments(self.path, self.choice))

    def _lp_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._process
        out = bytes(process.readAllStandardOutput()).decode(errors="replace").strip()
        err = bytes(process.readAllStandardError()).decode(errors="replace").strip()
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self._finish(True, out)
        else:
            self._finish(False, err or out or self.tr("lp ended with code {code}").format(
                code=code))

    def _lp_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._finish(False, self.tr("lp could not be started"))

    def _windows(self) -> None:  # pragma: no cover - Windows only
        """The viewer registered for PDFs prints: "printto" names the printer, "print" (the
        fallback) uses the default one. Neither takes copies or pages."""
        path = str(self.path)
        try:
            if not self.choice.printer:
                raise OSError
            os.startfile(path, "printto", f'"{self.choice.printer}"')
            detail = self.tr("The PDF viewer prints it.")
        except OSError:
            try:
                os.startfile(path, "print")
            except OSError as error:
                self._finish(False, str(error))
                return
            detail = self.tr("The PDF viewer prints it on the default printer.")
        if self.choice.copies > 1 or self.choice.first_page:
            detail += " " + self.tr("One copy of every page: for more copies or some pages "
                                    "only, print from the viewer.")
        self._finish(True, detail)

    def _finish(self, ok: bool, detail: str) -> None:
        if self._done:
            return
        self._done = True
        self.finished.emit(ok, detail)
