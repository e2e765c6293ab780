"""Open a complaint from another screen (My work, the rectification detail, the wallboard):
in the main window's Complaints page when there is one — found through the window's
``open_page(key)``, the way the navigation opens pages — else in a window of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.complaints.detail_panel import open_complaint_window
from app.ui.context import UiContext

PAGE_KEY = "complaints"


def show_complaint(ctx: UiContext, complaint_id: int, origin: QWidget | None) -> QWidget:
    """The widget now showing the complaint (the page's detail panel, or a new window)."""
    widget = origin
    while widget is not None:
        open_page = getattr(widget, "open_page", None)
        if callable(open_page):
            try:
                page = open_page(PAGE_KEY)
            except (ValueError, KeyError):  # a window without that page
                break
            opener = getattr(page, "open_complaint", None)
            if callable(opener):
                widget.raise_()
                widget.activateWindow()
                return opener(complaint_id)
            break
        widget = widget.parentWidget()
    return open_complaint_window(ctx, complaint_id, origin)
