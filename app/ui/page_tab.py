"""Base for the tabs of a page: reload when shown after a change, and reads that drop an
answer a newer read has overtaken."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.permissions import PERMISSION_LABELS, Permission
from app.ui.context import UiContext


class PageTab(QWidget):
    """``stale`` says the data changed since the last load; the page reloads a stale tab
    when it is shown."""

    edit_permission = Permission.VIEW_ORG  # what the tab's edit buttons need by default

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self._tokens: dict[str, int] = {}

    def reload(self) -> None:
        self.stale = False
        self.load()

    def load(self) -> None:
        raise NotImplementedError

    def action_button(self, text: str, slot, permission: Permission | None = None) -> QPushButton:
        """A button running ``slot`` (without Qt's checked argument), guarded by ``permission``."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return self.guard(button, permission)

    def guard(self, button: QPushButton, permission: Permission | None = None) -> QPushButton:
        """Disable a button for good when the role lacks the permission, and say why."""
        permission = permission or self.edit_permission
        allowed = self.ctx.services.actor.can(permission)
        button.setProperty("allowed", allowed)
        button.setEnabled(allowed)
        if not allowed:
            button.setToolTip(self.tr("Your role may not {what}.").format(
                what=self.ctx.translate("permissions", PERMISSION_LABELS[permission])))
        return button

    @staticmethod
    def enable(button: QPushButton, enabled: bool) -> None:
        """Enable a button only if the actor's role allows it at all."""
        button.setEnabled(bool(button.property("allowed")) and enabled)

    def read(self, key: str, work: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        """Run a read; if another read with the same key started since, drop this result
        (a slow answer must not overwrite a newer one)."""
        token = self._tokens.get(key, 0) + 1
        self._tokens[key] = token

        def done(result: Any) -> None:
            if self._tokens.get(key) == token:
                on_result(result)

        self.ctx.runner.run(work, done, owner=self)
