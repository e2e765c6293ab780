"""One complaint beside the log (or in a window of its own): the whole record, its history,
the linked rectification (a button opens its detail), the live response clock, and the
actions the service allows the signed-in user now. Respond is one click (the note beside it
is optional); the others open their dialog. A stale version shows "changed by X — reload"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.guest_dto import ComplaintDetail, ComplaintDTO, HistoryEntry
from app.ui.complaints import dialogs
from app.ui.complaints.common import (
    TICK_MS,
    TOPIC,
    TOPICS,
    category_label,
    channel_label,
    clock_colour,
    clock_text,
    complaints,
    dimension_label,
    duration_text,
    now_of,
    satisfaction_label,
    severity_label,
    state_label,
    where_text,
)
from app.ui.context import UiContext
from app.ui.form_dialog import present
from app.ui.pages.org_common import NoticeBanner, make_table
from app.ui.patrols.common import person_text
from app.ui.record_detail import ConflictBar, field_form, run_dialog
from app.ui.rectifications.common import state_label as rect_state_label
from app.ui.table_model import Column

ACTION_KEYS = ("respond", "hand_over", "resolve", "close", "open_rectification")
CLOCK_STYLE = "font-size: 15pt; font-weight: 600;"


class ComplaintDetailPanel(QWidget):
    saved = Signal(object)  # the ComplaintDTO after a write
    loaded = Signal(object)  # the ComplaintDetail shown

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 flags: Qt.WindowType = Qt.WindowType.Widget) -> None:
        super().__init__(parent, flags)
        self.ctx = ctx
        self.complaint_id: int | None = None
        self.detail: ComplaintDetail | None = None
        self.windows: list[QWidget] = []
        self.banner = NoticeBanner()
        self.conflict = ConflictBar(self.tr("Reload"), self.reload)
        self.conflict_text, self.reload_button = self.conflict.text, self.conflict.button
        self.title = QLabel(self.tr("Choose a complaint in the list."))
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setStyleSheet(CLOCK_STYLE)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        form, self.fields = field_form(self._field_labels())
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.rectification_button = QPushButton()
        self.rectification_button.setFlat(True)
        self.rectification_button.setStyleSheet(
            "QPushButton { color: #1a5fb4; text-decoration: underline; text-align: left; }")
        self.rectification_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.rectification_button.clicked.connect(lambda _c=False: self.open_rectification())
        form.addRow(self.tr("Rectification"), self.rectification_button)
        self.history, self.history_model = make_table(self._history_columns(),
                                                      widths=(84, 64, 110), stretch=3)
        self.history.setMinimumHeight(110)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.buttons = self._make_buttons()
        self.print_button = QPushButton(self.tr("Print record sheet…"))
        self.print_button.clicked.connect(lambda _c=False: self.print_record())
        respond = QHBoxLayout()
        respond.addWidget(self.note, 1)
        respond.addWidget(self.buttons["respond"])
        self.actions = QGridLayout()  # the allowed buttons, placed anew for each complaint
        for n, button in enumerate([*list(self.buttons.values())[1:], self.print_button]):
            self.actions.addWidget(button, n // 3, n % 3)  # parented here once
        actions = QVBoxLayout()
        actions.addLayout(respond)
        actions.addLayout(self.actions)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addWidget(self.conflict)
        outer.addWidget(scroll, 1)
        outer.addLayout(actions)
        self.timer = QTimer(self)  # the clock ticks while the panel is on screen
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        ctx.signals.changed.connect(self._changed)
        self._show_nothing()

    # -- layout pieces -----------------------------------------------------------------
    def _field_labels(self):
        return [("status", self.tr("Status")), ("received", self.tr("Received")),
                ("guest", self.tr("Guest")), ("where", self.tr("Area / table")),
                ("category", self.tr("Category")), ("content", self.tr("Complaint")),
                ("response", self.tr("First response")), ("handover", self.tr("Handed to")),
                ("resolution", self.tr("Resolution")),
                ("compensation", self.tr("Compensation")),
                ("feedback", self.tr("Guest feedback"))]

    def _history_columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda e: e.at.strftime("%m-%d %H:%M")),
            Column(self.tr("Who"), lambda e: e.actor),
            Column(self.tr("Action"), lambda e: self._action_text(e.action)),
            Column(self.tr("Detail"), lambda e: self._detail_text(e),
                   tooltip=lambda e: self._detail_text(e) or None),
        ]

    def _action_text(self, action: str) -> str:
        names = {"receive": self.tr("received"), "respond": self.tr("responded"),
                 "hand_over": self.tr("handed over"), "resolve": self.tr("resolved"),
                 "close": self.tr("closed"),
                 "open_rectification": self.tr("opened a rectification")}
        return names.get(action, action)

    def _detail_text(self, entry: HistoryEntry) -> str:
        """What the service recorded with the step, in words (ids and states left out)."""
        d = entry.detail or {}
        if entry.action == "receive":
            parts = [d.get("content")]
        elif entry.action == "respond":
            seconds = d.get("seconds")
            parts = [self.tr("after {time}").format(time=duration_text(seconds))
                     if seconds is not None else "", d.get("note")]
        elif entry.action == "hand_over":
            parts = [d.get("department"), d.get("responsible"), d.get("note")]
        elif entry.action == "resolve":
            amount = d.get("amount")
            parts = [d.get("resolution"), d.get("compensation"),
                     f"¥{amount:.2f}" if isinstance(amount, int | float) and amount else ""]
        elif entry.action == "close":
            parts = [d.get("feedback"), satisfaction_label(d.get("satisfaction"))]
        elif entry.action == "open_rectification" and d.get("rectification") is not None:
            parts = [self.tr("Rectification #{id}").format(id=d["rectification"])]
        else:
            parts = [d.get("note")]
        return " · ".join(str(p) for p in parts if p)

    def _make_buttons(self) -> dict[str, QPushButton]:
        texts = {"respond": self.tr("Respond"), "hand_over": self.tr("Hand over…"),
                 "resolve": self.tr("Resolve…"), "close": self.tr("Close with feedback…"),
                 "open_rectification": self.tr("Open rectification…")}
        tips = {"respond": self.tr("Record that the guest has been answered now: the "
                                   "clock stops")}
        buttons = {}
        for key in ACTION_KEYS:
            button = QPushButton(texts[key])
            button.setToolTip(tips.get(key, ""))
            button.clicked.connect(lambda _c=False, k=key: self.act(k))
            buttons[key] = button
        buttons["respond"].setStyleSheet("QPushButton { font-weight: 600; }")
        return buttons

    # -- data --------------------------------------------------------------------------
    def show_complaint(self, complaint_id: int | None) -> None:
        self.complaint_id = complaint_id
        if complaint_id is None:
            self._show_nothing()
        else:
            self.reload()

    def reload(self) -> None:
        if self.complaint_id is None:
            return
        svc, cid = complaints(self.ctx), self.complaint_id
        self.ctx.runner.run(lambda: svc.complaint(cid), self.show_detail, self._failed,
                            owner=self)

    def _changed(self, topics) -> None:
        if set(topics) & set(TOPICS) and self.complaint_id is not None:
            self.reload()

    def _show_nothing(self) -> None:
        self.detail = None
        self.title.setText(self.tr("Choose a complaint in the list."))
        self.clock.clear()
        for value in self.fields.values():
            value.clear()
        self.rectification_button.hide()
        self.history_model.set_rows([])
        self._arrange(set())
        self.print_button.setEnabled(False)
        self.conflict.hide()

    def show_detail(self, detail: ComplaintDetail) -> None:
        self.detail = detail
        self.conflict.hide()
        c = detail.complaint
        self.complaint_id = c.id
        self.setWindowTitle(self.tr("Complaint #{id}").format(id=c.id))
        self.title.setText(self.tr("#{id} · {category}").format(
            id=c.id, category=category_label(c.category)))
        f = self.fields
        f["status"].setText(f"{state_label(c.status)} · {severity_label(c.severity)}")
        f["received"].setText(self.tr("{at} by {who}, {channel}").format(
            at=c.received_at.strftime("%Y-%m-%d %H:%M:%S"), who=c.received_by,
            channel=channel_label(c.channel)))
        f["guest"].setText(" · ".join(x for x in (c.guest_name, c.guest_contact) if x) or "—")
        f["where"].setText(where_text(c.area, c.table_no) or "—")
        f["category"].setText(self.tr("{category} (SERVQUAL: {dimension})").format(
            category=category_label(c.category), dimension=dimension_label(c.dimension)))
        f["content"].setText(c.content)
        f["handover"].setText(" · ".join(x for x in (
            c.department, person_text(c.responsible),
            c.handed_over_at.strftime("%m-%d %H:%M") if c.handed_over_at else "") if x) or "—")
        f["resolution"].setText(self.tr("{text} ({at})").format(
            text=c.resolution, at=c.resolved_at.strftime("%m-%d %H:%M"))
            if c.resolution and c.resolved_at else (c.resolution or "—"))
        amount = f" · ¥{c.compensation_amount:.2f}" if c.compensation_amount else ""
        f["compensation"].setText((c.compensation + amount).strip(" ·") or "—")
        feedback = " · ".join(x for x in (c.feedback, satisfaction_label(c.satisfaction)) if x)
        f["feedback"].setText(feedback or "—")
        if c.rectification_id is not None:
            self.rectification_button.setText(self.tr("Rectification #{id} ({status})").format(
                id=c.rectification_id, status=rect_state_label(c.rectification_status)
                if c.rectification_status else "—"))
            self.rectification_button.show()
        else:
            self.rectification_button.hide()
        self.history_model.set_rows(detail.history)
        self._arrange(set(detail.allowed_actions))
        self.print_button.setEnabled(True)
        self.tick()
        self.loaded.emit(detail)

    def _arrange(self, allowed: set[str]) -> None:
        """Show the allowed buttons three to a row, without gaps; printing last."""
        while self.actions.count():
            self.actions.takeAt(0)  # the buttons stay the panel's children
        shown = [self.buttons[k] for k in ACTION_KEYS[1:] if k in allowed]
        for key, button in self.buttons.items():
            button.setVisible(key in allowed)
            button.setEnabled(key in allowed)
        self.note.setVisible("respond" in allowed)
        for n, button in enumerate([*shown, self.print_button]):
            self.actions.addWidget(button, n // 3, n % 3)

    def _response_text(self, c: ComplaintDTO) -> str:
        if c.first_response_at is None:
            return self.tr("not yet — answer by {time}").format(
                time=c.deadline.strftime("%H:%M:%S"))
        verdict = self.tr("on time") if c.on_time else self.tr("late")
        return self.tr("{at} by {who}, after {time} ({verdict})").format(
            at=c.first_response_at.strftime("%H:%M:%S"), who=c.responder or "—",
            time=duration_text(c.response_seconds), verdict=verdict)

    def tick(self) -> None:
        if self.detail is None:
            return
        c, now = self.detail.complaint, now_of(self.ctx)
        self.fields["response"].setText(self._response_text(c))
        colour = clock_colour(c, now)
        self.clock.setText(clock_text(c, now))
        self.clock.setStyleSheet(CLOCK_STYLE + (f" color: {colour.name()};" if colour else ""))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.timer.start()
        self.tick()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.timer.stop()
        super().hideEvent(event)

    # -- actions -----------------------------------------------------------------------
    def act(self, key: str):
        """Respond at once; the other actions through their dialog (returned)."""
        if self.detail is None:
            return None
        c, svc = self.detail.complaint, complaints(self.ctx)
        if key == "respond":
            note = self.note.text().strip()
            self._write(lambda: svc.respond(c.id, c.version, note), self._responded)
            return None
        factories: dict[str, Callable] = {
            "hand_over": dialogs.HandOverDialog, "resolve": dialogs.ResolveDialog,
            "close": dialogs.CloseDialog, "open_rectification": dialogs.OpenRectificationDialog}
        dialog = factories[key](self.ctx, c, self)
        return present(dialog, lambda: self._run(dialog, key))

    def _responded(self, result) -> None:
        self.note.clear()
        self._saved(result)

    def _write(self, work, on_saved, on_failed=None, changes=(TOPIC,)) -> None:
        self.ctx.runner.run(work, on_saved, on_failed or self._failed, changes=changes)

    def _run(self, dialog, key: str) -> None:
        changes = TOPICS if key == "open_rectification" else (TOPIC,)
        run_dialog(self.ctx, dialog, lambda *run: self._write(*run, changes), self._saved,
                   self._failed)

    def _saved(self, result) -> None:
        self.banner.show_messages([])
        if isinstance(result, ComplaintDTO):
            self.saved.emit(result)
        # the write's "complaints" broadcast reloads this panel (see _changed)

    def _failed(self, error: BaseException) -> None:
        self.conflict.report(self.ctx, error, self.banner)

    def open_rectification(self):
        """The linked rectification's own detail window."""
        if self.detail is None or self.detail.complaint.rectification_id is None:
            return None
        from app.ui.rectifications.detail_view import open_detail

        view = open_detail(self.ctx, self.detail.complaint.rectification_id, self)
        self.windows.append(view)
        return view

    def print_record(self):
        if self.detail is None:
            return None
        from app.ui.complaints.printing import print_record_sheet

        return print_record_sheet(self.ctx, self, self.detail.complaint)


def open_complaint_window(ctx: UiContext, complaint_id: int,
                          parent: QWidget | None = None) -> ComplaintDetailPanel:
    """The detail in a window of its own (when no Complaints page is at hand)."""
    panel = ComplaintDetailPanel(ctx, parent, Qt.WindowType.Window)
    panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    panel.resize(560, 720)
    panel.show_complaint(complaint_id)
    panel.show()
    return panel
