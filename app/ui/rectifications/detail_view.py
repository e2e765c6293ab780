"""One rectification (整改单): the finding with its photos, status and live countdown, who is
assigned and who answers for it (escalation level, leader chain), recurrence, repair
department, the complaint it came from (a link that opens it), the full history, and the
actions the signed-in user may take now. A stale version shows "changed by X at T — reload"
with a Reload button."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.domain.rectification import CLOSED
from app.services.rectification_dto import EventDTO, RectificationDetail
from app.ui.context import UiContext
from app.ui.pages.org_common import NoticeBanner, make_table
from app.ui.patrols.common import SEVERITY_COLOURS, person_text, present, severity_label
from app.ui.record_detail import ConflictBar, field_form, run_dialog
from app.ui.rectifications import action_dialogs as dialogs
from app.ui.rectifications.common import (
    COUNTDOWN_MS,
    countdown,
    countdown_colour,
    efficacy_label,
    now_of,
    rectifications,
    root_cause_label,
    state_label,
    write,
)
from app.ui.table_model import Column

# action key → (button text, dialog factory or None for a direct call)
ACTION_KEYS = ("start", "submit", "verify", "reject", "reassign", "cancel", "route_repair",
               "propose_change", "accountability")


class RectificationDetailView(QWidget):
    def __init__(self, ctx: UiContext, rect_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.rect_id = ctx, rect_id
        self.detail: RectificationDetail | None = None
        self.setWindowTitle(self.tr("Rectification #{id}").format(id=rect_id))
        self.resize(900, 720)
        self.banner = NoticeBanner()
        self.conflict = ConflictBar(self.tr("Reload"), self.load)
        self.conflict_text, self.reload_button = self.conflict.text, self.conflict.button
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setStyleSheet("font-size: 15pt; font-weight: 600;")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.clock)
        self.from_complaint = QLabel()  # "From complaint #N": opens the complaint
        self.from_complaint.setTextFormat(Qt.TextFormat.RichText)
        self.from_complaint.linkActivated.connect(lambda _link: self.open_complaint())
        self.from_complaint.hide()
        form, self.fields = field_form(self._field_labels())
        self.photos = QHBoxLayout()
        self.photos.addStretch(1)
        photo_box = QWidget()
        photo_box.setLayout(self.photos)
        self.history, self.history_model = make_table(self._history_columns(),
                                                      widths=(110, 90, 90, 300), stretch=4)
        self.buttons = self._make_buttons()
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addWidget(self.from_complaint)
        layout.addLayout(form)
        layout.addWidget(photo_box)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addWidget(self.conflict)
        outer.addWidget(scroll, 1)
        outer.addLayout(actions)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(COUNTDOWN_MS)
        ctx.signals.changed.connect(self._changed)
        self.load()

    # -- layout pieces -----------------------------------------------------------------
    def _field_labels(self):
        return [("status", self.tr("Status")), ("due", self.tr("Due")),
                ("found", self.tr("Found")), ("assignee", self.tr("Assignee")),
                ("accountable", self.tr("Accountable")), ("chain", self.tr("Leader chain")),
                ("fix", self.tr("Fix")), ("verified", self.tr("Verified")),
                ("recurrence", self.tr("Recurrence")), ("repair", self.tr("Repair department"))]

    def _history_columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda e: e.at.strftime("%m-%d %H:%M")),
            Column(self.tr("Who"), lambda e: e.actor),
            Column(self.tr("Action"), lambda e: self._action_text(e.action)),
            Column(self.tr("From → to"), lambda e: self._transition(e)),
            Column(self.tr("Why"), lambda e: e.reason, tooltip=lambda e: e.reason or None),
        ]

    def _action_text(self, action: str) -> str:
        names = {"create": self.tr("created"), "start": self.tr("started"),
                 "submit": self.tr("submitted"), "verify": self.tr("verified"),
                 "reject": self.tr("rejected"), "reassign": self.tr("reassigned"),
                 "cancel": self.tr("cancelled"), "escalate": self.tr("escalated"),
                 "route_repair": self.tr("routed as repair"),
                 "propose": self.tr("proposed a checklist change")}
        return names.get(action, action)

    @staticmethod
    def _transition(event: EventDTO) -> str:
        if not event.from_status:
            return state_label(event.to_status)
        if event.from_status == event.to_status:
            return state_label(event.to_status)
        return f"{state_label(event.from_status)} → {state_label(event.to_status)}"

    def _make_buttons(self) -> dict[str, QPushButton]:
        texts = {"start": self.tr("Start"), "submit": self.tr("Submit fix…"),
                 "verify": self.tr("Verify…"), "reject": self.tr("Reject…"),
                 "reassign": self.tr("Reassign…"), "cancel": self.tr("Cancel…"),
                 "route_repair": self.tr("Route as repair…"),
                 "propose_change": self.tr("Propose checklist change…"),
                 "accountability": self.tr("Record accountability…")}
        buttons = {}
        for key in ACTION_KEYS:
            button = QPushButton(texts[key])
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, k=key: self.act(k))
            buttons[key] = button
        return buttons

    # -- data --------------------------------------------------------------------------
    def load(self) -> None:
        svc = rectifications(self.ctx)
        self.ctx.runner.run(lambda: svc.rectification(self.rect_id), self.show_detail,
                            self._failed)

    def _changed(self, topics) -> None:
        if "rectifications" in topics and self.isVisible():
            self.load()

    def show_detail(self, detail: RectificationDetail) -> None:
        self.detail = detail
        self.conflict.hide()
        r = detail.rectification
        self.title.setText(f"{severity_label(r.severity)} · {r.area} — {r.description}")
        colour = SEVERITY_COLOURS.get(r.severity)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;"
                                 + (f" color: {colour.name()};" if colour else ""))
        chain = " → ".join(p.name for p in detail.leader_chain) or "—"
        f = self.fields
        f["status"].setText(state_label(r.status))
        f["found"].setText(self.tr("{at} by {who}").format(
            at=r.found_at.strftime("%Y-%m-%d %H:%M"), who=r.found_by))
        f["assignee"].setText(person_text(r.assignee) or "—")
        accountable = person_text(r.accountable) or "—"
        if r.escalation_level:
            accountable += self.tr(" (escalated {level} level(s))").format(level=r.escalation_level)
        f["accountable"].setText(accountable)
        f["chain"].setText(chain)
        fix = " · ".join(x for x in (root_cause_label(r.root_cause), r.corrective_action,
                                     r.preventive_action) if x)
        f["fix"].setText(fix or "—")
        f["verified"].setText(self.tr("{who} at {at}: {efficacy}").format(
            who=r.verified_by, at=r.verified_at.strftime("%m-%d %H:%M"),
            efficacy=efficacy_label(r.efficacy)) if r.verified_at else "—")
        f["recurrence"].setText(self.tr("Repeat of rectification #{id}").format(
            id=r.recurrence_of_id) if r.recurrence_of_id else self.tr("First time"))
        f["repair"].setText(r.repair_department or "—")
        complaint_id = self.complaint_id()
        self.from_complaint.setText(
            '<a href="complaint">{}</a>'.format(self.tr("From complaint #{id}").format(
                id=complaint_id)) if complaint_id is not None else "")
        self.from_complaint.setVisible(complaint_id is not None)
        self.history_model.set_rows(detail.events)
        self._tick()
        self._enable(detail)
        self._show_photos(r.finding_photo_ids, r.after_photo_ids)

    def complaint_id(self) -> int | None:
        """The complaint this item was opened from, if any."""
        if self.detail is None:
            return None
        return getattr(self.detail.rectification, "complaint_id", None)

    def open_complaint(self) -> QWidget | None:
        complaint_id = self.complaint_id()
        if complaint_id is None:
            return None
        from app.ui.complaints.navigation import show_complaint

        return show_complaint(self.ctx, complaint_id, self)

    def _tick(self) -> None:
        if self.detail is None:
            return
        r, now = self.detail.rectification, now_of(self.ctx)
        text = countdown(r, now)
        self.fields["due"].setText(f"{r.due_at.strftime('%m-%d %H:%M')} · {text}")
        colour = countdown_colour(r, now)
        self.clock.setText(text)
        self.clock.setStyleSheet("font-size: 15pt; font-weight: 600;"
                                 + (f" color: {colour.name()};" if colour else ""))

    def _enable(self, detail: RectificationDetail) -> None:
        actor, allowed = self.ctx.services.actor, set(detail.allowed_actions)
        is_open = detail.rectification.status not in CLOSED
        extra = {
            "route_repair": is_open and actor.can(Permission.RUN_PATROLS),
            "propose_change": actor.can(Permission.EDIT_CHECKLISTS),
            "accountability": actor.can(Permission.VERIFY_RECTIFICATIONS)
            or actor.can(Permission.EDIT_ORG),
        }
        for key, button in self.buttons.items():
            button.setEnabled(key in allowed or extra.get(key, False))

    def _show_photos(self, before: tuple[int, ...], after: tuple[int, ...]) -> None:
        while self.photos.count() > 1:
            item = self.photos.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        ids = [(i, self.tr("Finding")) for i in before] + [(i, self.tr("After")) for i in after]
        if not ids:
            return
        patrols = self.ctx.services.patrols
        self.ctx.runner.run(lambda: [(patrols.photo(i), tag) for i, tag in ids],
                            self._photos_loaded, lambda _e: None)

    def _photos_loaded(self, photos) -> None:
        for position, (photo, tag) in enumerate(photos):
            pixmap = QPixmap()
            pixmap.loadFromData(photo.data)
            label = QLabel()
            label.setPixmap(pixmap.scaled(160, 120, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
            label.setToolTip(tag)
            box = QVBoxLayout()
            box.addWidget(label)
            box.addWidget(QLabel(tag))
            holder = QWidget()
            holder.setLayout(box)
            self.photos.insertWidget(position, holder)

    # -- actions -----------------------------------------------------------------------
    def act(self, key: str):
        """Run an action: Start at once, the others through their dialog (returned)."""
        if self.detail is None:
            return None
        r, svc = self.detail.rectification, rectifications(self.ctx)
        if key == "start":
            write(self.ctx, lambda: svc.start(r.id, r.version), self._saved, self._failed)
            return None
        dialog = self._dialog(key, r, svc)
        return present(dialog, lambda: self._run(dialog))

    def _dialog(self, key: str, r, svc):
        if key == "submit":
            return dialogs.SubmitFixDialog(self.ctx, r, self)
        if key == "verify":
            return dialogs.VerifyDialog(self.ctx, r, self)
        if key == "reassign":
            return dialogs.ReassignDialog(self.ctx, r, self)
        if key == "route_repair":
            return dialogs.RouteRepairDialog(self.ctx, r, self)
        if key == "accountability":
            return dialogs.AccountabilityDialog(self.ctx, r, self)
        titles = {"reject": self.tr("Reject the fix"), "cancel": self.tr("Cancel the item"),
                  "propose_change": self.tr("Propose a checklist change")}
        calls = {"reject": lambda why: svc.reject(r.id, r.version, why),
                 "cancel": lambda why: svc.cancel(r.id, r.version, why),
                 "propose_change": lambda why: svc.propose_checklist_change(r.id, why)}
        return dialogs.ReasonDialog(titles[key], calls[key], self)

    def _run(self, dialog) -> None:
        run_dialog(self.ctx, dialog, lambda work, ok, failed: write(self.ctx, work, ok, failed),
                   self._saved, self._failed)

    def _saved(self, _result) -> None:
        self.banner.show_messages([])
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.conflict.report(self.ctx, error, self.banner)


def open_detail(ctx: UiContext, rect_id: int, parent: QWidget | None = None):
    view = RectificationDetailView(ctx, rect_id, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
