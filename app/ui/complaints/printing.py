"""Printable complaint forms (app.reports.guest_forms): the blank guest feedback form
(客户服务意见表), the complaint record sheet (投诉处理记录表) blank or filled from a complaint,
and the complaint-handling flowchart (投诉处理流程图). The user chooses where to save; the PDF
is built on the worker, written, then opened in the system's viewer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from app.services.bootstrap import venue_name
from app.services.guest_dto import ComplaintDTO
from app.ui.context import UiContext

LIMIT_KEY = "complaint.response_minutes"
DIR_KEY = "complaints/pdf_dir"  # QSettings: where the last PDF went

# make(translate, venue, limit_minutes) -> PDF bytes
Maker = Callable[[Callable[[str, str], str], str, int], bytes]



def open_file(path: Path) -> None:
    """Show the PDF in the system's viewer (not where there is no display: tests, renders)."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def write_pdf(ctx: UiContext, path: str | Path, make: Maker, parent: QWidget | None = None,
              on_done: Callable[[Path], None] | None = None) -> None:
    """Build the PDF on the worker (the venue's name and the response limit read there),
    write it to ``path`` and open it."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    services, translate = ctx.services, ctx.translate

    def work() -> Path:
        limit = int(services.settings.get(LIMIT_KEY))
        target.write_bytes(make(translate, venue_name(services.db), limit))
        return target

    def done(written: Path) -> None:
        QSettings().setValue(DIR_KEY, str(written.parent))
        open_file(written)
        if on_done is not None:
            on_done(written)

    ctx.runner.run(work, done, lambda error: ctx.show_error(parent, error))


def save_pdf(ctx: UiContext, parent: QWidget, title: str, file_name: str,
             make: Maker) -> QFileDialog:
    """Ask where to save without blocking (tests select a file on the returned dialog)."""
    folder = str(QSettings().value(DIR_KEY, "") or "")
    dialog = QFileDialog(parent, title, str(Path(folder) / file_name) if folder else file_name,
                         QCoreApplication.translate("ComplaintForms", "PDF files (*.pdf)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("pdf")
    dialog.fileSelected.connect(lambda chosen: write_pdf(ctx, chosen, make, parent))
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


def _forms():
    """Imported when used: the reports module may be absent while it is being built."""
    from app.reports import guest_forms

    return guest_forms


def record_maker(complaint: ComplaintDTO | None) -> Maker:
    return lambda tr, venue, limit: _forms().complaint_record_pdf(
        tr, venue, complaint, limit_minutes=limit)


def feedback_maker() -> Maker:
    return lambda tr, venue, _limit: _forms().feedback_form_pdf(tr, venue)


def flowchart_maker() -> Maker:
    return lambda tr, venue, limit: _forms().complaint_flowchart_pdf(
        tr, venue, limit_minutes=limit)


def print_record_sheet(ctx: UiContext, parent: QWidget,
                       complaint: ComplaintDTO | None) -> QFileDialog:
    if complaint is not None:
        name = QCoreApplication.translate("ComplaintForms", "complaint-{id}.pdf").format(
            id=complaint.id)
    else:
        name = QCoreApplication.translate("ComplaintForms", "complaint-record-sheet.pdf")
    title = QCoreApplication.translate("ComplaintForms", "Save the complaint record sheet")
    return save_pdf(ctx, parent, title, name, record_maker(complaint))


class PrintFormsButton(QPushButton):
    """"Print forms ▾": the blank forms to print for the floor."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setText(self.tr("Print forms"))
        menu = QMenu(self)
        self.actions_by_key = {
            "feedback": menu.addAction(self.tr("Guest feedback form (blank)…")),
            "record": menu.addAction(self.tr("Complaint record sheet (blank)…")),
            "flowchart": menu.addAction(self.tr("Complaint-handling flowchart…")),
        }
        for key, action in self.actions_by_key.items():
            action.triggered.connect(lambda _c=False, k=key: self.print_form(k))
        self.setMenu(menu)

    def print_form(self, key: str) -> QFileDialog:
        if key == "record":
            return print_record_sheet(self.ctx, self, None)
        if key == "feedback":
            return save_pdf(self.ctx, self, self.tr("Save the guest feedback form"),
                            self.tr("guest-feedback-form.pdf"), feedback_maker())
        return save_pdf(self.ctx, self, self.tr("Save the complaint-handling flowchart"),
                        self.tr("complaint-flowchart.pdf"), flowchart_maker())
