"""The dialogs behind the detail's action buttons. Each builds its work (a callable run on
the worker) from the item's id and version; the detail runs it and keeps a refusal inline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.rectification import EFFICACY, ROOT_CAUSES
from app.services.rectification_dto import RectificationDTO
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, fill_combo, select_data
from app.ui.patrols.common import mime_photos, open_photo_picker
from app.ui.person_combo import PersonCombo
from app.ui.rectifications.common import (
    accountability,
    efficacy_label,
    rectifications,
    root_cause_label,
)

ACCOUNTABILITY_KINDS = {  # labels in the "accountability" context (the service marks them)
    "reminder": "Reminder",
    "criticism": "Criticism",
    "order_to_correct": "Order to correct",
    "financial": "Financial responsibility",
}


def accountability_kinds() -> dict[str, str]:
    try:
        from app.services import accountability as module
    except ImportError:
        return ACCOUNTABILITY_KINDS
    kinds = getattr(module, "KINDS", None)
    return dict(kinds) if isinstance(kinds, dict) else ACCOUNTABILITY_KINDS


def _text_box(placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box


class SubmitFixDialog(FormDialog):
    """Root cause (人机料法环), corrective and preventive action, and after-photos chosen as
    files, pasted (Ctrl+V) or dropped on the dialog."""

    def __init__(self, ctx: UiContext, rect: RectificationDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Submit the fix"), parent)
        self.ctx, self.rect = ctx, rect
        self.photos: list[Callable[[], bytes]] = []
        self.setAcceptDrops(True)
        self.root_cause = QComboBox()
        fill_combo(self.root_cause, [(root_cause_label(k), k) for k in ROOT_CAUSES],
                   self.tr("(choose)"))
        self.corrective = _text_box(self.tr("What was done to fix it"))
        self.preventive = _text_box(self.tr("What stops it happening again (optional)"))
        self.photo_label = QLabel()
        choose = QPushButton(self.tr("Choose photo…"))
        choose.clicked.connect(lambda _c=False: self.choose_photo())
        paste = QPushButton(self.tr("Paste"))
        paste.clicked.connect(lambda _c=False: self.paste())
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.photo_label, 1)
        line.addWidget(choose)
        line.addWidget(paste)
        QShortcut(QKeySequence.StandardKey.Paste, self, self.paste)
        self.form.addRow(self.tr("Finding"), QLabel(f"{rect.area} · {rect.description[:60]}"))
        self.form.addRow(self.tr("Root cause"), self.root_cause)
        self.form.addRow(self.tr("Corrective action"), self.corrective)
        self.form.addRow(self.tr("Preventive action"), self.preventive)
        self.form.addRow(self.tr("After-photos"), row)
        self.finish_layout()
        self._show_count()

    def _show_count(self) -> None:
        needed = bool(self.rect.finding_photo_ids)
        text = self.tr("{count} photo(s)").format(count=len(self.photos))
        if needed and not self.photos:
            text = self.tr("Required: the finding has a photo — choose, paste or drop one")
        self.photo_label.setText(text)

    def add_mime(self, mime) -> int:
        """What paste and drop share: take the files or image the data carries."""
        readers = mime_photos(mime)
        self.photos.extend(readers)
        self._show_count()
        return len(readers)

    def paste(self) -> int:
        return self.add_mime(QGuiApplication.clipboard().mimeData())

    def choose_photo(self) -> QFileDialog:
        return open_photo_picker(self, lambda paths: self.add_file(paths[0]))

    def add_file(self, path: str) -> None:
        if path:
            self.photos.append(lambda p=path: Path(p).read_bytes())
            self._show_count()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.add_mime(event.mimeData()):
            event.acceptProposedAction()

    def check(self) -> bool:
        if self.root_cause.currentData() is None:
            self.show_error(self.tr("Choose the root cause."))
            return False
        if not self.corrective.toPlainText().strip():
            self.show_error(self.tr("Say what was done to fix it."))
            return False
        if self.rect.finding_photo_ids and not self.photos:
            self.show_error(self.tr("The finding has a photo: add a photo of the fixed state."))
            return False
        return True

    def work(self):
        svc, rect, readers = rectifications(self.ctx), self.rect, list(self.photos)
        cause, fix = self.root_cause.currentData(), self.corrective.toPlainText()
        prevent = self.preventive.toPlainText()
        return lambda: svc.submit(rect.id, rect.version, fix, cause, prevent,
                                  after_photos=[read() for read in readers])


class VerifyDialog(FormDialog):
    def __init__(self, ctx: UiContext, rect: RectificationDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Verify the fix"), parent)
        self.ctx, self.rect = ctx, rect
        self.efficacy = QComboBox()
        fill_combo(self.efficacy, [(efficacy_label(k), k) for k in EFFICACY])
        note = QLabel(self.tr("“Not effective” reopens the item with a new deadline."))
        note.setWordWrap(True)
        self.form.addRow(self.tr("Fix"), QLabel(rect.corrective_action[:80]))
        self.form.addRow(self.tr("Efficacy"), self.efficacy)
        self.form.addRow("", note)
        self.finish_layout()

    def work(self):
        svc, rect, efficacy = rectifications(self.ctx), self.rect, self.efficacy.currentData()
        return lambda: svc.verify(rect.id, rect.version, efficacy)


class ReasonDialog(FormDialog):
    """Reject, cancel, propose a checklist change: one reason, then the given call."""

    def __init__(self, title: str, call: Callable[[str], object], parent: QWidget | None = None):
        super().__init__(title, parent)
        self.call = call
        self.reason = _text_box(self.tr("Why (kept in the history)"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()

    def check(self) -> bool:
        if not self.reason.toPlainText().strip():
            self.show_error(self.tr("Give the reason."))
            return False
        return True

    def work(self):
        call, reason = self.call, self.reason.toPlainText()
        return lambda: call(reason)


class ReassignDialog(FormDialog):
    def __init__(self, ctx: UiContext, rect: RectificationDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Reassign"), parent)
        self.ctx, self.rect = ctx, rect
        self.person = PersonCombo()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (kept in the history)"))
        self.form.addRow(self.tr("New assignee"), self.person)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()
        ctx.runner.run(ctx.services.staff.employees, self.person.set_people)

    def check(self) -> bool:
        if self.person.current_id() is None:
            self.show_error(self.tr("Choose someone from the list."))
            return False
        return True

    def work(self):
        svc, rect = rectifications(self.ctx), self.rect
        person, reason = self.person.current_id(), self.reason.text()
        return lambda: svc.reassign(rect.id, rect.version, person, reason)


class RouteRepairDialog(FormDialog):
    def __init__(self, ctx: UiContext, rect: RectificationDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Route as a repair order"), parent)
        self.ctx, self.rect = ctx, rect
        self.department = QComboBox()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("What needs repairing"))
        self.form.addRow(self.tr("Support department"), self.department)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()
        ctx.runner.run(ctx.services.org.departments, lambda deps: fill_combo(
            self.department, [(d.name, d.id) for d in deps if d.kind == "support"]))

    def check(self) -> bool:
        if self.department.currentData() is None:
            self.show_error(self.tr("Choose the support department."))
            return False
        return True

    def work(self):
        svc, rect = rectifications(self.ctx), self.rect
        dep, reason = self.department.currentData(), self.reason.text()
        return lambda: svc.route_repair(rect.id, rect.version, dep, reason)


class AccountabilityDialog(FormDialog):
    """问责: a reminder, criticism, order to correct or financial penalty for one person."""

    def __init__(self, ctx: UiContext, rect: RectificationDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Record accountability"), parent)
        self.ctx, self.rect = ctx, rect
        self.person = PersonCombo()
        self.kind = QComboBox()
        fill_combo(self.kind, [(QCoreApplication.translate("accountability", label), key)
                               for key, label in accountability_kinds().items()])
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 100_000)
        self.amount.setDecimals(2)
        self.amount.setSuffix(" ¥")
        self.reason = _text_box(self.tr("Why (kept with the person's record)"))
        self.form.addRow(self.tr("Employee"), self.person)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()
        self._kind_changed()
        ctx.runner.run(ctx.services.staff.employees, self._people)

    def _people(self, people) -> None:
        self.person.set_people(people)
        who = self.rect.accountable or self.rect.assignee
        if who is not None:
            self.person.set_current_id(who.id)

    def _kind_changed(self) -> None:
        self.amount.setEnabled(self.kind.currentData() == "financial")

    def check(self) -> bool:
        if self.person.current_id() is None:
            self.show_error(self.tr("Choose someone from the list."))
            return False
        if not self.reason.toPlainText().strip():
            self.show_error(self.tr("Give the reason."))
            return False
        return True

    def work(self):
        svc, rect = accountability(self.ctx), self.rect
        person, kind, reason = self.person.current_id(), self.kind.currentData(), \
            self.reason.toPlainText()
        amount = self.amount.value() if kind == "financial" else None
        return lambda: svc.record(person, kind, reason, finding_id=rect.finding_id,
                                  rectification_id=rect.id, amount=amount)


def set_choice(combo: QComboBox, value: object) -> None:
    """For tests and callers: pick an item by its data."""
    select_data(combo, value)


__all__ = ["AccountabilityDialog", "ReasonDialog", "ReassignDialog", "RouteRepairDialog",
           "SubmitFixDialog", "VerifyDialog"]
