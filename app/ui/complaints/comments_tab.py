"""Guest comments (顾客意见) that are not complaints — praise, suggestions, dish comments — each
routed to the department concerned, which records what it did and whether the guest was told."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.complaints import COMMENT_KINDS
from app.domain.permissions import Permission
from app.services.guest_dto import CommentFilter, GuestCommentDTO
from app.ui.complaints.comment_dialogs import (
    NewCommentDialog,
    RecordActionDialog,
    RouteCommentDialog,
)
from app.ui.complaints.common import GREEN, can_read, comments, kind_label, where_text
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, fill_combo, present, run_write
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import AMBER_TEXT, NoticeBanner, make_table
from app.ui.table_model import Column

TOPIC = "guest_comments"
LIMIT = 1000  # the newest comments shown; older ones by the period filter


class GuestCommentsTab(PageTab):
    edit_permission = Permission.MANAGE_COMPLAINTS

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.banner = NoticeBanner()
        self._select_after_load: int | None = None
        self.kind = QComboBox()
        fill_combo(self.kind, [(kind_label(k), k) for k in COMMENT_KINDS], self.tr("Any kind"))
        self.status = QComboBox()
        fill_combo(self.status, [(self.tr("Waiting for action"), "open"),
                                 (self.tr("Done"), "done"), (self.tr("All"), None)])
        self.status.setCurrentIndex(0)  # what still waits for the department
        self.count_label = QLabel()
        self.new_button = self.guard(QPushButton(self.tr("New comment…")),
                                     Permission.HANDLE_COMPLAINTS)
        self.route_button = self.guard(QPushButton(self.tr("Route to…")))
        self.action_button = self.guard(QPushButton(self.tr("Record action…")))
        self.new_button.clicked.connect(lambda _c=False: self.new_comment())
        self.route_button.clicked.connect(lambda _c=False: self.route())
        self.action_button.clicked.connect(lambda _c=False: self.record_action())
        self.view, self.model = make_table(self._columns(), (90, 100, 140, 340, 120, 160),
                                           stretch=3)
        self.view.doubleClicked.connect(lambda _i: self.record_action())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kind")))
        top.addWidget(self.kind)
        top.addWidget(QLabel(self.tr("Status")))
        top.addWidget(self.status)
        top.addWidget(self.count_label)
        top.addStretch(1)
        for button in (self.new_button, self.route_button, self.action_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        for combo in (self.kind, self.status):
            combo.activated.connect(lambda _i: self.reload())
        ctx.signals.changed.connect(self._changed)
        self._enable()

    def _columns(self) -> list[Column]:
        done, waiting = self.tr("Done"), self.tr("Waiting for action")
        told = self.tr("guest told")
        return [
            Column(self.tr("Kind"), lambda c: kind_label(c.kind)),
            Column(self.tr("Received"), lambda c: c.received_at.strftime("%m-%d %H:%M")),
            Column(self.tr("Area / table"), lambda c: where_text(c.area, c.table_no)),
            Column(self.tr("Comment"), lambda c: c.content,
                   tooltip=lambda c: "\n".join(x for x in (c.content, c.action_taken) if x)),
            Column(self.tr("Department"), lambda c: c.department or "—"),
            Column(self.tr("Status"),
                   lambda c: (f"{done} · {told}" if c.fed_back else done)
                   if c.status == "done" else waiting,
                   foreground=lambda c: GREEN if c.status == "done" else AMBER_TEXT),
        ]

    def load(self) -> None:
        if not can_read(self.ctx):
            return
        svc = comments(self.ctx)
        flt = CommentFilter(kind=self.kind.currentData(), status=self.status.currentData())
        self.read("comments", lambda: svc.list(flt, 0, LIMIT), self._loaded)

    def _loaded(self, rows: list[GuestCommentDTO]) -> None:
        keep = self._select_after_load or getattr(self.selected(), "id", None)
        self._select_after_load = None
        self.model.set_rows(rows)
        if keep is not None:
            self.select(keep)
        self.count_label.setText(self.tr("{count} comment(s)").format(count=len(rows)))
        self._enable()

    def _changed(self, topics) -> None:
        if set(topics) & {TOPIC, "org"}:
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.reload()

    def selected(self) -> GuestCommentDTO | None:
        return self.model.row_at(self.view.currentIndex())

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.enable(self.route_button, chosen)
        self.enable(self.action_button, chosen)

    def select(self, comment_id: int) -> int:
        row = self.model.find(lambda c: c.id == comment_id)
        if row >= 0:
            self.view.selectRow(row)
        return row

    # -- actions -------------------------------------------------------------------------
    def _present(self, dialog: FormDialog) -> FormDialog:
        def saved(comment: GuestCommentDTO) -> None:
            # the write's broadcast reloads the list (_changed); keep the comment chosen
            self.banner.hide()
            self._select_after_load = comment.id

        return present(dialog, lambda: run_write(self.ctx, dialog.work(), on_saved=saved,
                                                 dialog=dialog, changes=(TOPIC,)))

    def new_comment(self) -> NewCommentDialog | None:
        if not self.ctx.services.actor.can(Permission.HANDLE_COMPLAINTS):
            return None
        return self._present(NewCommentDialog(self.ctx, self))

    def route(self) -> RouteCommentDialog | None:
        comment = self._chosen()
        return None if comment is None else self._present(
            RouteCommentDialog(self.ctx, comment, self))

    def record_action(self) -> RecordActionDialog | None:
        comment = self._chosen()
        if comment is None or not self.ctx.services.actor.can(Permission.MANAGE_COMPLAINTS):
            return None
        return self._present(RecordActionDialog(self.ctx, comment, self))

    def _chosen(self) -> GuestCommentDTO | None:
        comment = self.selected()
        if comment is None:
            self.banner.show_messages([self.tr("Choose a comment in the list first.")])
        return comment
