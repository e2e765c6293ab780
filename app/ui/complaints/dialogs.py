"""The complaint dialogs: receive a complaint, hand it over (pre-filled from the on-duty
lookup), resolve it, close it with the guest's feedback, open a rectification from it.
Each builds its work (a callable for the worker) from the complaint's id and version."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.checklists import SEVERITIES as RECT_SEVERITIES
from app.domain.complaints import CATEGORIES, CHANNELS, SATISFACTION, SEVERITIES
from app.services.guest_dto import ComplaintDraft, ComplaintDTO, HandoverSuggestion
from app.ui.complaints.common import (
    category_label,
    channel_label,
    complaints,
    dimension_label,
    satisfaction_label,
    severity_label,
    where_text,
)
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, fill_combo, select_data
from app.ui.patrols.common import severity_label as rect_severity_label
from app.ui.person_combo import PersonCombo

MUTED_STYLE = "color: #5c5c5c;"


def text_box(placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
    return box


def note_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


def summary_text(complaint: ComplaintDTO) -> str:
    where = where_text(complaint.area, complaint.table_no)
    head = f"#{complaint.id} · {category_label(complaint.category)}"
    return f"{head} · {where}\n{complaint.content[:80]}" if where else \
        f"{head}\n{complaint.content[:80]}"


class ReceiveDialog(FormDialog):
    """A complaint as it comes in: the time is stamped by the service on save."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New complaint"), parent)
        self.ctx = ctx
        self.channel = QComboBox()
        fill_combo(self.channel, [(channel_label(k), k) for k in CHANNELS])
        select_data(self.channel, "in_person")
        self.guest_name = QLineEdit()
        self.guest_name.setPlaceholderText(self.tr("optional"))
        self.guest_contact = QLineEdit()
        self.guest_contact.setPlaceholderText(self.tr("phone or room, optional"))
        self.area = QComboBox()
        fill_combo(self.area, [], self.tr("(not known)"))
        self.table_no = QLineEdit()
        self.table_no.setPlaceholderText(self.tr("e.g. 8 or A12"))
        self.category = QComboBox()
        fill_combo(self.category, [(category_label(k), k) for k in CATEGORIES],
                   self.tr("(choose)"))
        self.dimension = note_label()
        self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.severity = QComboBox()
        fill_combo(self.severity, [(severity_label(k), k) for k in SEVERITIES])
        self.content = text_box(self.tr("What the guest said, in their words"), 90)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Guest"), self.guest_name)
        self.form.addRow(self.tr("Contact"), self.guest_contact)
        self.form.addRow(self.tr("Area"), self.area)
        self.form.addRow(self.tr("Table"), self.table_no)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow("", self.dimension)
        self.form.addRow(self.tr("Severity"), self.severity)
        self.form.addRow(self.tr("Complaint"), self.content)
        self.finish_layout()
        self.ok_button.setText(self.tr("Record"))
        self._category_changed()
        teams = ctx.services.teams
        ctx.runner.run(teams.areas, lambda areas: fill_combo(
            self.area, [(a.name, a.id) for a in areas], self.tr("(not known)")),
            lambda _e: None, owner=self)

    def _category_changed(self) -> None:
        key = self.category.currentData()
        self.dimension.setText(self.tr("Service-quality dimension: {dimension}").format(
            dimension=dimension_label(CATEGORIES[key][1])) if key else "")

    def check(self) -> bool:
        if self.category.currentData() is None:
            self.show_error(self.tr("Choose the category."))
            return False
        if not self.content.toPlainText().strip():
            self.show_error(self.tr("Write down what the guest said."))
            return False
        return True

    def draft(self) -> ComplaintDraft:
        return ComplaintDraft(
            channel=self.channel.currentData(), content=self.content.toPlainText().strip(),
            category=self.category.currentData(), severity=self.severity.currentData(),
            guest_name=self.guest_name.text().strip(),
            guest_contact=self.guest_contact.text().strip(),
            area_id=self.area.currentData(), table_no=self.table_no.text().strip())

    def work(self):
        svc, draft = complaints(self.ctx), self.draft()
        return lambda: svc.receive(draft)


