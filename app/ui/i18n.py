"""Qt translations for the GUI and the CLI (which borrows QtCore for them): zh_CN by
default, English second."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from app.paths import resource

LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


def load_translator(language: str) -> QTranslator | None:
    """The translator for ``language``, or None for English (the source language)."""
    if language == "en":
        return None
    translator = QTranslator()
    if not translator.load(str(resource("translations", f"floorqc_{language}.qm"))):
        return None
    return translator


def translate_with(translator: QTranslator | None):
    """A ``translate(context, text)`` callable for errors and notices from the services."""

    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate
