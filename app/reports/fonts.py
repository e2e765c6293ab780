"""The bundled CJK font for ReportLab: every report draws Chinese with it, embedded (subset)
in the PDF so it prints the same on any machine, with or without Chinese fonts installed."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource

FONT_NAME = "NotoSansSC"
FONT_FILE = ("fonts", "NotoSansSC-Regular.ttf")

_lock = threading.Lock()  # reports may be built on the UI worker and the main thread


def register_fonts() -> str:
    """Register the font once per process and return its ReportLab name."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            # TrueType outlines: ReportLab subsets them into the PDF as /FontFile2.
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(resource(*FONT_FILE))))
    return FONT_NAME
