"""Builders for the patrol UI tests: a 20-item published checklist made with the ORM, a
context whose services include the patrol services (with a fixed clock when asked), a
keyboard that counts its key presses, and PNG bytes made with QImage."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.db.models_patrol import ChecklistItem, ChecklistTemplate, TemplateVersion
from app.services.bootstrap import Services
from app.ui.context import UiContext
from app.ui.patrols.common import image_bytes

SECTIONS = ("仪容仪表", "台面摆台", "地面卫生", "安全")
FLOOR_ITEM = 2  # the third item: "photo needed on failure", severity major


def make_round_version(db, key: str = "round20", levels: str = "self,leader,supervisor,manager",
                       count: int = 20) -> dict:
    """A published version of ``count`` pass/fail items in four sections; returns
    {'version': id, 'template': id, 'items': [ids in order]}."""
    with db.write() as s:
        template = ChecklistTemplate(key=key, name=f"包房巡查 {key}", name_en=f"Room round {key}")
        s.add(template)
        s.flush()
        version = TemplateVersion(template_id=template.id, version=1, status="published",
                                  levels=levels, area_kinds="",
                                  published_at=dt.datetime(2026, 11, 1))
        s.add(version)
        s.flush()
        ids = []
        for n in range(count):
            item = ChecklistItem(
                version_id=version.id, position=n, section=SECTIONS[n * len(SECTIONS) // count],
                section_en="", text=f"检查项 {n + 1}：标准做到位", text_en=f"Check {n + 1} to standard",
                category="hygiene" if n == FLOOR_ITEM else "service", dimension="tangibles",
                weight=2.0 if n % 5 == 0 else 1.0, critical=n == count - 1,
                response_type="pass_fail", photo_on_fail=n == FLOOR_ITEM,
                default_severity="major" if n == FLOOR_ITEM else "minor")
            s.add(item)
            s.flush()
            ids.append(item.id)
        return {"version": version.id, "template": template.id, "items": ids}


def patrol_ctx(ctx: UiContext, now: dt.datetime | None = None) -> UiContext:
    """The same context, its services on a fixed clock when ``now`` is given."""
    if now is not None:
        ctx.services = Services.bind(ctx.services.db, ctx.services.actor, lambda: now)
    return ctx


class Keyboard:
    """Presses keys on whatever has the focus in ``window`` (else ``fallback``), counting."""

    def __init__(self, window: QWidget, fallback: QWidget) -> None:
        self.window, self.fallback, self.count = window, fallback, 0

    def target(self) -> QWidget:
        return self.window.focusWidget() or self.fallback

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.count += 1
            QTest.keyClick(self.target(), key, modifier)

    def type(self, text: str) -> None:
        """Typing a note counts one key per character."""
        for char in text:  # QTest.keyClicks only knows Latin-1; an IME delivers text like this
            self.count += 1
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(self.target(), QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def png_bytes(width: int = 320, height: int = 240) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    return image_bytes(image)


def png_image(width: int = 320, height: int = 240) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#d5573a"))
    return image
