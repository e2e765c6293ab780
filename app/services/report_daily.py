"""The daily quality report's figures (日报)."""

from __future__ import annotations

from app.services.base import Service


class DailyReportService(Service):
    pass
