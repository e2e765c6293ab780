"""Guest comment dialogs: a new comment (praise, suggestion, dish comment 菜品意见 …) that says
where it will go before it is saved, routing it to another department, and recording what the
department did and whether the guest was told (collect → organise → feed back)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.domain.complaints import COMMENT_KINDS, COMMENT_ROUTES
from app.services.dto import AreaDTO, DepartmentDTO
from app.services.guest_dto import CommentDraft, GuestCommentDTO
from app.ui.complaints.common import comments, kind_label, where_text
from app.ui.complaints.dialogs import note_label, text_box
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, fill_combo, select_data


def default_department(kind: str, area: AreaDTO | None, departments: list[DepartmentDTO],
                       areas: list[AreaDTO]) -> tuple[DepartmentDTO | None, str]:
    """Where the service sends a comment with no department chosen (shown before saving),
    and why ("route" or "area"): dish comments to a kitchen department, else to the
    department of a kitchen area; other kinds (and dish comments in a venue without a
    kitchen) to the department of the comment's area. GuestCommentService's rule."""
    by_id = {d.id: d for d in departments}
    target_kind = COMMENT_ROUTES.get(kind)
    if target_kind is not None:
        for department in departments:
            if department.kind == target_kind:
                return department, "route"
        for candidate in areas:
            if candidate.kind == target_kind and candidate.department_id in by_id:
                return by_id[candidate.department_id], "route"
    if area is not None and area.department_id in by_id:
        return by_id[area.department_id], "area"
    return None, ""


def comment_summary(comment: GuestCommentDTO) -> str:
    where = where_text(comment.area, comment.table_no)
    head = " · ".join(x for x in (kind_label(comment.kind), where) if x)
    return f"{head}\n{comment.content[:80]}"


class NewCommentDialog(FormDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New guest comment"), parent)
        self.ctx = ctx
        self.departments: list[DepartmentDTO] = []
        self.areas: list[AreaDTO] = []
        self.kind = QComboBox()
        fill_combo(self.kind, [(kind_label(k), k) for k in COMMENT_KINDS])
        self.content = text_box(self.tr("What the guest said"), 80)
        self.guest_name = QLineEdit()
        self.guest_name.setPlaceholderText(self.tr("optional"))
        self.guest_contact = QLineEdit()
        self.guest_contact.setPlaceholderText(self.tr("optional"))
        self.area = QComboBox()
        fill_combo(self.area, [], self.tr("(not known)"))
        self.table_no = QLineEdit()
        self.department = QComboBox()
        fill_combo(self.department, [], self.tr("(the usual department)"))
        self.route = note_label()
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Comment"), self.content)
        self.form.addRow(self.tr("Guest"), self.guest_name)
        self.form.addRow(self.tr("Contact"), self.guest_contact)
        self.form.addRow(self.tr("Area"), self.area)
        self.form.addRow(self.tr("Table"), self.table_no)
        self.form.addRow(self.tr("Department"), self.department)
        self.form.addRow("", self.route)
        self.finish_layout()
        self.ok_button.setText(self.tr("Record"))
        for combo in (self.kind, self.area, self.department):
            combo.currentIndexChanged.connect(lambda _i: self.show_route())
        s = ctx.services
        ctx.runner.run(lambda: (s.org.departments(), s.teams.areas()), self._choices,
                       lambda _e: None, owner=self)
        self.show_route()

    def _choices(self, result) -> None:
        self.departments, self.areas = list(result[0]), list(result[1])
        fill_combo(self.area, [(a.name, a.id) for a in self.areas], self.tr("(not known)"))
        fill_combo(self.department, [(d.name, d.id) for d in self.departments],
                   self.tr("(the usual department)"))
        self.show_route()

    def show_route(self) -> None:
        """Say where the comment will go before it is saved."""
        chosen = self.department.currentData()
        if chosen is not None:
            name = next((d.name for d in self.departments if d.id == chosen), "")
            self.route.setText(self.tr("Goes to {department}.").format(department=name))
            return
        kind = self.kind.currentData()
        area = next((a for a in self.areas if a.id == self.area.currentData()), None)
        target, why = default_department(kind, area, self.departments, self.areas)
        if target is None:
            self.route.setText(self.tr("No department to send it to yet: choose one, or an "
                                       "area, or route it later."))
        elif why == "route":
            self.route.setText(self.tr("Goes to {department} (dish comments go to the "
                                       "kitchen).").format(department=target.name))
        else:
            self.route.setText(self.tr("Goes to {department}, the department of the "
                                       "area.").format(department=target.name))

    def check(self) -> bool:
        if not self.content.toPlainText().strip():
            self.show_error(self.tr("Write down what the guest said."))
            return False
        return True

    def draft(self) -> CommentDraft:
        return CommentDraft(
            kind=self.kind.currentData(), content=self.content.toPlainText().strip(),
            guest_name=self.guest_name.text().strip(),
            guest_contact=self.guest_contact.text().strip(), area_id=self.area.currentData(),
            table_no=self.table_no.text().strip(), department_id=self.department.currentData())

    def work(self):
        svc, draft = comments(self.ctx), self.draft()
        return lambda: svc.add(draft)


class RouteCommentDialog(FormDialog):
    def __init__(self, ctx: UiContext, comment: GuestCommentDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Route the comment"), parent)
        self.ctx, self.comment = ctx, comment
        self.department = QComboBox()
        fill_combo(self.department, [], self.tr("(choose)"))
        self.form.addRow(self.tr("Comment"), note_label(comment_summary(comment)))
        self.form.addRow(self.tr("Now with"), note_label(comment.department or "—"))
        self.form.addRow(self.tr("Route to"), self.department)
        self.finish_layout()
        self.ok_button.setText(self.tr("Route"))
        ctx.runner.run(ctx.services.org.departments, self._departments, lambda _e: None,
                       owner=self)

    def _departments(self, departments) -> None:
        fill_combo(self.department, [(d.name, d.id) for d in departments], self.tr("(choose)"))
        select_data(self.department, self.comment.department_id)

    def check(self) -> bool:
        if self.department.currentData() is None:
            self.show_error(self.tr("Choose the department."))
            return False
        return True

    def work(self):
        svc, cid, dep = comments(self.ctx), self.comment.id, self.department.currentData()
        return lambda: svc.route(cid, dep)


class RecordActionDialog(FormDialog):
    def __init__(self, ctx: UiContext, comment: GuestCommentDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record what was done"), parent)
        self.ctx, self.comment = ctx, comment
        self.action = text_box(self.tr("What the department did about it"))
        if comment.action_taken:
            self.action.setPlainText(comment.action_taken)
        self.fed_back = QCheckBox(self.tr("The guest has been told"))
        self.fed_back.setChecked(comment.fed_back)
        self.form.addRow(self.tr("Comment"), note_label(comment_summary(comment)))
        self.form.addRow(self.tr("Department"), note_label(comment.department or "—"))
        self.form.addRow(self.tr("Action taken"), self.action)
        self.form.addRow("", self.fed_back)
        self.finish_layout()

    def check(self) -> bool:
        if not self.action.toPlainText().strip():
            self.show_error(self.tr("Say what was done."))
            return False
        return True

    def work(self):
        svc, cid = comments(self.ctx), self.comment.id
        action, told = self.action.toPlainText().strip(), self.fed_back.isChecked()
        return lambda: svc.record_action(cid, action, told)