class HandOverDialog(FormDialog):
    """To a department and a person; the on-duty lookup fills both and says why."""

    def __init__(self, ctx: UiContext, complaint: ComplaintDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hand over the complaint"), parent)
        self.ctx, self.complaint = ctx, complaint
        self.suggestion: HandoverSuggestion | None = None
        self._people_loaded = False
        self.department = QComboBox()
        fill_combo(self.department, [], self.tr("(choose)"))
        self.person = PersonCombo(self.tr("(department head decides)"))
        self.explanation = note_label(self.tr("Looking up who is on duty…"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What they should know (optional)"))
        self.form.addRow(self.tr("Complaint"), note_label(summary_text(complaint)))
        self.form.addRow(self.tr("Department"), self.department)
        self.form.addRow(self.tr("Responsible"), self.person)
        self.form.addRow("", self.explanation)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish_layout()
        self.ok_button.setText(self.tr("Hand over"))
        s = ctx.services
        ctx.runner.run(s.org.departments, lambda deps: fill_combo(
            self.department, [(d.name, d.id) for d in deps], self.tr("(choose)")),
            lambda _e: None, owner=self)
        ctx.runner.run(s.staff.employees, self._people, lambda _e: None, owner=self)
        svc, cid = complaints(ctx), complaint.id
        ctx.runner.run(lambda: svc.suggest_handover(cid), self.suggest,
                       lambda e: self.explanation.setText(ctx.message(e)), owner=self)

    def _people(self, people) -> None:
        self.person.set_people(people)
        self._people_loaded = True
        if self.suggestion is not None:
            self.suggest(self.suggestion)

    def suggest(self, suggestion: HandoverSuggestion) -> None:
        self.suggestion = suggestion
        if suggestion.department_id is not None:
            select_data(self.department, suggestion.department_id)
        if suggestion.person is not None:
            self.person.set_current_id(suggestion.person.id)
        self.explanation.setText(self.explain(suggestion))

    def explain(self, suggestion: HandoverSuggestion) -> str:
        duty = suggestion.on_duty
        if duty is None:
            if not self.complaint.area:
                return self.tr("No area was recorded, so nobody is suggested: choose the "
                               "department and the person.")
            return self.tr("Nobody is on duty there now: choose the person.")
        who = suggestion.person.name if suggestion.person else self.tr("nobody")
        if duty.unrostered:
            return self.tr("Nobody is rostered in {area} now ({shift}); {who} answers for "
                           "it as the team's leader.").format(
                area=duty.area, shift=duty.shift or "—", who=who)
        text = self.tr("On duty in {area} now: {who} ({shift}, {team}).").format(
            area=duty.area, who=who, shift=duty.shift or "—", team=duty.team or "—")
        if duty.leader is not None and (suggestion.person is None
                                        or duty.leader.id != suggestion.person.id):
            text += " " + self.tr("Their leader: {leader}.").format(leader=duty.leader.name)
        return text

    def check(self) -> bool:
        if self.department.currentData() is None:
            self.show_error(self.tr("Choose the department."))
            return False
        if not self.person.is_valid():
            self.show_error(self.tr("Choose someone from the list."))
            return False
        return True

    def work(self):
        svc, c = complaints(self.ctx), self.complaint
        dep, person, note = self.department.currentData(), self.person.current_id(), \
            self.note.text().strip()
        return lambda: svc.hand_over(c.id, c.version, dep, person, note)


class ResolveDialog(FormDialog):
    def __init__(self, ctx: UiContext, complaint: ComplaintDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Resolve the complaint"), parent)
        self.ctx, self.complaint = ctx, complaint
        self.resolution = text_box(self.tr("What was done for the guest"))
        self.compensation = QLineEdit()
        self.compensation.setPlaceholderText(self.tr("e.g. dish replaced, fruit plate, "
                                                     "10% off (optional)"))
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 100_000)
        self.amount.setDecimals(2)
        self.amount.setSuffix(" ¥")
        self.amount.setSpecialValueText(self.tr("none"))
        self.form.addRow(self.tr("Complaint"), note_label(summary_text(complaint)))
        self.form.addRow(self.tr("Resolution"), self.resolution)
        self.form.addRow(self.tr("Compensation"), self.compensation)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.finish_layout()
        self.ok_button.setText(self.tr("Resolve"))

    def check(self) -> bool:
        if not self.resolution.toPlainText().strip():
            self.show_error(self.tr("Say how it was resolved."))
            return False
        return True

    def work(self):
        svc, c = complaints(self.ctx), self.complaint
        resolution = self.resolution.toPlainText().strip()
        compensation = self.compensation.text().strip()
        amount = self.amount.value() or None
        return lambda: svc.resolve(c.id, c.version, resolution, compensation, amount)


class CloseDialog(FormDialog):
    """回访: what the guest was told and how satisfied they were."""

    def __init__(self, ctx: UiContext, complaint: ComplaintDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close with the guest's feedback"), parent)
        self.ctx, self.complaint = ctx, complaint
        self.feedback = text_box(self.tr("What the guest was told, and what they said"))
        self.satisfaction = QComboBox()
        fill_combo(self.satisfaction, [(satisfaction_label(k), k) for k in sorted(SATISFACTION)],
                   self.tr("(not asked)"))
        self.form.addRow(self.tr("Complaint"), note_label(summary_text(complaint)))
        if complaint.resolution:
            self.form.addRow(self.tr("Resolution"), note_label(complaint.resolution))
        self.form.addRow(self.tr("Feedback"), self.feedback)
        self.form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.finish_layout()
        self.ok_button.setText(self.tr("Close"))

    def check(self) -> bool:
        if not self.feedback.toPlainText().strip():
            self.show_error(self.tr("Write down the feedback to the guest."))
            return False
        return True

    def work(self):
        svc, c = complaints(self.ctx), self.complaint
        feedback, score = self.feedback.toPlainText().strip(), self.satisfaction.currentData()
        return lambda: svc.close(c.id, c.version, feedback, score)


class OpenRectificationDialog(FormDialog):
    """A complaint that reveals a defect becomes a rectification order (整改) for the area's
    responsible person, the same way a patrol finding does."""

    def __init__(self, ctx: UiContext, complaint: ComplaintDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open a rectification"), parent)
        self.ctx, self.complaint = ctx, complaint
        self.severity = QComboBox()
        fill_combo(self.severity, [(rect_severity_label(k), k) for k in RECT_SEVERITIES])
        select_data(self.severity, complaint.severity)
        self.description = text_box("", 90)
        self.description.setPlainText(self.tr("Guest complaint: {content}").format(
            content=complaint.content))
        who = complaint.responsible.name if complaint.responsible else \
            self.tr("the person on duty in the area")
        self.form.addRow(self.tr("Complaint"), note_label(summary_text(complaint)))
        self.form.addRow(self.tr("Severity"), self.severity)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow("", note_label(self.tr("It goes to {who}, with the deadline its "
                                                "severity sets.").format(who=who)))
        self.finish_layout()
        self.ok_button.setText(self.tr("Open rectification"))

    def check(self) -> bool:
        if not self.description.toPlainText().strip():
            self.show_error(self.tr("Describe what needs fixing."))
            return False
        return True

    def work(self):
        svc, c = complaints(self.ctx), self.complaint
        severity, text = self.severity.currentData(), self.description.toPlainText().strip()
        return lambda: svc.open_rectification(c.id, c.version, severity, text)
