"""SERVQUAL survey forms."""

from __future__ import annotations

from app.services.base import Service


class SurveyService(Service):
    pass
